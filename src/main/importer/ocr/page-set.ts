// Page images chosen together (TIFF, JPEG, PNG; a TIFF may hold many pages) → one image-only PDF,
// pages in the files' natural name order (2 before 10). The PDF then goes through the import like
// a scanned PDF: it is OCR'd, and it is the kept original that 对照原文 shows.
import { AppError } from '../../../shared/errors'
import { imageKind } from './page-images'

export interface PageFile {
  name: string
  bytes: Uint8Array
}

/** An image without a stated resolution is taken as an A4 page's width. */
const A4_WIDTH_PT = 595.28
/** A stated resolution below this is an encoder's default (JPEG says 72), not the scanner's. */
const MIN_SCAN_DPI = 100
/** The same images always give the same PDF, so choosing them again is found as already imported. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1))

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true, sensitivity: 'base' })

/** Natural order of file names: 第2页 before 第10页, p1.png before p10.png. */
export function byNaturalName<T extends { name: string }>(files: T[]): T[] {
  return [...files].sort((a, b) => collator.compare(a.name, b.name))
}

export interface PageImage {
  /** JPEG or PNG bytes pdfkit can embed. */
  bytes: Buffer
  /** Size in points. */
  width: number
  height: number
}

function unreadable(name: string, why: string): AppError {
  return new AppError('CORRUPT_FILE', `「${name}」${why}`)
}

/** Each page of one image file, ready to embed: JPEG as it is, the rest as lossless PNG. */
async function pagesOf(f: PageFile): Promise<PageImage[]> {
  const kind = imageKind(f.bytes)
  if (!kind) throw unreadable(f.name, '不是 TIFF、JPEG 或 PNG 图像，不能作为扫描页导入。')
  const sharp = (await import('sharp')).default
  try {
    const meta = await sharp(f.bytes).metadata()
    const out: PageImage[] = []
    for (let p = 0; p < (meta.pages ?? 1); p++) {
      const img = sharp(f.bytes, { page: p }).rotate()
      const { data, info } = kind === 'jpeg' && !meta.pages && !meta.orientation
        ? { data: Buffer.from(f.bytes), info: { width: meta.width ?? 0, height: meta.height ?? 0 } }
        : await img.png().toBuffer({ resolveWithObject: true })
      const scale = meta.density && meta.density >= MIN_SCAN_DPI ? 72 / meta.density : A4_WIDTH_PT / info.width
      out.push({ bytes: data, width: info.width * scale, height: info.height * scale })
    }
    return out
  } catch (err) {
    if (err instanceof AppError) throw err
    throw unreadable(f.name, '的图像无法解码，文件可能已损坏或不完整，不能作为扫描页导入。')
  }
}

/** An image-only PDF, one page an image at its own size (also used to print a registered scan's pages). */
export async function imagesPdf(pages: PageImage[], info?: PDFKit.DocumentInfo): Promise<Buffer> {
  // Loaded on use: at every start of the import worker pdfkit cost ~0.25 s CPU that text PDFs never need.
  const { default: PDFDocument } = await import('pdfkit')
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, margin: 0, ...(info ? { info } : {}) })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    for (const p of pages) {
      doc.addPage({ size: [p.width, p.height], margin: 0 })
      doc.image(p.bytes, 0, 0, { width: p.width, height: p.height })
    }
    doc.end()
  })
}

/** The name the combined issue is kept under: 「p1.png 至 p3.png（3 页）.pdf」. */
export function pageSetName(files: PageFile[], pages: number): string {
  const sorted = byNaturalName(files)
  const first = sorted[0].name.replace(/^.*[\\/]/, '')
  const last = sorted[sorted.length - 1].name.replace(/^.*[\\/]/, '')
  return sorted.length === 1 ? `${first}（${pages} 页）.pdf` : `${first} 至 ${last}（${pages} 页）.pdf`
}

/** One image-only PDF of every page of `files`, in natural name order. Throws AppError naming a bad file. */
export async function pagesToPdf(files: PageFile[]): Promise<{ name: string; bytes: Uint8Array; pages: number }> {
  if (!files.length) throw new AppError('BAD_REQUEST', '没有选择页面图像')
  const pages: PageImage[] = []
  for (const f of byNaturalName(files)) pages.push(...(await pagesOf(f)))
  const bytes = await imagesPdf(pages, { CreationDate: FIXED_DATE, Producer: '公报档案' })
  return { name: pageSetName(files, pages.length), bytes: new Uint8Array(bytes), pages: pages.length }
}
