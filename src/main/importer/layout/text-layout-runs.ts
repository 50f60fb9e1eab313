// The shape of a run of -layout rows between rows set across the page: whether it holds two
// columns (side by side or taking turns), one column, or a band of heads, and its two sides split
// apart. text-layout-columns.ts decides from these how to read each run.

import { NUMBER_ROW } from './text-layout-heads'
import { MIN_FULL_ROWS, MIN_SIDE_ROWS, inked, tocCells, width, type Row } from './text-layout-rows'
import { LEADERS } from './text-layout-toc-rows'

/** Rows of text (not blank) a page needs before its shape can be told. */
export const MIN_ROWS = 8
/** A run rewritten needs this many changes between its columns (and MIN_SIDE_ROWS rows of each). */
const MIN_TURNS = 3
/** …and MIN_FULL_ROWS full lines in each column: a right one fills this share of its width. */
const FULL_SHARE = 0.8
/** A column of text holds this many characters a line or more; a table's name column fewer. */
const MIN_COLUMN = 12
/** …or this many rows holding a full line of each side, when the sides differ in width. */
const MIN_PAIRED_ROWS = 3
/**
 * …or, in a side of a page already read in columns (the middle and right columns of three), this
 * many ems a line at least for the right side of rows that each hold a line of both: two name
 * lists side by side, no line of either full.
 */
const MIN_SIDE_LIST = 8
/** …on this share of its rows of text at least (a list's entry wrapped, a closing beside it). */
const SIDE_PAIRED_SHARE = 0.75

/**
 * A band of rows none past the gutter but a 文号 set flush right (or an issuer's mark right over
 * it): a section's name, or a title or its 文号 over the band below, read as it stands.
 */
export function isHeadBand(band: readonly Row[]): boolean {
  return band.every((r, k) => r.kind === 'blank' || r.kind === 'left' || (r.kind === 'right' && (NUMBER_ROW.test(r.text.trim()) || isMasthead(band, k))))
}

/** An issuer's mark (国务院办公厅文件) is a short line of words alone. */
const MASTHEAD = /^[\u4e00-\u9fff（）]{4,16}$/

/**
 * Whether the row at `i` is an issuer's mark over its 文号, both past the gutter: a document's head
 * centred over a page of three columns, its larger face set in the middle column's cells.
 */
export function isMasthead(run: readonly Row[], i: number): boolean {
  const [mark, number] = [run[i], run[i + 1]]
  return mark?.kind === 'right' && number?.kind === 'right' && MASTHEAD.test(mark.text.trim()) && NUMBER_ROW.test(number.text.trim())
}

/**
 * Whether a run too short to show two columns by itself holds the columns of `width` (ems) shown
 * elsewhere on the page: rows holding a full left line and a right one, side by side, or a few
 * rows cut at the page's gutter.
 */
export function fitsColumns(run: readonly Row[], width: number | null): boolean {
  if (width === null) return false
  const paired = run.filter((r) => r.kind === 'both' && inked(r.left) >= FULL_SHARE * width && inked(r.right) > 0)
  if (paired.length >= MIN_FULL_ROWS) return true
  // A few rows (MIN_SIDE_ROWS at most), one or more side by side: a signature block beside the
  // other columns' last lines (a document's tail in a band over the next one's banner).
  const text = run.filter((r) => r.kind !== 'blank')
  return text.length <= MIN_SIDE_ROWS && text.some((r) => r.kind === 'both')
}

/**
 * Whether a run too short or too bare to show two columns by itself is a document's head in the
 * left column (its 文号, its issuers stacked, its title: no full line) beside its body in the right
 * one (full lines of the width shown elsewhere on the page): a band under a 栏目's banner set
 * across the page. Every line fits its column, so no line of one column across the page is cut.
 */
export function headBesideBody(run: readonly Row[], width: number | null): boolean {
  if (width === null || !run.some((r) => r.kind === 'both')) return false
  const lefts = run.flatMap((r) => (r.kind === 'left' ? [r.text] : r.kind === 'both' ? [r.left] : []))
  const rights = run.flatMap((r) => (r.kind === 'right' ? [r.text] : r.kind === 'both' ? [r.right] : []))
  const fits = (t: string): boolean => inked(t) <= width + 1
  return lefts.length >= 2 && rights.length >= 2 && lefts.every(fits) && rights.every(fits) && rights.some((t) => inked(t) >= FULL_SHARE * width)
}

/** The width of a run's left column, in ems. */
export function sideWidth(run: readonly Row[]): number {
  return width(run.flatMap((r) => (r.kind === 'left' ? [r.text] : r.kind === 'both' ? [r.left] : [])))
}

