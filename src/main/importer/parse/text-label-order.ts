// Two streams whose numbered paragraphs run in order. A page's joins say which line goes on from
// which, one join at a time; a person reading two shuffled columns also reads their numbering:
// within one column （六） is followed by （七）, never by （十九）, and 1. by 2. A reading whose
// streams crossed (the left stream goes on with the right column's lines from some line on) breaks
// that run of numbers at the crossing ('（十）…' / '（二）…' / '（十一）…'), though every join there
// may read well enough by chance. Here the whole reading is scored: its joins (readingCost) and
// the breaks in each stream's numbering. Where a stream's numbering breaks, the streams' lines
// from or up to the break are traded, and a trade is kept where the reading so scored reads
// clearly better: the numbering is a signal of the whole run, no single join holds it. A 文号 alone
// on its line heads a document, whose numbering starts at one: a stream that reads a number past one
// right under it ('兴政办函〔2022〕16 号' / '（二）做好协调配合') crossed there (county-lo-noto.txt page 10).
import { readingCost } from './text-crossings'
import type { JoinContext, Unit } from './text-joins'
import { twoStreams } from './text-two-streams'
import { numberOf, type Numbered } from './text-numbers'
import { docNumberOfLine } from './header'

export { numberOf, type Numbered }

/** Follows `p` in one stream: the next number, or a list that starts again (a new part's （一）). */
const follows = (p: number, n: number): boolean => n === p + 1 || n === 1

/**
 * Breaks in the run's numbering when read in `columns`: within each stream, a number of a family
 * that neither follows the stream's last of that family nor starts again, or a number past one
 * right under a 文号 line (`heads`) in its stream; and where the first stream's last number goes
 * on into the second's first (the lesser of the two orders, as which stream reads first is
 * decided later). Also the units each break lies at.
 */
export function numberBreaks(nums: readonly (Numbered | null)[], columns: readonly number[], heads?: readonly boolean[]): { count: number; at: number[] } {
  const last: Map<string, [number, number]>[] = [new Map(), new Map()]
  const first: Map<string, number>[] = [new Map(), new Map()]
  const at: number[] = []
  // A 文号 line heads a document: a number right under it in its stream starts its numbering, at one.
  const head = [-1, -1]
  nums.forEach((x, k) => {
    const c = columns[k]
    const under = head[c]
    head[c] = heads?.[k] ? k : -1
    if (!x) return
    if (under >= 0 && x.n !== 1) at.push(under, k)
    const p = last[c].get(x.family)
    if (p && !follows(p[0], x.n)) at.push(p[1], k)
    if (!first[c].has(x.family)) first[c].set(x.family, x.n)
    last[c].set(x.family, [x.n, k])
  })
  const across = (a: number, b: number): number => {
    let breaks = 0
    for (const [family, [n]] of last[a]) {
      const f = first[b].get(family)
      if (f !== undefined && !follows(n, f)) breaks++
    }
    return breaks
  }
  return { count: at.length / 2 + Math.min(across(0, 1), across(1, 0)), at }
}

/** Price of a break in a stream's numbering, against the reading's join costs. */
const BREAK = 5
/** How much better a trade must read, so priced, to be kept. */
const MARGIN = 3
/** Share of the run's units the lesser stream must hold for the run to be read as two. */
const MIN_STREAM_SHARE = 0.2
/** Trades kept at most in one run. */
const MAX_TRADES = 6
/**
 * Breaks in a run's numbering past which it is left as the joins read it: two numbered columns
 * crossed break it at each crossing, a few places a page; numbers that break on line after line
 * are no list to mend (a table's cells, a hostile text), and each break costs a search of trades
 * over the whole run (the search grows with the breaks times the square of the run's length).
 */
export const MAX_BREAKS = 2 * MAX_TRADES

/**
 * The reading with the breaks in its numbering mended where a trade of the streams' lines (from a
 * break's unit on to a later place, or from an earlier place up to it) reads clearly better with
 * each break priced. Units whose column is known (a merged line's sides) are never traded.
 */
export function mendNumbering(run: Unit[], columns: number[], ctx: JoinContext): number[] {
  const nums = run.map((u) => numberOf(u.text))
  if (nums.filter((x) => x !== null).length < 2) return columns
  const heads = run.map((u) => docNumberOfLine(u.text) !== null)
  // A run the joins read as one column, a line or two apart, shows no two streams to mend: the
  // numbering alone does not make a column (a layout text already read column by column).
  const second = columns.filter((c) => c === 1).length
  if (Math.min(second, run.length - second) < MIN_STREAM_SHARE * run.length) return columns
  const priced = (cols: number[]): number => readingCost(run, cols, ctx) + BREAK * numberBreaks(nums, cols, heads).count
  if (numberBreaks(nums, columns, heads).count > MAX_BREAKS) return columns
  let cols = columns
  for (let round = 0; round < MAX_TRADES; round++) {
    const { count, at } = numberBreaks(nums, cols, heads)
    if (count === 0) break
    const now = priced(cols)
    let best: { cols: number[]; cost: number } | null = null
    const tryTrade = (a: number, b: number): void => {
      for (let i = a; i < b; i++) if (run[i].column !== undefined) return
      const next = cols.map((c, i) => (i >= a && i < b ? 1 - c : c))
      // A trade mends the numbering, or it is the joins' business alone (undoCrossings).
      if (numberBreaks(nums, next, heads).count >= count) return
      const cost = priced(next)
      if (cost < now - MARGIN && (!best || cost < best.cost)) best = { cols: next, cost }
    }
    for (const k of new Set(at)) {
      for (let m = k + 1; m <= run.length; m++) tryTrade(k, m)
      for (let j = 0; j < k; j++) tryTrade(j, k + 1)
    }
    if (!best) break
    cols = (best as { cols: number[] }).cols
  }
  if (cols === columns) return cols
  // The run's first unit reads in stream 0, as twoStreams gives it: which stream reads first is
  // decided after (leftFirst), from the first unit's.
  if (cols[0] === 1) cols = cols.map((c) => 1 - c)
  // The numbered lines' streams so found, the rest is read again by its joins: a trade moves whole
  // stretches of lines, and the lines around a numbered one may belong to either stream.
  const forced = run.map((u, k) => (nums[k] && u.column === undefined ? { ...u, column: cols[k] } : u))
  const again = twoStreams(forced, ctx)
  const out = again && priced(again.columns) < priced(cols) ? again.columns : cols
  return secondFirst(nums, out) ? out.map((c) => 1 - c) : out
}

/**
 * The numbering says the second stream reads first: its last number goes on into the first
 * stream's first by the next number ('四、' / '五、'), where the first's last does not go on into
 * the second's. A list that starts again (a new document's 一、) says nothing of the order.
 */
function secondFirst(nums: readonly (Numbered | null)[], columns: readonly number[]): boolean {
  const last: Map<string, number>[] = [new Map(), new Map()]
  const first: Map<string, number>[] = [new Map(), new Map()]
  nums.forEach((x, k) => {
    if (!x) return
    if (!first[columns[k]].has(x.family)) first[columns[k]].set(x.family, x.n)
    last[columns[k]].set(x.family, x.n)
  })
  const next = (a: number, b: number): boolean => [...last[a]].some(([family, n]) => first[b].get(family) === n + 1)
  const breaks = (a: number, b: number): boolean => [...last[a]].some(([family, n]) => { const f = first[b].get(family); return f !== undefined && !follows(n, f) })
  return next(1, 0) && !next(0, 1) && breaks(0, 1)
}
