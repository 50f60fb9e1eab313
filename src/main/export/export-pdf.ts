// Export entry point: documents → GB/T 9704 PDF, PDF/A-2b or OFD (one document, or several
// combined): one layout, two writers.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { GazetteDocument } from '../../shared/domain'
import { BUNDLED, loadFontSet } from './fonts'
import { layoutDocument, type LayoutInput } from './layout-document'
import type { LayoutOptions, LayoutPage } from './types'
import { writePdf } from './write-pdf'
import { issueFilePart } from '../../shared/catalogue'
import { archivalMeta, ofdCustomData } from './archival-meta'
import { writeOfd } from './write-ofd'

export type ExportDoc = LayoutInput & Partial<Pick<GazetteDocument, 'id' | 'date' | 'issuers' | 'pageFrom' | 'pageTo' | 'public'>>

export interface ExporterOptions {
  fontsDir: string
  preferSystemFonts?: boolean
  /** Folders searched for office fonts; the usual Windows and Linux folders when absent. */
  systemFontDirs?: string[]
}

export interface ExportOptions extends Omit<LayoutOptions, 'firstPageNumber'> {
  creationDate?: Date
  /** PDF/A-2b for long-term keeping (archive and catalogue exports default to it). */
  pdfa?: boolean
}

export interface PdfExporter {
  exportDocument(doc: ExportDoc, opts?: ExportOptions): Promise<Buffer>
  /** One PDF; each document starts on an odd page (a blank, unnumbered page in between). */
  exportDocuments(docs: ExportDoc[], opts?: ExportOptions): Promise<Buffer>
  /** The same pages as OFD, with the 公文 fields in CustomDatas. */
  exportDocumentsOfd(docs: ExportDoc[], opts?: ExportOptions): Promise<Buffer>
}

/** Each document's pages, each document starting on an odd page (a blank page in between). */
function combinedPages(docs: ExportDoc[], pagesOf: (doc: ExportDoc) => LayoutPage[]): LayoutPage[] {
  const pages: LayoutPage[] = []
  for (const doc of docs) {
    if (pages.length % 2 === 1) pages.push({ runs: [], rules: [], linesUsed: 0, blank: true })
    pages.push(...pagesOf(doc))
  }
  return pages
}

function combinedInfo(docs: ExportDoc[]): { title: string; author: string; subject: string } {
  const title = docs.length === 1 ? docs[0].title : `${docs[0]?.title ?? ''}等${docs.length}份文件`
  const issuers = [...new Set(docs.map((d) => d.issuer).filter(Boolean))]
  const numbers = docs.map((d) => d.docNumber).filter(Boolean)
  return { title, author: issuers.join('、'), subject: numbers.join('，') }
}

export function createPdfExporter(o: ExporterOptions): PdfExporter {
  const fonts = () => loadFontSet(o.fontsDir, o.preferSystemFonts ?? true, o.systemFontDirs)
  const pagesOf = (doc: ExportDoc, opts: ExportOptions): LayoutPage[] =>
    layoutDocument(doc, fonts().measure, { ...opts, firstPageNumber: 1 }).pages
  return {
    exportDocument(doc, opts = {}) {
      return writePdf(pagesOf(doc, opts), fonts(), {
        title: doc.title,
        author: doc.issuer,
        subject: doc.docNumber,
        creationDate: opts.creationDate,
        ...(opts.pdfa ? { pdfa: archivalMeta([doc]) } : {}),
      })
    },
    exportDocuments(docs, opts = {}) {
      const pages = combinedPages(docs, (d) => pagesOf(d, opts))
      const pdfa = opts.pdfa ? { pdfa: archivalMeta(docs) } : {}
      return writePdf(pages, fonts(), { ...combinedInfo(docs), creationDate: opts.creationDate, ...pdfa })
    },
    exportDocumentsOfd(docs, opts = {}) {
      const pages = combinedPages(docs, (d) => pagesOf(d, opts))
      return writeOfd(pages, fonts(), { ...combinedInfo(docs), creationDate: opts.creationDate, custom: ofdCustomData(docs) })
    },
  }
}

function moduleDir(): string {
  if (typeof __dirname !== 'undefined') return __dirname
  return dirname(fileURLToPath(import.meta.url))
}

/** `<project>/resources/fonts`, found from this module's folder (src or a bundled out/ dir). */
export function defaultFontsDir(): string {
  const candidates = [
    resolve(moduleDir(), '../../../resources/fonts'),
    resolve(moduleDir(), '../../resources/fonts'),
    resolve(process.cwd(), 'resources/fonts'),
  ]
  return candidates.find((d) => existsSync(join(d, BUNDLED.fang))) ?? candidates[0]
}

let shared: PdfExporter | null = null
let sharedKey = ''

export type ExportFormat = 'pdf' | 'pdfa' | 'ofd'

export interface ExportRequest extends ExportOptions {
  combine?: boolean
  /** pdf unless given; pdfa = PDF/A-2b; ofd = GB/T 33190. */
  format?: ExportFormat
  fontsDir?: string
  preferSystemFonts?: boolean
}

export interface ExportedFile {
  fileName: string
  bytesBase64: string
}

/** File name from the 文号 (or title), safe on Windows and Linux:
 *  兴县人民政府公报_2022年第2期_兴政发〔2022〕8号.pdf, the gazette and 期 first, so files of two gazettes never collide. */
export function pdfFileName(doc: ExportDoc, ext = 'pdf'): string {
  const base = (doc.docNumber ?? doc.title).replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)
  const issue = doc.gazette ? `${issueFilePart(doc.gazette, doc.year, doc.issueNo)}_` : ''
  return `${issue}${base || '文件'}.${ext}`
}

/**
 * Convenience for the service: one document → its PDF; several → one combined PDF, or with
 * combine=false a zip holding one PDF each.
 */
export async function exportDocumentsPdf(docs: ExportDoc[], req: ExportRequest = {}): Promise<ExportedFile> {
  const fontsDir = req.fontsDir ?? defaultFontsDir()
  const key = `${fontsDir}|${req.preferSystemFonts ?? true}`
  if (!shared || key !== sharedKey) {
    shared = createPdfExporter({ fontsDir, preferSystemFonts: req.preferSystemFonts })
    sharedKey = key
  }
  const exporter = shared
  const ext = req.format === 'ofd' ? 'ofd' : 'pdf'
  const opts = { ...req, pdfa: req.pdfa ?? req.format === 'pdfa' }
  const one = (list: ExportDoc[]): Promise<Buffer> =>
    ext === 'ofd' ? exporter.exportDocumentsOfd(list, opts) : list.length === 1 ? exporter.exportDocument(list[0], opts) : exporter.exportDocuments(list, opts)
  if (docs.length === 1 || req.combine !== false) {
    const bytes = await one(docs)
    const fileName = docs.length === 1 ? pdfFileName(docs[0], ext) : `合并导出_${docs.length}份.${ext}`
    return { fileName, bytesBase64: bytes.toString('base64') }
  }
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  for (const doc of docs) zip.file(pdfFileName(doc, ext), await one([doc]))
  const bytes = await zip.generateAsync({ type: 'nodebuffer' })
  return { fileName: `导出_${docs.length}份.zip`, bytesBase64: bytes.toString('base64') }
}
