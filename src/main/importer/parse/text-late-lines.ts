// A short closing line pdftotext writes a few rows late in a three-column page, after lines under it
// in its column: which lines may be such a line, and where in its column one goes back. The
// three-stream reading (text-streams3.ts) decides which lines came late; this puts them back.
import { endsSentence } from './lines'
import { displayWidth } from './text-widths'
import { joinCost, type JoinContext, type Unit } from './text-joins'

/** How many of its column's lines back a late line may go. */
const LATE_BACK = 8

/** A unit that ends its paragraph short of the column's edge, a block of its own: it may come late. */
export function mayComeLate(u: Unit, ctx: JoinContext): boolean {
  return !u.mergedRight && u.blankBefore && (endsSentence(u.text) || /[：:]$/.test(u.text.trim())) && displayWidth(u.text.trim()) < ctx.full - 2
}

/**
 * Each column's units in reading order: the text's, but for the late lines, each put back into
 * its column (at most LATE_BACK lines up) where it reads best: after an open line whose join on
 * reads worse than through the late line.
 */
export function putBack(run: Unit[], columns: number[], late: number[], ctx: JoinContext): number[][] {
  const isLate = new Set(late)
  const streams: number[][] = [[], [], []]
  run.forEach((_, k) => {
    if (!isLate.has(k)) streams[columns[k]].push(k)
  })
  for (const u of [...late].sort((a, b) => a - b)) {
    const seq = streams[columns[u]]
    let at = seq.length
    let bestGain = Infinity
    let before = seq.length
    while (before > 0 && seq[before - 1] > u) before--
    // Its place: one of the last LATE_BACK gaps before it, or the column's top (a document's
    // address line, written after the column's lines).
    const gaps = [0]
    for (let j = Math.max(1, before - LATE_BACK); j <= before; j++) gaps.push(j)
    for (const j of gaps) {
      const p = j > 0 ? run[seq[j - 1]] : null
      const q = j < seq.length ? run[seq[j]] : null
      const gain = (p ? joinCost(ctx, p, run[u]) : 0) + (q ? joinCost(ctx, run[u], q) - (p ? joinCost(ctx, p, q) : 0) : 0)
      if (gain < bestGain) [bestGain, at] = [gain, j]
    }
    seq.splice(at, 0, u)
  }
  return streams
}
