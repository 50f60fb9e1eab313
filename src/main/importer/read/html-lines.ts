// Mammoth's HTML → lines: one per paragraph, heading or list item; table rows as tab-joined cells.
// A paragraph broken by a manual line break (<br>) gives a line per piece, not marked whole; a break
// with no text on one side of it (Shift+Enter ending a paragraph) cuts nothing. Tabs that only push
// a paragraph's text right are layout, not text. Footnotes and endnotes, which mammoth appends
// after the last paragraph, are set under the paragraph that refers to them, their markers dropped.

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre'])
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>|<!--[\s\S]*?-->|([^<]+)/g
// Mammoth's notes: <li id="footnote-1">…<a href="#footnote-ref-1">↑</a></li> after the body, and
// <sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> where the body refers to one.
const NOTE = /<li id="((?:foot|end)note-[\w-]+)">([\s\S]*?)<\/li>/g
const NOTE_BACKLINK = /<a href="#(?:foot|end)note-ref-[\w-]+">[^<]*<\/a>/g
const NOTE_REF = /\bhref="#((?:foot|end)note-[\w-]+)"/
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/

/** A line of the document, and whether it is a paragraph in its own right (no <br> inside). */
export interface HtmlLine {
  text: string
  whole: boolean
}

interface State {
  lines: HtmlLine[]
  text: string
  /** The block being written was cut by a <br>: its pieces are not whole paragraphs. */
  broken: boolean
  /** A <br> came after text: it cuts the block only if more text follows. */
  pendingBreak: boolean
  /** Each note's lines, by its id; the notes referred to in the block being written; inside a marker. */
  notes: Map<string, HtmlLine[]>
  noteRefs: string[]
  inNoteRef: boolean
  // One entry per open table: the current row's finished cells and the cell being written.
  tables: { cells: string[]; cell: string[] }[]
}

/** Lines of text in document order; empty paragraphs are dropped, so there are no blank lines. */
export function htmlToLines(html: string): string[] {
  return htmlToParagraphs(html).map((l) => l.text)
}

/** As htmlToLines, with each line marked whole unless a <br> cut its paragraph. */
export function htmlToParagraphs(html: string): HtmlLine[] {
  const notes = new Map<string, HtmlLine[]>()
  const body = html.replace(NOTE, (_, id: string, inner: string) => {
    notes.set(id, htmlToParagraphs(inner.replace(NOTE_BACKLINK, '')))
    return ''
  })
  const st: State = { lines: [], text: '', broken: false, pendingBreak: false, tables: [], notes, noteRefs: [], inNoteRef: false }
  for (const m of body.matchAll(TOKEN)) {
    if (m[4] !== undefined) {
      if (!st.inNoteRef) addText(st, decodeEntities(m[4]))
    } else if (m[2]) onTag(st, m[2].toLowerCase(), m[1] === '/', m[3] ?? '')
  }
  flushBlock(st)
  flushNotes(st)
  return st.lines
}

/** Text into the block; a break waiting before it cuts the block there. */
function addText(st: State, text: string): void {
  if (st.pendingBreak && text.trim() !== '') {
    st.pendingBreak = false
    flushBlock(st, true)
  }
  st.text += text
}

function onTag(st: State, tag: string, closing: boolean, attrs: string): void {
  const table = st.tables[st.tables.length - 1]
  if (tag === 'a' && !closing) {
    const ref = NOTE_REF.exec(attrs)?.[1]
    if (ref !== undefined && st.notes.has(ref)) {
      st.noteRefs.push(ref)
      st.inNoteRef = true
    }
  } else if (tag === 'a') {
    st.inNoteRef = false
  } else if (tag === 'br') {
    // Before any text the break cuts nothing; after text it waits to see whether text follows.
    if (st.text.trim() !== '') st.pendingBreak = true
  } else if (BLOCK.has(tag)) {
    flushBlock(st)
    if (st.tables.length === 0) flushNotes(st)
    st.broken = false
  } else if (tag === 'table' && !closing) {
    flushBlock(st)
    st.tables.push({ cells: [], cell: [] })
  } else if (tag === 'table' && closing) {
    flushBlock(st)
    const inner = st.tables.pop()
    // A table nested in a cell: its text stays in the outer cell rather than breaking the row.
    if (inner && st.tables.length > 0) addToCell(st, inner.cells.join(' '))
    if (st.tables.length === 0) flushNotes(st)
  } else if (table && (tag === 'td' || tag === 'th')) {
    flushBlock(st)
    if (closing) {
      table.cells.push(joinParts(table.cell))
      table.cell = []
    }
  } else if (table && tag === 'tr' && closing) {
    flushBlock(st)
    const row = table.cells.join('\t')
    if (row.replace(/\t/g, '').trim() !== '') emitRow(st, row)
    table.cells = []
  }
}

// Rows of a nested table are folded into the outer cell; top-level rows are lines.
function emitRow(st: State, row: string): void {
  if (st.tables.length > 1) addToCell(st, row.replace(/\t/g, ' '))
  else st.lines.push({ text: row, whole: true })
}

/** Ends the text being written; `byBreak` when a <br> cut it, so it and what follows are pieces. */
function flushBlock(st: State, byBreak = false): void {
  // Leading tabs push the text right (an indent, a signature set to the right): layout only.
  const text = st.text.replace(/[\r\n]+/g, ' ').replace(/^\t+/, '').trimEnd()
  st.text = ''
  if (byBreak) st.broken = true
  else st.pendingBreak = false
  if (text.trim() === '') return
  if (st.tables.length > 0) addToCell(st, text.trim())
  else st.lines.push({ text, whole: !st.broken })
}

/** The notes the paragraph just written refers to, each line under it. */
function flushNotes(st: State): void {
  for (const id of st.noteRefs) st.lines.push(...(st.notes.get(id) ?? []))
  st.noteRefs = []
}

function addToCell(st: State, text: string): void {
  st.tables[st.tables.length - 1].cell.push(text)
}

// Paragraphs inside one cell: Chinese runs on without a space, other text gets one.
function joinParts(parts: string[]): string {
  return parts.reduce((acc, part) => {
    if (!acc) return part
    const glue = CJK.test(acc[acc.length - 1]) && CJK.test(part[0]) ? '' : ' '
    return acc + glue + part
  }, '')
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole
    const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole
  })
}
