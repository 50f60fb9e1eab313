// A run of column lines read with the 目录's word on each join (toc-anchors.ts): the reading
// text-streams.ts takes where the text's own joins part what the 目录 keeps together (a 文号
// from its title, a title's lines), in the order of its streams that parts least and keeps the
// 目录's order best; and inTocOrder, the best reading mended where it goes back in the 目录's order.
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { joinedStreams, twoStreams } from './text-two-streams'
import { anchorDefects, namedByToc, tocOrderBreaks, type TocAnchors } from './toc-anchors'

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

/** How much worse (join cost) than the best a reading the 目录's order asks for may read. */
const ORDER_SLACK = 2
/** Places tried together: a reading may trade its streams at a join and back at another. */
const ORDER_DEPTH = 2

/**
 * Two streams that keep the 目录's order, when the best reading (`best`, read as `plain`) goes back
 * in it: a document's closing and the next one's title read before the last one's rest. In a page
 * written line by line such a reading has the streams trade places where one stays in its column
 * across a join a word the issue prints elsewhere reads well over ('…工作领导组交' / '缴纳相关
 * 税、费。', where 提交缴纳 is printed), or where the converter wrote a line of each column as
 * one block ('公开属性：主动公开' / '兴政函〔2022〕43 号'). The lines the 目录 names are tried
 * in the other column, one or two at a time; the reading that keeps the order best, parts nothing
 * the 目录 keeps together, and reads nearly as well, is taken. (text-streams.ts asks it only of
 * a page written line by line nearly throughout.)
 */
export function inTocOrder(run: Unit[], ctx: JoinContext, best: { columns: number[]; cost: number }, plain: string[], anchors: TocAnchors): string[] | null {
  let breaks = tocOrderBreaks(plain, anchors)
  if (breaks === 0) return null
  let pick: string[] | null = null
  let pickCost = Infinity
  // The reading is mended at the lines the 目录 names (a 文号, a title's line): where it says a
  // document starts.
  const named = run.map((u) => namedByToc(anchors, u.text))
  const tryForced = (forced: Unit[], columns: number[], depth: number): void => {
    for (let k = 1; k < run.length; k++) {
      if (columns[k] !== columns[k - 1] || forced[k].column !== undefined || !named[k]) continue
      const next = forced.map((u, i) => (i === k ? { ...u, column: 1 - columns[k] } : u))
      const r = twoStreams(next, ctx)
      if (!r || r.cost > best.cost + ORDER_SLACK) continue
      const seq = inColumns(run, r.columns)
      const b = anchorDefects(seq, anchors) > 0 ? Infinity : tocOrderBreaks(seq, anchors)
      if (b < breaks || (pick && b === breaks && r.cost < pickCost)) [pick, breaks, pickCost] = [seq, b, r.cost]
      if (depth > 1 && b > 0) tryForced(next, r.columns, depth - 1)
    }
  }
  tryForced(run, best.columns, ORDER_DEPTH)
  return pick
}
