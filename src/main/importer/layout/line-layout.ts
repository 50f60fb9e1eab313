// Measures shared by a document's columns (margins, body size) and each line's typography.
import {
  ITEM_START,
  SENTENCE_END,
  TOC_END,
  isTableRow,
  measureMargins,
  startsAtLeft,
  type Margins,
} from './pdf-reflow'
import type { PageLine, Reflowed } from './pdf-lines'
import type { Align, LineLayout } from '../../../shared/source-line'
import type { Block } from './columns'
import type { FontFace } from './font-class'

/** One block of one page with its visual lines. */
export interface Placed {
  block: Block
  lines: PageLine[]
  page: number
}

export interface Metrics {
  /** The text block's edges for a block's column, measured over every page with that column. */
  margins(block: Block): Margins | null
  /** The size most of the text is set in. */
  bodySize: number
}

// Lengths within this many ems are the same position.
const NEAR_EM = 0.6

const groupKey = (b: Block): string => (b.spans ? 'span' : `${b.columns}.${b.column}`)

export function measureGroups(placed: Placed[]): Metrics {
  const groups = new Map<string, PageLine[][]>()
  for (const p of placed) {
    const key = groupKey(p.block)
    groups.set(key, [...(groups.get(key) ?? []), p.lines])
  }
  const margins = new Map<string, Margins | null>()
  for (const [key, pages] of groups) margins.set(key, measureMargins(pages))
  return { margins: (b) => marginsOf(b, margins), bodySize: bodySize(placed) }
}

/** A column's margins; a spanning line's are the outer edges of the first and last column. */
function marginsOf(b: Block, all: Map<string, Margins | null>): Margins | null {
  if (!b.spans) return all.get(groupKey(b)) ?? null
  const first = all.get(`${b.columns}.0`)
  const last = all.get(`${b.columns}.${b.columns - 1}`)
  return first && last ? { left: first.left, right: last.right, tightStep: null } : null
}

function bodySize(placed: Placed[]): number {
  const weight = new Map<number, number>()
  for (const p of placed) {
    for (const l of p.lines) {
      const s = Math.round(l.size * 2) / 2
      weight.set(s, (weight.get(s) ?? 0) + l.text.length)
    }
  }
  let best = 0
  for (const [s, n] of weight) if (n > (weight.get(best) ?? 0)) best = s
  return best || 10
}

/** The column's edges: the measured margins, else the block's own extent. */
function edges(p: Placed, m: Margins | null): { left: number; right: number } {
  if (m) return { left: m.left, right: m.right }
  return { left: Math.min(...p.lines.map((l) => l.x0)), right: Math.max(...p.lines.map((l) => l.x1)) }
}

export function alignOf(line: Pick<PageLine, 'x0' | 'x1' | 'size'>, left: number, right: number): Align {
  const em = line.size
  const atRight = Math.abs(line.x1 - right) <= NEAR_EM * em
  // A justified paragraph's first line is indented and still reaches the right edge.
  if (atRight && line.x0 - left <= 2.5 * em) return 'full'
  const offCentre = Math.abs((line.x0 + line.x1) / 2 - (left + right) / 2)
  const free = line.x0 - left > em && right - line.x1 > em
  if (free && offCentre <= em) return 'centre'
  // A long centred title line in a large face falls short of each edge by less than its em
  // (2 pt either side of a 18 pt line): centred all the same when it sits exactly in the middle.
  const short = line.x0 - left > NEAR_EM * em && right - line.x1 > NEAR_EM * em
  if (short && offCentre <= 0.25 * em) return 'centre'
  if (atRight) return 'right'
  return 'left'
}

export function describeLine(
  r: Reflowed,
  p: Placed,
  pageHeight: number,
  face: FontFace,
  metrics: Metrics,
  pageLabel: string | undefined,
): LineLayout {
  const m = metrics.margins(p.block)
  const { left, right } = edges(p, m)
  const line = r.first
  const pitch = m?.tightStep ?? line.size * 1.5
  return {
    page: p.page,
    ...(pageLabel !== undefined ? { pageLabel } : {}),
    column: p.block.column,
    columns: p.block.columns,
    spans: p.block.spans,
    x0: round(line.x0),
    x1: round(line.x1),
    y: round(pageHeight - (line.y ?? 0)),
    size: round(line.size),
    relSize: round(line.size / metrics.bodySize, 2),
    font: face.font,
    ...(face.name ? { fontName: face.name } : {}),
    bold: face.bold,
    align: alignOf(line, left, right),
    indent: round(Math.max(0, line.x0 - left) / line.size, 1),
    gapBefore: r.gapBefore ? round(Math.max(0, line.step / pitch - 1), 1) : 0,
    parts: r.parts,
  }
}

function round(v: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(v * f) / f
}

// Ems past the column's left edge beyond which a line is set in, not a paragraph's (indented) line.
const SET_IN_EMS = 3

/**
 * Whether `next` (the first line of a column or page) continues `prev` (the last line of the
 * column or page before): `prev` runs to its column's right edge, `next` starts at its
 * column's left edge in the same type, and the sentence is unfinished or paragraphs are indented.
 */
export function continuesAcross(
  prevText: string,
  prev: { line: PageLine; placed: Placed },
  next: { line: PageLine; placed: Placed },
  metrics: Metrics,
): boolean {
  if (prev.placed.block.spans || next.placed.block.spans || isTableRow(prev.line) || isTableRow(next.line)) return false
  const mp = metrics.margins(prev.placed.block)
  const mn = metrics.margins(next.placed.block)
  if (!mp || !mn || TOC_END.test(prevText) || ITEM_START.test(next.line.text)) return false
  // With indented paragraphs, an unindented first line continues, even after a full stop.
  if (mn.indent == null && SENTENCE_END.test(prevText)) return false
  const a = prev.line
  const b = next.line
  if (Math.abs(a.size - b.size) > 0.1 * a.size) return false
  // Set in further than a first-line indent: a signature, a date or a centred line, whole in itself.
  if (a.x0 - mp.left > SET_IN_EMS * a.size) return false
  const full = a.x1 + b.lead > mp.right - 0.25 * a.size
  return full && startsAtLeft(b, mn.left) && !standsApart(next)
}

// A step this many times the column's usual line pitch sets a line apart from the text under it.
const APART_STEPS = 2
const USUAL_LEADING = 1.6

/**
 * A page's first line set apart from the text under it by more than a paragraph gap: a running
 * head the furniture left in (a section's name in one corner, '部门文件'), not the next line of
 * a paragraph, whose next line follows at the column's pitch.
 */
function standsApart(next: { line: PageLine; placed: Placed }): boolean {
  const lines = next.placed.lines
  const i = lines.indexOf(next.line)
  const after = lines[i + 1]
  if (i < 0 || !after) return false
  // The column's usual step; a column of a line or two (a page's last lines) is taken at 1.6 ems.
  const steps = lines.map((l) => l.step).filter((s) => s > 0).sort((x, y) => x - y)
  const pitch = steps.length >= 3 ? steps[Math.floor(steps.length / 2)] : USUAL_LEADING * next.line.size
  return after.step > APART_STEPS * pitch
}
