// A column's line at its edge that pdftotext writes after lines under it in its column, right
// after its paragraph's short last line: by height the right column reads '得权，包括…土地指标、' /
// '经营性基础设施、…各类资产经营' / '权，其他可用于…' / '经营的其他公共资源等。', but the text writes
// '经营性基础设施…' after '经营的其他公共资源等。', each a line alone. Word sets the other column's
// lines on baselines between, and pdftotext, reading the page by height, now and then takes a line
// late. Each column's lines are in order in the two-stream reading (text-two-streams.ts), so no
// reading of the text as written puts it back: the edge line reads as a paragraph of its own after
// a finished one, and the sentence it belongs to is cut. The run is read again with the line moved
// up a few units, and kept where that reads clearly better, the paragraph going on into the moved
// line. text-title-late.ts moves a line written late beside a title the same way; here no title
// stands beside it, but the paragraph's end it was written after says as much. Word's two columns,
// written a line of each in turn ('…向社会公' / '密、商业秘密…' with the right column's lines
// between), take a line late the same way: the edge line comes after its column's paragraph end
// (at the edge or short of it: a sentence may end at the edge) with the other column's line
// between, and goes back over up to OWN_BACK lines of its own column, but only where it completes
// the words its new line above leaves open ('公' / '开行政执法…') better than the join it parts.
import { endsSentence } from './lines'
import { twoStreams } from './text-two-streams'
import { displayWidth, edgeOf, THREE_WIDE } from './text-widths'
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { free, mayComeLate, PARAGRAPH_END } from './text-title-late'

/** Units on either side of a move that the quick reading of it takes in. */
const WINDOW = 10
/** How much better (cost) the run must read with the line moved, in the quick reading and in the whole. */
const LATE_GAIN = 2
/** Moves (the quick reading's best) the whole run is read again with. */
const TRIED = 2

/** Units of the text a late line may go back up over (its column's lines and the other's between them). */
const BACK = 4
/** Lines of its own column a late line written among the other column's lines may go back up over. */
const OWN_BACK = 3

/**
 * The run with unit `u` moved up to just before unit `q` (q < u). Each was written as a piece of
 * its own (a blank line before it) and stays so: the move says nothing of blocks.
 */
function movedUp(run: readonly Unit[], u: number, q: number): Unit[] {
  return [...run.slice(0, q), run[u], ...run.slice(q, u), ...run.slice(u + 1)]
}

/** A paragraph's last line (its sentence ended; at the edge, too), a piece of its own (blank lines around it). */
function endsParagraph(u: Unit): boolean {
  return free(u) && u.alone === true && PARAGRAPH_END.test(u.text.trim())
}

/**
 * The moves worth reading the whole run for: [u, q, gain in the quick reading, e], best first (u:
 * the edge line written after a paragraph's last line, e, the last unit of its column before it).
 */
function moves(run: readonly Unit[], columns: readonly number[], ctx: JoinContext): [number, number, number, number][] {
  const out: [number, number, number, number][] = []
  // Pages in three columns are read so by text-streams3.ts.
  if (ctx.full <= THREE_WIDE) return out
  // The run's first unit and its last stay: the run is written back over its lines from its first to its last.
  for (let u = 2; u + 1 < run.length; u++) {
    // As written, the two read on in one stream: the edge line opens a paragraph after the last
    // one's end. Written in turn with the other column's lines, the two are the columns' own.
    // Written in turn with the other column's lines: its column's last unit before it.
    let e = u - 1
    while (e > 0 && columns[e] !== columns[u]) e--
    if (!mayComeLate(run[u], ctx.full) || !run[u].alone || columns[u] !== columns[e] || !endsParagraph(run[e])) continue
    let lo = e
    for (let i = e, k = 0; i >= 1 && k < OWN_BACK; i--) if (columns[i] === columns[u]) [k, lo] = [k + 1, i]
    lo = Math.min(lo, Math.max(1, u - BACK))
    const from = Math.max(0, lo - WINDOW)
    const window = run.slice(from, Math.min(run.length, u + 1 + WINDOW))
    const base = twoStreams(window, ctx)?.cost
    if (base === undefined) continue
    for (let q = lo; q < u; q++) {
      const cost = twoStreams(movedUp(window, u - from, q - from), ctx)?.cost
      if (cost !== undefined && cost <= base - LATE_GAIN) out.push([u, q, base - cost, e])
    }
  }
  return out.sort((a, b) => b[2] - a[2])
}

/**
 * In the reading of the moved run (`order`, the moved line at `at`, written right after the unit
 * now at `was`), the paragraph's last line it was written after stands in its stream, and the
 * line above it there goes on into it better than that last line does: a sentence left open at
 * the column's edge ('…获得的土地使用权的宗地' / '进行合宗…'). A move the rest of the run reads
 * better for, the line in another stream than the paragraph it was written after, or opening a
 * paragraph of its own, is no line written late.
 */
function paragraphGoesOn(order: readonly Unit[], columns: readonly number[], at: number, was: number, ctx: JoinContext): boolean {
  const c = columns[at]
  if (columns[was] !== c) return false
  let p = at - 1
  while (p >= 0 && columns[p] !== c) p--
  if (p < 0) return false
  const above = order[p].text.trim()
  return !endsSentence(above) && edgeOf(displayWidth(above), ctx.full) === 'full' && joinCost(ctx, order[p], order[at]) < joinCost(ctx, order[was], order[at])
}

/**
 * The run with one edge line written right after a paragraph's short last line moved back up where it was due,
 * and its reading, when the whole run reads better so by LATE_GAIN than as written (`written`,
 * the reading of the run as written); else null.
 */
export function lateUnderEnd<R extends { cost: number; columns: number[] }>(run: Unit[], ctx: JoinContext, written: R, read: (run: Unit[]) => R | null): { run: Unit[]; reading: R } | null {
  const cost = written.cost
  let best: { run: Unit[]; reading: R } | null = null
  for (const [u, q, , e] of moves(run, written.columns, ctx).slice(0, TRIED)) {
    const order = movedUp(run, u, q)
    const reading = read(order)
    if (!reading || reading.cost > cost - LATE_GAIN || !paragraphGoesOn(order, reading.columns, q, e + 1, ctx)) continue
    // Written among the other column's lines, or gone back further than a line written right
    // after its paragraph's end goes: it must complete the open words above it.
    if ((e < u - 1 || q < u - BACK) && !completesWords(order, reading.columns, q, ctx)) continue
    if (!best || reading.cost < best.reading.cost) best = { run: order, reading }
  }
  return best
}

/**
 * In the reading of the moved run, the moved line (at `at`) goes on from the line above it in its
 * stream across words the issue prints (a join that pays less than nothing), and reads better
 * between that line and the one under it than the two read together.
 */
function completesWords(order: readonly Unit[], columns: readonly number[], at: number, ctx: JoinContext): boolean {
  const c = columns[at]
  let a = at - 1
  while (a >= 0 && columns[a] !== c) a--
  let b = at + 1
  while (b < order.length && columns[b] !== c) b++
  if (a < 0) return false
  const into = joinCost(ctx, order[a], order[at])
  if (into >= 0) return false
  return b >= order.length || into + joinCost(ctx, order[at], order[b]) < joinCost(ctx, order[a], order[b])
}
