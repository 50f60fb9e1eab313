// Two columns that pdftotext wrote in the order of their lines' heights on the page: a line of
// the left column, a line of the right, or a few of each, and now and then both on one text line
// ('撑。没有农业机械化…近年来， 业产前产中产后…'). Each column on its own is in order; only
// their lines are shuffled together. A person untangles them by reading on: a line that stops
// mid-sentence at the column's edge goes on with the line that completes its word, not with a
// numbered new paragraph. Here each page's run of column-wide lines is split into two streams,
// left and right, so that the joins read best (text-joins.ts scores a join), and read left first.
import { isBlank, type SourceLine } from './lines'
import { displayWidth, fullWidth } from './text-flow'
import { pageStarts } from './text-pages'
import { countBigrams } from './text-bigrams'
import { joinCost, stayCost, switchCost, type JoinContext, type Unit } from './text-joins'
import { splitMerged } from './text-merged'

/** A line this much past the column's width spans both columns (a title): it ends a run. */
const WIDE_BY = 4
/** Runs shorter than this are left as they are: too little text to tell the columns apart. */
const MIN_UNITS = 4
/**
 * A page holds fewer lines than this; a longer run is text without page breaks, left as it is
 * (the reading costs the square of a run's length).
 */
const MAX_UNITS = 400
/**
 * How much better two streams must read than the text's own order before the run is reordered:
 * at least MIN_GAIN, and GAIN_PER_UNIT a line. Any long run can be split so that a few joins read
 * a little better by chance; shuffled columns read far better on almost every line.
 */
const MIN_GAIN = 4
const GAIN_PER_UNIT = 0.3

/**
 * Lines from `from` on with each page's shuffled columns put in reading order. Indexes before
 * `from` and every line's number stay; a blank line is put between the two columns. Text with
 * layout, without page breaks, or not hard-wrapped, is returned as it is.
 */
export function readStreams(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  // Text without page breaks is not pdftotext's page by page (parse-issue deinterleaves it).
  const starts = pageStarts(lines)
  if (starts.length < 2 || lines.some((l) => l.layout)) return out
  const body = lines.slice(from).filter((l) => !isBlank(l.text))
  const full = fullWidth(body.map((l) => displayWidth(l.text)))
  if (full === null) return out
  const runs: { run: Unit[]; end: number }[] = []
  starts.forEach((start, p) => {
    const end = starts[p + 1] ?? lines.length
    if (end <= from || !setInColumns(lines, Math.max(start, from), end, full)) return
    for (const run of runsOf(lines, Math.max(start, from), end, full)) {
      if (run.length >= MIN_UNITS && run.length <= MAX_UNITS) runs.push({ run, end })
    }
  })
  if (runs.length === 0) return out
  // Counted only when some page may need it: the count costs a pass over the whole text.
  const ctx: JoinContext = { full, grams: countBigrams(body.map((l) => l.text)) }
  for (const { run, end } of runs) readRun(out, lines, run, end, ctx)
  return out
}

/** A page's own line width may differ from the by this share and still be its columns. */
const PAGE_WIDTH_SHARE = 0.15
/** Below this share of the column's width, a page's commonest line is a list's, not a column's. */
const LIST_SHARE = 0.55

/**
 * Whether a page is set in the columns: its own full line width, where it has one, is
 * the issue's. A page set wider (one column) or in narrower columns (three across the page, about
 * two thirds as wide) is left as it is; a page of short list lines says nothing.
 */
function setInColumns(lines: readonly SourceLine[], from: number, to: number, full: number): boolean {
  const widths: number[] = []
  for (let i = from; i < to; i++) if (!isBlank(lines[i].text)) widths.push(displayWidth(lines[i].text))
  const own = fullWidth(widths)
  return own === null || own < LIST_SHARE * full || Math.abs(own - full) <= PAGE_WIDTH_SHARE * full
}

