// A ruled table in pdftotext's text (no layout): each cell comes out as a block of its own, one
// short line and a blank line, row after row — '乡镇' / '总人口' / … / '交楼申乡' / '9461' / '3146' / ….
// A person reads the header's cells, then row after row of as many cells, each column holding one
// kind of value (words or figures: names first, figures after). Here such a run is cut into rows of
// the width whose columns keep one kind throughout, and each row becomes one tab-separated line,
// as the PDF reader keeps a table's rows. Figures alone on their lines are no page numbers there.
import { compact, isBlank, leadingBlanks, type SourceLine } from './lines'

/** A cell is short: a table's cells wrap at their column's narrow width. */
const MAX_CELL = 24
/** Rows a table needs below its header before its width is trusted. */
const MIN_ROWS = 3
const MAX_COLUMNS = 12
/** Blocks a header may hold beyond the column count (a caption, a unit note before it). */
const MAX_LEAD = 3
/** Share of a column's cells that must be of the column's kind. */
const SAME_KIND = 0.9

/** A figure: digits with grouping, one decimal point and a percent sign ('24984', '1.7773', '21%'). */
const isFigure = (text: string): boolean => /^[-+]?\d[\d,，]*(?:[.．]\d+)?[%％]?$/.test(compact(text))

/** A cell: its raw lines (a cell wrapped at its column's width writes more than one) and its text. */
interface Cell {
  at: number[]
  text: string
}

/** Lines a cell wrapped at its narrow column may take ('交楼申' / '乡'), with no blank between them. */
const MAX_CELL_LINES = 3

/**
 * The runs of cells: raw lines that stand alone (a blank line or a page break after each, as
 * pdftotext writes a cell; or the page's folio), short, and not page furniture (blanked in `kept`,
 * no figure), or a few short lines of words standing so together (a cell wrapped in its column).
 * A line blanked as noise counts when it is a figure: a cell's number, not a folio, inside a run.
 */
function cellRuns(raw: readonly SourceLine[], kept: readonly SourceLine[], from: number): Cell[][] {
  const runs: Cell[][] = []
  let run: Cell[] = []
  const close = (): void => {
    if (run.length > 0) runs.push(run)
    run = []
  }
  const end = Math.min(raw.length, kept.length)
  const furniture = (i: number): boolean => isBlank(kept[i].text) && !isBlank(raw[i].text) && !isFigure(raw[i].text)
  const alone = (i: number): boolean => i + 1 >= end || isBlank(raw[i + 1].text) || raw[i + 1].no === raw[i].no || furniture(i + 1)
  const short = (i: number): boolean => compact(raw[i].text).length <= MAX_CELL && !raw[i].text.includes('\t')
  /** The lines of a wrapped cell from i: short lines of words, the last one alone; null if none. */
  const wrapped = (i: number): number[] | null => {
    const at = [i]
    while (at.length < MAX_CELL_LINES && !alone(at[at.length - 1])) {
      const k = at[at.length - 1] + 1
      if (!short(k) || isFigure(raw[k].text) || furniture(k)) return null
      at.push(k)
    }
    const text = at.map((k) => compact(raw[k].text)).join('')
    return alone(at[at.length - 1]) && text.length <= MAX_CELL && !isFigure(raw[i].text) ? at : null
  }
  for (let i = from; i < end; i++) {
    const t = raw[i].text
    if (isBlank(t)) continue
    if (furniture(i) && run.length > 0) continue
    if (!short(i) || furniture(i)) {
      close()
      continue
    }
    if (alone(i)) {
      run.push({ at: [i], text: t.trim() })
      continue
    }
    const at = run.length > 0 ? wrapped(i) : null
    if (!at) {
      close()
      continue
    }
    run.push({ at, text: at.map((k) => raw[k].text.trim()).join('') })
    i = at[at.length - 1]
  }
  close()
  return runs
}

/**
 * How far rows of `n` cells from `start` on keep one kind per column: the cells off their
 * column's kind, or null when a column mixes kinds or no figures show the rows (columns of
 * words alone fit any width).
 */
