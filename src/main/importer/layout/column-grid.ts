// A gazette keeps one column grid through the issue. A page whose columns hold only a few
// short lines (the end of a name list, a closing paragraph beside a signature) shows too
// little to find its gutter alone; the gutter most pages share is tried on it.
import { extents, findGutters, type Piece } from './columns'
import type { Line } from './pdf-lines'
import { median } from '../../../shared/stats'

// The shared gutter is the one of at least this many pages, and of most two-column pages.
const MIN_PAGES = 3
// Two pages that show the same two gutters, the columns of one width, make a three-column grid: a
// 栏目 set in three may fill only two pages before its last, balanced one.
const MIN_PAIR_PAGES = 2
// Ends of the shared gutter agree within this many points across pages.
const SAME_EDGE = 3
// A page takes the shared gutter when no line crosses it and this many lines have ink on each
// side of it (a single-column page's lines cross the middle).
const MIN_SIDE_LINES = 3
// A column's lines start at its edge, or a first-line indent (two ems) in.
const COLUMN_START_EMS = 2.5
// A title is set at least this much larger than the page's median line.
const HEADING_SIZE = 1.15

/**
 * Each page's gutters: its own, or the issue's usual one where the page shows none, or where
 * the page's one band holds it and is wider (a column of short lines or narrow table cells beside
 * it widens the blank band; its middle would put the column's right-aligned lines in the other).
 * So for a three-column page whose two bands hold the issue's two gutters (a name list's short
 * lines in the first column: its full lines' last characters would fall in the second).
 */
export function pageGutters(pages: Line[][]): Piece[][] {
  return pageGrid(pages).gutters
}

/** Each page's gutters (pageGutters), and the two-column gutter most pages share, if any. */
export function pageGrid(pages: Line[][]): { gutters: Piece[][]; shared: Piece | null } {
  const found = pages.map((lines) => findGutters(lines))
  const shared = sharedGutter(found)
  const pair = sharedPair(found)
  const gutters = found.map((g, i) => {
    if (g.length === 0 && shared && fitsGrid(pages[i], shared)) return [shared]
    if (g.length === 0 && pair && fitsThree(pages[i], pair)) return pair
    if (g.length === 0 && runsOnGrid(pages[i], found[i - 1])) return found[i - 1]
    if (g.length === 1 && pair && pair.some((p) => holds(g[0], p)) && fitsPair(pages[i], pair, g[0])) return pair
    if (g.length === 2 && pair && g.every((band, k) => holds(band, pair[k]))) return pair
    return shared && g.length === 1 && (holds(g[0], shared) || (reaches(g[0], shared) && fitsGrid(pages[i], shared))) ? [shared] : g
  })
  return { gutters, shared }
}

/**
 * The two gutters of a three-column issue, when at least MIN_PAIR_PAGES pages, and most
 * three-column pages, agree on them: each gutter's right edge (where the next column's lines
 * start) within SAME_EDGE. Its left edge is where the column's longest lines end, which a page
 * of short lines (a name list) leaves wider; the bands only need to overlap.
 */
function sharedPair(found: Piece[][]): Piece[] | null {
  const pairs = found.filter((g) => g.length === 2)
  if (pairs.length < MIN_PAIR_PAGES) return null
  const grid = [0, 1].map((k) => ({ x0: median(pairs.map((g) => g[k].x0)), x1: median(pairs.map((g) => g[k].x1)) }))
  const agree = pairs.filter((g) => g.every((p, k) => Math.abs(p.x1 - grid[k].x1) <= SAME_EDGE && p.x0 < grid[k].x1 && grid[k].x0 < p.x1))
  return agree.length >= MIN_PAIR_PAGES && agree.length * 2 > pairs.length ? grid : null
}

/**
 * Whether a page's lines sit in the shared three-column grid: none crosses a gutter, and each
 * column holds lines, or (a short balanced last page) some baseline has ink in all three. Lines
 * across both gutters above the first baseline with ink in two columns (a 栏目 banner, then a
 * title spanning the three columns) head them; below, only a title set larger than the body may
 * cross them (the next document's title across the page's foot, under columns of name lists
 * whose names and posts leave the page no gutter of its own).
 */
function fitsThree(lines: Line[], grid: Piece[]): boolean {
  const counts = [0, 0, 0]
  let all = 0
  let begun = false // a baseline with ink in two columns: the columns have begun
  const heading = HEADING_SIZE * median(lines.map((l) => l.size))
  for (const line of lines) {
    const ink = extents(line)
    const across = grid.filter((g) => ink.some((p) => p.x0 < g.x0 && p.x1 > g.x1)).length
    if (across === grid.length && (!begun || line.size >= heading)) continue
    if (across > 0) return false
    const inCol = [
      ink.some((p) => p.x1 <= grid[0].x1),
      ink.some((p) => p.x0 >= grid[0].x0 && p.x1 <= grid[1].x1),
      ink.some((p) => p.x0 >= grid[1].x0),
    ]
    inCol.forEach((has, k) => (counts[k] += has ? 1 : 0))
    if (inCol.filter(Boolean).length > 1) begun = true
    if (inCol.every(Boolean)) all++
  }
  return counts.every((n) => n >= MIN_SIDE_LINES) || (all > 0 && lines.length < 2 * MIN_SIDE_LINES)
}

