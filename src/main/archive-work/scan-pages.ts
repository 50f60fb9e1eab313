// A registered scan's pages: their count (page ranges are checked against it), and a document's
// pages as a printable PDF (a registered scanned document exports its scan, not an empty page).
import { AppError } from '../../shared/errors'
import type { ScannedDocumentInput } from '../../shared/domain'
import { pdfPages } from '../importer/ocr/page-images'
import { imagesPdf, type PageImage } from '../importer/ocr/page-set'

/** Pages are drawn at this resolution for printing: sharp enough for 10.5 pt text, small files. */
export const PRINT_DPI = 150

/** How many pages the PDF has; a PDF pdf.js cannot open is refused naming the file. */
export async function scanPageCount(bytes: Uint8Array, fileName: string): Promise<number> {
  try {
    const pages = await pdfPages(bytes)
    const n = pages.count
    await pages.close()
    return n
  } catch {
    throw new AppError('CORRUPT_FILE', `扫描件「${fileName}」无法打开，文件可能已损坏`)
  }
}

/** Every document's page range lies within the scan's `count` pages; else a Chinese error naming it. */
export function checkPageRanges(docs: Pick<ScannedDocumentInput, 'title' | 'pageFrom' | 'pageTo'>[], count: number, fileName: string): void {
  for (const [i, d] of docs.entries()) {
    if (d.pageFrom < 1 || d.pageTo > count) {
      throw new AppError('BAD_REQUEST', `第${i + 1}份「${d.title}」的起止页 ${d.pageFrom}–${d.pageTo} 超出扫描件「${fileName}」的页数（共 ${count} 页）`)
    }
  }
}

/** Pages `from`..`to` of a scanned PDF, drawn and put into a new PDF at their own sizes. */
export async function scanPagesPdf(bytes: Uint8Array, from: number, to: number): Promise<Buffer> {
  const pages = await pdfPages(bytes, PRINT_DPI)
  const sharp = (await import('sharp')).default
  const drawn: PageImage[] = []
  try {
    const last = Math.min(to, pages.count)
    for (let n = Math.max(1, from); n <= last; n++) {
      const p = await pages.page(n)
      const raw = { width: p.image.width, height: p.image.height, channels: 4 as const }
      drawn.push({ bytes: await sharp(p.image.data, { raw }).flatten({ background: '#ffffff' }).jpeg({ quality: 85 }).toBuffer(), width: p.width, height: p.height })
    }
  } finally {
    await pages.close()
  }
  if (!drawn.length) throw new AppError('NOT_FOUND', `扫描件中没有第 ${from}–${to} 页`)
  return imagesPdf(drawn)
}
