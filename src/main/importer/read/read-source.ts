// The readers' entry: bytes of a .txt/.pdf/.docx/.doc/.ofd → the issue's raw text, or an AppError refusal.
import { decodeText } from './decode-text'
import { foldIdeographs } from './fold-glyphs'
import { displayName, refuse, toReadError } from './read-errors'
import { readDoc } from './read-doc'
import { readDocx } from './read-docx'
import { isCompoundFile } from './ole-compound'
import { loadPdfJs, readPdf } from './read-pdf'
import { readOfd } from './ofd/read-ofd'
import { listZipEntries } from './zip-inspect'
import { pagesReadInColumns, readLayoutColumns } from '../layout/text-layout-columns'
import { joinedRowsShare, readJoinedColumns } from '../layout/text-joined-columns'
import { restorePageBreaks } from '../layout/text-page-breaks'
import { restoreStrayMarks } from '../layout/text-stray-marks'
import { linesFromText } from '../layout/text-lines'
import type { SourceLine } from '../../../shared/source-line'

export type MediaType =
  | 'text/plain'
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/msword'
  | 'application/ofd'

export interface SourceText {
  text: string
  /**
   * The text's lines in reading order, with what the source knows of each (PDF: page, column,
   * position, typography). Text and Word give the text's own lines without layout.
   */
  lines: SourceLine[]
  mediaType: MediaType
  /** For people: the encoding of a text file, the page count of a PDF, … */
  detail: string
  /** What the file says of itself (OFD: DocInfo and CustomDatas), by name. */
  meta?: Record<string, string>
  /** Plain text: the share of its lines the reader cut out of rows that joined the columns' lines. */
  rebuilt?: number
  /** Plain text kept in its page's layout (pdftotext -layout): per page, whether its columns were read. */
  columnsRead?: boolean[]
}

export interface ReadLimits {
  maxBytes: number
  maxDocxUncompressed: number
  /** The XML of a Word or OFD file, which mammoth parses slowly (about 1 MB/s on a busy machine). */
  maxDocxXml: number
  timeoutMs: number
}

const MB = 1024 * 1024

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 200 * MB,
  maxDocxUncompressed: 200 * MB,
  maxDocxXml: 32 * MB,
  timeoutMs: 60_000,
}

type Kind = 'pdf' | 'docx' | 'doc' | 'ofd' | 'text'
type Warn = (msg: string) => void

const DOCX: MediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const TEXT_EXTENSIONS = new Set(['txt', 'text'])

/**
 * Reads one file. Content decides the type (magic bytes), the extension only breaks ties for
 * text. Every failure is an AppError whose Chinese message names the file.
 */
export async function readSource(
  bytes: Uint8Array,
  fileName: string,
  limits?: Partial<ReadLimits>,
  onWarn?: Warn,
): Promise<SourceText> {
  const lim = { ...DEFAULT_LIMITS, ...limits }
  try {
    checkSize(bytes, fileName, lim)
    const kind = sniffKind(bytes, fileName)
    // Loading pdf.js the first time (seconds on a busy machine) is the app's cost, not the file's.
    if (kind === 'pdf') await loadPdfJs()
    const source = await withTimeout(lim.timeoutMs, fileName, (signal) =>
      readKind(kind, bytes, fileName, lim, signal, onWarn),
    )
    if (source.text.trim() === '')
      throw refuse('EMPTY_FILE', fileName, '没有任何文字内容，无法导入。')
    return source
  } catch (err) {
    throw toReadError(err, fileName)
  }
}

function checkSize(bytes: Uint8Array, fileName: string, lim: ReadLimits): void {
  if (bytes.length === 0) throw refuse('EMPTY_FILE', fileName, '是空文件，无法导入。')
  if (bytes.length > lim.maxBytes) {
    const size = `${(bytes.length / MB).toFixed(1)} MB`
    const max = `${Math.round(lim.maxBytes / MB)} MB`
    throw refuse('FILE_TOO_LARGE', fileName, `大小为 ${size}，超过 ${max} 的上限，无法导入。`)
  }
}

function extensionOf(fileName: string): string {
  const name = displayName(fileName)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

// %PDF- may follow a little junk (pdf.js looks within the first 1 KB); only a .pdf gets that slack.
function isPdf(bytes: Uint8Array, ext: string): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, ext === 'pdf' ? 1024 : 5))
  return head.includes('%PDF-')
}

/** Decides how to read the file; refuses what no reader handles. */
export function sniffKind(bytes: Uint8Array, fileName: string): Kind {
  const ext = extensionOf(fileName)
  if (isPdf(bytes, ext)) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = listZipEntries(bytes)
    if (entries?.some((e) => e.name === 'word/document.xml') || ext === 'docx') return 'docx'
    if (entries?.some((e) => e.name.toLowerCase() === 'ofd.xml') || ext === 'ofd') return 'ofd'
  }
  if (ext === 'ofd') throw refuse('CORRUPT_FILE', fileName, '不是有效的 OFD 文件（不是 OFD 压缩包），可能已损坏，无法导入。')
  if (ext === 'pdf') {
    throw refuse(
      'CORRUPT_FILE',
      fileName,
      '不是有效的 PDF 文件（缺少 PDF 文件头），可能已损坏，无法导入。',
    )
  }
  // An old Word file is an OLE compound file, whatever its name; read-doc.ts says what else one may be.
  if (isCompoundFile(bytes)) return 'doc'
  if (ext === 'docx')
    throw refuse('CORRUPT_FILE', fileName, '不是有效的 Word 文件，可能已损坏，无法导入。')
  if (ext === 'doc') throw notWordBinary(bytes, fileName)
  if (TEXT_EXTENSIONS.has(ext)) return 'text'
  throw refuse(
    'UNSUPPORTED_FILE',
    fileName,
    '的格式不受支持。可导入的格式：文本（.txt）、PDF（.pdf）、Word（.docx、.doc）、OFD（.ofd）。',
  )
}

