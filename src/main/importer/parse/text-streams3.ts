// Three columns that pdftotext wrote line by line across the page: a line of the left column, one
// of the middle, one of the right, the left again… (each its own block), now and then two on one
// text line. A person reads down each column in turn. As with two columns (text-streams.ts), each
// column on its own is in order and only their lines are shuffled together: here a page's run is
// split into three streams so that the joins read best (text-joins.ts). The three columns of a
// page share one grid of rows, and pdftotext writes the page row by row, so the reading follows
// the rows too: a line's column is where the row puts it (left, middle, right), the columns keep
// in step, and a short closing line written a few rows late goes back where its column reads on.
import { endsSentence } from './lines'
import { docTypeOf } from './doc-type'
import { emptyCells } from './text-cells3'
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { closingCost, stayCost, switchCost } from './text-stays'
import { mayComeLate, putBack } from './text-late-lines'

const K = 3
/**
 * How far back a column's last line may lie, in pieces the converter wrote (a block of lines
 * printed together counts as one, a line alone as one): the converter writes a line of each column
 * in turn, so a column's last line is a few pieces back; but a column beside one written as a block
 * (a name list's six lines, a closing) waits as long as the block, five rows or more. One further
 * back has ended (its document closed higher on the page) and takes no more lines. The bound
 * keeps the table small.
 */
const WINDOW = 18
/**
 * Nor more than this many units back, however few pieces stand between: a column written as one
 * block down its whole foot (thirty lines and more, the others' lines after it) lets the others
 * wait as long, though the converter wrote it at once.
 */
const UNITS_BACK = 48
/** Offsets 0 (no line yet), 1..UNITS_BACK, and CLOSED. */
const CLOSED = UNITS_BACK + 1
const SPAN = UNITS_BACK + 2

/** A reading that starts in a column right of the left one skips the cells left of it: each costs this. */
const FIRST_START = 3
/**
 * A column ends (takes no more lines in the run) after a line that finishes its sentence (a
 * paragraph's, a document's closing) at this cost, after one left open at CLOSE_OPEN: a column's
 * text stops mid-sentence only at the run's end.
 */
const CLOSE_ENDED = 0.5
const CLOSE_OPEN = 4
/**
 * Rows: written row by row, the k-th line of each column stands on one row, so the columns' counts
 * of lines keep in step (within one, mid-row). A line put in a column that already holds more
 * lines than another column still going costs this much a line ahead (up to AHEAD_CAP lines): a
 * reading that trades two columns' lines at an ambiguous join falls out of step with the rows for
 * the rest of the page, and pays on every row. A column the rows pass by (a cell left empty) may
 * be in step again (AT_REST): it holds fewer lines only where it had no line to give.
 */
const AHEAD = 1
const AHEAD_CAP = 2
/**
 * What a column brought back in step at an empty cell costs: a lag of a row or two for the rest
 * of the page is paid once, while a reading that falls a row behind for a few rows only (two
 * columns' lines traded near the run's foot) keeps paying AHEAD, as before. A column whose last
 * line leaves its sentence (or title) open goes on in the next row: at rest there it costs
 * AT_REST_OPEN, so the rows do not pay for a reading that gives its line to another column.
 */
const AT_REST = 1
const AT_REST_OPEN = 3
/**
 * A document's 文号 and the title's first line the text writes right after it ('…关于…') stand in
 * one column, the title under the 文号: a reading that parts them costs this. Written as one block
 * (title, address, first lines), the title puts its column rows ahead, and a reading that paid for
 * that on every row read the title on from another column's open line instead: the document
 * before it then lost its closing to it.
 */
const SPLIT_HEAD = 8
const DOC_NUMBER = /^[^\s，。；：、]{1,12}[〔［[]\d{4}[〕］\]]\d{1,4}号$/
const TITLE_OPENS = /^[^\s，。；：、,;:《》“”（）()]{0,12}关于/
const LAG = 2 // how far (lines) the counts are followed apart
const LAGS = 2 * LAG + 1
/**
 * A short line that ends its paragraph ('提高使用效益。') pdftotext now and then writes
 * a few rows late, after lines under it in its column: a column that lags the others by a row
 * takes it back at this cost (its joins are priced where it is put back, see text-late-lines putBack), and the
 * rows read on from the line before it.
 */
