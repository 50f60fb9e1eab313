// A line centred on a three-column page that is short enough to sit inside the middle column: a
// masthead (国务院办公厅文件), its 文号, a spanning title's last line. Nothing crosses a gutter, yet
// the line spans the page: no ink of its own in columns 0 and 2 beside it (a spanning line may be).
import { extents } from './columns'
import type { Line } from './pdf-lines'

// The line's ink is centred on the text block within this many ems.
const CENTRE_EMS = 1
// No ink of another column within this many of the line's sizes above or below its baseline.
const CLEAR_SIZES = 1.2

/** Whether `lines[k]` is such a centred line, given the page's gutter midpoints (left to right). */
export function centredAlone(lines: Line[], k: number, gutters: number[], left: number, right: number): boolean {
  if (gutters.length !== 2) return false
  const line = lines[k]
  const ink = extents(line)
  if (ink.length === 0) return false
  const x0 = Math.min(...ink.map((p) => p.x0))
  const x1 = Math.max(...ink.map((p) => p.x1))
  if (x0 <= gutters[0] || x1 >= gutters[1]) return false
  if (Math.abs((x0 + x1) / 2 - (left + right) / 2) > CENTRE_EMS * line.size) return false
  return lines.every((other, j) => {
    if (j === k || Math.abs(other.y - line.y) > CLEAR_SIZES * Math.max(line.size, other.size)) return true
    return !extents(other).some((p) => p.x1 < gutters[0] || p.x0 > gutters[1]) // a spanning line may be near
  })
}

// A letter-spaced heading is set this much larger than the page's median line.
const HEADING_SIZE = 1.15

/**
 * Whether `line` is a letter-spaced heading centred over the columns ('目　　录' over a two-column
 * 目录): larger than `bodySize`, its characters on both sides of a gutter, its ink centred on the
 * text block and no wider than half of it. No ink crosses the gutter, yet it is one spanning line.
 */
export function spacedAcross(line: Line, gutters: number[], left: number, right: number, bodySize: number): boolean {
  if (gutters.length === 0 || line.size < HEADING_SIZE * bodySize) return false
  const ink = extents(line)
  if (ink.length < 2) return false
  const x0 = Math.min(...ink.map((p) => p.x0))
  const x1 = Math.max(...ink.map((p) => p.x1))
  if (x1 - x0 > (right - left) / 2 || Math.abs((x0 + x1) / 2 - (left + right) / 2) > CENTRE_EMS * line.size) return false
  return gutters.some((g) => x0 < g && x1 > g && !ink.some((p) => p.x0 < g && p.x1 > g))
}
