// How much better a page's two streams must read than the text as written before a run of its
// column lines is reordered (text-streams.ts readingOf): by the run's length, or, where the
// converter wrote the columns' first lines in turn and then block by block, by the reading's
// switches between the columns, when it keeps to the 目录.
import type { Unit } from './text-joins'
import { anchorDefects, partedFromTitle, tocOrderBreaks, type TocAnchors } from './toc-anchors'

/**
 * How much better two streams must read than the text's own order before the run is reordered:
 * at least MIN_GAIN, and GAIN_PER_UNIT a line. Any long run can be split so that a few joins read
 * a little better by chance; shuffled columns read far better on almost every line.
 */
const MIN_GAIN = 4
const GAIN_PER_UNIT = 0.3
/**
 * A page whose converter wrote the columns' first lines in turn, each alone, then each column's
 * rest block by block, reads better only at its few switches, however long the run (a 文号 and a
 * (二) line in turn, then 40 lines of each column): such a reading is asked GAIN_PER_UNIT for this
 * many units a switch, when fewer than the run's, and only if it keeps to the 目录 (keepsToc). A
 * reading that trades whole blocks with no lines in turn is asked the run's length: block joins
 * alone read better by chance (county-lo-2col.txt 293–397, two documents' blocks swapped).
 */
const UNITS_PER_SWITCH = 4

/** The gain a reading must show over the text's order; with `columns`, at most UNITS_PER_SWITCH a switch. */
export function gainNeeded(n: number, columns?: readonly number[]): number {
  let units = n
  if (columns) {
    let switches = 0
    for (let k = 1; k < columns.length; k++) if (columns[k] !== columns[k - 1]) switches++
    units = Math.min(n, UNITS_PER_SWITCH * switches)
  }
  return Math.max(MIN_GAIN, GAIN_PER_UNIT * units)
}

/** The reading takes the run's first lines, each alone between blank lines, from the two columns in turn. */
export function inTurnAtTop(run: Unit[], columns: readonly number[]): boolean {
  return run.length > 2 && run[0].alone === true && run[1].alone === true && columns[0] !== columns[1] && columns[1] !== columns[2]
}

/** A reading parts nothing the 目录 keeps together and keeps its order as well as the text as written. */
export function keepsToc(run: Unit[], seq: string[], anchors?: TocAnchors): boolean {
  if (!anchors) return false
  const order = run.map((u) => u.text)
  return anchorDefects(seq, anchors) <= anchorDefects(order, anchors) && partedFromTitle(anchors, order, seq) === 0 && tocOrderBreaks(seq, anchors) <= tocOrderBreaks(order, anchors)
}
