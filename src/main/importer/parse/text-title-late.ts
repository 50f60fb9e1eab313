// A column's line pdftotext writes a few units late beside a document's title set in larger type
// in the other column of a page of two. The title's lines stand on baselines between the column's
// lines, and pdftotext, reading the page by height, now and then writes one of the lines beside
// them after lines under it in its own column ('…建立督查情况通报' / '动全面推行…' / '性。…对工作中出'
// / '制度，坚持…充分调' / '现问题…': the fourth line belongs between the first two). Each column's
// lines are in order in the two-stream reading (text-two-streams.ts), so no reading of the text as
// written puts that line back: the run is read again with it moved up to where it was due, and
// kept where that reads clearly better. text-late-lines.ts does the same for three columns' closings.
import { compact, endsSentence } from './lines'
import { startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { twoStreams } from './text-two-streams'
import { displayWidth, edgeOf, THREE_WIDE } from './text-widths'
import { joinCost, opensAddress, type JoinContext, type Unit } from './text-joins'

/** Units after a title's first line that may come late beside it (the title's lines, its 文号, the other column's lines among them). */
const AFTER_TITLE = 6
/** Units before a title's first line a late line may go back to (lines beside the title start above its first). */
const BEFORE_TITLE = 3
/** Units on either side of the places tried that the quick reading of each move takes in. */
const WINDOW = 10
/** How much better (cost) the run must read with the line moved, in the quick reading and in the whole. */
const LATE_GAIN = 2
/** Moves (the quick reading's best) the whole run is read again with. */
const TRIED = 2

/** A title's first line: an issuer's name and '关于…', or '关于…', no sentence ended (header.ts startsTitle). */
function opensTitle(u: Unit): boolean {
  const t = u.text.trim()
  return !endsSentence(t) && compact(t).length >= 4 && startsTitle(t)
}

/** Units after a title's first line its last (the line ending in its 文种) stands within. */
const TITLE_LINES = 3

/**
 * The units of the title opening at `t`: its first line, down to the line that ends in a 文种
 * ('节假日安排的通知', '建自动气象站网有关问题的复函') when one does within TITLE_LINES.
 */
function titleLines(run: readonly Unit[], t: number): number[] {
  for (let k = t; k < run.length && k <= t + TITLE_LINES; k++) {
    const c = compact(run[k].text)
    if (endsSentence(c)) break
    if (docTypeOf(c) !== null) return Array.from({ length: k - t + 1 }, (_, d) => t + d)
  }
  return [t]
}

/**
 * The run with unit `u` moved up to just before unit `q` (q < u), the two one block: the line
 * due right above `q` reads on into it in its column, as the converter writes a column's lines
 * that follow each other (no blank between), not as two pieces written apart. The late line is a
 * piece of its own wherever it was written: what stands before it in the text is no line of its
 * block ('国务院办公厅关于广东与香港、澳门合' / '（一）从 1996 年起…中国人民' / '建设银行贷款；…').
 */
function moved(run: readonly Unit[], u: number, q: number): Unit[] {
  const late: Unit = { ...run[u], blankBefore: true, alone: false }
  const under: Unit = { ...run[q], blankBefore: false, alone: false }
  return [...run.slice(0, q), late, under, ...run.slice(q + 1, u), ...run.slice(u + 1)]
}

/** A unit that may be moved, or be moved before: one line of one column (not one side of a line holding both). */
export const free = (u: Unit): boolean => u.column === undefined && !u.mergedRight

/**
 * A line that may have come late: a line of prose wrapped at the column's edge mid-sentence. The
 * title's own lines, its 文号, a closing or a salutation beside it are a head's short lines,
 * which the two streams read as they are.
 */
export const mayComeLate = (u: Unit, full: number): boolean => free(u) && edgeOf(displayWidth(u.text.trim()), full) === 'full' && !endsSentence(u.text) && !opensAddress(u.text)

/** A line a late line may go back before: prose of its column, at the edge or ending its paragraph. */
const proseLine = (u: Unit, full: number): boolean => free(u) && !opensAddress(u.text) && (edgeOf(displayWidth(u.text.trim()), full) === 'full' || PARAGRAPH_END.test(u.text.trim()))

/** A paragraph's last line ends so (a colon ends a 主送机关 or opens a list: no paragraph's end). */
export const PARAGRAPH_END = /[。；！？][”’"』」）)》〕\]】]*$/

/** The moves worth reading the whole run for: [u, q, gain in the quick reading], best first. */
function movesNearTitles(run: readonly Unit[], ctx: JoinContext): [number, number, number][] {
  const moves: [number, number, number][] = []
  // Pages in three columns are read so by text-streams3.ts; a run of them read in two is read
  // wrong already, and a move only reads it wrong otherwise.
  if (ctx.full <= THREE_WIDE) return moves
  run.forEach((title, t) => {
    if (!opensTitle(title)) return
    const lines = titleLines(run, t)
    const lo = Math.max(1, t - BEFORE_TITLE)
    // The run's last unit stays: the run is written back over its lines from its first to its last.
    const hi = Math.min(run.length - 2, t + AFTER_TITLE)
    const from = Math.max(0, lo - WINDOW)
    const to = Math.min(run.length, hi + 1 + WINDOW)
    const window = run.slice(from, to)
    const base = twoStreams(window, ctx)?.cost
    if (base === undefined) return
    for (let u = t + 1; u <= hi; u++) {
      if (!mayComeLate(run[u], ctx.full)) continue
      for (let q = lo; q <= u - 2; q++) {
        // It was written late for the title's lines beside it: one of them stands between.
        if (!proseLine(run[q], ctx.full) || !lines.some((k) => q < k && k < u)) continue
        const cost = twoStreams(moved(window, u - from, q - from), ctx)?.cost
        if (cost !== undefined && cost <= base - LATE_GAIN) moves.push([u, q, base - cost])
      }
    }
  })
  return moves.sort((a, b) => b[2] - a[2])
}

/**
 * What the move gains by the joins it changes in its own stream, in the reading of the moved run
 * (`order`, the late line at `at`, its place as written between units `was` and `was + 1`): the
 * late line between the lines it went in between, and the lines it stood between joined, against
 * the lines it went in between joined, and the late line between those it stood between. A move
 * taken for a reading better elsewhere (the rest of the run read otherwise) is no line written
 * late: the joins around it must say so themselves. And the lines it stood between must read on
 * into each other, a sentence left open at the column's edge going on across where it was written
 * ('…对工作中出' / '现问题…', a word the issue prints elsewhere): else its place as written is as
 * good a place as any, and the move only a guess the bigrams make by chance. A line that reads on
 * into a line under its place as written came early, not late ('…论证分析。发' / '展改革委…').
 */
function ownGain(order: readonly Unit[], columns: readonly number[], at: number, was: number, ctx: JoinContext): number {
  const c = columns[at]
  const inStream = (k: number): boolean => k !== at && columns[k] === c
  const before = (k: number): number => {
    for (let j = k; j >= 0; j--) if (inStream(j)) return j
    return -1
  }
  const after = (k: number): number => {
    for (let j = k; j < order.length; j++) if (inStream(j)) return j
    return -1
  }
  const [p, q, a, b] = [before(at - 1), after(at + 1), before(was), after(was + 1)]
  if (a < 0 || b < 0 || endsSentence(order[a].text)) return -Infinity
  const join = (x: number, y: number): number => (x < 0 || y < 0 ? 0 : joinCost(ctx, order[x], order[y]))
  if (join(a, b) > -READS_ON) return -Infinity
  const late = order[at]
  // A line written early reads on into one under its place as written: its place is further down.
  for (let x = b, n = 0; x >= 0 && n < AHEAD; x = after(x + 1), n++) if (joinCost(ctx, late, order[x]) <= -READS_ON) return -Infinity
  const into = (x: number, y: number): number => (x < 0 ? 0 : joinCost(ctx, order[x], late)) + (y < 0 ? 0 : joinCost(ctx, late, order[y]))
  return into(a, b) + join(p, q) - (into(p, q) + join(a, b))
}

/** How well (join cost, negated) the lines a late line stood between must read on into each other. */
const READS_ON = 2.5
/** Lines of its stream under its place as written that a line written early, not late, is looked for going on into. */
const AHEAD = 4

/**
 * The run with one line written late beside a title moved up to where it was due, and its
 * reading (`read`), when the whole run reads better so by LATE_GAIN than as written (`cost`, the
 * reading's of the run as written); else null.
 */
export function lateBesideTitle<R extends { cost: number; columns: number[] }>(run: Unit[], ctx: JoinContext, cost: number, read: (run: Unit[]) => R | null): { run: Unit[]; reading: R } | null {
  let best: { run: Unit[]; reading: R } | null = null
  for (const [u, q] of movesNearTitles(run, ctx).slice(0, TRIED)) {
    const order = moved(run, u, q)
    const reading = read(order)
    if (!reading || reading.cost > cost - LATE_GAIN || ownGain(order, reading.columns, q, u, ctx) < LATE_GAIN) continue
    if (!best || reading.cost < best.reading.cost) best = { run: order, reading }
  }
  return best
}