function misfits(texts: readonly string[], start: number, n: number): number | null {
  const rows = Math.floor((texts.length - start) / n)
  if (rows < MIN_ROWS) return null
  let figures = 0
  let off = 0
  for (let c = 0; c < n; c++) {
    let f = 0
    for (let r = 0; r < rows; r++) if (isFigure(texts[start + r * n + c])) f++
    if (f < SAME_KIND * rows && rows - f < SAME_KIND * rows) return null
    figures += f
    off += Math.min(f, rows - f)
  }
  return figures >= rows ? off : null
}

/**
 * The table in a run of cells: its column count and where its first row starts, after a header
 * of words. The header is as many cells as the rows when pdftotext kept each apart; when it
 * wrote some together ('总人口 总户数'), or a caption stands first, it is fewer or more. Of the
 * starts that fit, the one whose columns keep their kind best (a row out of step mixes them).
 */
function tableOf(texts: readonly string[]): { n: number; start: number } | null {
  for (let n = 2; n <= MAX_COLUMNS; n++) {
    if (Math.floor(texts.length / n) - 1 < MIN_ROWS) return null
    let best: { n: number; start: number; off: number } | null = null
    // A header of one cell is a heading over a list, not a table's.
    for (let start = 2; start <= n + MAX_LEAD && start < texts.length; start++) {
      if (isFigure(texts[start - 1]) || isFigure(texts[start - 2])) break
      const off = misfits(texts, start, n)
      if (off !== null && (best === null || off < best.off)) best = { n, start, off }
    }
    if (best) return { n, start: best.start }
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
    const table = tableOf(run.map((c) => c.text))
    if (table === null) continue
    const { n, start } = table
    // The header is a row of its own only when its cells came apart one by one.
    const cellsOf = run.slice(start === n ? 0 : start)
    for (let r = 0; (r + 1) * n <= cellsOf.length; r++) {
      const cells = cellsOf.slice(r * n, (r + 1) * n)
      const first = cells[0].at[0]
      out[first] = { no: raw[first].no, text: cells.map((c) => c.text).join('\t') }
      for (const i of cells.flatMap((c) => c.at).slice(1)) out[i] = { no: raw[i].no, text: '' }
    }
  }
  return out
}

/** A row of a table in pdftotext -layout's text: cells apart by wide blanks, figures among them. */
const ROW_CELLS = /\S+(?: \S+)*/g
const MIN_ROW_CELLS = 4
/** A first cell's wrapped rest: a few characters of words. */
const MAX_REST = 4

/**
 * A table row in `-layout` text whose first cell wrapped in its narrow column: the rest stands
 * alone on the next line under that cell (' 交楼申    9461      3146 …' / '  乡'). It goes back
 * after the cell's text on the row's line, its own line blanked (line numbers stay). Text
 * without layout only; a row has MIN_ROW_CELLS cells or more, two of them figures.
 */
export function joinWrappedFirstCells(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  for (let i = from; i + 1 < out.length; i++) {
    const row = out[i].text
    const cells = [...row.matchAll(ROW_CELLS)]
    if (cells.length < MIN_ROW_CELLS || cells.filter((m) => isFigure(m[0])).length < 2 || isFigure(cells[0][0])) continue
    const next = out[i + 1].text
    const rest = next.trim()
    const at = leadingBlanks(next)
    const first = cells[0]
    const under = at >= (first.index ?? 0) - 1 && at <= (first.index ?? 0) + first[0].length
    const alone = i + 2 >= out.length || isBlank(out[i + 2].text)
    if (!under || !alone || rest === '' || [...rest].length > MAX_REST || !/^[\u4e00-\u9fff]+$/.test(rest)) continue
    const end = (first.index ?? 0) + first[0].length
    out[i] = { ...out[i], text: row.slice(0, end) + rest + row.slice(end) }
    out[i + 1] = { ...out[i + 1], text: '' }
    i++
  }
  return out
}
