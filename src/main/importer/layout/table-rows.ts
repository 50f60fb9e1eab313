// A ruled table's text runs → one run per row: its cells' text joined by a tab, a cell's lines
// joined into one text. The rest of the layout then reads a row as one line, which the parser
// keeps as a table row (DESIGN: "table row with cells joined by a tab").
import { findGrids, type Grid, type GridRow } from './table-grid'
import { groupLines, joinRuns, type TextRun } from './pdf-lines'
import { joinWrapped } from './pdf-reflow'
import type { Rule } from './ruling-lines'
import { median, mostCommon } from '../../../shared/stats'

/** A page's runs, and the rules it draws when they were read (pages that may hold a table). */
export interface RuledPage {
  runs: TextRun[]
  rules?: Rule[]
}

// A row taller than this many ems (of its text's size) is a frame, not a row.
const MAX_ROW_EMS = 16
// A grid of this many rows is a table whatever its rows' height.
const MIN_TABLE_ROWS = 3
// A glyph's middle sits about this share of the font size above its baseline.
const MIDDLE = 0.35

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d]/u

/** Estimated width of text set at `size`: full-width characters one em, the rest about half. */
function estimate(text: string, size: number): number {
  let ems = 0
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.55
  return ems * size
}

/**
 * pdf.js may hand two cells' text on one baseline as one run with a space between them. Such a
 * run is cut at the space nearest each cell edge it crosses.
 */
function splitAtCells(run: TextRun, cuts: number[]): TextRun[] {
  const cut = cuts.find((x) => run.x < x - 1 && run.x + run.width > x + 1)
  if (cut === undefined || !/\S\s+\S/.test(run.str)) return [run]
  const chars = [...run.str]
  let best = -1
  let bestDist = Infinity
  chars.forEach((ch, i) => {
    if (!/\s/.test(ch)) return
    const d = Math.abs(run.x + estimate(chars.slice(0, i).join(''), run.size) - cut)
    if (d < bestDist) [best, bestDist] = [i, d]
  })
  if (best < 0) return [run]
  const left = chars.slice(0, best).join('').trimEnd()
  const right = chars.slice(best + 1).join('').trimStart()
  const rightWidth = Math.min(estimate(right, run.size), run.x + run.width - cut)
  return [
    { ...run, str: left, width: Math.min(estimate(left, run.size), cut - run.x) },
    ...splitAtCells({ ...run, str: right, x: run.x + run.width - rightWidth, width: rightWidth }, cuts),
  ]
}

/** The row a run's middle falls in (rows run top to bottom: a binary search). */
function rowOf(grid: Grid, run: TextRun): GridRow | undefined {
  const mid = run.y + MIDDLE * run.size
  let [lo, hi] = [0, grid.rows.length - 1]
  while (lo <= hi) {
    const k = (lo + hi) >> 1
    const r = grid.rows[k]
    if (mid > r.top) hi = k - 1
    else if (mid < r.bottom) lo = k + 1
    else return r
  }
  return undefined
}

/** A cell's text: its lines top to bottom, each line's runs as the rest of the layout joins them. */
function cellText(runs: TextRun[]): string {
  return groupLines(runs)
    .map((l) => joinRuns(l.runs).trim())
    .filter((t) => t !== '')
    .reduce((acc, t) => (acc ? joinWrapped(acc, t) : t), '')
}

/** One row's runs → the row's run, placed on its first baseline across the table's width. */
function rowRun(grid: Grid, row: GridRow, runs: TextRun[]): TextRun | null {
  const cuts = row.cells.slice(1).map((c) => c.x0)
  const pieces = runs.flatMap((r) => splitAtCells(r, cuts))
  const texts = row.cells.map((c) => cellText(pieces.filter((r) => r.x + r.width / 2 >= c.x0 && r.x + r.width / 2 < c.x1)))
  if (texts.every((t) => t === '')) return null
  return {
    str: texts.join('\t'),
    x: grid.x0 + 1,
    y: Math.max(...pieces.map((r) => r.y)),
    width: grid.x1 - grid.x0 - 2,
    size: median(pieces.map((r) => r.size)),
    font: mostCommon(pieces.map((r) => r.font)),
  }
}

