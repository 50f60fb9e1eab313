// A column's line pdftotext writes a few rows late on a page written line by line: a full line in
// the middle of a paragraph (LibreOffice's PDF of a Word section in two columns: the line's box
// runs a hair past the column's edge, '…结果信息。涉及国家秘', and pdftotext orders its block after
// the next few rows). Left where it stands it reads as two of its column's lines in a row, and the
// two-stream reading, to keep the columns in turn, crosses them there: the rest of the page goes
// on in the other stream. Here the run is read again with the line moved up in the text to the
// line it goes on from (its column's line above it, left open at the edge), and that reading is
// kept where it reads clearly better.
import { endsSentence } from './lines'
import { displayWidth } from './text-widths'
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { readingCost } from './text-crossings'
import { numberOf } from './text-numbers'

export interface TwoReading {
  columns: number[]
  cost: number
}

/** A line of prose at the column's width, its first line's indent aside (two hanzi). */
const WIDE_WITHIN = 5
/** How many units back (a column's line and the other's in turn) a late line may go. */
const BACK = 16
/**
 * How much better its two places' joins must read with the line moved (half GAIN), before the run
 * is read again: each reading costs the run's table again, and a line come late ends two joins
 * that read badly ('…平台向社会公' / '密、商业秘密…') that it mends.
 */
const LOCAL_GAIN = 6
/** Places tried at most in one round: each is a reading of the run. */
const TRIES = 3
/**
 * How much better the run read again must read than as read: more than a stay's price twice and
 * a join's (a join that reads well by chance, '…有专' / '职业化建设…', gains 8 to 11 on these pages).
 */
const GAIN = 12
/** Late lines put back at most in one run. */
const ROUNDS = 2

const wide = (u: Unit, full: number): boolean => displayWidth(u.text.trim()) >= full - WIDE_WITHIN

/**
 * A unit that may be a line written late: alone between blank lines, at the column's width, inside
 * a paragraph (no label opens it: a numbered paragraph's first line is read where its number says).
 */
const mayBeLate = (u: Unit, full: number): boolean => !!u.alone && u.column === undefined && wide(u, full) && numberOf(u.text) === null

/** The unit before (step -1) or after (step 1) unit k in its stream, other than `skip`, or -1. */
function neighbour(columns: number[], k: number, step: number, skip: number): number {
  for (let j = k + step; j >= 0 && j < columns.length; j += step) if (j !== skip && columns[j] === columns[k]) return j
  return -1
}

/**
 * What the reading's joins gain with unit u moved from its place in its stream to right after
 * unit p in p's: the joins around each place, before and after (negative reads better).
 */
function localGain(run: Unit[], columns: number[], u: number, p: number, ctx: JoinContext): number {
  const jc = (a: number, b: number): number => (a < 0 || b < 0 ? 0 : joinCost(ctx, run[a], run[b]))
  const [before, after] = [neighbour(columns, u, -1, -1), neighbour(columns, u, 1, -1)]
  const out = jc(before, after) - jc(before, u) - jc(u, after)
  const next = neighbour(columns, p, 1, u)
  return out + jc(p, u) + jc(u, next) - jc(p, next)
}

/**
 * The run's order with unit u moved to right after unit p, in one block with it: the text closed
 * up the column's rows where the line was due, so a line of the other column's stands in turn
 * after it as well as after p (a stay costs nothing inside a block).
 */
function movedUp(run: Unit[], u: number, p: number): Unit[] {
  const order = run.filter((_, k) => k !== u)
  order.splice(order.indexOf(run[p]) + 1, 0, { ...run[u], blankBefore: false, alone: false })
  return order
}

/**
 * The run with its late lines moved up to where they were due, and its reading, when that reads
 * better than `reading` by GAIN; null where no line came late. `read` reads a run (the reading
 * the caller takes for a run written line by line).
 */
export function lateRowsBack(run: Unit[], reading: TwoReading, ctx: JoinContext, read: (run: Unit[]) => TwoReading | null): { run: Unit[]; reading: TwoReading } | null {
  let best: Read | null = null
  let cur: Read = { run, reading, cost: readingCost(run, reading.columns, ctx) }
  for (let round = 0; round < ROUNDS; round++) {
    let next: Read | null = null
    for (const [k, p] of movesToTry(cur, ctx)) {
      const order = movedUp(cur.run, k, p)
      const r = read(order)
      if (!r) continue
      const cost = readingCost(order, r.columns, ctx)
      if (cost < cur.cost - GAIN && (!next || cost < next.cost)) next = { run: order, reading: r, cost }
    }
    if (!next) break
    best = cur = next
  }
  return best && { run: best.run, reading: best.reading }
}

interface Read {
  run: Unit[]
  reading: TwoReading
  cost: number
}

/**
 * The moves worth a reading, best first: [the unit, the unit it goes after]. A line that may have
 * come late goes after a line up to BACK units before it that it reads on from, where the
 * reading's joins around both places read better by LOCAL_GAIN.
 */
function movesToTry(cur: Read, ctx: JoinContext): [number, number][] {
  const tries: [number, number, number][] = []
  cur.run.forEach((u, k) => {
    if (!mayBeLate(u, ctx.full)) return
    for (let p = Math.max(0, k - BACK); p < k - 1; p++) {
      const q = cur.run[p]
      // The line it goes on from: open at its column's edge, mid-sentence, written line by line too.
      if (!q.alone || !wide(q, ctx.full) || endsSentence(q.text.trim())) continue
      const gain = localGain(cur.run, cur.reading.columns, k, p, ctx)
      if (gain <= -LOCAL_GAIN) tries.push([k, p, gain])
    }
  })
  return tries.sort((a, b) => a[2] - b[2]).slice(0, TRIES).map(([k, p]) => [k, p])
}
