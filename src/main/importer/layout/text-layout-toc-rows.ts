// A 目录 set in two columns, in -layout text: on most rows pdftotext keeps the right column's
// entry at the gutter, but where a left entry's line is full (a title's first line, or its last
// with the leaders run to the page) it may write the right column's line one space after it, on
// a row short of the gutter ('国务院办公厅关于印发“无废城市”建 【国务院办公厅函件】', '  设试点工作方案的
// 通知 . . . . 6 国务院办公厅关于辽宁省在曾培炎副'). Read as the left column's, the right entry's
// banner or title is lost from its column and the left entry glued to it.
import { leadingBlanks } from '../parse/lines'
import { PAGE_TOKEN } from '../parse/toc-entry'
import { MAX_INDENT, ems, type Row } from './text-layout-rows'

/** A 目录's leaders: three dots or more, spaced or not. */
export const LEADERS = /(?:[.·…]\s?){3,}/
/**
 * An entry's last line: leaders, then its page, bare or printed as the folio is ('. .·11·'):
 * two dots are leaders enough where the line left room for no more.
 */
const ENTRY_END = new RegExp(String.raw`(?:[.·…]\s?){2,}\s*` + PAGE_TOKEN.source)
/** Rows with leaders that make the page a 目录. */
const MIN_LEADER_ROWS = 3
/** A right column's line after the one space: a title's or banner's start, this many ems or more. */
const MIN_RIGHT = 4
const RIGHT_START = /^[\u4e00-\u9fff【〔（(]/
/** Left title lines (beside the right column, from the edge, no leaders) that measure a full one. */
const MIN_TITLES = 2
/** A full title line is this near the widest of them, in ems. */
const FULL_SLACK = 0.5

/**
 * Rows of a 目录 in two columns with each left row that holds the right column's line one space
 * after a full left line (an entry's last, ending in its page, or a title's line as wide as the
 * widest title lines beside the right column) cut there, when a row next to it holds right text.
 */
export function splitGluedTocRows(rows: readonly string[], kinds: readonly Row[]): Row[] {
  if (rows.filter((r) => LEADERS.test(r)).length < MIN_LEADER_ROWS) return [...kinds]
  const lefts = kinds.flatMap((k) => (k.kind === 'both' && leadingBlanks(k.left) <= MAX_INDENT && !LEADERS.test(k.left) ? [k.left.trim()] : []))
  const rights = kinds.flatMap((k) => (k.kind === 'both' && k.right.trim() !== '' ? [leadingBlanks(k.right)] : []))
  if (lefts.length < MIN_TITLES || rights.length === 0) return [...kinds]
  // Measured on lines of ideographs alone where there are any: a converter's digits and spaces
  // ('组建 2008 年') only roughly take half an em each, and such a line may measure past a full one.
  const ideographic = lefts.filter((t) => !/[\x20-\x7e]/.test(t))
  const full = Math.max(...(ideographic.length > 0 ? ideographic : lefts).map(ems))
  const indent = ' '.repeat(Math.min(...rights))
  const hasRight = (k: Row | undefined): boolean => k?.kind === 'both' || k?.kind === 'right'
  const out = [...kinds]
  // From the foot up: a row cut makes the row above it one beside right text.
  for (let i = out.length - 1; i >= 0; i--) {
    const k = out[i]
    if (k.kind !== 'left') continue
    const beside = hasRight(out[i - 1]) || hasRight(out[i + 1])
    const text = k.text.trimEnd()
    for (const m of text.matchAll(/(?<=\S) (?=\S)/g)) {
      const [left, right] = [text.slice(0, m.index), text.slice(m.index + 1)]
      if (!RIGHT_START.test(right) || ems(right) < MIN_RIGHT || / {2,}/.test(right)) continue
      const ends = ENTRY_END.test(left)
      // A title's line cut at a space between hanzi: a converter's space beside a digit is inside it.
      const title = !/[\x21-\x7e]$/.test(left) && leadingBlanks(left) <= MAX_INDENT && !LEADERS.test(left) && ems(left.trim()) >= full - FULL_SLACK
      // An entry ended by its page has nothing after it in its column: what follows on the row
      // is the other column's, even where the rows round it hold the left column's lines alone
      // (the right column's banner beside a title's last line, the titles by it wrapped long).
      if (!ends && !(title && beside)) continue
      out[i] = { kind: 'both', left, right: indent + right }
      break
    }
  }
  return out
}
