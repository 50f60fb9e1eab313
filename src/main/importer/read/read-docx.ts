// Word (.docx) → text through mammoth's HTML. Mammoth gets a zip we rewrote from parts we listed
// and inflated ourselves under a cap (zip-verify.ts), never the bytes as they came.
import type Mammoth from 'mammoth'
import type { SourceLine } from '../../../shared/source-line'
import { prepareDocx } from './docx-prepare'
import { htmlToParagraphs, type HtmlLine } from './html-lines'
import { displayName, refuse } from './read-errors'
import { listZipEntries } from './zip-inspect'
import { verifyDocxZip, type DocxCaps } from './zip-verify'

export interface DocxText {
  text: string
  /** One per line of `text`; marked whole where Word's paragraphs are real ones (wholeParagraphs). */
  lines: SourceLine[]
  paragraphs: number
}

// Mammoth drops page and column breaks: text typed after one (Ctrl+Enter inside a paragraph) would
// run on into the text before it. As line breaks, html-lines.ts cuts the paragraph there.
const BREAKS = ["br[type='page'] => br", "br[type='column'] => br"]

export async function readDocx(
  bytes: Uint8Array,
  fileName: string,
  caps: DocxCaps,
  onWarn?: (msg: string) => void,
): Promise<DocxText> {
  const entries = listZipEntries(bytes)
  if (!entries) throw refuse('CORRUPT_FILE', fileName, '已损坏（不是完整的 Word 文件），无法导入。')
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw refuse('UNSUPPORTED_FILE', fileName, '是压缩包而不是 Word 文档，无法导入。')
  }
  const verified = prepared(await verifyDocxZip(bytes, fileName, caps))
  // Loaded on use: mammoth cost the import worker ~0.12 s CPU at every start, PDFs included.
  const mammoth = (await import('mammoth')).default
  // Images are dropped unread: they carry no text and data: URIs would bloat the HTML.
  const noImages = mammoth.images.imgElement(async () => ({ src: '' }))
  let result: Awaited<ReturnType<typeof Mammoth.convertToHtml>>
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(verified.buffer, verified.byteOffset, verified.byteLength) },
      { convertImage: noImages, externalFileAccess: false, styleMap: BREAKS },
    )
  } catch {
    throw refuse('CORRUPT_FILE', fileName, '已损坏，Word 内容无法解析，无法导入。')
  }
  reportMessages(result.messages, fileName, onWarn)
  const paras = htmlToParagraphs(result.value)
  const trusted = wholeParagraphs(paras)
  const lines = paras.map((p, i): SourceLine => ({ no: i + 1, text: p.text, ...(trusted && p.whole ? { whole: true } : {}) }))
  return { text: paras.map((p) => p.text).join('\n'), lines, paragraphs: paras.length }
}

/**
 * The zip with numbered paragraphs labelled and the text made what Word shows (docx-prepare.ts);
 * as it was if that fails (a gain, not a need).
 */
function prepared(zip: Uint8Array): Uint8Array {
  try {
    return prepareDocx(zip)
  } catch {
    return zip
  }
}

const LONG = 20
const SENTENCE_END = /[。；：！？;:!?…][”’"』」）)》〕\]】]*$/

/**
 * Whether the document's paragraphs are paragraphs. A Word file typed or converted as Word ends
 * most long paragraphs with a full stop; one pasted from hard-wrapped text (a line per paragraph
 * mark) ends most of them mid-sentence, and then the parser must rejoin them as it does for text.
 */
export function wholeParagraphs(paras: readonly HtmlLine[]): boolean {
  const long = paras.filter((p) => !p.text.includes('\t') && p.text.replace(/\s/g, '').length >= LONG)
  if (long.length === 0) return true
  const open = long.filter((p) => !SENTENCE_END.test(p.text.trim())).length
  return open / long.length < 0.5
}

// Mammoth repeats one warning per unknown style use; people need each kind once.
function reportMessages(
  messages: { type: string; message: string }[],
  fileName: string,
  onWarn?: (msg: string) => void,
): void {
  if (!onWarn) return
  // Unknown or undefined styles do not matter: only the text is kept, not the formatting. Nor do
  // the properties of smart tags and custom XML, whose text mammoth reads.
  const relevant = messages.filter(
    (m) =>
      !/^Unrecognised (paragraph|run|table) style|style with ID .* was referenced but not defined/i.test(m.message) &&
      !/element was ignored: w:(smartTagPr|customXmlPr)$/.test(m.message),
  )
  for (const message of new Set(relevant.map((m) => m.message))) {
    onWarn(`「${displayName(fileName)}」Word 转换提示：${message}`)
  }
}