export const LATE = 1
/** States this much worse than the best at their unit are not followed on. */
const BEAM = 20
/**
 * Nor more than this many states at a unit, the cheapest: a page keeps up to a thousand within
 * BEAM, but its best reading lies among the 150 cheapest at each unit (in every fixture's text, at
 * most 142 cost less), and text no reading fits (random prose in equal lines) kept over a thousand.
 */
const STATES = 256

/** The other two columns of `c`, in increasing order. */
const OTHERS: [number, number][] = [
  [1, 2],
  [0, 2],
  [0, 1],
]

/**
 * State (c, oa, ob, la, lb, z): unit k in column c (0 left, 1 middle, 2 right), the other columns'
 * last units oa, ob units back (0: none yet; CLOSED: ended), how many more lines they hold than c
 * (la, lb), and z: 0, or 1 + the column unit k came late into (c is then unit k - 1's).
 */
const stateOf = (c: number, oa: number, ob: number, la: number, lb: number, z = 0): number =>
  ((((c * SPAN + oa) * SPAN + ob) * LAGS + clamp(la) + LAG) * LAGS + clamp(lb) + LAG) * (K + 1) + z
const clamp = (l: number): number => Math.max(-LAG, Math.min(LAG, l))

/** Three entries of `from` (from `i`) copied into `to` (from `j`). */
function copy3(from: ArrayLike<number>, i: number, to: Int32Array, j: number): void {
  to[j] = from[i]
  to[j + 1] = from[i + 1]
  to[j + 2] = from[i + 2]
}

/**
 * The columns a row-by-row writing leaves empty going from a line in column `c` to one in `t`: on
 * along the row (t right of c), those between; round to the next row, those right of c and left
 * of t (all the others when t is c).
 */
function skippedCells(c: number, t: number): number[] {
  const out: number[] = []
  if (t > c) for (let j = c + 1; j < t; j++) out.push(j)
  else {
    for (let j = c + 1; j < K; j++) out.push(j)
    for (let j = 0; j < t; j++) out.push(j)
  }
  return out
}
const SKIPPED = Array.from({ length: K * K }, (_, i) => skippedCells(Math.floor(i / K), i % K))

/**
 * The columns (0 left, 1 middle, 2 right) that make the run read best, and the reading's cost (its
 * joins, as text-joins.ts prices them). Dynamic programming over (unit, its column, how far back
 * the other two columns' last units lie, how their counts of lines stand to its column's): each
 * column's joins, plus what the reading costs against the rows the page is written in (cells left
 * empty, EMPTY_CELL; columns out of step, AHEAD) and the columns it ends (CLOSE_ENDED, CLOSE_OPEN).
 * The right part of a line that holds two columns goes right of its left part, on its row. Null
 * for a run of fewer than three units. With `forced`, each unit is read in the column it gives
 * (-1: any), as a dev tool prices the page's true reading; `beam` widens BEAM for such a tool (a
 * true reading whose column waits many rows at EMPTY_CELL falls more than BEAM behind the same
 * reading with that column ended, and is let go before its column's lines come).
 */
