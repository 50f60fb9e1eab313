// 登记扫描件 read by OCR on request: the issue's scan is read page by page, each registered
// document's pages become its body (a body correction, in its history, replayed after a re-import),
// and what staff typed (标题, 文号, 成文日期) is kept: where the scan reads otherwise it is reported.
import type { Database } from 'better-sqlite3'
import type { Block } from '../../shared/domain'
import { findDocNumbers, normalizeDocNumber } from '../../shared/doc-number'
import { AppError } from '../../shared/errors'
import type { ScanOcrDisagreement, ScanOcrDocument, ScanOcrOutcome } from '../../shared/scan-ocr'
import type { SourceLine } from '../../shared/source-line'
import type { Archive } from '../archive/open-archive'
import { correct } from '../corrections/apply'
import { scanPagesOfIssue } from '../db/scans'
import { readScan, type ScanProgress, type ScanText } from '../importer/ocr/read-scan'
import { DEFAULT_OCR_PAGE_MS, scanWithin, type Scan } from '../importer/ocr/scan-step'
import type { ScanRunOptions } from '../importer/worker/worker-runner'
import { parseDateLine } from '../importer/parse/dates'
import { scanBytes } from './scans'

export type Registered = ReturnType<typeof scanPagesOfIssue>[number]

/** Lines of the header (title, 文号) looked at, and of the end (成文日期). */
const HEAD_LINES = 6
const TAIL_LINES = 12

const bare = (s: string): string => s.replace(/\s+/g, '')
/** The title's start, enough to find it on the page despite a misread character later on. */
const titleKey = (title: string): string => bare(title).slice(0, 8)

function titleAt(lines: SourceLine[], title: string, from = 0): number {
  const key = titleKey(title)
  if (key.length < 4) return -1
  for (let i = from; i < lines.length; i++) if (bare(lines[i].text).includes(key)) return i
  return -1
}

/**
 * Each registered document's lines: those on its pages, from its title when the page shows it,
 * up to the next document's title when the two share a page.
 */
export function linesOfDocuments(lines: SourceLine[], docs: Registered[]): Map<number, SourceLine[]> {
  const out = new Map<number, SourceLine[]>()
  docs.forEach((d, i) => {
    const onPages = lines.filter((l) => l.layout && l.layout.page >= d.pageFrom && l.layout.page <= d.pageTo)
    const start = Math.max(0, titleAt(onPages, d.title))
    const next = docs[i + 1]
    const end = next && next.pageFrom <= d.pageTo ? titleAt(onPages, next.title, start + 1) : -1
    out.set(d.id, onPages.slice(start, end > start ? end : undefined))
  })
  return out
}

/** Where the body starts: after the title's lines and the 文号 line at the head. */
function bodyStart(lines: SourceLine[], title: string): number {
  const key = titleKey(title)
  const whole = bare(title)
  let start = 0
  lines.slice(0, HEAD_LINES).forEach((l, i) => {
    const t = bare(l.text)
    const isHead = (key.length >= 4 && t.includes(key)) || (t.length >= 2 && whole.includes(t)) || (findDocNumbers(t)[0]?.index === 0 && t.length < 24)
    if (isHead) start = i + 1
  })
  return start
}

/** The scan's 文号, 成文日期 and title against the typed ones: the fields that disagree. */
export function disagreements(d: Registered, lines: SourceLine[]): ScanOcrDisagreement[] {
  const out: ScanOcrDisagreement[] = []
  const head = lines.slice(0, HEAD_LINES).map((l) => l.text).join('\n')
  const found = findDocNumbers(head)[0]?.docNumber ?? null
  const typedNumber = d.docNumber ? (normalizeDocNumber(d.docNumber) ?? d.docNumber) : null
  if (found !== typedNumber) out.push({ field: 'docNumber', label: '文号', typed: d.docNumber, ocr: found })
  const tail = lines.slice(-TAIL_LINES).map((l) => parseDateLine(l.text.trim())).filter((x): x is string => x !== null)
  const date = tail[tail.length - 1] ?? null
  if (date !== d.date && (date !== null || d.date !== null)) out.push({ field: 'date', label: '成文日期', typed: d.date, ocr: date })
  if (lines.length && !bare(head).includes(bare(d.title))) {
    const shown = lines.slice(0, 3).map((l) => l.text.trim()).join('')
    out.push({ field: 'title', label: '标题', typed: d.title, ocr: shown.slice(0, 60) })
  }
  return out
}

