// A page whose grid changes under a heading: a document's last lines in two columns, then a 栏目
// banner and the next section in three (a replies section set narrower). Across the whole page
// no band is clear of ink, so no gutter is found; each stretch between headings set larger than
// the body across the page's middle is read with its own gutters.
import { extents, findGutters, readingBlocks, type Block, type Piece } from './columns'
import { fitsGrid, holds } from './column-grid'
import type { Line } from './pdf-lines'
import { median } from '../../../shared/stats'

// A heading is set at least this much larger than the page's median line.
const HEADING_SIZE = 1.15
// A stretch's first column is at least this many ems wide: a list's names (3–4 characters, the
// posts after a wide blank, as a one-column page sets a 名单 under a banner) are no column.
const MIN_COLUMN_EMS = 6

/** Line indices where a stretch starts: each heading crossing the page's middle. */
function cuts(lines: Line[]): number[] {
  const size = median(lines.map((l) => l.size))
  const inks = lines.flatMap(extents)
  const middle = (Math.min(...inks.map((p) => p.x0)) + Math.max(...inks.map((p) => p.x1))) / 2
  const out: number[] = []
  lines.forEach((l, k) => {
    if (k === 0 || l.size < HEADING_SIZE * size) return
    if (lines[k - 1].size >= HEADING_SIZE * size) return // a heading's second line
    if (extents(l).some((p) => p.x0 < middle && p.x1 > middle)) out.push(k)
  })
  return out
}

/** The stretch's first column, left of its first gutter, is wide enough to hold text. */
function textColumns(lines: Line[], gutters: Piece[]): boolean {
  if (gutters.length === 0) return true
  const left = Math.min(...lines.flatMap(extents).map((p) => p.x0))
  return gutters[0].x0 - left >= MIN_COLUMN_EMS * median(lines.map((l) => l.size))
}

/**
 * The page's blocks read stretch by stretch when the page shows no gutter of its own but some
 * stretch between headings does; null when none does (a single-column page). A page in three
 * columns whose top stands in the two (`shared`): twoOverThree.
 */
export function regionBlocks(lines: Line[], pageBands: Piece[], shared: Piece | null = null): Block[] | null {
  if (pageBands.length === 2 && shared) return twoOverThree(lines, pageBands, shared)
  if (pageBands.length > 0 || lines.length < 12) return null
  const at = [0, ...cuts(lines), lines.length]
  if (at.length < 3) return null
  const stretches = at.slice(1).map((end, i) => lines.slice(at[i], end))
  const bands = stretches.map((s) => stretchGutters(s, shared)).map((g, i) => (textColumns(stretches[i], g) ? g : []))
  if (bands.every((b) => b.length === 0)) return null
  return stretches.flatMap((s, i) => readingBlocks(s, bands[i]))
}

/**
 * A stretch's own gutters, or the issue's shared one, as pageGrid gives a page's: where the stretch
 * shows none but sits in that grid (a column of a name list's short lines beside a column of
 * prose, a 任免's members under its 栏目 banner, leaves too few lines ending at the gutter to find
 * it there alone), or where its one band holds it and is wider (a signature's short lines beside
 * a document's last lines: its middle would put the right column's 附注 in the left).
 */
function stretchGutters(lines: Line[], shared: Piece | null): Piece[] {
  const own = findGutters(lines)
  if (!shared) return own
  if (own.length === 0) return fitsGrid(lines, shared) ? [shared] : own
  return own.length === 1 && holds(own[0], shared) ? [shared] : own
}

/** Whether a line's ink crosses the gutter (a line set across it, or two columns' lines read as one). */
const crosses = (line: Line, gutter: Piece): boolean => extents(line).some((p) => p.x0 < gutter.x0 && p.x1 > gutter.x1)

/**
 * A three-column page whose top, over the first banner, is the end of a document set in the
 * issue's two columns (its last lines beside its signature and date): that stretch is read in the
 * shared two-column grid, the rest in the page's three. Null when the top holds no line crossing
 * the page's gutters or does not sit in the two-column grid.
 */
function twoOverThree(lines: Line[], pageBands: Piece[], shared: Piece): Block[] | null {
  const [cut] = cuts(lines)
  if (cut === undefined || cut === 0) return null
  const top = lines.slice(0, cut)
  const size = median(lines.map((l) => l.size))
  const body = top.filter((l) => l.size < HEADING_SIZE * size)
  if (!body.some((l) => pageBands.some((g) => crosses(l, g)))) return null
  if (body.some((l) => crosses(l, shared)) || !fitsGrid(body, shared)) return null
  return [...readingBlocks(top, [shared]), ...readingBlocks(lines.slice(cut), pageBands)]
}
