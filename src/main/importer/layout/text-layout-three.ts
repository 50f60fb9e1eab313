// A band of three columns in text that keeps each line's place (`pdftotext -layout`) whose gutters
// are narrow (one em): where a column's line is full, pdftotext writes it and the next column's line
// as one piece, a single cell apart, so no run of spaces marks the gutter on that row and the
// column reading (text-layout-columns.ts) cannot find it. The pieces set apart by runs of spaces
// start where their column starts (the band's three edges, found where most pieces start); a piece
// wider than its column is cut where the widths add up: from the column's edge, one column's
// width (measured on the page's own full lines), a single space, the next column's line. Each
// row's lines thus known by column, the band is read column by column (text-layout-columns.ts reads
// the rows above and under it as any page's). Where pdftotext closed the gutters up altogether (a
// full line runs into the next column's with no space), the band is found and cut at the page's
// commonest full-line width instead (bandSeed). A page crowded with digits may measure its columns
// a cell short, and pdftotext may set it on a grid of half an ideograph (an indent four positions):
// a band read as none at the page's width is read at the issue's (issueThreeWidth), and its
// indents are counted on its own grid (gridOf).
import { FULL_ABOVE, FULL_BELOW, cells, cellsUpTo } from './text-joined-assign'
import { MIN_COLUMN, threeColumnWidth, threeCut } from './text-joined-three'
import { bannerName } from './text-layout-banners'
import { isFolio } from '../parse/noise'
import { cellsOf } from './text-layout-tables'

/** Pieces that must start at an edge (give or take a cell) before it is taken for a column's. */
const MIN_EDGE = 3
/** Cells a first-line indent of two ems spans at most (pdftotext's cell is half an ideograph where a page's digits set its grid). */
const MAX_INDENT_CELLS = 4
/** A piece starting this many cells before an edge or less starts in its column (a narrow line's start rounds down). */
const EDGE_SLACK = 2


/**
 * The band's second and third column edges: where most pieces start (a cell either way, MIN_EDGE
 * or more) between one column's width and two past the left edge, and again past that edge.
 */
export function edgesOf(rows: readonly string[], column: number): [number, number] | null {
  const count = new Map<number, number>()
  for (const row of rows) for (const p of cellsOf(row)) if (p.at > 0) count.set(p.at, (count.get(p.at) ?? 0) + 1)
  const at = (s: number): number => count.get(s) ?? 0
  const near = (s: number): number => at(s) + at(s + 1)
  const most = (from: number): number | null => {
    let best: number | null = null
    for (let s = from; s < from + column; s++) if (near(s) >= MIN_EDGE && (best === null || near(s) > near(best))) best = s
    if (best === null) return null
    // Where most pieces start may be a paragraph's first-line indent (a column of long paragraphs):
    // the edge is where the column's other lines start, an indent or less to the left, where
    // half as many pieces start as there or more (and MIN_EDGE).
    const left = Array.from({ length: MAX_INDENT_CELLS }, (_, k) => best! - MAX_INDENT_CELLS + k).find((s) => s >= from && near(s) >= Math.max(MIN_EDGE, near(best!) / 2))
    const s = left ?? best
    return at(s + 1) > at(s) ? s + 1 : s
  }
  const second = most(column)
  const third = second === null ? null : most(second + column)
  return second === null || third === null ? null : [second, third]
}

/**
 * A row of the band as its columns' lines, each with its indent in from the column's edge; null
 * when the row does not read as the band's (a piece that fits no column, two in one column).
 */
