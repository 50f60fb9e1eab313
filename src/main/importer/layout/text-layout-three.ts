// A band of three columns in text that keeps each line's place (`pdftotext -layout`) whose gutters
// are narrow (one em): where a column's line is full, pdftotext writes it and the next column's line
// as one piece, a single cell apart, so no run of spaces marks the gutter on that row and the
// column reading (text-layout-columns.ts) cannot find it. The pieces set apart by runs of spaces
// start where their column starts (the band's three edges, found where most pieces start); a piece
// wider than its column is cut where the widths add up: from the column's edge, one column's
// width (measured on the page's own full lines), a single space, the next column's line. Each
// row's lines thus known by column, the band is read column by column (text-layout-columns.ts reads
// the rows above it as any page's).
import { FULL_ABOVE, FULL_BELOW, cells } from './text-joined-assign'
import { threeColumnWidth, threeCut } from './text-joined-three'
import { bannerName } from './text-layout-banners'
import { isFolio } from '../parse/noise'
import { cellsOf } from './text-layout-tables'

/** Pieces that must start at an edge (give or take a cell) before it is taken for a column's. */
const MIN_EDGE = 3
/** A piece starting this many cells before an edge or less starts in its column (a narrow line's start rounds down). */
const EDGE_SLACK = 2


/**
 * The band's second and third column edges: where most pieces start (a cell either way, MIN_EDGE
 * or more) between one column's width and two past the left edge, and again past that edge.
 */
export function edgesOf(rows: readonly string[], column: number): [number, number] | null {
  const count = new Map<number, number>()
  for (const row of rows) for (const p of cellsOf(row)) if (p.at > 0) count.set(p.at, (count.get(p.at) ?? 0) + 1)
  const near = (s: number): number => (count.get(s) ?? 0) + (count.get(s + 1) ?? 0)
  const most = (from: number): number | null => {
    let best: number | null = null
    for (let s = from; s < from + column; s++) if (near(s) >= MIN_EDGE && (best === null || near(s) > near(best))) best = s
    return best
  }
  const second = most(column)
  const third = second === null ? null : most(second + column)
  return second === null || third === null ? null : [second, third]
}

/**
 * A row of the band as its columns' lines, each with its indent in from the column's edge; null
 * when the row does not read as the band's (a piece that fits no column, two in one column).
 */
export function rowColumns(row: string, column: number, edges: readonly [number, number, number]): ([number, string] | null)[] | null {
  let cols: ([number, string] | null)[] = [null, null, null]
  let next = 0
  // A piece's lines from column k on, the first `indent` cells in; null where they fit no column.
  const place = (text: string, start: number, k: number, indent: number, taken: readonly ([number, string] | null)[]): ([number, string] | null)[] | null => {
    if (k > 2 || taken[k] !== null) return null
    const put = taken.map((c, j) => (j === k ? ([indent, text] as [number, string]) : c))
    if (indent + cells(text) <= column + FULL_ABOVE) return put
    const cut = cutAt(text, column - indent) ?? largerCut(text, column - indent)
    // A line set in from its column's edge (a signature) that ends before the next column's edge.
    if (cut === null) return k < 2 && start + text.length < edges[k + 1] ? put : null
    const left = taken.map((c, j) => (j === k ? ([indent, text.slice(0, cut)] as [number, string]) : c))
    return place(text.slice(cut + 1), start + cut + 1, k + 1, 0, left)
  }
  for (const piece of cellsOf(row)) {
    const k = Math.max(next, edges.findLastIndex((e) => piece.at >= e - EDGE_SLACK))
    // pdftotext places a piece only roughly: a cell off its column's edge is no indent.
    const off = piece.at - edges[k]
    const indent = off <= 1 ? 0 : off
    // As it starts; or, a piece pdftotext placed left of its column's edge (by the pieces above
    // it), in the next column; or at its column's edge (pdftotext sets a piece after one holding
    // digits or Latin letters, narrower than its cells, too far right).
    const placed = place(piece.text, piece.at, k, indent, cols) ?? place(piece.text, piece.at, k + 1, 0, cols) ?? place(piece.text, piece.at, k, 0, cols)
    if (placed === null) return null
    cols = placed
    next = placed.findLastIndex((c) => c !== null) + 1
  }
  return cols
}

