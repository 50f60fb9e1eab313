// What a line's place on the page says about the paragraph it belongs to (PDF only): a line that
// stops well short of its column's right edge ends its paragraph; one that runs to the edge was
// wrapped by the typesetter, and the next line (same face, not indented) goes on with it.
import type { LineLayout } from '../source-line'
import type { SourceLine } from './lines'

/** 'full': runs to the column's edge; 'short': stops clearly before it; 'unknown': no layout. */
export type Edge = 'full' | 'short' | 'unknown'

/** A line ending within this many characters of the edge is full (CJK lines cannot always fill it). */
const FULL_WITHIN = 2.5
/** A line ending this many characters or more before the edge is short. */
const SHORT_BY = 4

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
    if (l && !l.spans) right.set(key(l), Math.max(right.get(key(l)) ?? 0, l.x1))
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
  if (next.indent >= FIRST_LINE_INDENT && next.align !== 'centre') return false
  if (prevEdge === 'full' && next.indent < 1) return true
  return null
}
