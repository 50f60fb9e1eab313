// Old Word (.doc, Word 97-2003) → text. The compound file (ole-compound.ts) gives the streams, the
// binary format (doc-binary.ts) the characters; here they are written as the HTML mammoth writes
// for a .docx (paragraphs, <br> for a line or page break inside one, tables, notes with their
// references), so html-lines.ts cuts the same lines from a .doc as from the .docx of the same issue.
import type { SourceLine } from '../../../shared/source-line'
import { DocError, DELETED, HIDDEN, IN_TABLE, ROW_END, readDocBinary, type DocBinary, type Note } from './doc-binary'
import { htmlToParagraphs } from './html-lines'
import { CompoundError, readCompoundFile, type CompoundFile } from './ole-compound'
import { refuse } from './read-errors'
import { wholeParagraphs, type DocxText } from './read-docx'

export interface DocCaps {
  /** Characters of text (every story): memory is two bytes a character, and more for the lines. */
  maxChars: number
}

const FIELD_BEGIN = 0x13
const FIELD_SEPARATOR = 0x14
const FIELD_END = 0x15
const PARAGRAPH = 0x0d
const CELL = 0x07
const LINE_BREAK = 0x0b
const PAGE_BREAK = 0x0c
const COLUMN_BREAK = 0x0e
const NOTE_MARK = 0x02
const NON_BREAKING_HYPHEN = 0x1e
/** Fields nest (a PAGEREF inside a TOC); deeper than this is not a document's. */
const MAX_FIELD_DEPTH = 64

export function readDoc(bytes: Uint8Array, fileName: string, caps: DocCaps): DocxText {
  const cfb = openCompound(bytes, fileName)
  const wordDocument = compound(fileName, () => cfb.stream('WordDocument'))
  if (!wordDocument) throw notWord(cfb, fileName)
  let bin: DocBinary
  try {
    // The table stream is needed (its absence is corruption); the Data stream only adds properties.
    const stream = (name: string): Uint8Array | null => (name === 'Data' ? optional(cfb, name) : cfb.stream(name))
    bin = readDocBinary(wordDocument, stream, caps.maxChars)
  } catch (err) {
    if (err instanceof CompoundError) throw corrupt(fileName)
    if (!(err instanceof DocError)) throw err
    if (err.reason === 'encrypted') throw encrypted(fileName)
    if (err.reason === 'old-version') {
      throw refuse('UNSUPPORTED_FILE', fileName, '是 Word 95 或更早版本的文件，无法读取。请在 Word 或 WPS 中另存为 .docx 后再导入。')
    }
    if (err.reason === 'too-large') {
      const max = `${Math.round(caps.maxChars / 10_000)} 万`
      throw refuse('FILE_TOO_LARGE', fileName, `的文字超过 ${max}字的上限，无法导入。`)
    }
    throw corrupt(fileName)
  }
  const paras = htmlToParagraphs(documentHtml(bin))
  const trusted = wholeParagraphs(paras)
  const lines = paras.map((p, i): SourceLine => ({ no: i + 1, text: p.text, ...(trusted && p.whole ? { whole: true } : {}) }))
  return { text: paras.map((p) => p.text).join('\n'), lines, paragraphs: paras.length }
}

/** What `read` gives; a compound file found broken on the way is a corrupt .doc. */
function compound<T>(fileName: string, read: () => T): T {
  try {
    return read()
  } catch (err) {
    if (err instanceof CompoundError) throw corrupt(fileName)
    throw err
  }
}

const openCompound = (bytes: Uint8Array, fileName: string): CompoundFile => compound(fileName, () => readCompoundFile(bytes))

const corrupt = (fileName: string): Error =>
  refuse('CORRUPT_FILE', fileName, '已损坏（旧版 Word 文件的结构不完整或有误，可能只复制了一部分），无法导入。')

const encrypted = (fileName: string): Error =>
  refuse('UNSUPPORTED_FILE', fileName, '设有打开密码（已加密），无法读取。请在 Word 或 WPS 中取消密码后再导入。')

function optional(cfb: CompoundFile, name: string): Uint8Array | null {
  try {
    return cfb.stream(name)
  } catch (err) {
    if (err instanceof CompoundError) return null
    throw err
  }
}