export function rowColumns(row: string, column: number, edges: readonly [number, number, number], bare = false, grid = 1): ([number, string] | null)[] | null {
  let cols: ([number, string] | null)[] = [null, null, null]
  let next = 0
  // A piece's lines from column k on, the first `indent` cells in; null where they fit no column.
  const place = (text: string, start: number, k: number, indent: number, taken: readonly ([number, string] | null)[]): ([number, string] | null)[] | null => {
    if (k > 2 || (taken[k] !== null && !(bare && k === 2))) return null
    // A band whose gutters pdftotext closed up holds a form in its right column: its cells on one row are one line.
    if (taken[k] !== null) return taken.map((c, j) => (j === k ? ([c![0], `${c![1]} ${text}`] as [number, string]) : c))
    const put = taken.map((c, j) => (j === k ? ([indent, text] as [number, string]) : c))
    // The room the line has: the column's cells less its indent, in cells (grid: a position's cells).
    const room = column - indent * grid
    if (cells(text) <= room + FULL_ABOVE) {
      // A piece over the column's width by a mark or two whose one space stands between ideographs
      // or marks (no word space: Chinese sets none) is a full line and the next column's short
      // one ('…坚持公开、公 元。'), not one line measured wide.
      const over = cells(text) > room && k < 2 ? spaceBetweenWide(text, room) : null
      const after = over === null ? null : place(text.slice(over + 1), start + over + 1, k + 1, 0, taken.map((c, j) => (j === k ? ([indent, text.slice(0, over)] as [number, string]) : c)))
      return after ?? put
    }
    // A line set flush right in its column (a 文号) ends where the next column starts: the one space there.
    const cut = widthCut(text, room) ?? (k < 2 ? flushCut(text, edges[k + 1] - start) : null)
    const closed = cut === null && bare ? bareCut(text, room) : null
    if (closed !== null) return place(text.slice(closed), start + closed, k + 1, 0, taken.map((c, j) => (j === k ? ([indent, text.slice(0, closed)] as [number, string]) : c)))
    // A line set in from its column's edge (a signature) that ends before the next column's edge.
    if (cut === null) return k < 2 && start + text.length < edges[k + 1] ? put : null
    const left = taken.map((c, j) => (j === k ? ([indent, text.slice(0, cut)] as [number, string]) : c))
    return place(text.slice(cut + 1), start + cut + 1, k + 1, 0, left)
  }
  for (const piece of cellsOf(row)) {
    // In a band whose gutters are closed up every piece past the right column's edge is that column's.
    const own = edges.findLastIndex((e) => piece.at >= e - EDGE_SLACK)
    const k = Math.min(bare ? 2 : 3, Math.max(next, own))
    // A piece starting inside the column the piece before it is in, well short of the next
    // column's edge, is that line's rest (pdftotext parted it at a word space: '还应补缴    9.84 万元。').
    const rest = own === next - 1 && piece.at < (edges[next] ?? Infinity) - column / 2 ? stretched(cols, own, piece.text, column, grid) : null
    if (rest !== null) {
      cols = rest
      continue
    }
    // pdftotext places a piece only roughly: a cell off its column's edge is no indent.
    const off = piece.at - edges[k]
    const indent = off <= 1 ? 0 : off
    // As it starts; or, a piece pdftotext placed left of its column's edge (by the pieces above
    // it), in the next column; or at its column's edge (pdftotext sets a piece after one holding
    // digits or Latin letters, narrower than its cells, too far right).
    const placed = place(piece.text, piece.at, k, indent, cols) ?? place(piece.text, piece.at, k + 1, 0, cols) ?? place(piece.text, piece.at, k, 0, cols) ?? stretched(cols, next - 1, piece.text, column, grid)
    if (placed === null) return null
    cols = placed
    next = placed.findLastIndex((c) => c !== null) + 1
  }
  return cols
}

/**
 * A justified line pdftotext wrote as two pieces, parted at a word space the line's justification
 * stretched ('编号为   2021-09 号宗地，面积为 154370'): a piece that fits no column of its own is
 * the rest of the line before it on the row (column k's) where the two together are no wider than
 * a full column line.
 */
function stretched(cols: readonly ([number, string] | null)[], k: number, text: string, column: number, grid: number): ([number, string] | null)[] | null {
  const line = cols[k]
  if (k < 0 || !line || line[0] * grid + cells(`${line[1]} ${text}`) > column + FULL_ABOVE) return null
  return cols.map((c, j) => (j === k ? ([line[0], `${line[1]} ${text}`] as [number, string]) : c))
}

/**
 * The single space in a piece standing where the next column's edge is, `to` positions in (a
 * position a character: pdftotext writes a piece's characters one a position, its line's place
 * being the page's); else null.
 */