/** A page's runs of column-wide lines (a merged line counts as two units), apart at wide lines. */
export function runsOf(lines: readonly SourceLine[], from: number, to: number, full: number): Unit[][] {
  const runs: Unit[][] = []
  let run: Unit[] = []
  let blank = false
  for (let i = from; i < to; i++) {
    const text = lines[i].text
    if (isBlank(text)) {
      blank = true
      continue
    }
    const parts = splitMerged(text, full)
    if (!parts && displayWidth(text) > full + WIDE_BY) {
      if (run.length) runs.push(run)
      run = []
    } else if (parts) {
      run.push({ line: i, text: parts[0], column: 0, blankBefore: blank, mergedRight: false })
      run.push({ line: i, text: parts[1], column: 1, blankBefore: false, mergedRight: true })
    } else run.push({ line: i, text, blankBefore: blank, mergedRight: false })
    blank = false
  }
  if (run.length) runs.push(run)
  for (const r of runs) r.forEach((u, k) => (u.alone = u.blankBefore && (k + 1 === r.length || r[k + 1].blankBefore)))
  return runs
}

/** Reads one run as two streams when they read clearly better than the run's own order. */
function readRun(out: SourceLine[], lines: readonly SourceLine[], run: Unit[], pageEnd: number, ctx: JoinContext): void {
  const merged = run.some((u) => u.mergedRight)
  const best = twoStreams(run, ctx)
  if (!best) return
  let asIs = 0
  for (let k = 1; k < run.length; k++) asIs += joinCost(ctx, run[k - 1], run[k])
  if (!merged && asIs - best.cost < Math.max(MIN_GAIN, GAIN_PER_UNIT * run.length)) return
  const left = run.filter((_, k) => best.columns[k] === 0).map((u) => u.text)
  const right = run.filter((_, k) => best.columns[k] === 1).map((u) => u.text)
  const seq = right.length ? [...left, '', ...right] : left
  // The places the run may fill: its own lines and the blank lines after it on the page.
  let last = run[run.length - 1].line
  while (last + 1 < pageEnd && isBlank(lines[last + 1].text) && last + 1 - run[0].line < seq.length) last++
  if (last - run[0].line + 1 < seq.length) return
  for (let i = run[0].line, k = 0; i <= last; i++, k++) out[i] = { no: lines[i].no, text: seq[k] ?? '' }
}

interface Cell {
  cost: number
  /** The previous unit's column and the other column's last unit before it (-1: none yet). */
  from: [number, number] | null
}

/**
 * The columns (0 left, 1 right) that make the run read best, and their cost. Dynamic programming
 * over (unit, its column, the other column's last unit): each unit goes on either its own
 * column's last line or the other's. The first unit is the left column's.
 */
export function twoStreams(run: Unit[], ctx: JoinContext): { columns: number[]; cost: number } | null {
  const n = run.length
  // table[k][c][j + 1]: unit k in column c, the other column's last unit j.
  const table: Cell[][][] = run.map(() => [0, 1].map(() => Array.from({ length: n + 1 }, () => ({ cost: Infinity, from: null }))))
  if (run[0].column === 1) return null
  table[0][0][0] = { cost: 0, from: null }
  for (let k = 0; k + 1 < n; k++) {
    const next = run[k + 1]
    for (let c = 0; c < 2; c++) {
      for (let j = -1; j < k; j++) {
        const cell = table[k][c][j + 1]
        if (cell.cost === Infinity) continue
        if (next.column === undefined || next.column === c) {
          relax(table[k + 1][c][j + 1], cell.cost + joinCost(ctx, run[k], next) + stayCost(run[k], next), [c, j])
        }
        if (next.column === undefined || next.column === 1 - c) {
          const on = j >= 0 ? joinCost(ctx, run[j], next) : 0
          relax(table[k + 1][1 - c][k + 1], cell.cost + on + switchCost(run[k], next), [c, j])
        }
      }
    }
  }
  return backtrack(table, n)
}

function relax(cell: Cell, cost: number, from: [number, number]): void {
  if (cost < cell.cost) {
    cell.cost = cost
    cell.from = from
  }
}

function backtrack(table: Cell[][][], n: number): { columns: number[]; cost: number } | null {
  let best: [number, number] | null = null
  let cost = Infinity
  for (let c = 0; c < 2; c++) {
    table[n - 1][c].forEach((cell, j1) => {
      if (cell.cost < cost) {
        cost = cell.cost
        best = [c, j1 - 1]
      }
    })
  }
  if (!best) return null
  const columns = new Array<number>(n)
  let state: [number, number] = best
  for (let k = n - 1; k >= 0; k--) {
    const [c, j] = state
    columns[k] = c
    const from = table[k][c][j + 1].from
    if (!from) break
    state = from
  }
  return { columns, cost }
}
