// A name list in the left column of -layout text, beside the right column's lines set on rows of
// their own: an entry's cells stand apart ('  组   长：韩   正   国务院副总理'), and rowKind cuts
// the row at the run of spaces before the post, which ends past the page's gutter share. Such a
// row stops short of where the right column's lines start: it is the left column's, whole.
import { compact, leadingBlanks } from '../parse/lines'
import { MIN_SIDE_ROWS, type Row } from './text-layout-rows'

/**
 * A name list's entry cut at its cells: a holder's name (letter-spaced or not), maybe after his
 * post's label ('组   长：韩   正'), then his post, longer than a name and no sentence
 * ('国务院副总理'). A left part holding a post already, or a right one as short as a name (an
 * office over its holder's name, '市长' / '程远航'), is no such entry.
 */
const HOLDER_CELL = /^(?:[\u4e00-\u9fff]{1,5}[:：])?[\u4e00-\u9fff]{2,4}$/
const POST_CELL = /^[\u4e00-\u9fff、]{5,}$/
const isListEntry = (left: string, right: string): boolean => HOLDER_CELL.test(compact(left)) && POST_CELL.test(compact(right))

/** Cells between a list's name and its post, at least: a line and the next column's are one space apart when they touch. */
const CELL_GAP = 3

/**
 * Rows cut at a run of spaces (CELL_GAP or more) into a name list's entry whose whole text ends
 * short of where the right column's lines start (its rows standing alone show where: the least
 * lead of MIN_SIDE_ROWS or more) are whole left rows. A right column's line after a left one
 * starts at its edge, or just before it past a full line of hanzi at one space, and runs on past it.
 */
export function listRowsLeft(rows: readonly string[], kinds: readonly Row[]): Row[] {
  const leads = kinds.flatMap((k, i) => (k.kind === 'right' ? [leadingBlanks(rows[i])] : []))
  if (leads.length < MIN_SIDE_ROWS) return [...kinds]
  const edge = Math.min(...leads)
  return kinds.map((k, i) => {
    // rowKind's left part is the row's head, up to the run of spaces it cut at.
    const cells = k.kind === 'both' && rows[i].startsWith(k.left) && rows[i].slice(k.left.length).startsWith(' '.repeat(CELL_GAP))
    return cells && rows[i].trimEnd().length < edge && isListEntry(k.left, k.right) ? { kind: 'left', text: rows[i].trimEnd() } : k
  })
}
