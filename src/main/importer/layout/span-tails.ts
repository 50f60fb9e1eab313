// A line set flush right under a title that spans the columns (a 文号 under the title, as many
// gazettes print it) sits in the right column's x range, but above where either column starts:
// the left column has nothing at its height. It belongs to the title's block, not to the top
// of the right column (where it would stand in the middle of the text read before it).
import type { Line, TextRun } from './pdf-lines'

// Flush right: its ink ends within this many ems of the page's right text edge.
const FLUSH_EM = 1

/**
 * Whether `line`, right under spanning lines, hangs from them: all its ink right of column 0,
 * ending at the text's right edge, and the next line opens the columns with ink in column 0.
 */
export function hangsUnderSpan(
  line: Line,
  next: Line | undefined,
  column: (run: TextRun) => number,
  right: number,
): boolean {
  const inked = line.runs.filter((r) => r.str.trim() !== '')
  if (inked.length === 0 || !next) return false
  if (inked.some((r) => column(r) === 0)) return false
  const end = Math.max(...inked.map((r) => r.x + r.width))
  if (end < right - FLUSH_EM * line.size) return false
  return next.runs.some((r) => r.str.trim() !== '' && column(r) === 0)
}

/** The right edge of a page's text: where its lines' ink ends furthest right. */
export function rightEdge(lines: Line[]): number {
  let right = -Infinity
  for (const l of lines) for (const r of l.runs) if (r.str.trim() !== '') right = Math.max(right, r.x + r.width)
  return right
}
