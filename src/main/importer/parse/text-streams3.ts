// Three columns that pdftotext wrote line by line across the page: a line of the left column, one
// of the middle, one of the right, the left again… (each its own block), now and then two on one
// text line. A person reads down each column in turn. As with two columns (text-streams.ts), each
// column on its own is in order and only their lines are shuffled together: here a page's run is
// split into three streams so that the joins read best (text-joins.ts), and the streams are put
// left to right by the lines that hold two columns (the left part's column is the left one) and by
// how each column's last line runs on into the next column's first.
import { isBlank, type SourceLine } from './lines'
import { displayWidth } from './text-widths'
import { docNumberOfLine } from './header'
import { joinCost, stayCost, switchCost, type JoinContext, type Unit } from './text-joins'

const K = 3
/**
 * How far back (units) a column's last line may lie: the converter writes a line of each column in
 * turn, so a column's last line is a few units back; one further back has ended (its document
 * closed higher on the page) and takes no more lines. The bound keeps the table small.
 */
const WINDOW = 12
/** Offsets 0 (no line yet), 1..WINDOW, and CLOSED. */
const CLOSED = WINDOW + 1
const SPAN = WINDOW + 2
/** A line's two parts on one text line put the right part's column left of the left part's. */
const AGAINST_MERGED = 6

/** A column that opens a document holds a line ending in a colon among its first lines. */
const ADDRESS_WITHIN = 3

/** The other two columns of `c`, in increasing order. */
const OTHERS: [number, number][] = [
  [1, 2],
  [0, 2],
  [0, 1],
]

/**
 * The converter goes round the columns in one order (left, middle, right, left…, or another):
 * turning the other way costs this, so that one join that reads as well either way does not swap
 * two columns for the rest of the page.
 */
const TURN = 1.5
/** A line's right part read into the column before its left part's. */
const MERGED_BACK = 3
/** States this much worse than the best at their unit are not followed on. */
const BEAM = 20

/**
 * State (d, c, oa, ob): unit k in column c, the other columns' last units oa, ob units back, and
 * d the way the last change of column went round (0: to c + 1, 1: to c - 1).
 */
const stateOf = (d: number, c: number, oa: number, ob: number): number => ((d * K + c) * SPAN + oa) * SPAN + ob
const PER_UNIT = 2 * K * SPAN * SPAN

const older = (o: number): number => (o === 0 ? 0 : Math.min(CLOSED, o + 1))

/**
 * The columns (0, 1, 2 in the order they first take a line) that make the run read best, and the
 * reading's cost. Dynamic programming over (unit, its column, how far back the other two
 * columns' last units lie, the way round the converter went last); the right part of a line that
 * holds two columns goes to another column than its left part. Null for a run of fewer than
 * three units.
 */
export function threeStreams(run: Unit[], ctx: JoinContext): { columns: number[]; cost: number } | null {
  const n = run.length
  if (n < K) return null
  const cost = new Float64Array(n * PER_UNIT).fill(Infinity)
  const prev = new Int32Array(n * PER_UNIT).fill(-1)
  cost[stateOf(0, 0, 0, 0)] = 0
  cost[stateOf(1, 0, 0, 0)] = 0
  // The states reached at step k, and at k + 1 as they are reached: a page's reading visits few
  // of the table's states, and states far worse than the step's best are let go (BEAM).
  let active = [stateOf(0, 0, 0, 0), stateOf(1, 0, 0, 0)]
  let reached: number[] = []
  const relax = (k: number, s: number, v: number, from: number): void => {
    const i = k * PER_UNIT + s
    if (v < cost[i]) {
      if (cost[i] === Infinity) reached.push(s)
      cost[i] = v
      prev[i] = from
    }
  }
  const joins = new Float64Array(WINDOW + 1)
  for (let k = 0; k + 1 < n; k++) {
    const next = run[k + 1]
    const stay = joinCost(ctx, run[k], next) + stayCost(run[k], next)
    const leave = switchCost(run[k], next)
    // Joins from the units a column's last line may be, worked out once per step.
    for (let o = 1; o <= WINDOW && k - o >= 0; o++) joins[o] = joinCost(ctx, run[k - o], next)
    let floor = Infinity
    for (const st of active) floor = Math.min(floor, cost[k * PER_UNIT + st])
    for (const st of active) {
      const at = k * PER_UNIT + st
      const v = cost[at]
      if (v > floor + BEAM) continue
      const ob = st % SPAN
      const oa = Math.floor(st / SPAN) % SPAN
      const c = Math.floor(st / (SPAN * SPAN)) % K
      const d = Math.floor(st / (SPAN * SPAN * K))
      const [x, y] = OTHERS[c]
      // Stay in c: the merged right part never stays with its left part.
      if (!next.mergedRight) relax(k + 1, stateOf(d, c, older(oa), older(ob)), v + stay, at)
      // Go on in x (offset oa) or y (offset ob), or open the next column: columns open in order
      // (they are named by their first line), so the opened ones are 0 up to some m.
      const opened = 1 + (oa === 0 ? 0 : 1) + (ob === 0 ? 0 : 1)
      for (let side = 0; side < 2; side++) {
        const to = side === 0 ? x : y
        const o = side === 0 ? oa : ob
        const ro = side === 0 ? ob : oa
        if (o === CLOSED || (o === 0 && to !== opened)) continue
        const join = o === 0 ? 0 : joins[o]
        const way = (to - c + K) % K === 1 ? 0 : 1
        // c's last unit is k, one back from k + 1; the third column's ages by one.
        const s2 = OTHERS[to][0] === c ? stateOf(way, to, 1, older(ro)) : stateOf(way, to, older(ro), 1)
        // A line's right part goes on in the column right of its left part's: the next one round
        // the way the columns first took lines (left to right, most often).
        const turn = next.mergedRight ? (way === 0 ? 0 : MERGED_BACK) : way === d ? 0 : TURN
        relax(k + 1, s2, v + join + leave + turn, at)
      }
    }
    active = reached
    reached = []
  }
  let best = Infinity
  let end = -1
  for (let s = 0; s < PER_UNIT; s++) {
    const v = cost[(n - 1) * PER_UNIT + s]
    if (v < best) [best, end] = [v, s]
  }
  if (end < 0) return null
  const columns = new Array<number>(n)
  let i = (n - 1) * PER_UNIT + end
  for (let k = n - 1; k >= 0; k--) {
    columns[k] = Math.floor((i - k * PER_UNIT) / (SPAN * SPAN)) % K
    i = prev[i]
  }
  return { columns, cost: best }
}

