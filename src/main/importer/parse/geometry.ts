// What a line's place on the page says about the paragraph it belongs to (PDF only): a line that
// stops well short of its column's right edge ends its paragraph; one that runs to the edge was
// wrapped by the typesetter, and the next line (same face, not indented) goes on with it.
import type { LineLayout } from '../../../shared/source-line'
import type { SourceLine } from './lines'

/**
 * 'full': runs to the column's edge; 'short': stops clearly before it; 'unknown': no layout.
 * 'indented' (hard-wrapped text only): full less a first-line indent, see text-flow.ts.
 */
export type Edge = 'full' | 'short' | 'unknown' | 'indented'

/**
 * A line ending within this many characters of the edge is full: CJK line breaking keeps closing
 * brackets and punctuation off a line's start, so a wrapped line may stop up to 3 characters short.
 */
const FULL_WITHIN = 3.5
/** A line ending this many characters or more before the edge is short. */
const SHORT_BY = 5
/** Body text: a title or masthead set larger may run wider than the text column. */
const isBody = (l: LineLayout): boolean => Math.abs(l.relSize - 1) < 0.1

/** Ems of indent that mark a paragraph's first line (公文 indents two). */
const FIRST_LINE_INDENT = 1.5

function key(l: LineLayout): string {
  return `${l.page}:${l.column}`
}

/**
 * For each line number, whether its last visual line runs to the edge. The edge is the furthest
 * right any line of that page's column reaches. A paragraph the layout already joined (parts > 1)
 * reports its first visual line only, so its end is unknown.
 */
export function lineEdges(lines: readonly SourceLine[]): Map<number, Edge> {
  const right = new Map<string, number>()
  for (const { layout: l } of lines) {
    if (l && !l.spans && isBody(l)) right.set(key(l), Math.max(right.get(key(l)) ?? 0, l.x1))
  }
  const out = new Map<number, Edge>()
  for (const { no, layout: l } of lines) {
    if (!l || l.spans || l.parts > 1 || out.has(no)) continue
    const edge = right.get(key(l)) ?? l.x1
    const short = edge - l.x1
    out.set(no, short <= FULL_WITHIN * l.size ? 'full' : short >= SHORT_BY * l.size ? 'short' : 'unknown')
  }
  return out
}

/**
 * Whether `next` goes on with the paragraph `prev` ends, from the geometry alone: true (wrapped),
 * false (a new paragraph or a heading in its own face) or null (the page does not say).
 */
export function continuesOnPage(prev: LineLayout | undefined, prevEdge: Edge, next: LineLayout | undefined): boolean | null {
  if (!prev || !next) return null
  if (prev.font !== next.font || prev.bold !== next.bold) return false
  if (prevEdge === 'short') return false
  // A first-line indent starts a paragraph (the layout joined every wrap it saw before it).
  if (next.indent >= FIRST_LINE_INDENT && (next.align !== 'centre' || indentedLikePrev(prev, next))) return false
  if (prevEdge === 'full' && next.indent < 1) return true
  return null
}

/** Ems either side of the usual first-line indent (two characters) a paragraph's first line starts. */
const INDENT_RANGE = 0.5

/**
 * A body line at the first-line indent that only looks centred (it stops an em or so short of
 * the edge) under a line indented as far: both are set flush at the indent, each a
 * paragraph's first line (short paragraphs, one a line); a paragraph's wrapped line would start
 * at the margin. A centred title wraps in its own face or size, its lines at different places.
 */
function indentedLikePrev(prev: LineLayout, next: LineLayout): boolean {
  if (!isBody(next) || !isBody(prev) || Math.abs(next.indent - 2) > INDENT_RANGE) return false
  // Indents in ems from each line's own column: the same across a column or page break.
  return Math.abs(prev.indent - next.indent) <= 0.25
}

/**
 * A table row as a PDF gives it, cells apart by spaces ('交楼申乡 9461 3146 422'): three or more
 * cells, most of them numbers, no sentence punctuation. It is a block of its own.
 */
export function isCellRow(text: string): boolean {
  if (/[，。；,;]/.test(text)) return false
  const cells = text.trim().split(/\s+/)
  const numbers = cells.filter((c) => /^[\d.,%‰-]+$/.test(c)).length
  // Most cells numbers: a date spaced by the PDF ('1991 年 3 月 4 日') is not a row.
  return cells.length >= 3 && numbers >= 2 && numbers * 2 > cells.length
}