/**
 * The one space between two ideographs or marks in a piece whose parts each fit a column, the
 * first at least half a column wide: a line set in a larger type (a title inside a column) beside
 * the next column's line, fewer characters than a full line though as wide (text-joined-columns.ts).
 */
function largerCut(text: string, room: number): number | null {
  const spaces = [...text.matchAll(/(?<=[^\x00-\x7e]) (?=[^\x00-\x7e])/g)]
  if (spaces.length !== 1) return null
  const at = spaces[0].index
  const left = cells(text.slice(0, at))
  return left >= room / 2 && left <= room + FULL_ABOVE ? at : null
}

/** The single space where a line `room` cells wide ends, the next column's line after it. */
function cutAt(text: string, room: number): number | null {
  let best: { at: number; score: number } | null = null
  for (const m of text.matchAll(/(?<=\S) (?=\S)/g)) {
    const w = cells(text.slice(0, m.index))
    if (w < room - FULL_BELOW || w > room + FULL_ABOVE) continue
    const latin = /[\x21-\x7e]/.test(text[m.index - 1]) || /[\x21-\x7e]/.test(text[m.index + 1])
    const score = Math.abs(w - room) + (latin ? 1 : 0)
    if (!best || score < best.score) best = { at: m.index, score }
  }
  return best?.at ?? null
}

/** Whether a piece of text reads as up to three column lines side by side, one space between each two. */
function asColumnLines(text: string, column: number, depth = 0): boolean {
  if (cells(text) <= column + FULL_ABOVE) return true
  if (depth >= 2) return false
  return [...text.matchAll(/(?<=\S) (?=\S)/g)].some((m) => cells(text.slice(0, m.index)) <= column + FULL_ABOVE && asColumnLines(text.slice(m.index + 1), column, depth + 1))
}

/** A page's band of three joined columns: its rows (from `start` to `end`) and its columns' lines, each column top to bottom. */
export interface ThreeBand {
  start: number
  end: number
  columns: string[][]
}

/**
 * The page's band of three joined columns, read column by column; null when the page shows none.
 * The band: the rows around the first row whose piece holds three column lines joined, up and down
 * while every piece reads as column lines (not a line wider, a banner, the folio, a row `keep`
 * holds in place: the running head); its edges are found on its own rows. Each line keeps its
 * indent from its column's edge.
 */
export function threeBand(rows: readonly string[], keep: readonly boolean[] = []): ThreeBand | null {
  const pieces = rows.flatMap((r) => cellsOf(r).map((p) => p.text))
  const column = threeColumnWidth(pieces)
  if (column === null) return null
  const joined = rows.findIndex((r) => cellsOf(r).some((p) => cells(p.text) > 2 * column && threeCut(p.text, column) !== null))
  if (joined < 0) return null
  const fits = (i: number): boolean =>
    rows[i].trim() === '' || (!keep[i] && !bannerName(rows[i]) && !isFolio(rows[i]) && cellsOf(rows[i]).every((p) => asColumnLines(p.text, column)))
  let start = joined
  while (start > 0 && fits(start - 1)) start--
  while (rows[start].trim() === '') start++
  let end = joined
  while (end < rows.length && fits(end)) end++
  const found = edgesOf(rows.slice(start, end), column)
  if (found === null) return null
  const edges: [number, number, number] = [0, ...found]
  const band = rows.slice(start, end).map((r) => (r.trim() === '' ? null : rowColumns(r, column, edges)))
  if (band.some((cols, k) => cols === null && rows[start + k].trim() !== '')) return null
  const columns: string[][] = [[], [], []]
  for (const cols of band) cols?.forEach((c, k) => c && columns[k].push(' '.repeat(c[0]) + c[1]))
  return { start, end, columns }
}