/**
 * The streams left to right: the one opening a document (else the run's first line's) first, then
 * the order whose parts of merged lines fall least often the wrong way round, then whose column
 * ends run on best into the next column's start, then the order the streams first take a line in.
 */
export function streamOrder(run: Unit[], columns: number[], ctx: JoinContext): number[] {
  const used = [...new Set(columns)].sort((a, b) => a - b)
  const first = used.map((c) => run[columns.indexOf(c)])
  const last = used.map((c) => run[columns.lastIndexOf(c)])
  let best: number[] = used
  let bestCost = Infinity
  // The first column: the one a document's 主送 line opens ('石英代表：' under the title), else
  // the run's first line's: pdftotext writes a page from its top left most often.
  const opens = used.filter((c) => run.filter((_, k) => columns[k] === c).slice(0, ADDRESS_WITHIN).some((u) => /[：:]$/.test(u.text.trim())))
  const lead = opens.length === 1 ? opens[0] : columns[0]
  for (const order of permutations(used.map((_, k) => k))) {
    if (used[order[0]] !== lead) continue
    let cost = 0
    const pos = new Map(order.map((k, p) => [used[k], p]))
    for (let k = 1; k < run.length; k++) {
      if (run[k].mergedRight && (pos.get(columns[k]) ?? 0) < (pos.get(columns[k - 1]) ?? 0)) cost += AGAINST_MERGED
    }
    for (let p = 0; p + 1 < order.length; p++) cost += joinCost(ctx, last[order[p]], first[order[p + 1]])
    if (cost < bestCost - 1e-9) [best, bestCost] = [order.map((k) => used[k]), cost]
  }
  return best
}

function permutations(xs: number[]): number[][] {
  if (xs.length <= 1) return [xs]
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]))
}

/** The run's texts read column by column in `order`, a blank line between columns. */
export function inStreams(run: Unit[], columns: number[], order: number[]): string[] {
  const out: string[] = []
  for (const c of order) {
    if (out.length) out.push('')
    for (let k = 0; k < run.length; k++) if (columns[k] === c) out.push(run[k].text)
  }
  return out
}

/**
 * How much better three streams must read than two (or the text's own order) to be clearly better:
 * at least MIN_GAIN, and GAIN_PER_UNIT a unit. Three shuffled columns read better so on almost
 * every line; two columns read as three gain a little here and there by chance.
 */
const MIN_GAIN = 4
const GAIN_PER_UNIT = 0.6
/** Where the text shows it is set in three columns, a run reading better by this a unit is read so. */
const WEAK_GAIN_PER_UNIT = 0.3
/** A piece this much past the column's width spans columns (a title): it ends a run. */
const WIDE_BY = 4
/** Runs shorter than this, or longer, are left to the two-column reading (text-streams.ts). */
const MIN_UNITS = 6
const MAX_UNITS = 400
/** Tucked punctuation lets a justified line's pieces add up to a little past the width. */
const PIECE_SLACK = 3
const PUNCT_END = /[，、。；）》”’]$/
const PUNCT_START = /^[，、。；：（《“‘]/
/** A space with a hanzi or a full-width mark on each side: the typesetter puts none there. */
const GUTTER = /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/

