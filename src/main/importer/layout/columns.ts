// Columns of a page, from where its ink lies: a gutter is a vertical band that no line crosses
// except a few spanning ones (titles over both columns). Reading order goes column by column,
// with spanning lines cutting the page into sections at their height.
import { bandBreaks } from './column-bands'
import { punctInk } from './punct-ink'
import { stairBlocks } from './column-stairs'
import { centredAlone, headingAlone, spacedAcross, splitHeading } from './column-centred'
import { centredUnderSpan, hangsUnderSpan, rightEdge } from './span-tails'
import type { Line, TextRun } from './pdf-lines'
import { median } from '../../../shared/stats'

/** Runs read together: one column of one section, or spanning lines. */
export interface Block {
  columns: number
  column: number
  spans: boolean
  runs: TextRun[]
}

export interface Piece {
  x0: number
  x1: number
}

// A gutter lies inside this share of the text width from either edge.
const EDGE_SHARE = 0.2
// At most this share of the lines may cross a gutter (spanning titles).
const MAX_CROSSING = 0.2
// Lines set this much larger than the page's median size are titles (they may span columns).
const TITLE_SIZE = 1.15
// Runs closer than this many ems are one piece of ink.
const PIECE_GAP = 0.4
// A gutter is at least this many ems wide, and has this many lines ending/starting beside it.
const MIN_GUTTER_EM = 0.3
const MIN_NEIGHBOURS = 3
// Lines left of a gutter end within 1.5 ems of it (a paragraph's last line may not); lines
// right of it start within 2.5 ems (a first-line indent); these shares of them at least.
const NEAR_LEFT_EM = 1.5
const NEAR_RIGHT_EM = 2.5
const LEFT_SHARE = 0.4
const RIGHT_SHARE = 0.6
// Strips of the gutter closed only by hanging punctuation are narrower than this many ems.
const HANG_EM = 1
// Columns of one page differ in width by at most this share of the text width.
const BALANCE = 0.15
// A run holding two columns' lines is wider than its characters by at least this many ems (the
// gutter); a line crossing the gutter is not.
const MIN_SPLIT_BLANK_EM = 0.8

/**
 * Inked extents of a baseline: runs closer than PIECE_GAP merged, so the arbitrary run breaks
 * of some producers do not open a band, while a narrow gutter (one em, with punctuation
 * hanging into it) still separates two columns' lines.
 */
export function extents(line: Line): Piece[] {
  const pieces: Piece[] = []
  for (const run of line.runs) {
    if (run.str.trim() === '') continue
    const last = pieces[pieces.length - 1]
    if (last && run.x - last.x1 <= PIECE_GAP * run.size) last.x1 = Math.max(last.x1, run.x + run.width)
    else pieces.push({ x0: run.x, x1: run.x + run.width })
  }
  return pieces
}

/** The page's gutters (0, 1 or 2), left to right: bands that only spanning lines cross. */
export function findGutters(lines: Line[]): Piece[] {
  if (lines.length < 2 * MIN_NEIGHBOURS) return []
  const inks = lines.map(extents)
  const all = inks.flat()
  const size = median(lines.map((l) => l.size)) || 10
  const left = Math.min(...all.map((p) => p.x0))
  const right = Math.max(...all.map((p) => p.x1))
  const width = right - left
  // Titles set larger than the body span the columns: a short page (a document's last lines,
  // balanced under its spanning title) may hold more of them than MAX_CROSSING allows.
  const body = inks.filter((_, k) => lines[k].size <= size * TITLE_SIZE)
  const cover = coverage(body.flat(), left, Math.ceil(width))
  const limit = Math.floor(body.length * MAX_CROSSING)
  const lo = Math.floor(width * EDGE_SHARE)
  const hi = Math.ceil(width * (1 - EDGE_SHARE))
  const open = bridge(
    Array.from({ length: hi + 2 }, (_, i) => i >= lo && i <= hi && cover[i] <= limit),
    Math.round(HANG_EM * size),
  )
  const gutters: Piece[] = []
  let start = -1
  for (let i = lo; i <= hi + 1; i++) {
    if (open[i] && start < 0) start = i
    if (!open[i] && start >= 0) {
      const band = { x0: left + start, x1: left + i }
      const gutter = band.x1 - band.x0 >= MIN_GUTTER_EM * size ? gutterAt(inks, band, { left, right, size }) : null
      if (gutter) gutters.push(gutter)
      start = -1
    }
  }
  if (gutters.length === 2 && !evenColumns(gutters, left, right)) return mostCentral(gutters, left, right)
  return gutters.length <= 2 ? gutters : evenPair(gutters, left, right)
}

