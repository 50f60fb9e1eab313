// Two streams out of one run of column lines: which of a page's lines are the left column's and
// which the right's, so that every line goes on best from the line before it in its own column
// (text-joins.ts scores a join), and which of the two reads first on a page that may open with
// the right column. text-streams.ts decides which runs to read so and which reading to take;
// text-streams3.ts does the same for three columns.
import { compact, endsSentence, hasInnerPunct, isBlank, type SourceLine } from './lines'
import { displayWidth } from './text-widths'
import { docNumberOfLine, isIssuerText } from './header'
import { parseDateLine } from './dates'
import { isMarkedHeading, sectionName } from './sections'
import { fitsColumn, misfitCost, repeatsLine, shortPair, SHORT_PAIR_SWITCH } from './text-unequal-columns'
import { columnTurnCost, joinCost, type JoinContext, type Unit } from './text-joins'
import { closingCost, listStayRelief, noteThenClosingCost, salutationCost, signs, stayCost, switchCost, SWITCH } from './text-stays'

/**
 * How far back the other column's last line may lie: a converter that shuffles columns writes a
 * piece of each in turn, never pages of one; the bound keeps the reading linear in a run's length.
 */
const WINDOW = 120

/**
 * Units from the run's top the right column may start within, tried each: where the page's
 * right column starts decides which line the left column's last goes on into.
 */
const FIRST_RIGHT_WITHIN = 8
/** Places tried at most (those read into best), besides the one the reading without the join gives. */
const MAX_PLACES = 2
/** How well (join cost, negated) the columns' join must read on for it to choose the reading. */
const JOIN_READS_ON = 2

/**
 * The best two streams with the join between them counted: the left column's last line goes on
 * into the right column's first, as a title's or a sentence's lines go on at a column's foot
 * ('…城乡建设用地增减挂' / '钩孟家坪乡…'). Each place the right column may start at is tried
 * (the run's first few units, and where the reading without that join starts it).
 */
export function joinedStreams(run: Unit[], ctx: JoinContext): { columns: number[]; cost: number } | null {
  const free = twoStreams(run, ctx)
  if (!free) return null
  const own = free.columns.indexOf(1)
  // A reading whose columns' join reads on already needs no other.
  if (own < 0 || columnJoin(run, free.columns, ctx) <= -JOIN_READS_ON) return free
  // Tried only where a unit near the run's foot (where the left column ends, as the right one
  // starts near its top) reads on into the place clearly, the few that read on best: the join
  // must read on (below), and each place tried costs a reading.
  const foot = Math.max(0, run.length - 2 * FIRST_RIGHT_WITHIN)
  const into = (f: number): number => Math.min(...run.slice(Math.max(foot, f + 1)).map((u) => columnTurnCost(ctx, u, run[f])))
  const places: [number, number][] = []
  for (let f = 1; f <= FIRST_RIGHT_WITHIN && f < run.length; f++) if (f !== own) places.push([f, into(f)])
  const starts = [own, ...places.filter(([, c]) => c <= -JOIN_READS_ON).sort((a, b) => a[1] - b[1]).slice(0, MAX_PLACES).map(([f]) => f)]
  let best: { columns: number[]; cost: number } | null = null
  for (const f of starts) {
    const r = twoStreams(run, ctx, f)
    if (r && (!best || r.cost < best.cost)) best = r
  }
  if (!best) return free
  // Taken only where the columns' join reads on clearly (a title's lines, a word across it), and
  // reads better than the other reading with its own join: elsewhere the join says little and the
  // reading stays as the lines' own joins give it. Its cost leaves the join out, as that one's does.
  const end = columnJoin(run, best.columns, ctx)
  return end <= -JOIN_READS_ON && best.cost < free.cost + columnJoin(run, free.columns, ctx) ? { columns: best.columns, cost: best.cost - end } : free
}

/** The join from the left column's last unit into the right column's first, in a reading. */
function columnJoin(run: Unit[], columns: number[], ctx: JoinContext): number {
  const first = columns.indexOf(1)
  const last = columns.lastIndexOf(0)
  return first < 0 || last < 0 ? 0 : columnTurnCost(ctx, run[last], run[first])
}

/**
 * The reading's table, flat: state (k, c, j) — unit k in column c, the other column's last unit
 * j (-1: none yet) — at k * 2 * (n + 1) + c * (n + 1) + j + 1, with its cost and the state before.
 */
interface Table {
  n: number
  cost: Float64Array
  prevC: Int8Array
  prevJ: Int32Array
}

const at = (t: Table, k: number, c: number, j: number): number => (k * 2 + c) * (t.n + 1) + j + 1

