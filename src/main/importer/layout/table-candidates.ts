// Whether a page may hold a ruled table, from its text alone. Reading a page's drawing operators
// costs about as much as reading its text, so only pages whose lines break into cells pay for it:
// two lines near each other with two cells each in the same places (cells set flush left,
// centred or flush right). A column's edge (and a paragraph's indent from it) is the page's
// column, not a cell; an article label ('第七条　…') or a name list ('王晓晖　中央宣传部…') has one
// piece after a gap, which is not enough. Tables of two columns are left to the line reading.
import { extents, type Piece } from './columns'
import { groupLines, type Line, type TextRun } from './pdf-lines'
import { median } from '../../../shared/stats'

// Ink this many ems apart on one baseline sits in different cells (or columns).
const CELL_GAP = 0.8
// A piece this many ems wide or less holds one character.
const ONE_CHAR = 1.2
// Starts within this many points are the same place.
const SAME_X = 2
// A start that this share of the page's lines have as their only one is a column's edge.
const COLUMN_SHARE = 0.15
// A first-line indent is at most this many ems.
const INDENT_EMS = 2.6
// Lines of one table lie within this many baselines of each other (cells wrap over lines).
const NEAR_LINES = 6
// A table of many columns set in a narrow column (Word sizes it to the column) wraps its cells
// to a character a line: a line of this many single characters, each a cell gap from the next,
// whose places recur on a near line, is a row of such a table.
const NARROW_CELLS = 3

/**
 * The pieces of ink that start after a cell-wide gap on the line. A piece of one character is
 * left out: letter-spaced names ('韩　正') line up from one line to the next as cells would.
 */
function cells(line: Line): Piece[] {
  const ink = extents(line)
  return ink.filter((p, k) => k > 0 && p.x0 - ink[k - 1].x1 >= CELL_GAP * line.size && p.x1 - p.x0 > ONE_CHAR * line.size)
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_X
}

/** Cells of one table column: set flush left, centred or flush right. */
function aligned(a: Piece, b: Piece): boolean {
  return near(a.x0, b.x0) || near(a.x1, b.x1) || near(a.x0 + a.x1, b.x0 + b.x1)
}

/** Places where at least `least` of the starts fall (counted in bins, so in linear time). */
function columnEdges(starts: number[], least: number): number[] {
  const bins = new Map<number, number>()
  for (const x of starts) {
    const b = Math.round(x / SAME_X)
    bins.set(b, (bins.get(b) ?? 0) + 1)
  }
  const edges: number[] = []
  for (const b of bins.keys()) {
    const n = (bins.get(b - 1) ?? 0) + (bins.get(b) ?? 0) + (bins.get(b + 1) ?? 0)
    if (n >= least) edges.push(b * SAME_X)
  }
  return edges.length > 50 ? [] : edges
}

/** The single characters of a line a cell gap from the ink on either side: cells of a narrow table. */
function narrowCells(line: Line): Piece[] {
  const ink = extents(line)
  const apart = (k: number): boolean => k === 0 || k === ink.length || ink[k].x0 - ink[k - 1].x1 >= CELL_GAP * line.size
  return ink.filter((p, k) => apart(k) && apart(k + 1) && p.x1 - p.x0 <= ONE_CHAR * line.size)
}

/** Two near lines with NARROW_CELLS single characters in the same places: a many-column table in a column. */
function narrowTable(lines: Line[]): boolean {
  const all = lines.map(narrowCells)
  return all.some((ps, i) => {
    if (ps.length < NARROW_CELLS) return false
    for (let k = i + 1; k < Math.min(all.length, i + 1 + NEAR_LINES); k++) {
      if (ps.filter((p) => all[k].some((q) => near(p.x0, q.x0))).length >= NARROW_CELLS) return true
    }
    return false
  })
}

// A name a narrow cell wraps (two or three characters) is at most this many ems wide a line, and
// its two lines lie at most this many ems apart; the next cell starts within this many ems of it.
const WRAPPED_EMS = 2.5
const WRAPPED_LEADING = 2.2
const NEXT_CELL_EMS = 4
// This many such rows make a table.
const WRAPPED_ROWS = 2

