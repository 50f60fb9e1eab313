// OFD (GB/T 33190) → the issue's text and line model. OFD.xml → DocBody → Document.xml → each
// page's Content.xml; the text objects become positioned runs that the PDF line model lays out,
// so the parser serves an OFD as it serves a PDF. Signatures are counted and noted, not verified.
import type { SourceLine } from '../../../../shared/source-line'
import { classifyFont, type FontFace } from '../../layout/font-class'
import { layoutPages, type PositionedPage } from '../../layout/layout-pages'
import { lendHeads } from '../read-pdf'
import { displayName, refuse } from '../read-errors'
import type { DocxCaps } from '../zip-verify'
import { encrypted, openOfdPackage, type OfdPackage } from './ofd-package'
import { numbers, pageContent, PT_PER_MM, type PageBox } from './ofd-text'
import { mayHoldTable } from '../../layout/table-candidates'
import { child, children, descendants, type XmlElement } from './ofd-xml'

export interface OfdText {
  text: string
  lines: SourceLine[]
  pages: number
  /** DocInfo (Title, Author, CreationDate, …) and CustomDatas, by name. */
  meta: Record<string, string>
  /** Signatures and seals listed in Signatures.xml (kept with the original, not verified). */
  signatures: number
}

const MAX_PAGES = 5000
const MIN_PAGE_CHARS = 20
const A4: PageBox = { width: 210, height: 297 }

type Warn = (msg: string) => void

/** The opened package and its document root, checked: what the text reader and the scan reader share. */
export interface OfdDoc {
  pkg: OfdPackage
  body: XmlElement
  doc: XmlElement
  docPath: string
}

export function openOfdDoc(bytes: Uint8Array, fileName: string, caps: DocxCaps): OfdDoc {
  const pkg = openOfdPackage(bytes, fileName, caps)
  const corrupt = (why: string): Error => refuse('CORRUPT_FILE', fileName, `不是完整的 OFD 文件（${why}），无法导入。`)
  if (!pkg.has('OFD.xml')) throw corrupt('缺少入口文件 OFD.xml')
  const root = pkg.xml('OFD.xml', '入口文件')
  const body = child(root, 'DocBody')
  if (root.name !== 'OFD' || !body) throw corrupt('OFD.xml 中没有 DocBody')
  if (pkg.names.some((n) => /(^|\/)encryptions?\.xml$/i.test(n)) || descendants(root, 'Encryptions').length) throw encrypted(fileName)
  const docRef = child(body, 'DocRoot')?.text.trim()
  if (!docRef) throw corrupt('OFD.xml 没有指明文档根（DocRoot）')
  const docPath = find(pkg, 'OFD.xml', docRef, '文档根', fileName)
  return { pkg, body, doc: pkg.xml(docPath, '文档根'), docPath }
}

export function readOfd(bytes: Uint8Array, fileName: string, caps: DocxCaps, onWarn?: Warn): OfdText {
  const { pkg, body, doc, docPath } = openOfdDoc(bytes, fileName, caps)
  const signatures = countSignatures(pkg, body, onWarn, fileName)
  const fonts = readFonts(pkg, doc, docPath, fileName)
  const { pages, images } = readPages({ pkg, body, doc, docPath }, fileName)
  checkText(pages, images, fileName, onWarn)
  const laid = layoutPages(pages, fonts)
  lendHeads(laid.lines, laid.furniture.map((f) => f.removed))
  return { text: laid.text, lines: laid.lines, pages: pages.length, meta: docInfo(body), signatures }
}

/** A reference resolved from its part; some writers give paths from the package root instead. */
export function find(pkg: OfdPackage, from: string, ref: string, what: string, fileName: string): string {
  const near = pkg.resolve(from, ref)
  if (pkg.has(near)) return near
  const fromRoot = pkg.resolve('', ref)
  if (pkg.has(fromRoot)) return fromRoot
  throw refuse('CORRUPT_FILE', fileName, `不是完整的 OFD 文件（${what} ${ref.slice(0, 80)} 不存在），无法导入。`)
}

function docInfo(body: XmlElement): Record<string, string> {
  const info = child(body, 'DocInfo')
  const meta: Record<string, string> = {}
  for (const c of info?.children ?? []) if (c.name !== 'CustomDatas' && c.text.trim()) meta[c.name] = c.text.trim()
  for (const c of children(child(info, 'CustomDatas'), 'CustomData')) if (c.attrs.Name) meta[c.attrs.Name] = c.text.trim()
  return meta
}