function relax(t: Table, to: number, cost: number, c: number, j: number): void {
  if (cost < t.cost[to]) {
    t.cost[to] = cost
    t.prevC[to] = c
    t.prevJ[to] = j
  }
}

/**
 * The columns (0 left, 1 right) that make the run read best, and their cost. Dynamic programming
 * over (unit, its column, the other column's last unit): each unit goes on either its own
 * column's last line or the other's. The first unit is the left column's.
 */
export function twoStreams(run: Unit[], ctx: JoinContext, firstRight?: number): { columns: number[]; cost: number } | null {
  if (!ctx.unequal) return streamsAt(run, [ctx, ctx], firstRight)
  // Columns of unequal widths: the run's first unit may be either column's, so each takes the
  // first stream in turn, and the reading that reads better is taken.
  const [wide, narrow] = ctx.unequal
  const atWidth = (w: number): JoinContext => ({ ...ctx, full: w })
  const a = streamsAt(run, [atWidth(wide), atWidth(narrow)], firstRight)
  const b = streamsAt(run, [atWidth(narrow), atWidth(wide)], firstRight)
  return a && (!b || a.cost <= b.cost) ? a : b
}

/**
 * twoStreams with each stream's own context (`ctxs`, the first unit's stream first): its lines'
 * edges judged at its column's width, and no line wider than that column in it.
 */
function streamsAt(run: Unit[], ctxs: readonly [JoinContext, JoinContext], firstRight?: number): { columns: number[]; cost: number } | null {
  const n = run.length
  if (run[0].column === 1) return null
  const ctx = ctxs[0]
  const same = ctxs[1] === ctxs[0]
  const fits = (u: Unit, c: number): boolean => same || fitsColumn(u.text, ctxs[c].full)
  const misfit = (u: Unit, c: number): number => (same ? 0 : misfitCost(u.text, ctxs[c].full, ctxs[1 - c].full))
  if (!fits(run[0], 0)) return null
  // With the right column's first unit given, the units above it are the left column's.
  const allowed = (k: number, c: number): boolean => firstRight === undefined || (k < firstRight ? c === 0 : k > firstRight || c === 1)
  const size = n * 2 * (n + 1)
  const t: Table = { n, cost: new Float64Array(size).fill(Infinity), prevC: new Int8Array(size), prevJ: new Int32Array(size) }
  t.cost[at(t, 0, 0, -1)] = 0
  // A closing pdftotext wrote after the page's folio is the right column's foot (linesAfterFolio).
  const footRight = run.some((u) => u.foot) && run.every((u) => !u.foot || signs(u))
  for (let k = 0; k + 1 < n; k++) {
    const next = run[k + 1]
    const foot = footRight && next.foot === true
    const col = next.column ?? (foot ? 1 : undefined)
    // Written out of place, the blank before it says nothing: under an open line it costs as a
    // closing printed in one block with it does (a closing stands under a finished paragraph).
    const closing = (a: Unit): number => (foot ? closingCost(a, next, ctx.full) : 0)
    // Each join is worked out once per step, not once per state.
    // A salutation under an open line in one block is the other column's line, as a closing is.
    // Worked out for each stream's width (the same twice when the columns' widths are equal).
    // So is a closing under the other column's public note (noteThenClosingCost).
    const stayIn = (x: JoinContext): number => joinCost(x, run[k], next) + stayCost(run[k], next, x.full) + (next.blankBefore ? closing(run[k]) : salutationCost(run[k], next, x.full) + noteThenClosingCost(run[k], next))
    // Between two short lines of unequal columns, a block keeps no column (text-unequal-columns.ts).
    const leave = twinAfter(run, k + 1) ? SWITCH : same || !shortPair(run[k].text, next.text, Math.min(ctxs[0].full, ctxs[1].full)) ? switchCost(run[k], next) : Math.min(switchCost(run[k], next), SHORT_PAIR_SWITCH)
    const from = Math.max(0, k - WINDOW)
    const otherIn = (x: JoinContext): number[] => Array.from({ length: k - from }, (_, d) => joinCost(x, run[from + d], next) + closing(run[from + d]))
    const stay0 = stayIn(ctxs[0])
    const other0 = otherIn(ctxs[0])
    // On a page of unequal columns, a line written twice in a row stands in both columns.
    const twice = !same && repeatsLine(run[k].text, next.text)
    const stays = same ? [stay0, stay0] : [stay0 + misfit(next, 0), stayIn(ctxs[1]) + misfit(next, 1)]
    const others = same ? [other0, other0] : [other0, otherIn(ctxs[1])]
    const leaves = same ? [leave, leave] : [leave + misfit(next, 0), leave + misfit(next, 1)]
    // A name list's rows read down one column while the other column's last line is no row (listStayRelief).
    const relief = (j: number): number => (run[k].alone && next.alone ? listStayRelief(run[k], next, j >= 0 ? run[j] : undefined) : 0)
    for (let c = 0; c < 2; c++) {
      const stayOk = (col === undefined || col === c) && allowed(k + 1, c) && fits(next, c) && !twice
      const leaveOk = (col === undefined || col === 1 - c) && allowed(k + 1, 1 - c) && fits(next, 1 - c)
      const [stay, other, into] = [stays[c], others[1 - c], leaves[1 - c]]
      // The other column's last line lies at most WINDOW units back (or it has none yet).
      for (let j = -1; j < k; j = j === -1 ? from : j + 1) {
        const cost = t.cost[at(t, k, c, j)]
        if (cost === Infinity) continue
        if (stayOk) relax(t, at(t, k + 1, c, j), cost + stay - relief(j), c, j)
        if (leaveOk) relax(t, at(t, k + 1, 1 - c, k), cost + (j >= 0 ? other[j - from] : 0) + into, c, j)
      }
    }
  }
  // The left column's last line goes on into the right column's first: that join counts too.
  const end = firstRight === undefined ? undefined : (last: number): number => columnTurnCost(ctx, run[last], run[firstRight])
  return backtrack(t, end)
}