/**
 * Rows of both columns, taking turns or side by side, with full lines on both sides: not one
 * column's signature block, nor a single column's line cut by a mark set on another baseline.
 */
export function isTwoColumns(run: readonly Row[], side = false): boolean {
  const lefts = run.flatMap((r) => (r.kind === 'left' ? [r.text] : r.kind === 'both' ? [r.left] : []))
  const rights = run.flatMap((r) => (r.kind === 'right' ? [r.text] : r.kind === 'both' ? [r.right] : []))
  if (lefts.length < MIN_SIDE_ROWS || rights.length < MIN_SIDE_ROWS || tocCells(rights)) return false
  // Columns of about one width: the left one's full lines measure it. Or, on a page of three, two
  // columns read as one side (to be read again) beside one: sides of two widths, each full on
  // rows side by side.
  const left = width(unled(lefts))
  const right = width(unled(rights))
  // Every row of text holds a line of each, side by side (a name list beside a document's tail:
  // lines of either width, few of them full); in a side already read out of a page's columns,
  // two name lists, neither a column of text wide.
  const text = run.filter((r) => r.kind !== 'blank')
  const pairs = text.length >= MIN_ROWS && text.every((r) => r.kind === 'both' && inked(r.left) > 0 && inked(r.right) > 0)
  const both = text.filter((r) => r.kind === 'both' && inked(r.left) > 0 && inked(r.right) > 0).length
  const lists = side && both >= MIN_ROWS && both >= SIDE_PAIRED_SHARE * text.length && Math.min(left, right) >= MIN_SIDE_LIST && (isList(lefts) || isList(rights))
  if (left < MIN_COLUMN && !lists && !nameTableBeside(run, lefts, right)) return false
  const full = (t: string, of: number): boolean => inked(t) >= FULL_SHARE * of
  const sameWidth = lefts.filter((t) => full(t, left)).length >= MIN_FULL_ROWS && rights.filter((t) => full(t, left)).length >= MIN_FULL_ROWS
  const sideBySide = right >= MIN_COLUMN && run.filter((r) => r.kind === 'both' && full(r.left, left) && full(r.right, right)).length >= MIN_PAIRED_ROWS
  const paired = (right >= MIN_COLUMN && pairs) || lists
  if (!sameWidth && !sideBySide && !paired && !besideCells(run, lefts, rights, left)) return false
  const sides = run.filter((r) => r.kind !== 'blank').map((r) => r.kind)
  let turns = 0
  for (let k = 1; k < sides.length; k++) if (sides[k] !== sides[k - 1] || sides[k] === 'both') turns++
  return turns >= MIN_TURNS
}

/**
 * A side's lines to measure its width by: in a 目录, pdftotext spaces a leader's dots out, so a
 * line with leaders runs cells past the column's edge, by as much as its dots are many; the lines
 * of titles, wrapped at the column's edge, measure it, where a side holds enough of them.
 */
function unled(lines: readonly string[]): readonly string[] {
  const plain = lines.filter((t) => !LEADERS.test(t))
  return plain.length >= MIN_SIDE_ROWS ? plain : lines
}