/**
 * Of three or more blank bands, the one pair that makes three even columns: a name list set in
 * a narrow column (names, then posts after a wide blank, row under row) opens a band inside
 * its column that is no gutter. None, or more than one such pair: no columns found.
 */
function evenPair(gutters: Piece[], left: number, right: number): Piece[] {
  const pairs = gutters.flatMap((a, i) => gutters.slice(i + 1).map((b) => [a, b])).filter((p) => evenColumns(p, left, right))
  return pairs.length === 1 ? pairs[0] : []
}

/** Three columns of a page are set to one width; a name list's names and posts are not columns. */
function evenColumns(gutters: Piece[], left: number, right: number): boolean {
  const edges = [left, ...gutters.flatMap((g) => [g.x0, g.x1]), right]
  const widths = [edges[1] - edges[0], edges[3] - edges[2], edges[5] - edges[4]]
  return Math.max(...widths) - Math.min(...widths) <= (right - left) * BALANCE
}

/** Of two gutters that do not make even columns, the one splitting the page in halves, if any. */
function mostCentral(gutters: Piece[], left: number, right: number): Piece[] {
  const off = (g: Piece): number => Math.abs(g.x0 - left - (right - g.x1))
  const best = gutters.reduce((a, b) => (off(b) < off(a) ? b : a))
  return off(best) <= (right - left) * BALANCE ? [best] : []
}

/**
 * Punctuation hanging into the gutter from both sides (a comma at a line's end, an opening
 * bracket at the next column's start) can close a narrow strip inside it on a page with few
 * lines; strips narrower than HANG_EM between open bins are reopened.
 */
function bridge(open: boolean[], width: number): boolean[] {
  const out = [...open]
  let i = 0
  while (i < open.length) {
    if (open[i]) {
      i++
      continue
    }
    let j = i
    while (j < open.length && !open[j]) j++
    if (i > 0 && j < open.length && j - i < width) out.fill(true, i, j)
    i = j
  }
  return out
}

/** How many pieces cover each 1-point bin from `left`. */
function coverage(pieces: Piece[], left: number, bins: number): Int32Array {
  const diff = new Int32Array(bins + 2)
  for (const p of pieces) {
    const a = Math.max(0, Math.floor(p.x0 - left))
    const b = Math.min(bins + 1, Math.ceil(p.x1 - left))
    diff[a]++
    diff[b]--
  }
  for (let i = 1; i < diff.length; i++) diff[i] += diff[i - 1]
  return diff
}

interface Frame {
  left: number
  right: number
  size: number
}

/** A line's ink beside a band: where its left part ends and its right part starts. */
interface Sides {
  leftStart: number
  leftEnd: number
  rightStart: number
  rightEnd: number
}

function sides(ink: Piece[], band: Piece): Sides | null {
  if (ink.some((p) => p.x0 < band.x0 - 1 && p.x1 > band.x1 + 1)) return null
  // A band may be wider than the gutter where one column's lines are indented (a name list):
  // ink starting inside it belongs to the column on its right.
  const mid = (band.x0 + band.x1) / 2
  const lefts = ink.filter((p) => (p.x0 + p.x1) / 2 < mid)
  const rights = ink.filter((p) => (p.x0 + p.x1) / 2 >= mid)
  return {
    leftStart: Math.min(...lefts.map((p) => p.x0)),
    leftEnd: Math.max(...lefts.map((p) => p.x1)),
    rightStart: Math.min(...rights.map((p) => p.x0)),
    rightEnd: Math.max(...rights.map((p) => p.x1)),
  }
}