/**
 * The unit at `k`, printed in one block with the line above it, is written again right after it
 * on a line alone: the two columns' same line at one height (two documents signed by one issuer,
 * side by side). Which of the twins pdftotext put in the block says nothing of its column: the
 * two read alike in either, so leaving the block costs no more than leaving after a blank line.
 */
function twinAfter(run: readonly Unit[], k: number): boolean {
  const [u, twin] = [run[k], run[k + 1]]
  return twin !== undefined && !u.blankBefore && twin.blankBefore && !u.mergedRight && !twin.mergedRight && u.text.trim() === twin.text.trim()
}

function backtrack(t: Table, end?: (lastLeft: number) => number): { columns: number[]; cost: number } | null {
  const n = t.n
  let cost = Infinity
  let c = 0
  let j = -1
  for (let cc = 0; cc < 2; cc++) {
    for (let jj = -1; jj < n; jj++) {
      let v = t.cost[at(t, n - 1, cc, jj)]
      if (v === Infinity) continue
      // The left column's last unit: the run's last, or the other column's last.
      if (end) v += end(cc === 0 ? n - 1 : jj)
      if (v < cost) [cost, c, j] = [v, cc, jj]
    }
  }
  if (cost === Infinity) return null
  const columns = new Array<number>(n)
  for (let k = n - 1; k >= 0; k--) {
    columns[k] = c
    const i = at(t, k, c, j)
    ;[c, j] = [t.prevC[i], t.prevJ[i]]
  }
  return { columns, cost }
}

/** The text read before a page's first run (the page before, read) and after the page (the next page's first line). */
export interface Around {
  before?: Unit
  after?: Unit
  /** The run opens with the page's running head naming its section (namesSectionBelow). */
  head?: boolean
}

/** How far back, and on from the page's end, the text around a run is looked for (lines). */
const AROUND_WITHIN = 12

export function aroundRun(out: readonly SourceLine[], lines: readonly SourceLine[], run: Unit[], pageEnd: number): Around {
  const unit = (i: number, text: string): Unit => ({ line: i, text, blankBefore: true, mergedRight: false })
  const around: Around = {}
  for (let i = run[0].line - 1; i >= 0 && i >= run[0].line - AROUND_WITHIN && !around.before; i--) {
    if (!isBlank(out[i].text)) around.before = unit(i, out[i].text)
  }
  for (let i = pageEnd; i < lines.length && i < pageEnd + AROUND_WITHIN && !around.after; i++) {
    if (!isBlank(lines[i].text)) around.after = unit(i, lines[i].text)
  }
  around.head = namesSectionBelow(lines, run[0].line, pageEnd)
  return around
}

/**
 * The line at `i` is the running head naming the page's section, kept in the text because the
 * section's banner stands further down the page (text-pages.ts sectionHeads): its name alone, and
 * a banner of that very name below it on the page ('国务院办公厅文件' over '【国务院办公厅文件】').
 */
function namesSectionBelow(lines: readonly SourceLine[], i: number, pageEnd: number): boolean {
  const name = compact(lines[i].text)
  if (name.length < 2) return false
  for (let k = i + 1; k < pageEnd; k++) if (bannerOf(lines[k].text) === name) return true
  return false
}