export function threeStreams(run: Unit[], ctx: JoinContext, forced?: readonly number[], prefix?: Steps, beam = BEAM): ThreeStreams | null {
  const n = run.length
  if (n < K) return null
  // The states reached at each step with their cost and the state before: a page's reading visits
  // few of the states, and states far worse than the step's best are let go (BEAM). Given a
  // prefix (the table of a run whose first units are this one's), the table goes on from it.
  const steps: Steps = prefix ? prefix.slice() : [new Map()]
  // A reading given (a dev tool prices the page's true one): each unit in its column, -1 any.
  const may = (k: number, t: number): boolean => !forced || forced[k] < 0 || forced[k] === t
  if (!prefix) for (let c = 0; c < K; c++) if (may(0, c)) steps[0].set(stateOf(c, 0, 0, 0, 0), [FIRST_START * c, -1])
  // Whether a unit finishes its sentence (a column may end after it cheaply), or a title, in its
  // 文种 ('…的指导意见'); whether it may come late: it ends its paragraph short of the edge, alone.
  const ended = run.map((u) => endsSentence(u.text) || /[：:]$/.test(u.text.trim()))
  const mayBeLate = run.map((u) => mayComeLate(u, ctx))
  const titled = run.map((u) => docTypeOf(u.text.trim()) !== null)
  // A 文号 the text follows with a title's first line: the document's head, one column's.
  const headed = run.map((u, k) => k + 1 < run.length && DOC_NUMBER.test(u.text.trim()) && TITLE_OPENS.test(run[k + 1].text.trim()))
  // What a cell left empty costs (text-cells3.ts): a document that starts inside the run may open a column rows late.
  const emptyCell = emptyCells(run, ctx.full, run.some((_, k) => k > 0 && headed[k]))
  const joins = new Float64Array(UNITS_BACK + 1)
  // The pieces the converter wrote up to each unit: a new one at a blank line or a merged line's part.
  const pieces = new Int32Array(n)
  for (let k = 1; k < n; k++) pieces[k] = pieces[k - 1] + (run[k].blankBefore || run[k].mergedRight || run[k - 1].mergedRight ? 1 : 0)
  // An offset aged by a unit (at unit k, to k + 1): CLOSED when its line lies too far back.
  const older = (o: number, k: number): number => {
    if (o === 0 || o === CLOSED) return o
    return o + 1 > UNITS_BACK || pieces[k + 1] - pieces[k - o] > WINDOW ? CLOSED : o + 1
  }
  const offs = [0, 0, 0]
  const count = [0, 0, 0]
  const aged = [0, 0, 0]
  const after = [0, 0, 0]
  // At most two cells skipped, three options each: nine options of three columns.
  const optB = [new Float64Array(9), new Float64Array(9)]
  const optA = [new Int32Array(27), new Int32Array(27)]
  const optN = [new Int32Array(27), new Int32Array(27)]
  for (let k = steps.length - 1; k + 1 < n; k++) {
    const next = run[k + 1]
    const here = steps[k]
    const reached = new Map<number, [number, number]>()
    steps.push(reached)
    const relax = (s: number, v: number, from: number): void => {
      const e = reached.get(s)
      if (!e || v < e[0]) reached.set(s, [v, from])
    }
    // Pieces of one block, neither a merged line's part: the converter wrote a column's lines
    // together, not row by row, so the rows say nothing of them.
    const inRows = next.blankBefore || next.mergedRight || run[k].mergedRight
    // A column's joins: a closing (signature, date) under a line left open never reads on. From
    // unit k, or from k - 1 when k came late.
    const stayFrom = (a: Unit): number => joinCost(ctx, a, next) + (next.blankBefore || a.mergedRight ? closingCost(a, next, ctx.full) : stayCost(a, next, ctx.full))
    const stays = [stayFrom(run[k]), k > 0 ? stayFrom(run[k - 1]) : 0]
    const leaves = [switchCost(run[k], next), k > 0 ? switchCost(run[k - 1], next) : 0]
    // The join from the line o units back, priced when a state first asks for it.
    joins.fill(NaN)
    const joinFrom = (o: number): number => {
      if (Number.isNaN(joins[o])) joins[o] = joinCost(ctx, run[k - o], next) + closingCost(run[k - o], next, ctx.full)
      return joins[o]
    }
    const [cut, ties] = cutOff(here, beam)
    let tied = 0
    for (const [st, [v]] of here) {
      if (v > cut || (v === cut && ++tied > ties)) continue
      const z = st % (K + 1) === 0 ? 0 : 1
      const lb = (Math.floor(st / (K + 1)) % LAGS) - LAG
      const la = (Math.floor(st / ((K + 1) * LAGS)) % LAGS) - LAG
      const rest = Math.floor(st / ((K + 1) * LAGS * LAGS))
      const ob = rest % SPAN
      const oa = Math.floor(rest / SPAN) % SPAN
      const c = Math.floor(rest / (SPAN * SPAN))
      const [x, y] = OTHERS[c]
      offs[c] = 0
      offs[x] = oa
      offs[y] = ob
      count[c] = 0
      count[x] = la
      count[y] = lb
      // The offsets after the step: the others age by one (c's last unit is then k, or k - 1).
      for (let j = 0; j < K; j++) after[j] = aged[j] = older(offs[j], k)
      after[c] = 1 + z
      for (let t = 0; t < K; t++) {
        // The merged right part goes right of its left part, on its row.
        if ((next.mergedRight && t <= c) || !may(k + 1, t)) continue
        const o = t === c ? 0 : offs[t]
        if (o === CLOSED) continue
        const base = v + (t === c ? stays[z] : (o === 0 ? 0 : joinFrom(o)) + leaves[z] + (headed[k] && z === 0 ? SPLIT_HEAD : 0))
        // The options (a cost, the columns' offsets and counts of lines), grown at each cell the
        // rows leave empty: each costs, or its column ends there. Two buffers, one read, one written.
        let cur = 0
        let m = 1
        optB[0][0] = base
        copy3(after, 0, optA[0], 0)
        copy3(count, 0, optN[0], 0)
        if (inRows) {
          for (const j of SKIPPED[c * K + t]) {
            const oj = after[j]
            if (oj === CLOSED) continue
            const [fb, fa, fn] = [optB[cur], optA[cur], optN[cur]]
            const [gb, ga, gn] = [optB[1 - cur], optA[1 - cur], optN[1 - cur]]
            const price = emptyCell(oj, k)
            let g = 0
            for (let i = 0; i < m; i++) {
              const b = fb[i]
              const empty = b + price
              gb[g] = empty
              copy3(fa, 3 * i, ga, 3 * g)
              copy3(fn, 3 * i, gn, 3 * g)
              g++
              // Or the column is at rest on that row (c's, for j right of c, else the next one):
              // one that holds fewer lines than the rows so far (a title's taller lines, a gap
              // between paragraphs) is in step with them from there on.
              const row = j > c ? fn[3 * i + c] : fn[3 * i + c] + 1
              if (oj !== 0 && fn[3 * i + j] < row) {
                gb[g] = empty + (ended[k + 1 - oj] || titled[k + 1 - oj] ? AT_REST : AT_REST_OPEN)
                copy3(fa, 3 * i, ga, 3 * g)
                copy3(fn, 3 * i, gn, 3 * g)
                gn[3 * g + j] = row
                g++
              }
              if (oj !== 0) {
                gb[g] = b + (ended[k + 1 - oj] ? CLOSE_ENDED : CLOSE_OPEN)
                copy3(fa, 3 * i, ga, 3 * g)
                copy3(fn, 3 * i, gn, 3 * g)
                ga[3 * g + j] = CLOSED
                g++
              }
            }
            m = g
            cur = 1 - cur
          }
        }
        const [p, q] = OTHERS[t]
        const [fb, fa, fn] = [optB[cur], optA[cur], optN[cur]]
        for (let i = 0; i < m; i++) {
          const at = 3 * i
          // Counts of lines: t's line stands a row below the others' going on. A column not
          // started yet counts from the run's first row as the others do.
          let least = Infinity
          for (let j = 0; j < K; j++) if (j !== t && fa[at + j] !== 0 && fa[at + j] !== CLOSED) least = Math.min(least, fn[at + j])
          const ahead = inRows && least < Infinity ? Math.min(AHEAD_CAP, Math.max(0, fn[at + t] - least)) : 0
          const lp = fa[at + p] === CLOSED ? 0 : fn[at + p] - (fn[at + t] + 1)
          const lq = fa[at + q] === CLOSED ? 0 : fn[at + q] - (fn[at + t] + 1)
          relax(stateOf(t, fa[at + p], fa[at + q], lp, lq), fb[i] + AHEAD * ahead, st)
        }
        // The next unit comes late into t, a column going on that lags another by a row: the
        // rows go on from unit k, and t's count catches up.
        const third = x === t ? y : x
        if (z === 0 && t !== c && mayBeLate[k + 1] && o !== 0 && count[t] < Math.max(0, count[third])) {
          const lx = aged[x] === CLOSED ? 0 : count[x] + (x === t ? 1 : 0)
          const ly = aged[y] === CLOSED ? 0 : count[y] + (y === t ? 1 : 0)
          relax(stateOf(c, aged[x], aged[y], lx, ly, 1 + t), v + LATE, st)
        }
      }
    }
  }
  let best = Infinity
  let end = -1
  for (const [s, [v]] of steps[n - 1]) if (v < best) [best, end] = [v, s]
  if (end < 0) return null
  const columns = new Array<number>(n)
  const late: number[] = []
  const path = new Array<number>(n)
  for (let k = n - 1, s = end; k >= 0; k--) {
    const z = s % (K + 1)
    path[k] = steps[k].get(s)?.[0] ?? 0
    columns[k] = z === 0 ? Math.floor(s / ((K + 1) * LAGS * LAGS * SPAN * SPAN)) : z - 1
    if (z !== 0) late.push(k)
    s = steps[k].get(s)?.[1] ?? -1
  }
  const streams = putBack(run, columns, late, ctx)
  return { columns, streams, cost: textCost(run, columns, streams, ctx), total: best, path, steps }
}

