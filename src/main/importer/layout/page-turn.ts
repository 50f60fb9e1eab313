// A page whose text runs up or down the sheet, or upside down: a landscape table set on a portrait
// page and shown turned by the page's /Rotate (Founder's and InDesign's exports, print drivers), a
// whole landscape attachment. Its runs and rules are turned into the frame its text reads in, so
// that lines, columns and tables are found as on any page; read as drawn, each of the table's
// columns would come out as a line.
import type { TextRun } from './pdf-lines'
import type { Rule } from './ruling-lines'

/** Quarter turns, counter-clockwise, of a baseline from left-to-right. */
export type Turn = 0 | 90 | 180 | 270

/** A page as the reader hands it to layout: its size in points (y upwards), runs and rules. */
export interface TurnablePage {
  width: number
  height: number
  runs: TextRun[]
  rules?: Rule[]
}

/** The turn of a run's baseline, from its text matrix's first column (a, b). */
export function runTurn(a: number, b: number): Turn {
  const quarter = Math.round(Math.atan2(b, a) / (Math.PI / 2))
  return ((((quarter % 4) + 4) % 4) * 90) as Turn
}

// The share of a page's characters that must read at one turn for the page to be read at it: a
// side note or a stamp turned on an upright page leaves the page as it is.
const MAJORITY = 2 / 3

/** The turn most of a page's characters read at; 0 unless a clear majority reads turned. */
export function pageTurn(runs: readonly { turn: Turn; chars: number }[]): Turn {
  const chars = new Map<Turn, number>()
  let total = 0
  for (const r of runs) {
    chars.set(r.turn, (chars.get(r.turn) ?? 0) + r.chars)
    total += r.chars
  }
  for (const [turn, n] of chars) if (turn !== 0 && n >= total * MAJORITY) return turn
  return 0
}

/**
 * The page in the frame its text reads in: a quarter turn swaps its width and height. `origin` is
 * the lower left corner of the page's box (pdf.js's page.view), which a cropped page has off the
 * sheet's (0, 0): points are measured from it, so that the page's width is where it ends.
 */
export function turnUpright<P extends TurnablePage>(page: P, turn: Turn, origin: readonly [number, number] = [0, 0]): P {
  const [ox, oy] = origin
  if (turn === 0 && ox === 0 && oy === 0) return page
  const { width: w, height: h } = page
  // Where a point of the sheet lands once the sheet is turned back by `turn` (y upwards).
  const to = (sx: number, sy: number): [number, number] => {
    const x = sx - ox
    const y = sy - oy
    return turn === 0 ? [x, y] : turn === 90 ? [y, w - x] : turn === 270 ? [h - y, x] : [w - x, h - y]
  }
  const runs = page.runs.map((r) => {
    const [x, y] = to(r.x, r.y)
    return { ...r, x, y }
  })
  const rules = page.rules?.map((r) => {
    const [ax, ay] = to(r.x0, r.y0)
    const [bx, by] = to(r.x1, r.y1)
    return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) }
  })
  const [width, height] = turn === 180 ? [w, h] : [h, w]
  return { ...page, width, height, runs, ...(rules ? { rules } : {}) }
}
