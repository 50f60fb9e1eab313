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