/**
 * The dearest cost of a state followed on from a unit (`beam` from the best, or the STATES-th
 * cheapest), and how many states of that very cost are followed (the first, in the table's order).
 */
function cutOff(here: Map<number, [number, number]>, beam: number): [number, number] {
  let floor = Infinity
  for (const [v] of here.values()) floor = Math.min(floor, v)
  if (here.size <= STATES) return [floor + beam, Infinity]
  const costs = new Float64Array(here.size)
  let i = 0
  for (const [v] of here.values()) costs[i++] = v
  costs.sort()
  const cut = Math.min(floor + beam, costs[STATES - 1])
  let below = 0
  while (below < STATES && costs[below] < cut) below++
  return [cut, STATES - below]
}

/** A three-column reading: each unit's column, each column's units in reading order, the costs. */
export interface ThreeStreams {
  columns: number[]
  streams: number[][]
  /** The reading's joins (textCost). */
  cost: number
  /** What the table found: joins and rows. */
  total: number
  /** The table's cost up to each unit (a dev tool shows where a reading pays). */
  path?: number[]
  /** The table's states at each unit (a run read again with its last units reordered goes on from them). */
  steps?: Steps
}

/** The three-stream table: at each unit, each state reached with its cost and the state before. */
export type Steps = Map<number, [number, number]>[]

/**
 * What a reading costs in its joins alone (each column's, and leaving or staying in a column where
 * the text goes on), as the two-stream reading and the text's own order are priced: the rows'
 * costs only choose among three-column readings.
 */
export function textCost(run: Unit[], columns: number[], streams: number[][], ctx: JoinContext): number {
  let cost = 0
  for (const seq of streams) for (let j = 1; j < seq.length; j++) cost += joinCost(ctx, run[seq[j - 1]], run[seq[j]])
  for (let k = 1; k < run.length; k++) cost += columns[k - 1] === columns[k] ? stayCost(run[k - 1], run[k]) : switchCost(run[k - 1], run[k])
  return cost
}

/** The run's texts read column by column, left to right, a blank line between columns. */
export function inStreams(run: Unit[], streams: number[][]): string[] {
  const out: string[] = []
  for (const seq of streams) {
    if (!seq.length) continue
    if (out.length) out.push('')
    for (const k of seq) out.push(run[k].text)
  }
  return out
}
