// A 目录 set in two columns and read across them by pdftotext (default mode): each run of lines
// without a blank between them (a block) comes from one column, but blocks of the two columns
// alternate. The columns are read apart again with the genre's own signals: an entry ends with
// its page, an entry opens on a title's first line or goes on one cut off above, a 栏目 heading
// stands between entries, and each column's pages, then the whole 目录's (left column first),
// never go back. Only a reading that every block fits, and the only one, is taken.
import type { TocEntry } from '../../../shared/domain'
import { compact, isBlank, stripBullet, type SourceLine } from './lines'
import { splitEntryLines, splitPage } from './toc-entry'

interface Column {
  category: string | null
  pending: string
  entries: TocEntry[]
}

interface Reading {
  columns: [Column, Column]
}

export interface ColumnTests {
  /** A line that opens an entry or a section (a title's opening, an issuer, a heading). */
  opens: (text: string) => boolean
  /** A 栏目 heading's name, or null when the line is none. */
  heading: (text: string) => string | null
}

/** A title's or 文号's tail cut off by the line above: no entry opens so. */
const TAIL = /^(?:[的和及与之号〔［[（(）)\]】]|\d)/

/** The text starts as a tail does, or closes a bracket it did not open ('发〔2004〕18 号）'). */
function tail(text: string): boolean {
  const opened = (text.match(/[（(]/g) ?? []).length
  const closed = (text.match(/[）)]/g) ?? []).length
  return TAIL.test(text) || closed > opened
}

/** Readings tried at most: beyond, the 目录 is too ambiguous to read apart. */
const MAX_READINGS = 4096

/**
 * Reads the 目录 lines `from`..`to` (inclusive) as two columns. Returns the entries, left column
 * first, or null when no reading fits or more than one gives different entries.
 */
export function readColumns(lines: SourceLine[], from: number, to: number, tests: ColumnTests): TocEntry[] | null {
  const blocks = blocksOf(lines, from, to)
  if (blocks.length < 4) return null
  let found: TocEntry[] | null = null
  let tried = 0
  let conflict = false
  const walk = (k: number, r: Reading): void => {
    if (conflict || ++tried > MAX_READINGS) return
    if (k === blocks.length) {
      const entries = finish(r)
      if (!entries) return
      if (found && !sameEntries(found, entries)) conflict = true
      found ??= entries
      return
    }
    // pdftotext reads the left column's top first.
    for (const c of k === 0 ? ([0] as const) : ([0, 1] as const)) {
      const next = place(blocks[k], c, r, tests)
      if (next) walk(k + 1, next)
    }
  }
  walk(0, { columns: [{ category: '', pending: '', entries: [] }, { category: null, pending: '', entries: [] }] })
  return conflict || tried > MAX_READINGS ? null : found
}

/** Runs of non-blank lines; the heading's second letter ('录') standing among them is left out. */
function blocksOf(lines: SourceLine[], from: number, to: number): string[][] {
  const blocks: string[][] = []
  let block: string[] = []
  for (let i = from; i <= to && i < lines.length; i++) {
    const text = stripBullet(lines[i].text)
    if (/^(录|次)$/.test(compact(text))) continue
    if (isBlank(text)) {
      if (block.length) blocks.push(block)
      block = []
    } else block.push(text)
  }
  if (block.length) blocks.push(block)
  return blocks
}

/** The reading with `block` read in column `c`, or null when it does not fit there. */
function place(block: string[], c: 0 | 1, r: Reading, tests: ColumnTests): Reading | null {
  const col: Column = { ...r.columns[c], entries: [...r.columns[c].entries] }
  // The right column's first block opens an entry or a section: the other column's last entry
  // going on at its top is not read here.
  if (c === 1 && col.category === null && col.entries.length === 0 && col.pending === '' && !tests.opens(block[0])) return null
  for (const text of block) {
    const name = tests.heading(text)
    if (name !== null) {
      if (col.pending !== '') return null
      col.category = name
      continue
    }
    const paged = splitPage(text)
    // A title's opening goes where no entry waits; a line going on, where one waits. A whole
    // entry on one line ('专利代理条例 . . . 1') may do either, unless it reads as a tail.
    const opens = tests.opens(text)
    const whole = paged !== null && !tail(compact(paged.text))
    if (opens && col.pending !== '') return null
    if (!opens && !whole && col.pending === '') return null
    if (paged) {
      const last = col.entries[col.entries.length - 1]?.page ?? 0
      if (paged.page < last) return null
      const { title, docNumber } = splitEntryLines(col.pending, paged.text)
      if (compact(title) === '') return null
      col.entries.push({ category: col.category ?? '', title, docNumber, page: paged.page })
      col.pending = ''
    } else col.pending += text
  }
  const columns: [Column, Column] = c === 0 ? [col, r.columns[1]] : [r.columns[0], col]
  return { columns }
}

/** The entries when the reading is whole: no entry left without its page, pages in order throughout. */
function finish(r: Reading): TocEntry[] | null {
  const [left, right] = r.columns
  if (left.pending !== '' || right.pending !== '' || left.entries.length === 0 || right.entries.length === 0) return null
  // Entries at the right column's top before any heading of its own are under the left's last.
  const carried = left.category ?? ''
  const entries = [...left.entries, ...right.entries.map((e) => (e.category === '' ? { ...e, category: carried } : e))]
  for (let k = 1; k < entries.length; k++) if ((entries[k].page ?? 0) < (entries[k - 1].page ?? 0)) return null
  return entries
}

function sameEntries(a: TocEntry[], b: TocEntry[]): boolean {
  return a.length === b.length && a.every((e, k) => e.title === b[k].title && e.page === b[k].page && e.docNumber === b[k].docNumber && e.category === b[k].category)
}