function flushCut(text: string, to: number): number | null {
  const spaces = [...text.matchAll(/(?<=\S) (?=\S)/g)].filter((m) => Math.abs(m.index + 1 - to) <= EDGE_SLACK)
  return spaces.length === 1 ? spaces[0].index : null
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

/**
 * Where a piece holding a full line and the next column's line with no space between ends its
 * first line: the character boundary `room` cells in, between two ideographs or marks; else null.
 */
function bareCut(text: string, room: number): number | null {
  const upTo = cellsUpTo(text)
  for (let i = 1; i < text.length; i++) if (Math.abs(upTo[i] - room) < BARE_SLACK && WIDE.test(text[i - 1]) && WIDE.test(text[i])) return i
  return null
}

/**
 * The one space in a piece standing between two ideographs or full-width marks, the part before
 * it a full line of the column (`room` cells, FULL_BELOW short of it at most); else null.
 */
function spaceBetweenWide(text: string, room: number): number | null {
  const spaces = [...text.matchAll(/ /g)]
  if (spaces.length !== 1) return null
  const at = spaces[0].index
  return WIDE.test(text[at - 1] ?? '') && WIDE.test(text[at + 1] ?? '') && cells(text.slice(0, at)) >= room - FULL_BELOW ? at : null
}

/** An ideograph or a full-width mark. */
const WIDE = /[^\x00-\x7e]/
/** Cells a bare cut may stand off a column's width (a mark set half wide). */
const BARE_SLACK = 0.3

/**
 * Where a piece wider than its column ends the column's line: cutAt's space; but where that space
 * stands beside a number or a Latin word (a word space) and a title's larger line (largerCut) ends
 * at the one space between ideographs, there.
 */
function widthCut(text: string, room: number): number | null {
  const at = cutAt(text, room)
  const larger = at !== null && LATIN.test(text[at - 1] + text[at + 1]) ? largerCut(text, room) : null
  return larger ?? at ?? largerCut(text, room)
}

/** A digit, Latin letter or ASCII mark. */
const LATIN = /[\x21-\x7e]/

/** A cut's penalty inside a letter-spaced line (every character a space apart: '费 用 为 土 地'), which justification spread and no column ends in. */
const SPACED = 2

/** A full-width mark, which a page may set half wide. */
const MARK = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\u2018-\u201d]/g
/** The cells a mark set half wide saves. */
const HALF = 0.5
/** A cut's penalty where its line is wider than its column and its marks allow. */
const OVER = 2

/** The single space where a line `room` cells wide ends, the next column's line after it. */
function cutAt(text: string, room: number): number | null {
  let best: { at: number; score: number } | null = null
  for (const m of text.matchAll(/(?<=\S) (?=\S)/g)) {
    const w = cells(text.slice(0, m.index))
    if (w < room - FULL_BELOW || w > room + FULL_ABOVE) continue
    const latin = LATIN.test(text[m.index - 1]) || LATIN.test(text[m.index + 1])
    const spaced = text[m.index - 2] === ' ' && (text[m.index + 2] ?? ' ') === ' '
    // A column line measures wider than its column only by marks set half wide (a pair of marks
    // closed up): a cut leaving more over than that is inside the next column's line.
    const over = w - room > Math.min(FULL_ABOVE, HALF * (text.slice(0, m.index).match(MARK)?.length ?? 0)) ? OVER : 0
    const score = Math.abs(w - room) + (latin ? 1 : 0) + (spaced ? SPACED : 0) + over
    if (!best || score < best.score) best = { at: m.index, score }
  }
  return best?.at ?? null
}

/** Whether a piece of text reads as up to three column lines side by side, one space between each two. */
function asColumnLines(text: string, column: number, bare: boolean, depth = 0): boolean {
  if (cells(text) <= column + FULL_ABOVE) return true
  if (depth >= 2) return false
  if ([...text.matchAll(/(?<=\S) (?=\S)/g)].some((m) => cells(text.slice(0, m.index)) <= column + FULL_ABOVE && asColumnLines(text.slice(m.index + 1), column, bare, depth + 1))) return true
  const closed = bare ? bareCut(text, column) : null
  return closed !== null && asColumnLines(text.slice(closed), column, bare, depth + 1)
}

/** Full lines at one width a page needs before its band is read at it with no row joined at spaces. */
const MIN_COMMON = 8

/** The commonest width, in cells, of the page's full lines (pieces with no space), MIN_COMMON of them or more; else null. */
function commonWidth(pieces: readonly string[]): number | null {
  const count = new Map<number, number>()
  for (const p of pieces) {
    if (p.includes(' ')) continue
    const w = cells(p)
    if (w >= MIN_COLUMN) count.set(Math.round(w), (count.get(Math.round(w)) ?? 0) + 1)
  }
  const [best] = [...count].filter(([, n]) => n >= MIN_COMMON).sort((a, b) => b[1] - a[1])
  return best?.[0] ?? null
}

/**
 * The band's column width and the row it is found from: threeColumnWidth's width and the first row
 * holding three column lines joined at single spaces; or, where no rows join so (Chromium's narrow
 * gutters, closed up by pdftotext: '…助力乡村于加强…保护工 遗产…'), the page's commonest full-line
 * width and the first row whose piece holds two full lines run together with no space, then the
 * third column's line after one (`bare`: such rows are cut so, and a right column's cells on one
 * row, a form's, are one line).
 */
function bandSeed(rows: readonly string[], given: number | null = null): { column: number; joined: number; bare: boolean } | null {
  const pieces = rows.flatMap((r) => cellsOf(r).map((p) => p.text))
  const width = given ?? threeColumnWidth(pieces)
  if (width !== null) {
    const joined = rows.findIndex((r) => cellsOf(r).some((p) => cells(p.text) > 2 * width && threeCut(p.text, width) !== null))
    return joined < 0 ? null : { column: width, joined, bare: false }
  }
  const column = commonWidth(pieces)
  if (column === null) return null
  const closed = (text: string): boolean => {
    const at = cells(text) > 2 * column && cutAt(text, column) === null ? bareCut(text, column) : null
    return at !== null && cutAt(text.slice(at), column) !== null
  }
  const joined = rows.findIndex((r) => cellsOf(r).some((p) => closed(p.text)))
  return joined < 0 ? null : { column, joined, bare: true }
}

