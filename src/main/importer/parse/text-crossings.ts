// Where two streams read from a page written line by line cross: the left stream goes on with
// the right column's lines from some line on, and the right stream with the left's. On such a page
// both columns sit on one baseline grid and the converter writes a line of each in turn; a
// column has a line on every baseline of a paragraph, so one stream taking two lines in a row (a
// stay) says the other column skipped a baseline there. Mid-sentence it cannot: a reading whose
// other stream is left open at the stay ('…着力解决当前' / '无害化处置试点…', where the page
// goes on '…着力解决当前' / '固体废物产生量大…') crossed the streams there, led by one join that
// reads well by chance ('…回收利用' / '固体废物…'). The reading is taken from text-two-streams.ts
// and mended after it: at each such stay the two streams trade their lines from there (up to a
// line whose column is known, or the run's end), and the trade is kept where the reading, so
// priced, reads clearly better.
import { endsSentence } from './lines'
import { displayWidth } from './text-flow'
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { listStayRelief, signs, stayCost, switchCost } from './text-stays'

/**
 * A paragraph's line reaches this close to the column's width: its first line stands in by two
 * hanzi (four display columns), one more for a pulled-back mark.
 */
const OPEN_WITHIN = 5
/** Price of a stay while the other stream's last line is open mid-sentence (a skipped baseline). */
const GAP_MID_SENTENCE = 4
/**
 * How much better a trade must read, with that price, to be kept: clearly, as the reading's own
 * joins preferred the crossing (at 1.5 it also traded readings that were right, and a field was lost).
 */
const MARGIN = 3
/** Trades kept at most in one run: each is a crossing undone. */
const MAX_TRADES = 8

const open = (u: Unit, full: number): boolean => !endsSentence(u.text.trim()) && wide(u, full)

/** A line of prose at the column's width (the first of a paragraph stands in). */
const wide = (u: Unit, full: number): boolean => displayWidth(u.text.trim()) >= full - OPEN_WITHIN

/** The reading's cost as the two-stream reading prices it: joins, stays, switches. */
export function readingCost(run: Unit[], columns: number[], ctx: JoinContext): number {
  const last = [-1, -1]
  let cost = 0
  run.forEach((u, k) => {
    const c = columns[k]
    if (k > 0) {
      const other = last[1 - c] >= 0 ? run[last[1 - c]] : undefined
      cost += columns[k - 1] === c ? stayCost(run[k - 1], u, ctx.full) - listStayRelief(run[k - 1], u, other) : switchCost(run[k - 1], u)
      if (last[c] >= 0) cost += joinCost(ctx, run[last[c]], u)
    }
    last[c] = k
  })
  return cost
}

/**
 * Stays that leave the other stream open mid-sentence, with lines of its own after: between two
 * units alone (the converter went line by line), where the other column would have left a baseline
 * empty inside a sentence; or that put a closing under the stream's own open line ('…积极研究办好
 * 新时代' / '2018 年 11 月 20 日', where the page goes on '…新时代' / '职业教育的有关问题…').
 */
export function gapsMidSentence(run: Unit[], columns: number[], full: number): number[] {
  const gaps: number[] = []
  const last = [-1, -1]
  run.forEach((u, k) => {
    const c = columns[k]
    if (k > 0 && columns[k - 1] === c && ((run[k - 1].alone && u.alone) || run[k - 1].mergedRight)) {
      const x = last[1 - c]
      if (x >= 0 && open(run[x], full) && (wide(u, full) || open(run[k - 1], full)) && columns.indexOf(1 - c, k) > k) gaps.push(k)
      // Nor does a stay put a closing right under its own stream's line left open at the edge: a
      // signature or date stands under a finished paragraph, so the other column's line is there.
      else if (x >= 0 && open(run[k - 1], full) && signs(u) && columns.indexOf(1 - c, k) > k) gaps.push(k)
    }
    last[c] = k
  })
  return gaps
}

const priced = (run: Unit[], columns: number[], ctx: JoinContext): number =>
  readingCost(run, columns, ctx) + GAP_MID_SENTENCE * gapsMidSentence(run, columns, ctx.full).length

/**
 * The reading with its crossings undone: at each stay that leaves the other stream open
 * mid-sentence, the streams' lines from there to each later place (up to a unit whose column is
 * known) are traded, and the best trade kept when it reads better by MARGIN with the stays so
 * priced. Returns the columns and the change in the reading's own cost.
 */
export function undoCrossings(run: Unit[], columns: number[], ctx: JoinContext): { columns: number[]; delta: number } {
  let cols = columns
  let delta = 0
  for (let round = 0; round < MAX_TRADES; round++) {
    const now = priced(run, cols, ctx)
    let best: { columns: number[]; cost: number } | null = null
    for (const k of gapsMidSentence(run, cols, ctx.full)) {
      for (let m = k + 1; m <= run.length; m++) {
        // The streams cross back where one stays again (or at the run's end, or a merged line).
        const back = m === run.length || cols[m - 1] === cols[m] || run[m].column !== undefined
        if (!back) continue
        const next = cols.map((c, i) => (i >= k && i < m ? 1 - c : c))
        const cost = priced(run, next, ctx)
        if (cost < now - MARGIN && (!best || cost < best.cost)) best = { columns: next, cost }
        // A unit whose column is known (a side of a merged line) ends the places a trade may reach.
        if (m < run.length && run[m].column !== undefined) break
      }
    }
    if (!best) break
    delta += readingCost(run, best.columns, ctx) - readingCost(run, cols, ctx)
    cols = best.columns
  }
  return { columns: cols, delta }
}
