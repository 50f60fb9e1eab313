// A page in one column whose line pdftotext -layout cut before a mark set on another baseline (a
// full-width bracket or comma a fallback font sets lower): the line's tail stands on the row under
// it, pushed right to where the line ends ('…放宽人才中介机构限制。' / '        （负责部门：人力资源社'
// / '会保障部…'), and the parser would read a paragraph cut in three. text-layout-rows.ts
// rejoinTails puts such tails back in a page of two columns; here the same for a page of one.
import { leadingBlanks } from '../parse/lines'
import { MAX_INDENT, ems, width } from './text-layout-rows'

/** A tail starts this few cells before where the line above ends, or after it. */
const TAIL_BEFORE = 2
const TAIL_AFTER = 1
/** The line and its tail make a full line of the page, give or take this many ems. */
const FULL_SLACK = 1.5
/** Rows of text a page needs before its full line is measured. */
const MIN_LINES = 8

/**
 * The rows with each line's tail, set a row low, put back at its end: the tail is one run of text
 * starting where the line above ends, past that line's indent; the row under it goes on at the
 * page's edge; the two make the page's full line, as a line going on on the next row is.
 */
export function rejoinLineTails(rows: readonly string[], keep: readonly boolean[]): string[] | null {
  const lines = rows.filter((r, i) => r.trim() !== '' && !keep[i])
  if (lines.length < MIN_LINES) return null
  const full = width(lines)
  const edge = Math.min(...lines.map(leadingBlanks))
  const out: string[] = []
  let changed = false
  for (let i = 0; i < rows.length; i++) {
    const [above, tail, below] = [out[out.length - 1], rows[i], rows[i + 1]]
    if (above === undefined || below === undefined || keep[i] || keep[i - 1] || keep[i + 1] || [above, tail, below].some((r) => r.trim() === '')) {
      out.push(rows[i])
      continue
    }
    const at = leadingBlanks(tail)
    const end = above.trimEnd().length
    const joined = above.trimEnd() + tail.trim()
    const fits = at > leadingBlanks(above) + MAX_INDENT && at >= end - TAIL_BEFORE && at <= end + TAIL_AFTER && !/ {2,}/.test(tail.trim())
    const goesOn = leadingBlanks(below) <= edge + 1 && leadingBlanks(above) <= edge + MAX_INDENT
    if (fits && goesOn && Math.abs(ems(joined.trim()) - full) <= FULL_SLACK) {
      out[out.length - 1] = joined
      changed = true
    } else out.push(rows[i])
  }
  return changed ? out : null
}
