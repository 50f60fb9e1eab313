// Word (.docx) → text through mammoth's HTML. Mammoth gets a zip we rewrote from parts we listed
// and inflated ourselves under a cap (zip-verify.ts), never the bytes as they came.
import mammoth from 'mammoth'
import { htmlToLines } from './html-lines'
import { displayName, refuse } from './read-errors'
import { listZipEntries } from './zip-inspect'
import { verifyDocxZip, type DocxCaps } from './zip-verify'

export interface DocxText {
  text: string
  paragraphs: number
}

// Images are dropped unread: they carry no text and data: URIs would bloat the HTML.
const noImages = mammoth.images.imgElement(async () => ({ src: '' }))

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
  const verified = await verifyDocxZip(bytes, fileName, caps)
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(verified.buffer, verified.byteOffset, verified.byteLength) },
      { convertImage: noImages, externalFileAccess: false },
    )
  } catch {
    throw refuse('CORRUPT_FILE', fileName, '已损坏，Word 内容无法解析，无法导入。')
  }
  reportMessages(result.messages, fileName, onWarn)
  const lines = htmlToLines(result.value)
  return { text: lines.join('\n'), paragraphs: lines.length }
}

// Mammoth repeats one warning per unknown style use; people need each kind once.
function reportMessages(
  messages: { type: string; message: string }[],
  fileName: string,
  onWarn?: (msg: string) => void,
): void {
  if (!onWarn) return
  // Unknown styles do not matter: only the text is kept, not the formatting.
  const relevant = messages.filter(
    (m) => !/^Unrecognised (paragraph|run|table) style/.test(m.message),
  )
  for (const message of new Set(relevant.map((m) => m.message))) {
    onWarn(`「${displayName(fileName)}」Word 转换提示：${message}`)
  }
}