// Justified columns end at the gutter and start right after it: most lines on each side touch
// the band. A single-column page's short lines (a signature, a 目录's ragged titles) do not.
// A column of short lines (a name list) touches it less; two columns of one width are still
// two when each side has full lines, edge to edge, as a table's cells seldom are.
// The gutter found ends where the right column's unindented lines start.
function gutterAt(inks: Piece[][], band: Piece, frame: Frame): Piece | null {
  const { size } = frame
  let lefts = 0
  let nearLeft = 0
  let fullLeft = 0
  let rights = 0
  let nearRight = 0
  let fullRight = 0
  const starts: number[] = []
  const ends: number[] = []
  for (const ink of inks) {
    const side = sides(ink, band)
    if (!side) continue
    if (side.leftEnd > -Infinity) {
      lefts++
      const near = side.leftEnd >= band.x0 - NEAR_LEFT_EM * size
      if (near) nearLeft++
      if (near && side.leftStart <= frame.left + NEAR_RIGHT_EM * size) fullLeft++
    }
    if (side.rightStart < Infinity) {
      rights++
      starts.push(side.rightStart)
      ends.push(side.rightEnd)
      const near = side.rightStart <= band.x1 + NEAR_RIGHT_EM * size
      if (near) nearRight++
      if (near && side.rightEnd >= frame.right - NEAR_LEFT_EM * size) fullRight++
    }
  }
  const balanced =
    Math.abs(band.x0 - frame.left - (frame.right - band.x1)) <= (frame.right - frame.left) * BALANCE &&
    fullLeft >= MIN_NEIGHBOURS &&
    fullRight >= MIN_NEIGHBOURS
  const found =
    nearLeft >= MIN_NEIGHBOURS &&
    nearRight >= MIN_NEIGHBOURS &&
    (nearLeft >= lefts * LEFT_SHARE || balanced) &&
    nearRight >= rights * RIGHT_SHARE
  if (!found || (fullRight === 0 && flushRight(starts, ends, size))) return null
  const edge = starts.sort((a, b) => a - b)[MIN_NEIGHBOURS - 1]
  return { x0: band.x0, x1: Math.max(band.x0 + MIN_GUTTER_EM * frame.size, Math.min(band.x1, edge)) }
}

/**
 * Lines right of the band that all end at one x and start wherever their text makes them (a
 * signature block set flush right beside a name list's short lines): not a column, whose lines
 * start at one x.
 */
function flushRight(starts: number[], ends: number[], size: number): boolean {
  const spread = (v: number[]): number => Math.max(...v) - Math.min(...v)
  return ends.length > 0 && spread(ends) <= size && spread(starts) >= 2 * size
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d]/u

/** Estimated width of text set at `size`: full-width characters one em, the rest about half. */
function estimate(text: string, size: number): number {
  let ems = 0
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.55
  return ems * size
}

/**
 * pdf.js may hand two columns' lines on one baseline as a single run with a space for the
 * gutter ('为原则， 硬化面积…'). Such a run is cut at the space nearest the gutter; each part
 * keeps its outer edge and gets an estimated width, kept out of the gutter's band. A run whose
 * width its characters fill (no gutter's worth of blank in it) is one line that crosses the
 * gutter: a 文号 centred under a spanning title ('国办发〔2018〕115 号'), not two columns.
 */
function splitRun(run: TextRun, bands: Piece[]): TextRun[] {
  const band = bands.find((b) => run.x < (b.x0 + b.x1) / 2 - 1 && run.x + run.width > (b.x0 + b.x1) / 2 + 1)
  if (band === undefined || !/\S\s+\S/.test(run.str)) return [run]
  if (run.width - estimate(run.str.replace(/\s+/g, ''), run.size) < MIN_SPLIT_BLANK_EM * run.size) return [run]
  const g = (band.x0 + band.x1) / 2
  const chars = [...run.str]
  let best = -1
  let bestDist = Infinity
  chars.forEach((ch, i) => {
    if (!/\s/.test(ch)) return
    const at = run.x + estimate(chars.slice(0, i).join(''), run.size)
    if (Math.abs(at - g) < bestDist) [best, bestDist] = [i, Math.abs(at - g)]
  })
  if (best < 0) return [run]
  const left = chars.slice(0, best).join('').trimEnd()
  const right = chars.slice(best + 1).join('').trimStart()
  const end = run.x + run.width
  const leftWidth = Math.min(estimate(left, run.size), Math.max(band.x0, g) - run.x)
  const rightWidth = Math.min(estimate(right, run.size), end - Math.min(band.x1, end))
  return [
    { ...run, str: left, width: leftWidth },
    ...splitRun({ ...run, str: right, x: end - rightWidth, width: rightWidth }, bands),
  ]
}

