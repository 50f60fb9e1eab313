// What a run of column-wide lines looks like before it is read as two streams (text-streams.ts):
// wrapped prose at a column's width, a name list set in both columns, or lines the converter wrote
// one by one. A run of none of these shapes reads 'better' in two streams only by chance.
import type { Unit } from './text-joins'
import { displayWidth } from './text-flow'
import { PAGE_WIDE } from './text-widths'
import { isNameRow } from './page-breaks'
import { classifyLine } from './classify'

/** A wrapped line of prose is this close to the column's width (a first line's indent, digits). */
const WRAPPED_WITHIN = 8
/** Share of a run's lines that must be wrapped prose before it is read as two columns. */
const MIN_WRAPPED_SHARE = 0.15
/**
 * Shuffled columns of text hold wrapped prose at a column's width. A page set in one column has
 * no other column, and a run of short lines with next to no wrapped ones (a table's cells one a
 * line) has no prose to rejoin: either reads 'better' in two streams only by chance (a plan's
 * own 目录, '1' / '总则' / '1.1' / '编制目的及依据', split into numbers and names): it stays.
 */
export function proseRun(run: Unit[], full: number): boolean {
  if (full >= PAGE_WIDE) return false
  const wrapped = run.filter((u) => displayWidth(u.text.trim()) >= full - WRAPPED_WITHIN).length
  return wrapped >= MIN_WRAPPED_SHARE * run.length
}

/** Share of a list's units that must stand alone for it to be read as two columns by their turns. */
export const LIST_ALONE_SHARE = 0.8

/** Share of a run's units that must be a name list's rows for it to be read as two columns by their turns. */
const NAME_ROW_SHARE = 0.5

/**
 * A name list set in both columns ('刘心学 县人民武装部副部长', '主任：梁文壮 县委副书记…'): most of
 * the run's units are its rows. Rows are short, so the run is no prose, and its title, 主送机关
 * and opening sentence stand in blocks over it, so fewer of its units stand alone than a list's
 * (LIST_ALONE_SHARE); yet a post wrapped in its narrow cell ('县应急管理局二' / '级主任科员') has
 * the other column's row written between its two lines, and only the two streams join them. The
 * gain the reading must show still guards a list whose text is in order.
 */
export function nameListRun(run: Unit[]): boolean {
  const rows = run.filter((u) => isNameRow(u.text) || classifyLine(u.text, false) === 'nameListEntry').length
  return rows >= NAME_ROW_SHARE * run.length
}

/** Share of a run's units that stand alone when the converter wrote the page line by line. */
const ALONE_SHARE = 0.5

/**
 * The converter wrote the run line by line (most units alone between blank lines): the columns'
 * lines then alternate from the page's top, and the right column starts within its first lines.
 */
export function lineByLine(run: Unit[], share = ALONE_SHARE): boolean {
  return run.filter((u) => u.alone).length >= share * run.length
}
