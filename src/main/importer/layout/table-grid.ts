// Tables from ruling lines: rules that cross one another form a grid; between two horizontal
// rules lies a row, cut into cells by the vertical rules that run through it. Merged cells simply
// have no rule between them. Page units (PDF points, y upwards).
import type { Rule } from './ruling-lines'

/** A cell's box. */
export interface Cell {
  x0: number
  x1: number
}

/** One row of a table: its band between two horizontal rules, and its cells left to right. */
export interface GridRow {
  top: number
  bottom: number
  cells: Cell[]
}

export interface Grid {
  x0: number
  x1: number
  top: number
  bottom: number
  rows: GridRow[]
}

// Rules whose ends lie within this many points of each other touch (a rule ends on the one it meets).
const TOUCH = 2
// Rules at positions closer than this are one rule (a rule drawn twice, a double border).
const SAME = 1.5
// Rows and cells narrower than this are the gaps of double rules, not room for text.
const MIN_BAND = 4
// A page drawing more rules than this is a drawing or a chart, not a table: it is left alone
// (the grid search compares every horizontal rule with every vertical one).
const MAX_RULES = 3000

/** Collinear pieces joined: XeLaTeX and Word draw a rule cell by cell. */
function mergeAlong(rules: Rule[], horizontal: boolean): Rule[] {
  const pos = (r: Rule): number => (horizontal ? r.y0 : r.x0)
  const start = (r: Rule): number => (horizontal ? r.x0 : r.y0)
  const end = (r: Rule): number => (horizontal ? r.x1 : r.y1)
  const sorted = [...rules].sort((a, b) => pos(a) - pos(b) || start(a) - start(b))
  const out: Rule[] = []
  for (const r of sorted) {
    const last = out.findLast((o) => Math.abs(pos(o) - pos(r)) <= SAME && start(r) <= end(o) + TOUCH)
    if (!last) {
      out.push({ ...r })
      continue
    }
    if (horizontal) last.x1 = Math.max(last.x1, r.x1)
    else last.y1 = Math.max(last.y1, r.y1)
  }
  return out
}

function crosses(h: Rule, v: Rule): boolean {
  return v.x0 >= h.x0 - TOUCH && v.x0 <= h.x1 + TOUCH && h.y0 >= v.y0 - TOUCH && h.y0 <= v.y1 + TOUCH
}

/** Groups of rules connected by crossings (union–find over the horizontal and vertical rules). */
function components(hs: Rule[], vs: Rule[]): { hs: Rule[]; vs: Rule[] }[] {
  const parent = Array.from({ length: hs.length + vs.length }, (_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  hs.forEach((h, i) => vs.forEach((v, j) => {
    if (crosses(h, v)) parent[find(i)] = find(hs.length + j)
  }))
  const groups = new Map<number, { hs: Rule[]; vs: Rule[] }>()
  const group = (i: number): { hs: Rule[]; vs: Rule[] } => {
    const k = find(i)
    if (!groups.has(k)) groups.set(k, { hs: [], vs: [] })
    return groups.get(k) as { hs: Rule[]; vs: Rule[] }
  }
  hs.forEach((h, i) => group(i).hs.push(h))
  vs.forEach((v, j) => group(hs.length + j).vs.push(v))
  return [...groups.values()]
}

/** Distinct values, closer ones merged, in ascending order. */
function levels(values: number[]): number[] {
  const out: number[] = []
  for (const v of [...values].sort((a, b) => a - b)) {
    if (out.length === 0 || v - out[out.length - 1] > SAME) out.push(v)
  }
  return out
}

/** Cells of the band between y `bottom` and `top`: cut where a vertical rule runs through its middle. */
function rowCells(vs: Rule[], bottom: number, top: number, x0: number, x1: number): Cell[] {
  const mid = (top + bottom) / 2
  const through = vs.filter((v) => v.y0 <= mid && v.y1 >= mid && v.x0 >= x0 - TOUCH && v.x0 <= x1 + TOUCH)
  const cuts = levels(through.map((v) => v.x0))
  const edges = levels([x0, ...cuts, x1])
  const cells: Cell[] = []
  for (let k = 1; k < edges.length; k++) {
    if (edges[k] - edges[k - 1] >= MIN_BAND) cells.push({ x0: edges[k - 1], x1: edges[k] })
  }
  return cells
}

/**
 * How far the table reaches: as far as two of its horizontal rules do. A table that opens a
 * column right under the page's head rule has its top rule merged with that rule (they lie a
 * point apart), which runs on alone across the next columns: their text is not the table's.
 */
function reach(hs: Rule[]): { x0: number; x1: number } {
  const starts = hs.map((h) => h.x0).sort((a, b) => a - b)
  const ends = hs.map((h) => h.x1).sort((a, b) => b - a)
  return { x0: starts[1], x1: ends[1] }
}

function gridOf(hs: Rule[], vs: Rule[]): Grid | null {
  if (hs.length < 2 || vs.length < 2) return null
  const { x0, x1 } = reach(hs)
  const ys = levels(hs.map((h) => h.y0)).reverse()
  const rows: GridRow[] = []
  for (let k = 1; k < ys.length; k++) {
    const [top, bottom] = [ys[k - 1], ys[k]]
    if (top - bottom < MIN_BAND) continue
    rows.push({ top, bottom, cells: rowCells(vs, bottom, top, x0, x1) })
  }
  // A box around a paragraph (one cell) is not a table.
  if (!rows.some((r) => r.cells.length >= 2)) return null
  return { x0, x1, top: ys[0], bottom: ys[ys.length - 1], rows }
}

/** The tables a page's rules draw, top to bottom. */
export function findGrids(rules: Rule[]): Grid[] {
  if (rules.length > MAX_RULES) return []
  const hs = mergeAlong(rules.filter((r) => r.y0 === r.y1), true)
  const vs = mergeAlong(rules.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1), false)
  return components(hs, vs)
    .map((c) => gridOf(c.hs, c.vs))
    .filter((g): g is Grid => g !== null)
    .sort((a, b) => b.top - a.top)
}
