// A two-column page that pdftotext wrote block by block, left and right as their tops come down
// the page, and that ends with the left column's foot: a document begun there ('人事任免' / its
// title / '…进行调整。现') stops mid-sentence at the column's edge and goes on at the top of the
// right column, the page's second block ('将调整后的组成人员名单通知如下：'), not on the next page,
// where the right column's text goes on. A person reads the words across the join, then each
// column down: here the page's other blocks are put in the column whose reading joins best.
import { isBlank, leadingBlanks, type SourceLine } from './lines'
import { displayWidth, fullWidth } from './text-flow'
import { countBigrams, type Bigrams } from './text-bigrams'
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { startsTitle } from './header'
import { columnRuns, follows, lastOf, marker, open, place, type Block, type Flow } from './text-columns'

/** Lines each block of a page written block by block holds (a signature and its date, at least). */
const MIN_BLOCK_LINES = 2
/** How much better a join must read (text-bigrams.ts) to say where a page's last line goes on. */
const GOES_ON_BY = 2
/** Blocks whose columns are tried every way (2 to the power of this many readings). */
const MAX_FREE = 10
/** A numbered paragraph that follows on from the one before it (（一） then （二）) in a column. */
const FOLLOWS = 2
/** Two blocks one after the other in the text in one column: the converter most often takes turns. */
const NO_TURN = 1

/**
 * The run's last line stops open at the column's edge, and its second block's first line (no
 * numbered paragraph, no title) goes on from it clearly better than the next page's first line.
 */
function footGoesOnRight(f: Flow, grams: Bigrams, run: Block[], after: number | undefined): boolean {
  if (run.length < 3) return false
  const last = lastOf(run)
  if (last === undefined || !open(f, last)) return false
  const head = f.lines[run[1][0]].text
  if (marker(head) || startsTitle(head.trim())) return false
  const onRight = grams.join(f.lines[last].text, head)
  const onNext = after === undefined ? 0 : grams.join(f.lines[last].text, f.lines[after].text)
  return onRight >= GOES_ON_BY && onRight - onNext >= GOES_ON_BY
}

/**
 * The run read column by column: the first block and the foot in the left column, the second
 * block at the right column's top, every other block where the reading reads best: each line left
 * open at the column's edge going on well (text-joins.ts), numbered paragraphs following on
 * within a column (四、 then 五、), and the blocks taking turns between the columns as the
 * converter wrote them.
 */
function readFoot(f: Flow, ctx: JoinContext, run: Block[], after: number | undefined): Block[] {
  const unit = (i: number): Unit => ({ line: i, text: f.lines[i].text, blankBefore: true, mergedRight: false })
  // Only a line left open says where the text goes on: after a full stop any block may follow.
  const join = (a: number | undefined, b: number | undefined): number =>
    a === undefined || b === undefined || !open(f, a) ? 0 : joinCost(ctx, unit(a), unit(b))
  const free = run.slice(2, -1)
  let best: Block[] = [run[0], ...free, run[run.length - 1], run[1]]
  if (free.length > MAX_FREE) return best
  let bestCost = Infinity
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const onRight = (k: number): boolean => (mask & (1 << k)) !== 0
    const left = [run[0], ...free.filter((_, k) => !onRight(k)), run[run.length - 1]]
    const right = [run[1], ...free.filter((_, k) => onRight(k))]
    const order = [...left, ...right]
    // Columns in the text's order: the first block left, the second right, the foot left.
    const sides = [false, true, ...free.map((_, k) => onRight(k)), false]
    let cost = join(lastOf(right), after) - FOLLOWS * (followsWithin(f, left) + followsWithin(f, right))
    for (let k = 1; k < sides.length; k++) if (sides[k] === sides[k - 1]) cost += NO_TURN
    for (let k = 1; k < order.length; k++) cost += join(lastOf([order[k - 1]]), order[k][0])
    if (cost < bestCost) [best, bestCost] = [order, cost]
  }
  return best
}

/** Numbered paragraphs that follow on from one block to the next in a column. */
function followsWithin(f: Flow, column: Block[]): number {
  let n = 0
  for (let k = 1; k < column.length; k++) n += follows(f, column.slice(0, k), [column[k]])
  return n
}

/**
 * Where a block's lines start: its least indented line's blanks. The left column's foot starts at
 * the column's edge, as its first block does; a last block whose every line stands further in is
 * a column read past the gutter (the right side of a -layout page, keeping its place), the page
 * already read column by column.
 */
function edgeOf(lines: readonly SourceLine[], block: Block): number {
  return Math.min(...block.map((i) => leadingBlanks(lines[i].text)))
}

/**
 * Lines from `from` on with each page that ends at the left column's foot read column by column.
 * Run before name lists are paired: pairing blanks lines, which would cut the right column's
 * blocks. Text with layout, or not hard-wrapped, is returned as it is.
 */
export function readFeet(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  const body = lines.slice(from).filter((l) => !isBlank(l.text))
  const full = fullWidth(body.map((l) => displayWidth(l.text)))
  if (full === null) return out
  const f: Flow = { lines, full }
  let ctx: JoinContext | null = null
  for (const { run, after } of columnRuns(f, from)) {
    // Counted only when a page may need it: the count costs a pass over the whole text.
    // A page written line by line (blocks of a line) is the two-stream reader's (text-streams.ts).
    if (run.length < 3 || run.some((b) => b.length < MIN_BLOCK_LINES) || !open(f, lastOf(run) ?? 0)) continue
    if (edgeOf(lines, run[run.length - 1]) > edgeOf(lines, run[0])) continue
    ctx ??= { full, grams: countBigrams(body.map((l) => l.text)) }
    if (footGoesOnRight(f, ctx.grams, run, after)) place(out, lines, run, readFoot(f, ctx, run, after))
  }
  return out
}