/** A name list's entry: a name (two to four hanzi, maybe after its role and a colon), a space, its post. */
const LIST_ENTRY = /(?:^|[：:])[\u4e00-\u9fff]{2,4} [\u4e00-\u9fff（(]{2,}/

/**
 * Whether a side's lines are a name list: half of them or more an entry (a name, then its post),
 * the others an entry's post wrapped. A name table's column of names alone, beside its posts, is
 * not (nor its posts alone): a side of two name lists, or of a list beside a column of text, holds
 * a list on one side at least.
 */
function isList(lines: readonly string[]): boolean {
  const text = lines.filter((t) => t.trim() !== '')
  return text.filter((t) => LIST_ENTRY.test(t.trim())).length * 2 >= text.length
}

/**
 * A name table's cell: a name (two to four hanzi) and its post after a space, or a name's rest
 * wrapped under it alone (one or two hanzi): '王慧 县住建局局长' / '平'.
 */
const NAME_CELL = /^[\u4e00-\u9fff]{2,4} [\u4e00-\u9fff、（）()]{2,}$|^[\u4e00-\u9fff]{1,2}$/

/**
 * A page's narrow left column holding a name table whose name cell wraps (two hanzi a line) beside
 * a column of a column's width (MIN_COLUMN ems or more): the table's lines are no column's full
 * lines, so no line measures the left column, but every row of text holds a line of each, side by
 * side (MIN_ROWS or more), and every left line is the table's (a name and its post, or a name's rest).
 */
function nameTableBeside(run: readonly Row[], lefts: readonly string[], right: number): boolean {
  const text = run.filter((r) => r.kind !== 'blank')
  const paired = text.length >= MIN_ROWS && text.every((r) => r.kind === 'both' && inked(r.left) > 0 && inked(r.right) > 0)
  return paired && right >= MIN_COLUMN && lefts.every((t) => t.trim() === '' || NAME_CELL.test(t.trim()))
}

/** Full lines a left column beside a column of cells holds at least. */
const BESIDE_CELLS_FULL = 10
/** Share of a run's rows of text that hold both sides there. */
const BESIDE_CELLS_SHARE = 0.7

/**
 * A column of text on the left, full line after full line, beside a form or table set in the
 * right column (a 推荐表 whose cells are written a character a row: '政      参', '治      加'):
 * rows side by side down the run, no right piece wider than the left column. The right column
 * has no full lines to measure it by, and the form's cells no line to pair.
 */
function besideCells(run: readonly Row[], lefts: readonly string[], rights: readonly string[], left: number): boolean {
  const text = run.filter((r) => r.kind !== 'blank')
  const both = text.filter((r) => r.kind === 'both').length
  const full = lefts.filter((t) => inked(t) >= FULL_SHARE * left).length
  // A left piece holding a gap of its own holds the form's first cells: the gutter is further left.
  const whole = lefts.every((t) => !/\S {3,}\S/.test(t.trim()))
  return whole && full >= BESIDE_CELLS_FULL && both >= BESIDE_CELLS_SHARE * text.length && rights.every((t) => inked(t) <= left + 1)
}

/** Rows of one side then the other, MIN_TURNS times or more, with MIN_SIDE_ROWS rows of each. */
export function takesTurns(run: readonly Row[]): boolean {
  const sides = run.filter((r) => r.kind === 'left' || r.kind === 'right').map((r) => r.kind)
  let turns = 0
  for (let k = 1; k < sides.length; k++) if (sides[k] !== sides[k - 1]) turns++
  return turns >= MIN_TURNS && sides.filter((k) => k === 'left').length >= MIN_SIDE_ROWS && sides.filter((k) => k === 'right').length >= MIN_SIDE_ROWS
}

/** Lines of one column of text: MIN_COLUMN ems wide or more, MIN_FULL_ROWS of them full. */
export function isColumn(lines: readonly string[]): boolean {
  const text = lines.filter((t) => t.trim() !== '')
  const of = width(text)
  return text.length >= MIN_ROWS && of >= MIN_COLUMN && text.filter((t) => inked(t) >= FULL_SHARE * of).length >= MIN_FULL_ROWS
}

/**
 * The run's left column and its right one, blank rows kept in both. Right-column text keeps its
 * place past the gutter, so a column it holds in turn can be found again.
 */
export function splitRun(run: readonly Row[]): { left: string[]; right: string[] } {
  const left: string[] = []
  const right: string[] = []
  const push = (side: string[], line: string): void => {
    if (line !== '' || (side.length > 0 && side[side.length - 1] !== '')) side.push(line)
  }
  for (const r of run) {
    if (r.kind === 'blank') {
      push(left, '')
      push(right, '')
    } else if (r.kind === 'left' || r.kind === 'across') push(left, r.text)
    else if (r.kind === 'right') push(right, r.text)
    else {
      push(left, r.left)
      push(right, r.right)
    }
  }
  while (left.length && left[left.length - 1] === '') left.pop()
  return { left, right }
}

/** A side's width this many ems past the columns another page showed at most. */
const SAME_WIDTH = 1.5

/**
 * Whether a run holds the columns of `width` ems the page before showed, its left one a list of
 * short lines (names and posts) narrower than a column of text: MIN_ROWS rows or more hold a line
 * of each side, the right side is a column of text no wider than those columns, the left narrower.
 */
export function besideList(run: readonly Row[], columns: number | null): boolean {
  if (columns === null) return false
  const both = run.filter((r) => r.kind === 'both' && inked(r.left) > 0 && inked(r.right) > 0)
  if (both.length < MIN_ROWS) return false
  const lefts = run.flatMap((r) => (r.kind === 'left' ? [r.text] : r.kind === 'both' ? [r.left] : []))
  const rights = run.flatMap((r) => (r.kind === 'right' ? [r.text] : r.kind === 'both' ? [r.right] : []))
  const right = width(rights)
  return right >= MIN_COLUMN && right <= columns + SAME_WIDTH && width(lefts) < right && rights.filter((t) => inked(t) >= FULL_SHARE * right).length >= MIN_FULL_ROWS
}