interface PlacedPiece extends Piece {
  y: number
  size: number
}

/**
 * Whether a cell's text is set beside a wrapped name: two short pieces stacked at one place, and
 * between their baselines (centred in the row) a line starting a cell gap to their right.
 */
function besideWrapped(a: PlacedPiece, pieces: PlacedPiece[]): boolean {
  const short = (p: PlacedPiece): boolean => p.x1 - p.x0 <= WRAPPED_EMS * p.size
  if (!short(a)) return false
  return pieces.some((c) => {
    if (c.y >= a.y || a.y - c.y > WRAPPED_LEADING * a.size || !near(a.x0, c.x0) || !short(c)) return false
    const right = Math.max(a.x1, c.x1)
    return pieces.some((b) => b.y < a.y && b.y > c.y && b.x0 >= right + CELL_GAP * a.size && b.x0 <= right + NEXT_CELL_EMS * a.size)
  })
}

/**
 * A two-column table in a narrow column whose first cells wrap (a 领导小组's names, 李 over 茂):
 * the row's other cell is centred between the name's lines, on no baseline of its own, so no
 * line holds two cells. WRAPPED_ROWS such rows are a table.
 */
function wrappedCellTable(lines: Line[]): boolean {
  const pieces = lines.flatMap((l) => extents(l).map((p) => ({ ...p, y: l.y, size: l.size })))
  return pieces.filter((a) => besideWrapped(a, pieces)).length >= WRAPPED_ROWS
}

/**
 * Two near lines of two pieces each in the same places, the first set in further than an indent
 * from where the page's text starts (centred in its cell): a ruled table of two columns (a 名单:
 * the name, the post). A name list starts its names at the margin or an indent from it.
 */
function twoCellTable(lines: Line[], size: number): boolean {
  const ink = lines.map(extents)
  const left = Math.min(...ink.filter((ps) => ps.length > 0).map((ps) => ps[0].x0))
  const pairs = ink.map((ps, i) => {
    const apart = ps.length === 2 && ps[1].x0 - ps[0].x1 >= CELL_GAP * lines[i].size && ps[0].x1 - ps[0].x0 > ONE_CHAR * lines[i].size
    return apart && ps[0].x0 > left + INDENT_EMS * size ? ps : null
  })
  return pairs.some((ps, i) => {
    if (!ps) return false
    for (let k = i + 1; k < Math.min(pairs.length, i + 1 + NEAR_LINES); k++) {
      const qs = pairs[k]
      if (qs && aligned(ps[0], qs[0]) && aligned(ps[1], qs[1])) return true
    }
    return false
  })
}

/** Two lines near each other with two cells in the same places, in the same column. */
export function mayHoldTable(runs: TextRun[]): boolean {
  const lines = groupLines(runs.filter((r) => r.str.trim() !== ''))
  if (narrowTable(lines)) return true
  if (twoCellTable(lines, median(lines.map((l) => l.size)))) return true
  if (wrappedCellTable(lines)) return true
  const all = lines.map(cells)
  // A column starts the single piece after the gutter on most lines; a table's rows have more.
  const edges = columnEdges(all.filter((ps) => ps.length === 1).map((ps) => ps[0].x0), lines.length * COLUMN_SHARE)
  const size = median(lines.map((l) => l.size))
  // A paragraph's first line starts an indent in from its column's edge.
  const column = (p: Piece): boolean => edges.some((c) => p.x0 >= c - SAME_X && p.x0 <= c + INDENT_EMS * size)
  const inner = all.map((ps) => ps.filter((p) => !column(p)))
  // A table sits in one column: two name lists side by side, one per column, are not one.
  const columnOf = (p: Piece): number => edges.filter((c) => c <= p.x0).length
  return inner.some((ps, i) => {
    if (ps.length < 2) return false
    for (let k = i + 1; k < Math.min(inner.length, i + 1 + NEAR_LINES); k++) {
      const shared = ps.filter((p) => inner[k].some((q) => aligned(p, q))).map(columnOf)
      if (shared.some((c, j) => shared.indexOf(c) !== j)) return true
    }
    return false
  })
}
