// Whether a run of a page's text lines is three columns written line by line (text-streams3.ts reads
// it so): the three-stream reading must read clearly better than two streams and than the text's
// own order, or the run is left to the two-column reading (text-streams.ts).
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { mendNumbering3 } from './text-label-order3'
import { EMPTY_CELL } from './text-cells3'
import { inStreams, type ThreeStreams } from './text-streams3'
import { threeStreamsLate } from './text-streams3-late'
import { numberedColumns } from './text-numbered-columns3'

/**
 * How much better three streams must read than two (or the text's own order) to be clearly better:
 * at least MIN_GAIN, and GAIN_PER_UNIT a unit. Three shuffled columns read better so on almost
 * every line; two columns read as three gain a little here and there by chance.
 */
const MIN_GAIN = 4
const GAIN_PER_UNIT = 0.6
/** Where the text shows it is set in three columns, a run reading better by this a unit is read so. */
const WEAK_GAIN_PER_UNIT = 0.3
/**
 * Share of a run's units that stand alone (a blank line on each side) when the converter wrote it
 * line by line (text-streams.ts ALONE_SHARE): in an issue set in three columns throughout, such a
 * run is the three columns' lines in turn, and one that reads better in three streams by MIN_GAIN
 * is read so. Two streams read it as well only by pairing lines of two columns by chance; a run
 * written block by block (each block one column's lines) two streams may well read better.
 */
const ALONE_SHARE = 0.5
/** Runs shorter than this, or longer, are left to the two-column reading (text-streams.ts). */
const MIN_UNITS = 6
const MAX_UNITS = 400
/** A run's reading in three streams, and whether it reads clearly better so than in two. */
export interface ThreeReading {
  seq: string[]
  clear: boolean
  /** Each column's units (indexes into the run), left to right, in reading order. */
  streams: number[][]
}

/**
 * The run read as three columns, when three streams (each taking lines) read better by MIN_GAIN
 * and WEAK_GAIN_PER_UNIT a unit than two (`two` works out that reading's cost, or Infinity) and
 * than the text's own order; `clear` when better by GAIN_PER_UNIT a unit. Else null. In an issue
 * set in three columns `throughout` (the run's width is the text's), a run written line by line
 * needs MIN_GAIN alone.
 */
export function threeColumns(run: Unit[], ctx: JoinContext, two: (run: Unit[]) => number, throughout = false): ThreeReading | null {
  if (run.length < MIN_UNITS || run.length > MAX_UNITS) return null
  const r = threeStreamsLate(run, ctx)
  if (!r || new Set(r.columns).size < 3) return null
  let asIs = 0
  for (let k = 1; k < run.length; k++) asIs += joinCost(ctx, run[k - 1], run[k])
  const inTurn = throughout && run.filter((u) => u.alone).length >= ALONE_SHARE * run.length
  const need = Math.max(MIN_GAIN, inTurn ? 0 : WEAK_GAIN_PER_UNIT * run.length)
  // The two-stream reading is worked out only for a run three streams read well: it costs as much.
  if (asIs - r.cost < need) return null
  const gain = Math.min(two(run), asIs) - r.cost
  if (gain < need) return null
  // The numbering holds the numbered paragraphs in their columns where the joins hardly tell
  // (text-numbered-columns3.ts), and read left to right mends what the joins and rows alone traded
  // (text-label-order3.ts).
  const streams = mendNumbering3(run, heldToNumbering(run, ctx, r).streams, ctx)
  return { seq: inStreams(run, streams), clear: gain >= Math.max(MIN_GAIN, GAIN_PER_UNIT * run.length), streams }
}

/**
 * The reading `free` (the three streams' best), or the best one that keeps each numbered paragraph
 * in the column its list's numbering puts it in (text-numbered-columns3.ts), when that reads about
 * as well: at most one cell left empty (EMPTY_CELL) dearer. Where the joins and rows hardly tell
 * two columns' lines apart ('部门要根据实际情况确定规范性文件合' beside '合法性审核机制对确保规范性文件合法'),
 * the numbering does. One the numbering would make dearer still is left to the joins: measured on
 * the tuning texts, such readings mostly mend the columns too, but documents further on then trade
 * their closings and notes (county-web-3col-tail, city-web-3col-c), not yet understood.
 */
function heldToNumbering(run: Unit[], ctx: JoinContext, free: ThreeStreams): ThreeStreams {
  const held = numberedColumns(run)
  const numbered = held ? threeStreamsLate(run, ctx, held) : null
  return numbered && numbered.total <= free.total + EMPTY_CELL ? numbered : free
}