/** The body read for one document, as paragraph blocks, and how many characters OCR was unsure of. */
export function bodyOf(d: Registered, lines: SourceLine[]): { blocks: Block[]; unsure: number } {
  const body = lines.slice(bodyStart(lines, d.title))
  const blocks = body.map((l) => ({ kind: 'paragraph' as const, text: l.text.trim() })).filter((b) => b.text !== '')
  return { blocks, unsure: body.reduce((n, l) => n + (l.ocr?.low.length ?? 0), 0) }
}

function fill(db: Database, d: Registered, lines: SourceLine[], meta: { editor: string; at: string }): ScanOcrDocument {
  const { blocks, unsure } = bodyOf(d, lines)
  const base = { id: d.id, title: d.title, pageFrom: d.pageFrom, pageTo: d.pageTo, disagreements: disagreements(d, lines) }
  if (!blocks.length) return { ...base, filled: false, characters: 0, unsure: 0 }
  const note = `由扫描件第 ${d.pageFrom}–${d.pageTo} 页文字识别（OCR）填入正文`
  correct(db, d.id, { field: 'body', blocks }, { editor: meta.editor, note, at: meta.at })
  return { ...base, filled: true, characters: blocks.reduce((n, b) => n + b.text.length, 0), unsure }
}

/** Reads a scan by OCR (in the file worker, or here): page progress, a time per page, cancel. */
export type ScanReader = (bytes: Uint8Array, fileName: string, opts: ScanRunOptions) => Promise<ScanText>

/** Reads in this process with `scan` (tests inject the engine's kept boxes). */
export function inProcessReader(scan: Scan = readScan): ScanReader {
  return (bytes, fileName, o) => scanWithin(scan, bytes, fileName, o.pageMs ?? DEFAULT_OCR_PAGE_MS, () => undefined, o.onProgress, o.signal)
}

export interface ScanOcrOptions {
  now?: () => Date
  pageMs?: number
  /** Where the OCR runs; by default in this process with the real engine. */
  reader?: ScanReader
  onProgress?: (p: ScanProgress) => void
  /** Staff stopped it: nothing is filled, the reader's CANCELLED is thrown. */
  signal?: AbortSignal
}

/** Reads the issue's scan by OCR and fills its registered documents' bodies. */
export async function ocrScannedIssue(archive: Archive, req: { issueId: number; editor: string }, opts: ScanOcrOptions = {}): Promise<ScanOcrOutcome> {
  if (!req.editor.trim()) throw new AppError('BAD_REQUEST', '请先在设置中填写操作人姓名')
  const docs = scanPagesOfIssue(archive.db, req.issueId)
  if (!docs.length) throw new AppError('NOT_FOUND', `这一期没有登记的扫描文件（编号 ${req.issueId}）`)
  const { fileName, bytes } = scanBytes(archive, req.issueId)
  const reader = opts.reader ?? inProcessReader()
  const read = await reader(new Uint8Array(bytes), fileName, { pageMs: opts.pageMs, onProgress: opts.onProgress, signal: opts.signal })
  opts.signal?.throwIfAborted()
  const byDoc = linesOfDocuments(read.lines, docs)
  const at = (opts.now?.() ?? new Date()).toISOString()
  const documents = docs.map((d) => fill(archive.db, d, byDoc.get(d.id) ?? [], { editor: req.editor, at }))
  return { issueId: req.issueId, pages: read.pages, documents }
}
