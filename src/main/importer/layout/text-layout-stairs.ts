// A right column's line that pdftotext -layout cut at full-width marks set on other baselines (a
// fallback font's brackets) and wrote on the rows under its left neighbour, each piece further
// right, a staircase down to the right column ('   方案的通知》' / '      （吕政办发〔2019〕23 号）' /
// '           、《山'): the pieces short of the gutter read as left-column lines, and cut the
// page's run of two columns apart. Here the pieces are put back together as the right line of
// the row above them, where its left line stands alone.
import { leadingBlanks } from '../parse/lines'
import { MAX_INDENT } from './text-layout-rows'

/** A piece of a line pushed down starts this many cells in from the page's edge or more. */
const PUSHED_FROM = 2 * MAX_INDENT + 1
/** A full-width mark (or quote) set on another baseline, where the converter cut the line. */
const FULL_MARK = /[\u2018-\u201d\u3001-\u301f\uff01-\uff1f]/

/** The rows with each staircase joined to the row above it, and the rows kept; null when there is none. */
export function joinStairs(rows: readonly string[], gutter: number): { rows: string[]; kept: number[] } | null {
  const out: string[] = []
  const kept: number[] = []
  let changed = false
  for (let i = 0; i < rows.length; i++) {
    const stair = stairFrom(rows, i, gutter)
    const above = out[out.length - 1]
    if (stair === null || above === undefined || above.trim() === '' || above.trimEnd().length >= gutter - 1) {
      out.push(rows[i])
      kept.push(i)
      continue
    }
    const line = stair.map((r) => r.trim()).join('')
    out[out.length - 1] = above.trimEnd().padEnd(gutter) + line
    i += stair.length - 1
    changed = true
  }
  return changed ? { rows: out, kept } : null
}

/**
 * The staircase starting at row `i`: two rows or more, each one piece of text, the first well in
 * from the edge and short of the gutter, each further right than the one above, the last at the
 * gutter, a full-width mark at each cut; a row of text under it. Null when none starts there.
 */
function stairFrom(rows: readonly string[], i: number, gutter: number): string[] | null {
  const piece = (r: string | undefined): boolean => r !== undefined && r.trim() !== '' && !/ {2,}/.test(r.trim())
  if (!piece(rows[i]) || leadingBlanks(rows[i]) < PUSHED_FROM || leadingBlanks(rows[i]) >= gutter - 2) return null
  const stair = [rows[i]]
  for (let j = i + 1; piece(rows[j]) && leadingBlanks(rows[j]) > leadingBlanks(rows[j - 1]); j++) {
    const [a, b] = [rows[j - 1].trim(), rows[j].trim()]
    if (!FULL_MARK.test(a.slice(-1)) && !FULL_MARK.test(b[0])) return null
    stair.push(rows[j])
    if (leadingBlanks(rows[j]) >= gutter - 2) return (rows[j + 1] ?? '').trim() !== '' ? stair : null
  }
  return null
}