function splitLine(line: Line, bands: Piece[]): Line {
  return { ...line, runs: line.runs.flatMap((r) => splitRun(r, bands)) }
}

/**
 * Whether a baseline crosses a gutter: a piece of its ink runs from left of the band into the
 * next column (punctuation hanging into the band does not count).
 */
function crosses(line: Line, gutters: Piece[]): boolean {
  return bySize(line).some((part) => extents(punctInk(part)).some((p) => gutters.some((g) => p.x0 < g.x0 && p.x1 > g.x1 + 1)))
}

// Runs whose sizes differ by more than this share are different type.
const SAME_SIZE = 0.1

/**
 * A baseline's runs in stretches of one size. Two columns' lines can share a baseline and touch
 * in the gutter (a body line's bracket hanging into it, a larger 栏目 heading's 【 set half an em
 * before its column): a spanning line is one type across the gutter, so they do not join.
 */
function bySize(line: Line): Line[] {
  const parts: Line[] = []
  let size = -1
  for (const run of line.runs) {
    if (run.str.trim() === '') continue
    if (parts.length === 0 || Math.abs(run.size - size) > SAME_SIZE * Math.max(run.size, size)) parts.push({ ...line, runs: [] })
    parts[parts.length - 1].runs.push(run)
    size = run.size
  }
  return parts
}

function columnOf(run: TextRun, gutters: number[]): number {
  const centre = run.x + run.width / 2
  return gutters.filter((g) => centre > g).length
}

/** The page's runs as blocks in reading order (one block when the page has one column). */
export function readingBlocks(lines: Line[], bands: Piece[] = findGutters(lines)): Block[] {
  const gutters = bands.map((b) => (b.x0 + b.x1) / 2)
  const columns = bands.length + 1
  if (columns === 1) return [{ columns, column: 0, spans: false, runs: lines.flatMap((l) => l.runs) }]
  const blocks: Block[] = []
  let section: TextRun[][] = gutters.map(() => []).concat([[]])
  const flush = (): void => {
    section.forEach((runs, column) => {
      if (runs.length > 0) blocks.push({ columns, column, spans: false, runs })
    })
    section = section.map(() => [])
  }
  const split = lines.map((l) => splitLine(l, bands))
  const breaks = new Set(sectionBreaks(split, bands, gutters))
  const inks = split.flatMap(extents)
  const [left, right] = [Math.min(...inks.map((p) => p.x0)), Math.max(...inks.map((p) => p.x1))]
  const textRight = rightEdge(split)
  const column = (r: TextRun): number => columnOf(r, gutters)
  const bodySize = median(lines.map((l) => l.size))
  const spanning = (line: Line, k: number): boolean =>
    crosses(line, bands) ||
    centredAlone(split, k, gutters, left, right) ||
    headingAlone(split, k, gutters, bodySize) ||
    spacedAcross(line, gutters, left, right, bodySize) ||
    splitHeading(split, k, bands, bodySize, (l) => crosses(l, bands))
  split.forEach((line, k) => {
    if (breaks.has(k)) flush()
    const underSpan = blocks[blocks.length - 1]?.spans === true && section.every((c) => c.length === 0)
    const tail = underSpan && (hangsUnderSpan(line, split[k + 1], column, textRight, gutters[gutters.length - 1], (c) => bands[c - 1]?.x1) || centredUnderSpan(line, blocks[blocks.length - 1].runs, left, right))
    if (spanning(line, k) || tail) {
      flush()
      const last = blocks[blocks.length - 1]
      if (last?.spans) last.runs.push(...line.runs)
      else blocks.push({ columns, column: 0, spans: true, runs: [...line.runs] })
    } else {
      for (const run of line.runs) section[columnOf(run, gutters)].push(run)
    }
  })
  flush()
  return stairBlocks(blocks)
}

/** Band breaks (see column-bands) inside each stretch between spanning lines, as line indices. */
function sectionBreaks(lines: Line[], bands: Piece[], gutters: number[]): number[] {
  const out: number[] = []
  let start = 0
  const scan = (end: number): void => {
    for (const k of bandBreaks(lines.slice(start, end), (r) => columnOf(r, gutters), gutters.length + 1)) out.push(start + k)
  }
  lines.forEach((line, k) => {
    if (!crosses(line, bands)) return
    scan(k)
    start = k + 1
  })
  scan(lines.length)
  return out
}
