// Rows of a THREE-column page with one space between the columns (pdftotext where three columns
// share a baseline grid and the gutters are one em: a full line and the next column's line come as
// one piece): a row holds one, two or all three columns' lines. The columns' width, measured on the
// page's own full lines, tells where such a row is cut: where the widths add up. See
// text-joined-columns.ts for two columns, text-layout-three.ts for -layout text.
import { FULL_ABOVE, FULL_BELOW, cells, cellsUpTo } from './text-joined-assign'

/** Narrowest column read. */
export const MIN_COLUMN = 12
/** Full lines (no space in them) that measure a width before it is tried as the columns'. */
const MIN_MEASURE = 4
/** Rows of three columns joined a page needs before it is read as three columns. */
const MIN_JOINED = 3

/** Whether `w` cells is a full column line's width, give or take an indent or a hanging mark. */
const full = (w: number, column: number): boolean => w >= column - FULL_BELOW && w <= column + FULL_ABOVE

/** A row ready to be cut: where its single spaces stand, and its cells up to each index. */
interface Prepared {
  row: string
  spaces: number[]
  upTo: number[]
  /** The row's cells. */
  w: number
}

function prepare(row: string): Prepared {
  const upTo = cellsUpTo(row)
  return { row, spaces: [...row.matchAll(/(?<=\S) (?=\S)/g)].map((m) => m.index), upTo, w: upTo[row.length] }
}

/**
 * Where a row holds three columns' lines joined at one space each: the two spaces where the first
 * part and the second are one column wide and the rest no wider; null when the row is not so.
 */
export function threeCut(row: string, column: number): [number, number] | null {
  return cutPrepared(prepare(row), column)
}

function cutPrepared({ row, spaces, upTo }: Prepared, column: number): [number, number] | null {
  if (spaces.length < 2) return null
  // Cells up to each index: a part starts at the row's start or after a space, so its cells are
  // the difference of two sums (cells counts a mark after a mark short, and a space is no mark).
  const width = (from: number, to: number): number => upTo[to] - upTo[from]
  let best: { at: [number, number]; score: number } | null = null
  for (const a of spaces) {
    const first = width(0, a)
    if (first > column + FULL_ABOVE) break
    if (!full(first, column)) continue
    for (const b of spaces) {
      if (b <= a) continue
      const second = width(a + 1, b)
      if (second > column + FULL_ABOVE) break
      if (!full(second, column) || width(b + 1, row.length) > column + FULL_ABOVE) continue
      const score = Math.abs(first - column) + Math.abs(second - column)
      if (!best || score < best.score) best = { at: [a, b], score }
    }
  }
  return best?.at ?? null
}

/**
 * The width of a page's three columns in cells: of the widths the page's full lines (no space in
 * them) come to, the one at which most rows cut into three column lines, MIN_JOINED of them or
 * more; null when no width does.
 */
export function threeColumnWidth(rows: readonly string[]): number | null {
  const counts = new Map<number, number>()
  const lines = rows.map((r) => r.trim()).filter((r) => r !== '')
  for (const row of lines) {
    if (row.includes(' ')) continue
    const w = Math.round(cells(row))
    if (w >= MIN_COLUMN) counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  // Rows with two single spaces between characters at least, and their cells: the only ones threeCut may cut.
  // Worked out once: each width tried cuts the same rows. Three parts no wider than the column
  // and two spaces are as wide as a row cut can be.
  const cuttable = lines.filter((r) => (r.match(/(?<=\S) (?=\S)/g)?.length ?? 0) >= 2).map(prepare)
  let best: [number, number] | null = null
  for (const [w, n] of counts) {
    if (n + (counts.get(w - 1) ?? 0) < MIN_MEASURE) continue
    const widest = 3 * (w + FULL_ABOVE) + 2 * cells(' ')
    const joined = cuttable.filter((c) => c.w > 2 * w && c.w <= widest && cutPrepared(c, w) !== null).length
    if (joined >= MIN_JOINED && (!best || joined > best[1])) best = [w, joined]
  }
  return best?.[0] ?? null
}