/** An OLE file without a Word stream: name what it is when its streams say so. */
function notWord(cfb: CompoundFile, fileName: string): Error {
  const has = (name: string): boolean => optional(cfb, name) !== null
  // A .docx with a password is an OLE file holding the encrypted zip.
  if (has('EncryptionInfo') || has('EncryptedPackage')) return encrypted(fileName)
  if (has('Workbook') || has('Book')) return refuse('UNSUPPORTED_FILE', fileName, '是 Excel 表格而不是 Word 文档，无法导入。')
  if (has('PowerPoint Document')) return refuse('UNSUPPORTED_FILE', fileName, '是 PowerPoint 演示文稿而不是 Word 文档，无法导入。')
  return refuse('UNSUPPORTED_FILE', fileName, '不是 Word 文档（其中没有 Word 正文），无法导入。')
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The shown text of [start, end) as HTML inline content: field codes dropped (their results
 * kept), hidden and deleted runs dropped, breaks as <br>, note marks as mammoth's references.
 */
function inlineHtml(bin: DocBinary, start: number, end: number, refs: Map<number, string>): string {
  const { text, flags } = bin
  let out = ''
  let plain = ''
  // One entry per open field: whether its code (true) or its result is being read.
  const fields: boolean[] = []
  let inCode = 0
  const flush = (): void => {
    out += escapeHtml(plain)
    plain = ''
  }
  for (let cp = start; cp < end; cp++) {
    const c = text.charCodeAt(cp)
    if (c === FIELD_BEGIN) {
      if (fields.length < MAX_FIELD_DEPTH) {
        fields.push(true)
        inCode++
      }
      continue
    }
    if (c === FIELD_SEPARATOR) {
      if (fields.length > 0 && fields[fields.length - 1]) {
        fields[fields.length - 1] = false
        inCode--
      }
      continue
    }
    if (c === FIELD_END) {
      if (fields.length > 0 && fields.pop()) inCode--
      continue
    }
    if (inCode > 0 || flags[cp] & (HIDDEN | DELETED)) continue
    if (c === LINE_BREAK || c === PAGE_BREAK || c === COLUMN_BREAK || c === 0x0a) {
      flush()
      out += '<br>'
    } else if (c === NOTE_MARK) {
      const id = refs.get(cp)
      if (id !== undefined) {
        flush()
        out += `<sup><a href="#${id}" id="${id}-ref">[*]</a></sup>`
      }
    } else if (c === NON_BREAKING_HYPHEN) plain += '-'
    else if (c === 0x09 || c >= 0x20) plain += text[cp]
    // Other control characters (pictures 0x01 and 0x08, annotation marks, optional hyphens) show no text.
  }
  flush()
  return out
}

/** The main story as mammoth's HTML, the notes after it as mammoth lists them. */
export function documentHtml(bin: DocBinary): string {
  const refs = new Map<number, string>()
  const notes: [string, Note][] = []
  bin.footnotes.forEach((n, i) => notes.push([`footnote-${i + 1}`, n]))
  bin.endnotes.forEach((n, i) => notes.push([`endnote-${i + 1}`, n]))
  for (const [id, n] of notes) refs.set(n.ref, id)

  const { text, flags } = bin
  const [start, end] = bin.stories.main
  const parts: string[] = []
  let table = false
  let row = false
  let cell = false
  let prevMark = -1
  let from = start
  for (let cp = start; cp < end; cp++) {
    const c = text.charCodeAt(cp)
    const sectionEnd = c === PAGE_BREAK && bin.sectionEnds.has(cp)
    if (c !== PARAGRAPH && c !== CELL && !sectionEnd) continue
    const body = escapeHtml(bin.labels.get(cp) ?? '') + inlineHtml(bin, from, cp, refs)
    from = cp + 1
    const inTable = bin.paragraphsRead ? (flags[cp] & IN_TABLE) !== 0 : c === CELL
    // Without paragraph properties, a cell mark straight after another ends the row (a guess:
    // an empty last cell reads the same).
    const rowEnd = c === CELL && (bin.paragraphsRead ? (flags[cp] & ROW_END) !== 0 : prevMark === cp - 1 && text.charCodeAt(cp - 1) === CELL)
    prevMark = cp
    if (!inTable && c !== CELL) {
      if (cell) parts.push('</td>')
      if (row) parts.push('</tr>')
      if (table) parts.push('</table>')
      table = row = cell = false
      parts.push(`<p>${body}</p>`)
      continue
    }
    if (!table) parts.push('<table>')
    table = true
    if (rowEnd) {
      if (cell) parts.push('</td>')
      if (row) parts.push('</tr>')
      row = cell = false
      continue
    }
    if (!row) parts.push('<tr>')
    if (!cell) parts.push('<td>')
    row = cell = true
    parts.push(`<p>${body}</p>`)
    if (c === CELL) {
      parts.push('</td>')
      cell = false
    }
  }
  if (from < end) parts.push(`<p>${inlineHtml(bin, from, end, refs)}</p>`)
  if (cell) parts.push('</td>')
  if (row) parts.push('</tr>')
  if (table) parts.push('</table>')

  if (notes.length > 0) {
    parts.push('<ol>')
    for (const [id, n] of notes) {
      // The note's paragraphs; its own mark (0x02, Word's number) shows nothing, as in mammoth.
      const html: string[] = []
      let at = n.text[0]
      for (let cp = at; cp <= n.text[1]; cp++) {
        if (cp < n.text[1] && text.charCodeAt(cp) !== PARAGRAPH) continue
        html.push(`<p>${inlineHtml(bin, at, cp, new Map())}</p>`)
        at = cp + 1
      }
      parts.push(`<li id="${id}">${html.join('')}</li>`)
    }
    parts.push('</ol>')
  }
  return parts.join('')
}