/**
 * Whether a page that shows one of the shared pair's gutters (its band `found` holds it) has the
 * other too: a column of short lines (a name list) leaves too few lines ending at its gutter to
 * find it alone. Every column holds lines, and no line crosses the other gutter without crossing
 * the found one (a title spanning all three columns crosses both).
 */
function fitsPair(lines: Line[], grid: Piece[], found: Piece): boolean {
  const [shown, other] = holds(found, grid[0]) ? [grid[0], grid[1]] : [grid[1], grid[0]]
  const counts = [0, 0, 0]
  for (const line of lines) {
    const ink = extents(line)
    const across = (g: Piece): boolean => ink.some((p) => p.x0 < g.x0 && p.x1 > g.x1)
    if (across(other) && !across(shown)) return false
    if (across(shown)) continue
    if (ink.some((p) => p.x1 <= grid[0].x1)) counts[0]++
    if (ink.some((p) => p.x0 >= grid[0].x0 && p.x1 <= grid[1].x1)) counts[1]++
    if (ink.some((p) => p.x0 >= grid[1].x0)) counts[2]++
  }
  return counts.every((n) => n >= MIN_SIDE_LINES)
}

/**
 * A page's band wider than the shared gutter that starts at it or before and reaches past its
 * middle, its right edge set by a table's cells starting a little inside it (a ruled table in the
 * left column, narrower than the column, widens the band to the table's edge): the shared gutter,
 * when the page's lines sit in it (fitsGrid), splits the column's full lines from the next.
 */
function reaches(band: Piece, gutter: Piece): boolean {
  return band.x0 <= gutter.x0 + SAME_EDGE && band.x1 >= (gutter.x0 + gutter.x1) / 2 && band.x1 - band.x0 > gutter.x1 - gutter.x0
}

/** A page's blank band holds the shared gutter (a column of short lines beside it widens the band). */
export function holds(band: Piece, gutter: Piece): boolean {
  return band.x0 <= gutter.x0 + SAME_EDGE && band.x1 >= gutter.x1 - SAME_EDGE
}

function sharedGutter(found: Piece[][]): Piece | null {
  const singles = found.filter((g) => g.length === 1).map((g) => g[0])
  if (singles.length < MIN_PAGES) return null
  const x0 = median(singles.map((g) => g.x0))
  const x1 = median(singles.map((g) => g.x1))
  const agree = singles.filter((g) => Math.abs(g.x0 - x0) <= SAME_EDGE && Math.abs(g.x1 - x1) <= SAME_EDGE)
  const twoColumn = found.filter((g) => g.length > 0).length
  return agree.length >= MIN_PAGES && agree.length * 2 > twoColumn ? { x0, x1 } : null
}

/**
 * Whether a page's lines sit in the shared grid: none crosses the gutter, and both columns hold
 * lines. A document's last page balanced by the typesetter (LaTeX's multicols, Word's continuous
 * break) may show a line or two a column; then one baseline with ink in both columns (the
 * closing words beside the date that was pushed over) shows the two columns. So does a page
 * whose column 1 holds only the first line of a 栏目 that opens at its foot (the title in column
 * 0 beside it), when that ink starts at the column's edge, as a column's text does.
 * Lines across the gutter at the page's top (a document's title and 文号 spanning both columns
 * over them) head the columns; one crossing it below column lines makes the page one column.
 */
export function fitsGrid(lines: Line[], gutter: Piece): boolean {
  let left = 0
  let right = 0
  let both = 0
  let atEdge = true
  let counted = 0
  for (const line of lines) {
    const ink = extents(line)
    if (ink.some((p) => p.x0 < gutter.x0 && p.x1 > gutter.x1)) {
      if (counted === 0) continue
      return false
    }
    counted++
    const l = ink.some((p) => p.x1 <= gutter.x1)
    const rightInk = ink.filter((p) => p.x0 >= gutter.x0)
    const r = rightInk.length > 0
    if (rightInk.length > 0 && Math.min(...rightInk.map((p) => p.x0)) > gutter.x1 + COLUMN_START_EMS * line.size) atEdge = false
    if (l) left++
    if (r) right++
    if (l && r) both++
  }
  return (left >= MIN_SIDE_LINES && right >= MIN_SIDE_LINES) || (both > 0 && (counted < 2 * MIN_SIDE_LINES || (atEdge && left >= MIN_SIDE_LINES)))
}

/**
 * A page of a line or two a column (a 目录's last entries carried over from a two-column 目录
 * page, in an issue whose body runs in one) keeps the grid of the page before, when that page
 * showed its own gutter and this page's lines sit in it, some baseline with ink in both columns.
 */
function runsOnGrid(lines: Line[], before: Piece[] | undefined): boolean {
  return before?.length === 1 && lines.length < 2 * MIN_SIDE_LINES && fitsGrid(lines, before[0])
}

