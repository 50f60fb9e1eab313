// A 目录 set in two columns and read across them by pdftotext (default mode): each run of lines
// without a blank between them (a block) comes from one column, but blocks of the two columns
// alternate. The columns are read apart again with the genre's own signals: an entry ends with
// its page, an entry opens on a title's first line or goes on one cut off above, a 栏目 heading
// stands between entries, and each column's pages, then the whole 目录's (left column first),
// never go back. A reading every block fits is taken; where several fit, the one the body bears
// out best (it prints every title, its 文号 and its 栏目), when no other does as well.
// A 目录 that prints each entry's 文号 on the line under its page has that line join the entry
// above it in its column. The left column's last entry may run on at the right column's top
// ('国务院关于印发个人所得税专项附加扣除暂行' at the left's foot, '办法的通知 . . . ·19·' and its
// 文号 heading the right one): that tail is held until the left column's entries end.
import type { TocEntry } from '../../../shared/domain'
import { compact, folded, isBlank, stripBullet, type SourceLine } from './lines'
import { splitEntryLines, splitPage } from './toc-entry'
import { loneNumber } from './toc-lines'
import { isIssuerText } from './header'

interface Column {
  category: string | null
  pending: string
  entries: TocEntry[]
  /** A heading stands under the column's last entry: a 文号 after it is no longer that entry's. */
  headed?: boolean
  /**
   * The right column: its top's lines that end the left column's last entry, and their page; rest:
   * the top is a page label's rest alone ('13页', its 第 ending the left column's foot).
   */
  carried?: { text: string; page: number | null; docNumber: string | null; rest?: boolean }
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

/**
 * A joint title's first line, its units run together, each opening with the place's name again
 * ('沱川省财政厅沱川省发展和改革委员会沱川省'): an entry opens on it. A line going on with a unit
 * ('人力资源和社会保障厅沱川省…') names no place first.
 */
function unitsGlued(text: string): boolean {
  const c = compact(text)
  const again = c.indexOf(c.slice(0, 2), 3)
  return again > 0 && isIssuerText(c.slice(0, again))
}

/**
 * A line going on with a unit's last characters and 关于 ('设厅关于认真做好…', the rest of
 * '…沱川省住房和城乡建' above): one or two characters before 关于 are no unit's whole name.
 */
function cutUnit(text: string): boolean {
  const at = compact(text).indexOf('关于')
  return at === 1 || at === 2
}

/** Readings tried at most: beyond, the 目录 is too ambiguous to read apart. */
const MAX_READINGS = 4096

/**
 * Reads the 目录 lines `from`..`to` (inclusive) as two columns. Returns the entries, left column
 * first, or null when no reading fits or the readings that fit best give different entries.
 */
export function readColumns(lines: SourceLine[], from: number, to: number, tests: ColumnTests): TocEntry[] | null {
  const blocks = blocksOf(lines, from, to)
  if (blocks.length < 4) return null
  const found: TocEntry[][] = []
  let tried = 0
  const walk = (k: number, r: Reading): void => {
    if (++tried > MAX_READINGS) return
    if (k === blocks.length) {
      const entries = finish(r)
      if (entries && !found.some((f) => sameEntries(f, entries))) found.push(entries)
      return
    }
    // pdftotext reads the left column's top first.
    for (const c of k === 0 ? ([0] as const) : ([0, 1] as const)) {
      const next = place(blocks[k], c, r, tests)
      if (next) walk(k + 1, next)
    }
  }
  walk(0, { columns: [{ category: '', pending: '', entries: [] }, { category: null, pending: '', entries: [] }] })
  if (tried > MAX_READINGS || found.length === 0) return null
  if (found.length === 1) return found[0]
  // Where several readings fit, the one the body bears out best, when it alone does so well.
  const sections = [...new Set(found.flatMap((f) => f.map((e) => e.category)).filter((c) => c !== ''))]
  const body = bodyOf(lines, to + 1, sections)
  const faults = found.map((f) => faultsOf(f, body))
  const least = Math.min(...faults)
  return faults.filter((f) => f === least).length === 1 ? found[faults.indexOf(least)] : null
}

/** The text after the 目录, folded: the body, which prints every entry's title, 文号 and 栏目. */
interface Body {
  text: string
  /** Every two characters the body prints side by side. */
  pairs: Set<string>
  /** Where the body first prints a title (-1: nowhere), and the 栏目 it printed last before it. */
  place: (title: string) => { at: number; section: string | null }
}

/** The body after line `from`; `sections`: the 栏目 names the readings give. */
function bodyOf(lines: SourceLine[], from: number, sections: readonly string[]): Body {
  const text = folded(lines.slice(from).map((l) => l.text).join(''))
  const pairs = new Set<string>()
  for (let k = 0; k + 1 < text.length; k++) pairs.add(text.slice(k, k + 2))
  // The readings share their titles: each is looked up once.
  const places = new Map<string, { at: number; section: string | null }>()
  const place = (title: string): { at: number; section: string | null } => {
    let p = places.get(title)
    if (p === undefined) {
      const at = title.length >= 6 ? text.indexOf(title) : -1
      // The 栏目 printed last before the title: its banner, or the running head of its page.
      const before = (c: string): number => (at - c.length < 0 ? -1 : text.lastIndexOf(c, at - c.length))
      const last = at < 0 ? null : sections.map((c) => ({ c, k: before(folded(c)) })).reduce((a, b) => (b.k > a.k ? b : a), { c: '', k: -1 })
      p = { at, section: last && last.k >= 0 ? last.c : null }
      places.set(title, p)
    }
    return p
  }
  return { text, pairs, place }
}

/** A 文号 inside a title (a lone 文号 line read into a title), outside 《》. */
const NUMBER_INSIDE = /[〔［[](?:19|20)\d{2}[〕］\]]\d{1,4}号/

/** Characters around a title in which the body prints its 文号. */
const NUMBER_NEAR = 60

/**
 * What a reading gets wrong that the 目录 and the body never show: a title holding a 文号 line,
 * an entry without 文号 where most have theirs; then what the body does not bear out: a title it
 * never prints whole, each two characters side by side in it that the body never prints (two
 * titles' lines crossed: '…制度' + '业转型…'), a 文号 it prints nowhere near that title (two lone
 * 文号 lines crossed), and a 栏目 other than the last one (its banner or a running head) printed
 * before that title.
 */
function faultsOf(entries: readonly TocEntry[], body: Body): number {
  const numbered = entries.filter((e) => e.docNumber !== null).length
  let n = 0
  for (const e of entries) {
    const title = folded(e.title)
    if (NUMBER_INSIDE.test(title.replace(/《[^》]*》/g, ''))) n++
    if (e.docNumber === null && numbered * 2 > entries.length && !title.includes('令')) n++
    const { at, section } = body.place(title)
    if (at < 0) {
      n++
      for (let k = 0; k + 1 < title.length; k++) if (!body.pairs.has(title.slice(k, k + 2))) n++
      continue
    }
    if (e.docNumber !== null) {
      const near = body.text.slice(Math.max(0, at - NUMBER_NEAR), at + title.length + NUMBER_NEAR)
      if (!near.includes(folded(e.docNumber))) n++
    }
    if (section !== null && e.category !== '' && section !== e.category) n++
  }
  return n
}

/** A bracketed 栏目 heading after a space at a line's end. */
const HEADING_AFTER_PAGE = /\s+(【[^【】]{2,12}】)$/

/** A page label's first part ending a line ('…（国办发〔2018〕115 号） 第'), and its rest opening the next ('16页'). */
const LABEL_CUT = /第\s*$/
const LABEL_REST = /^(\d{1,4})\s*页$/

/**
 * Runs of non-blank lines; the heading's second letter ('录') standing among them is left out, and
 * a page label cut at a line's end is put together again.
 */
function blocksOf(lines: SourceLine[], from: number, to: number): string[][] {
  const blocks: string[][] = []
  let block: string[] = []
  for (let i = from; i <= to && i < lines.length; i++) {
    const text = stripBullet(lines[i].text)
    if (/^(录|次)$/.test(compact(text))) continue
    // The other column's 栏目 heading written on the row of an entry's page ('…的批复 . . ·18·
    // 【人事任免】'): a block of its own, for either column.
    const beside = HEADING_AFTER_PAGE.exec(text)
    if (beside && splitPage(text.slice(0, beside.index)) !== null) {
      block.push(text.slice(0, beside.index))
      blocks.push(block, [beside[1]])
      block = []
    } else if (isBlank(text)) {
      if (block.length) blocks.push(block)
      block = []
    } else if (block.length > 0 && LABEL_CUT.test(block[block.length - 1]) && LABEL_REST.test(compact(text))) block[block.length - 1] += text.trim()
    else block.push(text)
  }
  if (block.length) blocks.push(block)
  return blocks
}

/** The reading with `block` read in column `c`, or null when it does not fit there. */
function place(block: string[], c: 0 | 1, r: Reading, tests: ColumnTests): Reading | null {
  const col: Column = { ...r.columns[c], entries: r.columns[c].entries.map((e) => ({ ...e })) }
  // The right column's first block opens an entry or a section, or ends the left column's last
  // entry: its lines up to the page (and a 文号 under it) are that entry's tail.
  let lines = block
  if (c === 1 && col.category === null && col.entries.length === 0 && col.pending === '' && col.carried === undefined && !tests.opens(block[0])) {
    const rest = LABEL_REST.exec(compact(block[0]))
    if (rest) {
      // The left column's last entry ends with its page label's 第; the right column's top, the rest.
      col.carried = { text: '', page: Number(rest[1]), docNumber: null, rest: true }
      return place(block.slice(1), c, { columns: [r.columns[0], col] }, tests)
    }
    const end = block.findIndex((t) => splitPage(t) !== null)
    if (end < 0) return null
    const paged = splitPage(block[end])!
    const under = block[end + 1] !== undefined ? loneNumber(block[end + 1]) : null
    const { docNumber } = splitEntryLines('', block.slice(0, end).join('') + paged.text)
    col.carried = { text: block.slice(0, end).join('') + paged.text, page: paged.page, docNumber: docNumber ?? under }
    lines = block.slice(end + (under ? 2 : 1))
  }
  for (const text of lines) {
    const name = tests.heading(text)
    if (name !== null) {
      if (col.pending !== '') return null
      col.category = name
      col.headed = true
      continue
    }
    const paged = splitPage(text)
    // A 文号 alone under an entry's page, no entry waiting: the entry above is its own.
    const last = col.entries[col.entries.length - 1]
    const number = col.pending === '' && !paged ? loneNumber(text) : null
    if (number !== null && last !== undefined && last.docNumber === null && !col.headed) {
      last.docNumber = number
      continue
    }
    // A title's opening goes where no entry waits; a line going on, where one waits. A whole
    // entry on one line ('专利代理条例 . . . 1') may do either, unless it reads as a tail.
    const opens = (tests.opens(text) && !cutUnit(text)) || unitsGlued(text)
    const whole = paged !== null && !tail(compact(paged.text))
    if (opens && col.pending !== '') return null
    if (!opens && !whole && col.pending === '') return null
    if (paged) {
      const last = col.entries[col.entries.length - 1]?.page ?? 0
      if (paged.page < last) return null
      // The left column's pages come before the right one's: none of the left's after the right's first.
      const other = r.columns[c === 0 ? 1 : 0].entries
      if (c === 0 && other.length > 0 && paged.page > (other[0].page ?? Infinity)) return null
      if (c === 1 && other.length > 0 && paged.page < (other[other.length - 1].page ?? 0)) return null
      const { title, docNumber } = splitEntryLines(col.pending, paged.text)
      if (compact(title) === '') return null
      col.entries.push({ category: col.category ?? '', title, docNumber, page: paged.page })
      col.pending = ''
      col.headed = false
    } else col.pending += text
  }
  const columns: [Column, Column] = c === 0 ? [col, r.columns[1]] : [r.columns[0], col]
  return { columns }
}

/** The entries when the reading is whole: no entry left without its page, pages in order throughout. */
function finish(r: Reading): TocEntry[] | null {
  const [left, right] = r.columns
  // The left column's last entry, cut at its foot, ends at the right column's top.
  if ((left.pending !== '') !== (right.carried !== undefined) || right.pending !== '' || left.entries.length === 0 || right.entries.length === 0) return null
  const tail = right.carried
  const last: TocEntry[] = []
  if (tail?.rest && !LABEL_CUT.test(left.pending)) return null
  if (tail) {
    // A label's rest: the 第 and the leaders before it go with the page the rest gives.
    const pending = tail.rest ? splitPage(`${left.pending}${tail.page}页`)?.text ?? left.pending : left.pending
    const { title, docNumber } = splitEntryLines(pending, tail.text)
    last.push({ category: left.category ?? '', title, docNumber: docNumber ?? tail.docNumber, page: tail.page })
  }
  // Entries at the right column's top before any heading of its own are under the left's last.
  const carried = left.category ?? ''
  const entries = [...left.entries, ...last, ...right.entries.map((e) => (e.category === '' ? { ...e, category: carried } : e))]
  for (let k = 1; k < entries.length; k++) if ((entries[k].page ?? 0) < (entries[k - 1].page ?? 0)) return null
  return entries
}

function sameEntries(a: TocEntry[], b: TocEntry[]): boolean {
  return a.length === b.length && a.every((e, k) => e.title === b[k].title && e.page === b[k].page && e.docNumber === b[k].docNumber && e.category === b[k].category)
}
