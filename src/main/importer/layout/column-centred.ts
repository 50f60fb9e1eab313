// A line centred on a three-column page that is short enough to sit inside the middle column: a
// masthead (国务院办公厅文件), its 文号, a spanning title's last line. Nothing crosses a gutter, yet
// the line spans the page: no ink of its own in columns 0 and 2 beside it (a spanning line may be).
// Also lines of a spanning heading that no ink carries across the gutter (letter-spaced, or a
// justified word space falling in it).
import { extents, type Piece } from './columns'
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
  if (fillsMiddle(lines, x0, x1, gutters, line.size)) return false
  return lines.every((other, j) => {
    if (j === k || Math.abs(other.y - line.y) > CLEAR_SIZES * Math.max(line.size, other.size)) return true
    return !extents(other).some((p) => p.x1 < gutters[0] || p.x0 > gutters[1]) // a spanning line may be near
  })
}

// A column's justified line runs from within this many ems of the gutter's middle on each side.
const EDGE_EMS = 1

/**
 * Whether ink from x0 to x1 is a full line of the middle column in body type: it starts and ends at
 * the gutters, as a justified line does, where a centred masthead, 文号 or title's last line leaves
 * blank either side. The middle column's last line at a page's foot, the other columns ended a line
 * higher, is no line across the page.
 */
function fillsMiddle(lines: Line[], x0: number, x1: number, gutters: number[], size: number): boolean {
  const body = [...lines.map((l) => l.size)].sort((a, b) => a - b)[Math.floor(lines.length / 2)]
  return size < HEADING_SIZE * body && x0 - gutters[0] <= EDGE_EMS * size && gutters[1] - x1 <= EDGE_EMS * size
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

// A spanning title's next or previous line lies within this many of its sizes.
const PITCH_SIZES = 2

/**
 * Whether `lines[k]` is a line of a spanning title that no ink carries across the gutter: in a
 * justified heading (Word, LibreOffice) a stretched word space can fall exactly in the gutter
 * (`兴县人力资源和社会保障局　兴县发展和改革局…`). Heading type, ink on both sides of a band with
 * the same width as a line of the same type right above or below that does cross the band (the
 * title's other lines, justified to the full text width).
 */
export function splitHeading(
  lines: Line[],
  k: number,
  bands: Piece[],
  bodySize: number,
  crosses: (line: Line) => boolean,
): boolean {
  const line = lines[k]
  if (line.size < HEADING_SIZE * bodySize) return false
  const ink = extents(line)
  if (ink.length < 2) return false
  const mids = bands.map((b) => (b.x0 + b.x1) / 2)
  if (!mids.some((m) => ink.some((p) => p.x1 <= m) && ink.some((p) => p.x0 >= m))) return false
  const [x0, x1] = [ink[0].x0, ink[ink.length - 1].x1]
  return lines.some((o, j) => {
    if (j === k || Math.abs(o.y - line.y) > PITCH_SIZES * line.size) return false
    if (Math.abs(o.size - line.size) > 0.1 * line.size || !crosses(o)) return false
    const other = extents(o)
    return Math.abs(other[0].x0 - x0) <= line.size && Math.abs(other[other.length - 1].x1 - x1) <= line.size
  })
}

// A banner stands this many of its sizes clear of its own column's lines above and below (a
// title's last line sits closer under the line before it).
const APART_SIZES = 2

/** Whether no other line with ink where `inColumn` says lies within APART_SIZES of `lines[k]`'s sizes. */
function apart(lines: Line[], k: number, inColumn: (p: Piece) => boolean): boolean {
  const line = lines[k]
  return lines.every((other, j) => j === k || Math.abs(other.y - line.y) > APART_SIZES * line.size || !extents(other).some(inColumn))
}

/**
 * Whether `lines[k]` is a heading set alone across the page though its ink sits in one column (a
 * 栏目 banner flush left on a strip, between the columns balanced above it and those starting
 * under it): heading type, clear of its own column's lines, and every other column has ink above
 * and below it but none beside it.
 */
export function headingAlone(lines: Line[], k: number, gutters: number[], bodySize: number): boolean {
  const line = lines[k]
  if (gutters.length === 0 || line.size < HEADING_SIZE * bodySize) return false
  const ink = extents(line)
  if (ink.length === 0) return false
  const col = (x: number): number => gutters.filter((g) => x > g).length
  const own = col(Math.min(...ink.map((p) => p.x0)))
  if (col(Math.max(...ink.map((p) => p.x1))) !== own) return false
  return gutters.concat([Infinity]).every((_, c) => {
    if (c === own) return apart(lines, k, (p) => col((p.x0 + p.x1) / 2) === c)
    let above = false
    let below = false
    for (const [j, other] of lines.entries()) {
      if (j === k || !extents(other).some((p) => col((p.x0 + p.x1) / 2) === c)) continue
      const dy = other.y - line.y
      if (Math.abs(dy) <= CLEAR_SIZES * Math.max(line.size, other.size)) return false
      if (dy > 0) above = true // PDF units: y upwards
      else below = true
    }
    return above && below
  })
}