interface PageTables {
  runs: TextRun[]
  /** Each table's row runs, top to bottom, for the check of headers repeated over a page break. */
  tables: TextRun[][]
}

/** A page's runs with each table's runs replaced by one run per row. */
function pageTables(page: RuledPage): PageTables {
  const grids = page.rules?.length ? findGrids(page.rules) : []
  if (grids.length === 0) return { runs: page.runs, tables: [] }
  const inRow = new Map<GridRow, TextRun[]>()
  const rest: TextRun[] = []
  for (const run of page.runs) {
    const mid = run.x + run.width / 2
    const row = run.str.trim() === '' ? undefined : grids.map((g) => (mid >= g.x0 && mid <= g.x1 ? rowOf(g, run) : undefined)).find(Boolean)
    if (!row) rest.push(run)
    else if (inRow.has(row)) inRow.get(row)?.push(run)
    else inRow.set(row, [run])
  }
  // A "row" as tall as a page's worth of lines is a frame around the text (a page border with the
  // column rule touching it), not a table row: its text is read as the page's lines. A frame is
  // its grid's only row or two; a table set in a narrow column wraps its cells over many lines,
  // and its tall rows come with others.
  const rowsOf = new Map(grids.flatMap((g) => g.rows.map((r) => [r, g.rows.length] as const)))
  for (const [row, runs] of inRow) {
    if ((rowsOf.get(row) ?? 0) < MIN_TABLE_ROWS && row.top - row.bottom > MAX_ROW_EMS * median(runs.map((r) => r.size))) {
      rest.push(...runs)
      inRow.delete(row)
    }
  }
  const tables = grids.map((g) => g.rows.flatMap((row) => {
    const run = inRow.has(row) ? rowRun(g, row, inRow.get(row) ?? []) : null
    return run ? [run] : []
  }))
  return { runs: [...rest, ...tables.flat()], tables }
}

/**
 * Every page's runs, ruled tables rebuilt as rows. A table continued on the next page that
 * repeats its header there (a header row the same as the one that opened it) keeps it once; a
 * row that Word broke over the page break (its rest opens the next page's table, the first cell
 * empty) is one row again.
 */
export function rebuildTables(pages: RuledPage[]): TextRun[][] {
  const laid = pages.map(pageTables)
  laid.forEach((page, p) => {
    const prev = laid[p - 1]?.tables.at(-1)
    const first = page.tables[0]
    if (!prev || !first || prev.length === 0 || first.length === 0) return
    if (first.length >= 2 && prev.length >= 2 && first[0].str === prev[0].str && first[0].str.includes('\t')) {
      page.runs = page.runs.filter((r) => r !== first[0])
      return
    }
    const joined = joinBrokenRow(prev[prev.length - 1].str, first[0].str)
    if (joined === null) return
    prev[prev.length - 1].str = joined
    page.runs = page.runs.filter((r) => r !== first[0])
    first.shift()
  })
  return laid.map((p) => p.runs)
}

// A cell's text ends a sentence or an item: nothing of it runs on.
const CELL_CLOSED = /[。；;！？!?]$/

/**
 * The row a page break cut, joined again: the rest has the same cells, its first cell (a 序号)
 * empty where the row's is not, and some cell it carries on ends open above. Null otherwise.
 */
export function joinBrokenRow(above: string, rest: string): string | null {
  const a = above.split('\t')
  const b = rest.split('\t')
  if (a.length < 2 || a.length !== b.length || b[0] !== '' || a[0] === '') return null
  if (!b.some((t, k) => t !== '' && a[k] !== '' && !CELL_CLOSED.test(a[k]))) return null
  return a.map((t, k) => (b[k] === '' ? t : t === '' ? b[k] : joinWrapped(t, b[k]))).join('\t')
}
