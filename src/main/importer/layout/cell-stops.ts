// Cells set close together on one baseline: a 目录 whose 文号 column stands a quarter em from its
// titles' first lines (a 方正-style tool's three-column list, each cell one text operation). The
// blank between the two is narrower than the gap that makes a space between CJK characters, so
// the title's last words and the 文号 would be read as one word. What tells them apart is the
// column: the right-hand runs start at one x, row after row, each after a blank wider than the
// left run's own spacing between its glyphs. Runs starting at such a stop are marked (TextRun.cell)
// and joinRuns writes a space before them. A line printed whole in runs (a Word-born title cut at
// a font change) has no such stop: its run breaks do not line up down the page.
import type { Line, TextRun } from './pdf-lines'

// The blank before a cell is at least this share of the font size beyond the left run's own spacing.
const MIN_CELL_GAP = 0.1
// A blank this wide between CJK glyphs is a space already (pdf-lines.ts's CJK_GAP); a wider one, a
// gutter between columns, makes no stop: a title across the columns may break its runs there.
const MAX_CELL_GAP = 0.4
// Right-hand runs start within this many points of each other to share a stop.
const SAME_STOP = 1
// A stop is shared by at least this many lines of the page.
const MIN_ROWS = 3
// Runs of at least this many glyphs show their own spacing; a shorter one is no cell's left side.
const MIN_GLYPHS = 2

const WIDE_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u

/** A run's spacing between glyphs beyond their natural width (CJK one em, others half), per glyph. */
function ownSpacing(run: TextRun): number {
  const chars = [...run.str]
  const natural = chars.reduce((w, c) => w + (WIDE_CHAR.test(c) ? 1 : 0.5) * run.size, 0)
  return Math.max(0, (run.width - natural) / Math.max(1, chars.length - 1))
}

const glyphs = (run: TextRun): number => [...run.str.replace(/\s/g, '')].length
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u
// Only a break between CJK glyphs: elsewhere joinRuns' word gap already sets a space, and a run of
// leader dots or a list's `19.` before its text are no cells.
const cjkBreak = (a: TextRun, b: TextRun): boolean => CJK.test([...a.str.trimEnd()].pop() ?? '') && CJK.test(b.str.trimStart()[0] ?? '')

/** Each line's run breaks whose blank is wider than the left run's own spacing: [line, run] pairs with the run's x. */
function candidates(lines: Line[]): { line: number; run: TextRun }[] {
  const out: { line: number; run: TextRun }[] = []
  lines.forEach((line, n) => {
    const inked = line.runs.filter((r) => r.str.trim() !== '')
    for (let k = 1; k < inked.length; k++) {
      const [a, b] = [inked[k - 1], inked[k]]
      if (glyphs(a) < MIN_GLYPHS || glyphs(b) < MIN_GLYPHS || !cjkBreak(a, b)) continue
      const gap = b.x - (a.x + a.width)
      const size = Math.max(a.size, b.size)
      if (gap < MAX_CELL_GAP * size && gap - ownSpacing(a) >= MIN_CELL_GAP * size) out.push({ line: n, run: b })
    }
  })
  return out
}

/** Marks the runs of a page that start a cell: at an x where MIN_ROWS lines or more break so. */
export function markCellStarts(lines: Line[]): void {
  const found = candidates(lines).sort((p, q) => p.run.x - q.run.x)
  let i = 0
  while (i < found.length) {
    let j = i + 1
    while (j < found.length && found[j].run.x - found[i].run.x <= SAME_STOP) j++
    const group = found.slice(i, j)
    if (new Set(group.map((c) => c.line)).size >= MIN_ROWS) for (const c of group) c.run.cell = true
    i = j
  }
}
