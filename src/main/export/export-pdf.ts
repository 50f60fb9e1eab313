// Export entry point: documents → GB/T 9704 PDF (one document, or several combined).
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { GazetteDocument } from '../../shared/domain'
import { BUNDLED, loadFontSet } from './fonts'
import { layoutDocument, type LayoutInput } from './layout-document'
import type { LayoutOptions, LayoutPage } from './types'
import { writePdf } from './write-pdf'
import { archivalMeta } from './archival-meta'

export type ExportDoc = LayoutInput & Partial<Pick<GazetteDocument, 'id' | 'date' | 'issuers' | 'pageFrom' | 'pageTo'>>

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
      const pages: LayoutPage[] = []
      for (const doc of docs) {
        if (pages.length % 2 === 1) pages.push({ runs: [], rules: [], linesUsed: 0, blank: true })
        pages.push(...pagesOf(doc, opts))
      }
      const title = docs.length === 1 ? docs[0].title : `${docs[0]?.title ?? ''}等${docs.length}份文件`
      const issuers = [...new Set(docs.map((d) => d.issuer).filter(Boolean))]
      const numbers = docs.map((d) => d.docNumber).filter(Boolean)
      const pdfa = opts.pdfa ? { pdfa: archivalMeta(docs) } : {}
      return writePdf(pages, fonts(), { title, author: issuers.join('、'), subject: numbers.join('，'), creationDate: opts.creationDate, ...pdfa })
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

export interface ExportRequest extends ExportOptions {
  combine?: boolean
  fontsDir?: string
  preferSystemFonts?: boolean
}

export interface ExportedFile {
  fileName: string
  bytesBase64: string
}

/** File name from the 文号 (or title), safe on Windows and Linux. */
export function pdfFileName(doc: ExportDoc): string {
  const base = (doc.docNumber ?? doc.title).replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)
  return `${base || '文件'}.pdf`
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
  if (docs.length === 1 || req.combine !== false) {
    const bytes = docs.length === 1 ? await exporter.exportDocument(docs[0], req) : await exporter.exportDocuments(docs, req)
    const fileName = docs.length === 1 ? pdfFileName(docs[0]) : `合并导出_${docs.length}份.pdf`
    return { fileName, bytesBase64: bytes.toString('base64') }
  }
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  for (const doc of docs) zip.file(pdfFileName(doc), await exporter.exportDocument(doc, req))
  const bytes = await zip.generateAsync({ type: 'nodebuffer' })
  return { fileName: `导出_${docs.length}份.zip`, bytesBase64: bytes.toString('base64') }
}