/** Spaces between half a line's characters or more: a justified line spread letter by letter. */
function letterSpaced(t: string): boolean {
  const chars = t.replace(/\s+/g, '').length
  return chars >= 4 && (t.match(/\S\s+(?=\S)/g) ?? []).length * 2 >= chars
}

/**
 * A text line's pieces: pdftotext puts a space between two hanzi only at a gap no line of type
 * holds, the gutter between columns, so a line is cut there (a line spread letter by letter is
 * one piece).
 */
export function piecesOf(text: string): string[] {
  const t = text.trim()
  if (letterSpaced(t)) return [t]
  return t.split(GUTTER).filter((p) => p !== '')
}

/**
 * A page part's runs of column-wide pieces, each a unit; a piece after the first on a text line
 * is in another column (mergedRight). pdftotext cuts a justified line at its stretched gaps
 * ('金融结合、' / '知识产权运用与保护、' / '面向'): such pieces on lines one under the other are one
 * unit again. A piece wider than a column (a title over the page) ends a run.
 */
export function pieceRuns(lines: readonly SourceLine[], from: number, to: number, full: number): Unit[][] {
  const runs: Unit[][] = []
  let run: Unit[] = []
  let blank = false
  for (let i = from; i < to; i++) {
    const text = lines[i].text
    if (isBlank(text)) {
      blank = true
      continue
    }
    const pieces = piecesOf(text)
    // A 文号 alone stands under its title, a title wider than a column over the page: either ends
    // the run, and the lines set with it (no blank line between: a section's name, the title's
    // other lines) are not the columns'.
    const number = pieces.length === 1 && !/^[（(]/.test(pieces[0]) && docNumberOfLine(pieces[0]) !== null
    if (number || pieces.some((p) => displayWidth(p) > full + WIDE_BY)) {
      let keep = run.length
      if (!blank) {
        while (keep > 0 && !run[keep - 1].blankBefore) keep--
        keep = Math.max(0, keep - 1)
      }
      if (keep > 0) runs.push(run.slice(0, keep))
      run = []
    } else {
      pieces.forEach((p, k) => {
        const last = run[run.length - 1]
        // The first piece of a text line may go on a justified line the line above began.
        if (k === 0 && !blank && last && samePrintedLine(last.text, p, full)) last.text += p
        else run.push({ line: i, text: p, blankBefore: k === 0 && blank, mergedRight: k > 0 })
      })
    }
    blank = false
  }
  if (run.length) runs.push(run)
  for (const r of runs) r.forEach((u, k) => (u.alone = u.blankBefore && (k + 1 === r.length || r[k + 1].blankBefore)))
  return runs
}

/** A run's reading in three streams, and whether it reads clearly better so than in two. */
export interface ThreeReading {
  seq: string[]
  clear: boolean
}

/**
 * The run read as three columns, when three streams (each taking lines) read better by MIN_GAIN
 * and WEAK_GAIN_PER_UNIT a unit than two (`two` works out that reading's cost, or Infinity) and
 * than the text's own order; `clear` when better by GAIN_PER_UNIT a unit. Else null.
 */
export function threeColumns(run: Unit[], ctx: JoinContext, two: (run: Unit[]) => number): ThreeReading | null {
  if (run.length < MIN_UNITS || run.length > MAX_UNITS) return null
  const r = threeStreams(run, ctx)
  if (!r || new Set(r.columns).size < K) return null
  let asIs = 0
  for (let k = 1; k < run.length; k++) asIs += joinCost(ctx, run[k - 1], run[k])
  const need = Math.max(MIN_GAIN, WEAK_GAIN_PER_UNIT * run.length)
  // The two-stream reading is worked out only for a run three streams read well: it costs as much.
  if (asIs - r.cost < need) return null
  const gain = Math.min(two(run), asIs) - r.cost
  if (gain < need) return null
  return { seq: inStreams(run, r.columns, streamOrder(run, r.columns, ctx)), clear: gain >= Math.max(MIN_GAIN, GAIN_PER_UNIT * run.length) }
}

/**
 * Two pieces the converter cut from one justified line: the first stops short of the column's
 * width at a mark (where the typesetter stretched the gap), and together they fit the width.
 */
function samePrintedLine(a: string, b: string, full: number): boolean {
  const wa = displayWidth(a)
  if (wa >= full - 1 || !(PUNCT_END.test(a.trim()) || PUNCT_START.test(b.trim()))) return false
  return wa + displayWidth(b) <= full + PIECE_SLACK
}
