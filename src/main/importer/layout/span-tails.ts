// A line set flush right under a title that spans the columns (a 文号 under the title, as many
// gazettes print it) sits in the right column's x range, but above where either column starts:
// the left column has nothing at its height. It belongs to the title's block, not to the top
// of the right column (where it would stand in the middle of the text read before it).
import type { Line, TextRun } from './pdf-lines'

// Flush right: its ink ends within this many ems of the page's right text edge.
const FLUSH_EM = 1
// Hanging: its ink starts at least this many ems right of the last gutter. A line that starts at
// the column's left edge (a paragraph's indent at most) is the column's first line, which may
// stand above column 0's first baseline when that column opens with a larger title.
const HANG_EM = 4
// A paragraph's first line starts this many ems in from its column's edge at most (公文: two).
const INDENT_EM = 2.5

/**
 * Whether `line`, right under spanning lines, hangs from them: all its ink right of column 0,
 * starting well into the last column (past `gutter`, the last gutter's middle) and ending at
 * the text's right edge, and the next line opens the columns with ink in column 0.
 */
export function hangsUnderSpan(
  line: Line,
  next: Line | undefined,
  column: (run: TextRun) => number,
  right: number,
  gutter: number,
  columnLeft: (column: number) => number | undefined = () => undefined,
): boolean {
  const inked = line.runs.filter((r) => r.str.trim() !== '')
  if (inked.length === 0 || !next) return false
  if (inked.some((r) => column(r) === 0)) return false
  const start = Math.min(...inked.map((r) => r.x))
  if (start < gutter + HANG_EM * line.size) return false
  const end = Math.max(...inked.map((r) => r.x + r.width))
  if (end < right - FLUSH_EM * line.size) return false
  // A line that fills its column from the column's left edge, or from a first-line indent in, is
  // the column's first line of text (it stands higher than a title set lower in the column beside
  // it), not a 文号 set flush right.
  const left = columnLeft(column(inked[0]))
  if (left !== undefined && start <= left + INDENT_EM * line.size) return false
  return next.runs.some((r) => r.str.trim() !== '' && column(r) === 0)
}

// Centred: the line's ink midpoint within this many ems of the text block's.
const CENTRE_EM = 1
// The same type as the spanning line above: sizes within this share.
const SAME_SIZE = 0.1
// Line heights a wrapped title's last line may stand below the spanning line.
const TAIL_GAP = 2

/**
 * Whether `line`, right under spanning lines (`above`, their runs), is a centred title's last
 * line wrapped short ('…联席会议制度的批' / '复'): in the type of the spanning line's last run,
 * close under it, its ink centred on the text block and narrower than half of it. Centred on the
 * page, its few characters sit on the gutter and would be read into a column.
 */
export function centredUnderSpan(line: Line, above: TextRun[], left: number, right: number): boolean {
  const inked = line.runs.filter((r) => r.str.trim() !== '')
  const last = above[above.length - 1]
  if (inked.length === 0 || !last) return false
  if (inked.some((r) => Math.abs(r.size - last.size) > SAME_SIZE * last.size)) return false
  if (Math.abs(line.y - last.y) > TAIL_GAP * 1.5 * last.size) return false
  const x0 = Math.min(...inked.map((r) => r.x))
  const x1 = Math.max(...inked.map((r) => r.x + r.width))
  return x1 - x0 < (right - left) / 2 && Math.abs((x0 + x1) / 2 - (left + right) / 2) <= CENTRE_EM * last.size
}

/** The right edge of a page's text: where its lines' ink ends furthest right. */
export function rightEdge(lines: Line[]): number {
  let right = -Infinity
  for (const l of lines) for (const r of l.runs) if (r.str.trim() !== '') right = Math.max(right, r.x + r.width)
  return right
}