function countSignatures(pkg: OfdPackage, body: XmlElement, onWarn: Warn | undefined, fileName: string): number {
  const ref = child(body, 'Signatures')?.text.trim()
  if (!ref) return 0
  const path = pkg.resolve('OFD.xml', ref)
  const n = pkg.has(path) ? children(pkg.xml(path, '签名列表'), 'Signature').length : 0
  onWarn?.(`「${displayName(fileName)}」含电子签章或签名${n ? ` ${n} 个` : ''}，已随原件一并保存，未验证其有效性。`)
  return n
}

/** Fonts of the document's public and document resources, by the key the runs carry. */
function readFonts(pkg: OfdPackage, doc: XmlElement, docPath: string, fileName: string): Map<string, FontFace> {
  const fonts = new Map<string, FontFace>()
  const common = child(doc, 'CommonData')
  for (const res of [...children(common, 'PublicRes'), ...children(common, 'DocumentRes')]) {
    const path = find(pkg, docPath, res.text.trim(), '资源文件', fileName)
    for (const f of descendants(pkg.xml(path, '资源文件'), 'Font')) {
      const name = f.attrs.FontName || f.attrs.FamilyName
      fonts.set(`ofd:${f.attrs.ID}`, classifyFont(name, { bold: f.attrs.Bold === 'true' }))
    }
  }
  return fonts
}

function boxOf(area: XmlElement | undefined, fallback: PageBox): PageBox {
  const b = numbers(child(area, 'PhysicalBox')?.text)
  return b.length === 4 && b[2] > 0 && b[3] > 0 ? { width: b[2], height: b[3] } : fallback
}

export interface OfdPagePart {
  /** The page's Content.xml, parsed, and its path (resources resolve from it). */
  page: XmlElement
  path: string
  box: PageBox
}

/** Each page's part, in the document's page order, with its size (mm). */
export function pageParts({ pkg, doc, docPath }: OfdDoc, fileName: string): OfdPagePart[] {
  const list = children(child(doc, 'Pages'), 'Page')
  if (list.length === 0) throw refuse('CORRUPT_FILE', fileName, '不是完整的 OFD 文件（文档没有页面），无法导入。')
  if (list.length > MAX_PAGES) throw refuse('FILE_TOO_LARGE', fileName, `有 ${list.length} 页，超过 ${MAX_PAGES} 页的上限，无法导入。`)
  const docBox = boxOf(child(doc, 'CommonData/PageArea'), A4)
  return list.map((p, i) => {
    const ref = p.attrs.BaseLoc
    if (!ref) throw refuse('CORRUPT_FILE', fileName, `不是完整的 OFD 文件（第 ${i + 1} 页没有指明内容文件），无法导入。`)
    const path = find(pkg, docPath, ref, `第 ${i + 1} 页`, fileName)
    const page = pkg.xml(path, `第 ${i + 1} 页`)
    return { page, path, box: boxOf(child(page, 'Area'), docBox) }
  })
}

function readPages(d: OfdDoc, fileName: string): { pages: PositionedPage[]; images: number } {
  let images = 0
  const pages = pageParts(d, fileName).map(({ page, box }): PositionedPage => {
    const content = pageContent(child(page, 'Content'), box)
    images += content.images
    // As the PDF reader: rules only for pages that may hold a table, where they rebuild its rows.
    const rules = mayHoldTable(content.runs) ? { rules: content.rules } : {}
    return { width: box.width * PT_PER_MM, height: box.height * PT_PER_MM, runs: content.runs, ...rules }
  })
  return { pages, images }
}

// As for a PDF: too little text on too few pages is a scan, refused as one so that the import
// turns to OCR (ocr/ofd-pages.ts draws the pages from their images).
function checkText(pages: PositionedPage[], images: number, fileName: string, onWarn?: Warn): void {
  const counts = pages.map((p) => p.runs.reduce((n, r) => n + r.str.replace(/\s/g, '').length, 0))
  const withText = counts.filter((c) => c >= MIN_PAGE_CHARS).length
  if (withText < Math.max(1, pages.length * 0.1) && images > 0) {
    throw refuse('SCANNED_PDF', fileName, '是只含图片的 OFD（扫描件，没有文字层），需经文字识别（OCR）才能导入。')
  }
  const empty = counts.flatMap((c, i) => (c === 0 ? [i + 1] : []))
  if (empty.length && withText > 0) onWarn?.(`「${displayName(fileName)}」第 ${empty.slice(0, 10).join('、')} 页没有文字，其内容不会被导入。`)
}