/** The section a banner line names (its brackets, numbering or ornament aside), or null. */
function bannerOf(text: string): string | null {
  return isMarkedHeading(text) ? sectionName(text) : null
}

/** Share of the column's width a running head over the columns stays under. */
const HEAD_SHARE = 0.5
/** Units after a signature its date comes within (the signature is then a column's closing). */
const DATE_WITHIN = 2

/**
 * The run opens with a running head over the page (the section's name, '国务院办公厅文件'): a line
 * alone, short, hanzi only, not a signature over its date. It stands over both columns, in neither.
 */
function headOver(run: Unit[], full: number, around: Around): boolean {
  const t = run[0]?.text.trim() ?? ''
  if (!around.head || run.length < 2 || !run[1].blankBefore || run[0].mergedRight || displayWidth(t) > HEAD_SHARE * full || !/^[\u4e00-\u9fff]+$/.test(t)) return false
  return !isIssuerText(t) && !run.slice(1, 1 + DATE_WITHIN).some((u) => parseDateLine(u.text.trim()) !== null)
}

/** Units of a stream's top a document's 文号 stands within, under its title's lines. */
const HEAD_WITHIN = 4

/**
 * The stream `c` opens a document from unit `from` on: a 文号 among its first units, only a
 * title's lines (no stop, no inner mark) above it ('兴县人民政府办公室关于建立县乡机关干部' /
 * '跟班轮训制度的通知' / '（兴政办函〔2022〕3 号）').
 */
function opensDocument(run: Unit[], columns: number[], from: number, c: number): boolean {
  const top = run.filter((_, j) => j >= from && columns[j] === c).slice(0, HEAD_WITHIN)
  for (const u of top) {
    const t = u.text.trim()
    if (docNumberOfLine(t) !== null) return true
    if (hasInnerPunct(t) || endsSentence(t)) return false
  }
  return false
}

/**
 * The reading's streams with the page's first column line's first: the reading gives a running
 * head over the page (headOver) the first stream whichever column its joins put it in, and the
 * text's first line under it is the left column's (the converter writes the page by height, the
 * left column's line first on a row). The head stays at the top. Under the section's banner, a
 * stream that alone opens a document (its title and 文号) is the left column's: a section opens
 * with its first document, whose title may sit lower than the other column's first line
 * ('四、工作要求' written first beside '兴县人民政府办公室关于…').
 */
function headFirst(run: Unit[], columns: number[], full: number, around: Around): number[] {
  if (!headOver(run, full, around)) return columns
  // The section's banner under the head (set across the page, or over one column) is no column's first line.
  const name = compact(run[0].text)
  let k = 1
  while (k < run.length && bannerOf(run[k].text) === name) k++
  if (k === run.length) return columns
  // The other stream alone opening a document there is the section's first: the head and the
  // banner go over it.
  if (opensDocument(run, columns, k, 1 - columns[k]) && !opensDocument(run, columns, k, columns[k])) return columns.map((c, j) => (j < k || c !== columns[k] ? 0 : 1))
  if (columns[k] === 0) return columns
  return columns.map((c, j) => (j === 0 ? 0 : 1 - c))
}

/** How much better the other order of the two streams must read for it to be taken. */
const FLIP_BY = 5

/**
 * The two streams of a page's first run in reading order. A converter that writes the page by
 * height starts with whichever column's first line sits higher, so the run's first line need not
 * be the left column's. The left column goes on from the page before, its last line goes on into
 * the right column's first, and the right column's last line into the next page: the order whose
 * three joins read clearly better is taken. Without the text around, the first line's stream
 * stays first.
 */
export function leftFirst(run: Unit[], columns: number[], ctx: JoinContext, around: Around): number[] {
  columns = headFirst(run, columns, ctx.full, around)
  if (!around.before && !around.after) return columns
  const lead = headOver(run, ctx.full, around) ? 1 : 0
  const first = (c: number): Unit | undefined => run.find((_, k) => k >= lead && columns[k] === c)
  const last = (c: number): Unit | undefined => run.findLast((_, k) => columns[k] === c)
  const join = (a: Unit | undefined, b: Unit | undefined): number => (a && b ? joinCost(ctx, a, b) : 0)
  const read = (l: number, r: number): number => join(around.before, first(l)) + join(last(l), first(r)) + join(last(r), around.after)
  // The page before says most: the other stream must go on from it at least as well.
  const fromBefore = join(around.before, first(1)) <= join(around.before, first(0))
  return fromBefore && read(1, 0) + FLIP_BY < read(0, 1) ? columns.map((c) => 1 - c) : columns
}
