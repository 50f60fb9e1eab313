// Three streams whose numbered paragraphs run in order. A page set in three columns is read left,
// middle, right, so its numbered paragraphs (一、 二、 三、, （一） （二）, 1. 2.) run on from the
// left column's into the middle one's and the right one's: within each column and across them, a
// number follows the one before it of its family, or a list starts again at one. The three-stream
// reading (text-streams3.ts) follows the joins and the rows the converter wrote; where two columns'
// last rows read about as well either way ('提高使用效益。' / '中国人民银行每年…' and '三、关于…'
// / '二、关于…'), it may trade them, and the numbering then runs backwards ('一、' … '三、' '二、'
// … '四、'). Here such a reading's two columns trade their lines from a break on (or up to it), and
// a trade is kept where it leaves the numbering unbroken and the reading so scored (its joins, each
// break priced) reads clearly better: as text-label-order.ts does for two streams.
import { MAX_BREAKS, numberOf, type Numbered } from './text-label-order'
import { joinCost, type JoinContext, type Unit } from './text-joins'

/** Price of a break in the numbering, against the reading's join costs (as for two streams). */
const BREAK = 5
/** How much better a trade must read, so priced, to be kept. */
const MARGIN = 3
/** The pairs of columns that may trade their lines. */
const PAIRS: [number, number][] = [
  [0, 1],
  [1, 2],
  [0, 2],
]

/** Follows `p` in the reading: the next number, or a list that starts again (a new part's 一、). */
const follows = (p: number, n: number): boolean => n === p + 1 || n === 1

/**
 * Breaks in the numbering read column by column, left to right: a number of a family that neither
 * follows the last one of its family before it nor starts again. Also the units each break lies at.
 */
export function breaks3(nums: readonly (Numbered | null)[], streams: readonly number[][]): { count: number; at: number[] } {
  const last = new Map<string, [number, number]>()
  const at: number[] = []
  for (const seq of streams) {
    for (const k of seq) {
      const x = nums[k]
      if (!x) continue
      const p = last.get(x.family)
      if (p && !follows(p[0], x.n)) at.push(p[1], k)
      last.set(x.family, [x.n, k])
    }
  }
  return { count: at.length / 2, at }
}

/** The streams' joins: each column's lines read down. */
function joinsOf(run: Unit[], streams: readonly number[][], ctx: JoinContext): number {
  let cost = 0
  for (const seq of streams) for (let j = 1; j < seq.length; j++) cost += joinCost(ctx, run[seq[j - 1]], run[seq[j]])
  return cost
}

/** Columns `x` and `y` trade their units from index `a` up to `b` (text order), each column kept in text order. */
function trade(streams: readonly number[][], x: number, y: number, a: number, b: number): number[][] {
  const inRange = (k: number): boolean => k >= a && k < b
  return streams.map((seq, c) => {
    if (c !== x && c !== y) return seq
    const other = c === x ? y : x
    return [...seq.filter((k) => !inRange(k)), ...streams[other].filter(inRange)].sort((p, q) => p - q)
  })
}

/**
 * The columns' units from index `a` up to `b` (text order) moved round by `shift` (1: each column
 * takes the next one's, the right one the left one's; 2: the other way), each kept in text order.
 */
function rotate(streams: readonly number[][], shift: number, a: number, b: number): number[][] {
  const inRange = (k: number): boolean => k >= a && k < b
  return streams.map((seq, c) => [...seq.filter((k) => !inRange(k)), ...streams[(c + shift) % streams.length].filter(inRange)].sort((p, q) => p - q))
}

/**
 * The three-column reading (`streams`: each column's units, left to right, in text order) with its
 * numbering mended where two columns trading their units over a stretch of the text (from a place
 * between a break's two numbers on, or up to it) leaves no break and reads clearly better, each
 * break priced. A reading that puts a unit out of text order in its column (a late line put back)
 * is left as it is.
 */
export function mendNumbering3(run: Unit[], streams: number[][], ctx: JoinContext): number[][] {
  if (streams.some((seq) => seq.some((k, j) => j > 0 && k < seq[j - 1]))) return streams
  const nums = run.map((u) => numberOf(u.text))
  const { count, at } = breaks3(nums, streams)
  // A numbering broken in many places is no list to mend (as for two streams), and each break
  // costs a search of trades over the run.
  if (count === 0 || count > MAX_BREAKS) return streams
  const limit = joinsOf(run, streams, ctx) + BREAK * count - MARGIN
  // Two columns traded first; failing that, the three moved round (each column read on in the next
  // one's lines: a reading whose rows were all one column off from a place on).
  return search(run, streams, nums, at, limit, ctx, (a, b) => PAIRS.map(([x, y]) => trade(streams, x, y, a, b))) ?? search(run, streams, nums, at, limit, ctx, (a, b) => [rotate(streams, 1, a, b), rotate(streams, 2, a, b)]) ?? streams
}

/**
 * The cheapest of the readings `options` gives for each stretch of the run (from a place between a
 * break's two numbers on, or up to it) that leaves the numbering unbroken and costs less than
 * `limit`, or null.
 */
function search(run: Unit[], streams: number[][], nums: readonly (Numbered | null)[], at: readonly number[], limit: number, ctx: JoinContext, options: (a: number, b: number) => number[][][]): number[][] | null {
  let best: { s: number[][]; cost: number } | null = null
  const tryTrade = (a: number, b: number): void => {
    for (const next of options(a, b)) {
      // A trade mends the numbering whole, or the rows' reading stands: a reading that breaks it
      // in several places has gone wrong more widely than two columns' last (or first) rows.
      if (breaks3(nums, next).count > 0) continue
      // The right part of a line that holds two columns stays right of its left part.
      const col = new Array<number>(run.length)
      next.forEach((seq, c) => seq.forEach((k) => (col[k] = c)))
      if (run.some((u, k) => u.mergedRight && k > 0 && col[k] <= col[k - 1])) continue
      const cost = joinsOf(run, next, ctx)
      if (cost < limit && (!best || cost < best.cost)) best = { s: next, cost }
    }
  }
  // Where the columns were traded lies between a break's two numbers: from there on to the run's
  // end, or from its start up to there.
  // Each place is tried once, however many breaks' stretches hold it: the search stays within the
  // run's length times the cost of a trade.
  const tried = new Set<number>()
  for (let j = 0; j < at.length; j += 2) {
    for (let a = at[j] + 1; a <= at[j + 1]; a++) {
      if (tried.has(a)) continue
      tried.add(a)
      tryTrade(a, run.length)
      tryTrade(0, a)
    }
  }
  return best ? (best as { s: number[][] }).s : null
}
