// A run of column lines read with the 目录's word on each join (toc-anchors.ts): the reading
// text-streams.ts takes where the text's own joins part what the 目录 keeps together (a 文号
// from its title, a title's lines), in the order of its streams that parts least and keeps the
// 目录's order best.
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { joinedStreams, twoStreams } from './text-two-streams'
import { tocOrderBreaks, type TocAnchors } from './toc-anchors'

/** The run's texts in the reading `columns` gives: the left stream, a blank line, the right. */
export function inColumns(run: Unit[], columns: number[]): string[] {
  const left = run.filter((_, k) => columns[k] === 0).map((u) => u.text)
  const right = run.filter((_, k) => columns[k] === 1).map((u) => u.text)
  return right.length ? [...left, '', ...right] : left
}

/**
 * The run read with the 目录's word on each join, in the order of its streams that parts least
 * of what the 目录 keeps together (`defectsOf`), then goes back in its order least; null when the
 * 目录's word reads no better than the text's own order.
 */
export function byTocReading(run: Unit[], ctx: JoinContext, anchors: TocAnchors, defectsOf: (seq: string[]) => number): { seq: string[]; columns: number[]; defects: number } | null {
  const guided = { ...ctx, anchors }
  const byToc = twoStreams(run, guided)
  if (!byToc) return null
  let guidedAsIs = 0
  for (let k = 1; k < run.length; k++) guidedAsIs += joinCost(guided, run[k - 1], run[k])
  if (byToc.cost >= guidedAsIs) return null
  // Which stream goes on from the page's first lines the joins may not tell (a column's end and
  // a document's title both read well after a full stop): the 目录's order does. So it does
  // between that reading and the one that counts the join from the left column's foot into the
  // right's top (a title going on there), kept last so that a tie keeps the others.
  const joined = joinedStreams(run, guided)
  const orders = [byToc.columns, flippedAfterTop(byToc.columns)]
  if (joined && joined.cost < guidedAsIs) orders.push(joined.columns)
  const readings = orders.map((c) => inColumns(run, c))
  const rated = readings.map((seq, o) => ({ seq, columns: orders[o], defects: defectsOf(seq), breaks: tocOrderBreaks(seq, anchors) }))
  return rated.reduce((a, b) => (b.defects < a.defects || (b.defects === a.defects && b.breaks < a.breaks) ? b : a))
}

/** The same two streams with their parts after the run's top lines (the first stream's) swapped. */
export function flippedAfterTop(columns: number[]): number[] {
  const top = columns.findIndex((c) => c !== columns[0])
  return top < 0 ? columns : columns.map((c, k) => (k < top ? c : 1 - c))
}