/** A page's band of three joined columns: its rows (from `start` to `end`) and its columns' lines, each column top to bottom. */
export interface ThreeBand {
  start: number
  end: number
  columns: string[][]
  /** The width its columns were read at, in cells. */
  column: number
}

/**
 * The cells one position of the band's rows spans: where pdftotext set the page on a grid of half
 * an ideograph (a page crowded with digits), a paragraph's first line stands four positions in
 * from its column's edge, not two: then half a cell; else one. Told by the commonest indent of
 * the pieces starting in from an edge (two to five positions).
 */
function gridOf(rows: readonly string[], edges: readonly [number, number, number]): number {
  const count = new Map<number, number>()
  for (const row of rows) {
    for (const p of cellsOf(row)) {
      const off = p.at - edges[edges.findLastIndex((e) => p.at >= e)]
      if (off >= 2 && off <= 5) count.set(off, (count.get(off) ?? 0) + 1)
    }
  }
  const [best] = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])
  return best && best[0] >= 4 ? 0.5 : 1
}

/**
 * The width (in cells) most of an issue's pages measure their three columns at (threeColumnWidth),
 * two pages or more; else null.
 */
export function issueThreeWidth(pages: readonly (readonly string[])[]): number | null {
  const count = new Map<number, number>()
  for (const rows of pages) {
    const w = threeColumnWidth(rows.flatMap((r) => cellsOf(r).map((p) => p.text)))
    if (w !== null) count.set(w, (count.get(w) ?? 0) + 1)
  }
  const [best] = [...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])
  return best && best[1] >= 2 ? best[0] : null
}

/**
 * The page's band of three joined columns, read column by column; null when the page shows none.
 * The band: the rows around the first row whose piece holds three column lines joined, up and down
 * while every piece reads as column lines (not a line wider, a banner, the folio, a row `keep`
 * holds in place: the running head); its edges are found on its own rows. Each line keeps its
 * indent from its column's edge.
 */
export function threeBand(rows: readonly string[], keep: readonly boolean[] = [], issue: number | null = null): ThreeBand | null {
  const band = bandAt(rows, keep, bandSeed(rows))
  if (band !== null || issue === null) return band
  // A page's own full lines may measure its columns a cell off where digits crowd them (half a
  // cell each, a little more as set): a band that reads as none at the page's width is read at
  // the issue's, its columns one width page after page.
  const own = threeColumnWidth(rows.flatMap((r) => cellsOf(r).map((p) => p.text)))
  return own !== null && Math.abs(own - issue) === 1 ? bandAt(rows, keep, bandSeed(rows, issue)) : null
}

/** The band bandSeed's seed grows to (threeBand). */
function bandAt(rows: readonly string[], keep: readonly boolean[], seed: ReturnType<typeof bandSeed>): ThreeBand | null {
  if (seed === null) return null
  const { column, joined, bare } = seed
  const fits = (i: number): boolean =>
    rows[i].trim() === '' || (!keep[i] && !bannerName(rows[i]) && !isFolio(rows[i]) && cellsOf(rows[i]).every((p) => asColumnLines(p.text, column, bare)))
  let start = joined
  while (start > 0 && fits(start - 1)) start--
  while (rows[start].trim() === '') start++
  let end = joined
  while (end < rows.length && fits(end)) end++
  const found = edgesOf(rows.slice(start, end), column)
  if (found === null) return null
  const edges: [number, number, number] = [0, ...found]
  const grid = gridOf(rows.slice(start, end), edges)
  const band = rows.slice(start, end).map((r) => (r.trim() === '' ? null : rowColumns(r, column, edges, bare, grid)))
  if (band.some((cols, k) => cols === null && rows[start + k].trim() !== '')) return null
  const columns: string[][] = [[], [], []]
  for (const cols of band) cols?.forEach((c, k) => c && columns[k].push(' '.repeat(c[0]) + c[1]))
  return { start, end, columns, column }
}

/**
 * A band of three joined columns in the rows under a page's first band (a banner and a title part
 * them: a section's head between documents), read at the first band's column width, the rows
 * under a banner being too few to measure it by themselves; null when they hold none.
 */
export function bandUnder(rows: readonly string[], keep: readonly boolean[], column: number): ThreeBand | null {
  return bandAt(rows, keep, bandSeed(rows, column))
}
