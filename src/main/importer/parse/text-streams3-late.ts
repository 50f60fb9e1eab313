// A short closing line pdftotext now and then writes at the end of a three-column page part, many
// rows after its place: the three-stream reading (text-streams3.ts) read again with such a line
// put back where it was due, kept when it reads clearly better so.
import { endsSentence } from './lines'
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { LATE, textCost, threeStreams, type ThreeStreams } from './text-streams3'
import { mayComeLate } from './text-late-lines'
import { footReversed } from './text-foot-order3'

/**
 * How many of a run's last units are tried as a line written after all its column's lines: a
 * short closing line (or an address line) pdftotext now and then writes at the end of the page
 * part, many rows after its place, further back than the table follows (LATE_BACK). Left where it
 * stands it leaves its column's join open ('…制造、使用' over '二、城市节水…'), and the table then
 * reads the columns out of step to mend it.
 */
const TAIL = 4
/** How much better the reading with a tail line put back must be. */
const TAIL_GAIN = 2
/** How much better the reading with the part after the folio read bottom-up must be. */
const FOOT_GAIN = 2
/** How many places a tail line is tried at. */
const PLACES = 3

/**
 * The three-column reading (threeStreams), or, when it reads better so by TAIL_GAIN (and LATE), the
 * reading of the run with one of its last units that may come late (TAIL) moved up in the text to
 * where it was due: after a line it reads on from. With `forced`, each unit is read in the column
 * it gives (-1: any), wherever it is moved.
 */
export function threeStreamsLate(run: Unit[], ctx: JoinContext, forced?: readonly number[]): ThreeStreams | null {
  const r = threeStreams(run, ctx, forced)
  if (!r) return null
  // The units moved keep the columns given them.
  const forcedIn = (order: readonly number[]): number[] | undefined => forced && order.map((k) => forced[k])
  // The part after the page's folio read bottom-up (text-foot-order3.ts), when it reads better so.
  const foot = footReversed(run)
  if (foot) {
    const s = threeStreams(foot.order.map((k) => run[k]), ctx, forcedIn(foot.order), r.steps?.slice(0, foot.folio + 1))
    if (s && s.total < r.total - FOOT_GAIN) {
      const streams = s.streams.map((seq) => seq.map((j) => foot.order[j]))
      const columns = new Array<number>(run.length)
      streams.forEach((seq, c) => seq.forEach((k) => (columns[k] = c)))
      return { columns, streams, cost: textCost(run, columns, streams, ctx), total: s.total }
    }
  }
  let best = r
  for (let u = run.length - 1; u >= Math.max(0, run.length - TAIL); u--) {
    if (!run[u].alone || !mayComeLate(run[u], ctx)) continue
    // Where it was written, had it not come late: after one of the lines it reads on from best
    // (PLACES of them), and the table reads the run again.
    const from = run
      .map((p, k) => [k, joinCost(ctx, p, run[u])] as const)
      .filter(([k]) => k < u - 1 && !endsSentence(run[k].text))
      .sort((x, y) => x[1] - y[1])
      .slice(0, PLACES)
    for (const [p] of from) {
      const order = run.map((_, k) => k).filter((k) => k !== u)
      order.splice(order.indexOf(p) + 1, 0, u)
      // The reordered run's first units, up to p, are the run's: its table goes on from theirs.
      const s = threeStreams(order.map((k) => run[k]), ctx, forcedIn(order), r.steps?.slice(0, p + 1))
      if (!s || s.total + LATE > best.total - TAIL_GAIN) continue
      const streams = s.streams.map((seq) => seq.map((j) => order[j]))
      const columns = new Array<number>(run.length)
      streams.forEach((seq, c) => seq.forEach((k) => (columns[k] = c)))
      best = { columns, streams, cost: textCost(run, columns, streams, ctx), total: s.total + LATE }
    }
  }
  return best
}
