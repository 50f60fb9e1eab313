// A ruled table in pdftotext's text (no layout): each cell comes out as a block of its own, one
// short line and a blank line, row after row — '乡镇' / '总人口' / … / '交楼申乡' / '9461' / '3146' / ….
// A person reads the header's cells, then row after row of as many cells, each column holding one
// kind of value (names in the first, figures in the others). Here such a run is cut into rows of
// the width whose columns keep one kind throughout, and each row becomes one tab-separated line,
// as the PDF reader keeps a table's rows. Figures alone on their lines are no page numbers there.
import { compact, isBlank, type SourceLine } from './lines'

/** A cell is short: a table's cells wrap at their column's narrow width. */
const MAX_CELL = 24
/** Rows a table needs below its header before its width is trusted. */
const MIN_ROWS = 3
const MAX_COLUMNS = 12
/** Blocks before a table's header that may belong to the run (a caption, a unit note). */
const MAX_LEAD = 3
/** Share of a column's cells that must be of the column's kind. */
const SAME_KIND = 0.9

const isFigure = (text: string): boolean => /^[-+]?\d[\d,，.．%％]*$/.test(compact(text))

/**
 * The runs of cells: indexes of raw lines that stand alone (a blank line or a page break after
 * each, as pdftotext writes a cell; or the page's folio), short, and not page furniture (blanked in `kept`, no figure). A line blanked as
 * noise counts when it is a figure: a cell's number, not a folio, inside a run.
 */
function cellRuns(raw: readonly SourceLine[], kept: readonly SourceLine[], from: number): number[][] {
  const runs: number[][] = []
  let run: number[] = []
  const close = (): void => {
    if (run.length > 0) runs.push(run)
    run = []
  }
  const end = Math.min(raw.length, kept.length)
  const furniture = (i: number): boolean => isBlank(kept[i].text) && !isBlank(raw[i].text) && !isFigure(raw[i].text)
  for (let i = from; i < end; i++) {
    const t = raw[i].text
    if (isBlank(t)) continue
    const alone = i + 1 >= end || isBlank(raw[i + 1].text) || raw[i + 1].no === raw[i].no || furniture(i + 1)
    const cell = compact(t).length <= MAX_CELL && !t.includes('\t') && alone
    if (furniture(i) && run.length > 0) continue
    if (!cell || furniture(i)) {
      close()
      continue
    }
    run.push(i)
  }
  close()
  return runs
}

/** The table's column count: the header's cells are words, each column below keeps one kind. */
function columnsOf(texts: readonly string[]): number | null {
  for (let n = 2; n <= MAX_COLUMNS; n++) {
    const rows = Math.floor(texts.length / n) - 1
    if (rows < MIN_ROWS) return null
    if (texts.slice(0, n).some(isFigure)) return null
    let figures = 0
    let consistent = true
    for (let c = 0; c < n && consistent; c++) {
      let f = 0
      for (let r = 1; r <= rows; r++) if (isFigure(texts[r * n + c])) f++
      figures += f
      consistent = f >= SAME_KIND * rows || rows - f >= SAME_KIND * rows
    }
    // Columns of words alone fit any width: only figures show the rows.
    if (consistent && figures >= rows) return n
  }
  return null
}

/**
 * Each table's rows as one tab-separated line on its first cell's line, its other cells' lines
 * blank (line numbers stay). `raw` is the text before noise was blanked, `lines` after; text
 * without layout only.
 */
export function joinTableCells(lines: readonly SourceLine[], raw: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  for (const run of cellRuns(raw, lines, from)) {
    // A caption or a note set as a block of its own may stand before the header.
    let start = 0
    let n: number | null = null
    for (; start <= MAX_LEAD && n === null; start++) n = columnsOf(run.slice(start).map((i) => raw[i].text.trim()))
    if (n === null) continue
    const cellsOf = run.slice(start - 1)
    for (let r = 0; (r + 1) * n <= cellsOf.length; r++) {
      const cells = cellsOf.slice(r * n, (r + 1) * n)
      out[cells[0]] = { no: raw[cells[0]].no, text: cells.map((i) => raw[i].text.trim()).join('\t') }
      for (const i of cells.slice(1)) out[i] = { no: raw[i].no, text: '' }
    }
  }
  return out
}