/**
 * A .doc that is not a Word 97-2003 file. Offices often have RTF or a web page saved under that
 * name (Word opens them as if they were one): say what it is, and how to make it readable.
 */
function notWordBinary(bytes: Uint8Array, fileName: string): Error {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
    .replace(/\0/g, '') // UTF-16 text: its ASCII characters with the zero bytes dropped
    .replace(/^(\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '')
    .trimStart()
    .toLowerCase()
  const advice = '请在 Word 或 WPS 中打开后另存为 .docx 再导入。'
  if (head.startsWith('{\\rtf')) return refuse('UNSUPPORTED_FILE', fileName, `实际是 RTF 格式文件（只是扩展名为 .doc），无法直接导入。${advice}`)
  if (/^(<\?xml[^>]*>\s*)?(<!doctype html|<html)/.test(head) || head.includes('<html')) {
    return refuse('UNSUPPORTED_FILE', fileName, `实际是网页（HTML）文件（只是扩展名为 .doc），无法直接导入。${advice}`)
  }
  if (head.startsWith('mime-version:')) return refuse('UNSUPPORTED_FILE', fileName, `实际是单个网页文件（MHT，只是扩展名为 .doc），无法直接导入。${advice}`)
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*>\s*)?<w:worddocument/.test(head)) {
    return refuse('UNSUPPORTED_FILE', fileName, `实际是 Word 2003 XML 文件（只是扩展名为 .doc），无法直接导入。${advice}`)
  }
  return refuse('CORRUPT_FILE', fileName, '不是有效的 Word 文件（缺少 Word 文件头），可能已损坏，无法导入。')
}

async function readKind(
  kind: Kind,
  bytes: Uint8Array,
  fileName: string,
  lim: ReadLimits,
  signal: AbortSignal,
  onWarn?: Warn,
): Promise<SourceText> {
  if (kind === 'pdf') {
    const pdf = await readPdf(bytes, fileName, signal, onWarn)
    const { text, lines } = pdf
    return { text, lines, mediaType: 'application/pdf', detail: `PDF ${pdf.pages} 页` }
  }
  if (kind === 'docx') {
    const docx = await readDocx(bytes, fileName, { maxTotal: lim.maxDocxUncompressed, maxXml: lim.maxDocxXml }, onWarn)
    return { text: docx.text, lines: docx.lines, mediaType: DOCX, detail: `Word ${docx.paragraphs} 段` }
  }
  if (kind === 'doc') {
    // The whole read is synchronous and linear in the file; the text cap bounds its memory.
    const doc = readDoc(bytes, fileName, { maxChars: lim.maxDocxXml })
    return { text: doc.text, lines: doc.lines, mediaType: 'application/msword', detail: `Word 97-2003 ${doc.paragraphs} 段` }
  }
  if (kind === 'ofd') {
    const caps = { maxTotal: lim.maxDocxUncompressed, maxXml: lim.maxDocxXml }
    const ofd = readOfd(bytes, fileName, caps, onWarn)
    const seals = ofd.signatures ? `，含电子签章 ${ofd.signatures} 个（未验证）` : ''
    return { text: ofd.text, lines: ofd.lines, mediaType: 'application/ofd', detail: `OFD ${ofd.pages} 页${seals}`, meta: ofd.meta }
  }
  const decoded = decodeText(bytes)
  if (!decoded) {
    throw refuse(
      'CORRUPT_FILE',
      fileName,
      '不是可识别的文本文件（含二进制数据或编码无法识别），无法导入。',
    )
  }
  // Text that keeps the page's layout (pdftotext -layout), or that joins both columns' lines on
  // one row (pdftotext's default mode on some pages), has its columns read one after the other.
  // Put back first: quotation marks written apart from their line (text in drawing order), and
  // the pages where the text lost its form feeds (pdftotext -nopgbrk).
  const given = restorePageBreaks(restoreStrayMarks(foldIdeographs(decoded.text)))
  const laid = readLayoutColumns(given)
  const text = readJoinedColumns(laid)
  const lines = linesFromText(text)
  const columnsRead = pagesReadInColumns(given, laid)
  return {
    text,
    lines,
    mediaType: 'text/plain',
    detail: decoded.encoding,
    rebuilt: joinedRowsShare(laid, text),
    ...(columnsRead.some((read) => read) ? { columnsRead } : {}),
  }
}

/**
 * Races the read against a timer. On timeout the signal lets the PDF reader stop between
 * pages; mammoth cannot be interrupted and finishes in the background, its result unused.
 */
async function withTimeout<T>(
  ms: number,
  fileName: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(refuse('TIMEOUT', fileName, `读取超过 ${formatMs(ms)} 仍未完成，已停止。`))
    }, ms)
  })
  const running = work(controller.signal)
  // The loser of the race must not surface as an unhandled rejection.
  running.catch(() => undefined)
  try {
    return await Promise.race([running, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} 秒` : `${ms} 毫秒`
}
