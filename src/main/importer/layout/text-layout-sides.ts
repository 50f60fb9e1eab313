// One column's rows of -layout text, once a run is split at its gutter, tidied before the parser
// reads them: blank rows that are only the leading between lines taken out (closeGaps), and a
// line pdftotext wrote in two pieces at a pair of full-width marks put back on one row
// (joinMarkPieces), a form's table of narrow cells written a character to a row read row by row
// (readNarrowCells).
import { DECIMAL_START, leadingBlanks, PARA_LABEL } from '../parse/lines'
import { parseDateLine } from '../parse/dates'
import { MAX_INDENT, inked, width } from './text-layout-rows'
import { MIN_ROWS } from './text-layout-runs'
import { cellsOf, type Cell } from './text-layout-tables'

/** A side's rows with its pieces joined and its leading's blank rows closed. */
export function tidySide(side: string[]): string[] {
  return closeGaps(joinMarkPieces(readNarrowCells(side)).map(closePairGap))
}

/**
 * The same pair of marks written on one row with spaces between ('统计方法。    （生', at a line's
 * end): pdftotext places the opening bracket by its glyph's box, whose left half is blank, cells
 * past the stop the typesetter set it against. The row is one line of the column; left spaced, it
 * reads wider than the column's full lines and its paragraph runs on past its short last line.
 */
function closePairGap(row: string): string {
  return row.replace(PAIR_APART, '$1')
}

/** A stop or closing mark, spaces, and an opening bracket, pause or comma after a hanzi or mark. */
const PAIR_APART = /([。；：！？）》”]) {2,}(?=[（，、][\u3400-\u9fff“《（])/g

/** A line that opens a paragraph of its own: an item's or section's number (not a decimal's digits), a 条. */
const opensParagraph = (t: string): boolean => PARA_LABEL.test(t) && !DECIMAL_START.test(t)

/**
 * A side's lone blank rows inside a paragraph taken out: pdftotext sets one where a line stands a
 * little lower than the one before (a web page's uneven leading), between a full line and the
 * line that goes on at the same edge; the parser would read the rows as blocks set apart. A side
 * set at a line and a half (a Word page's exact leading) has pdftotext round each gap between
 * its lines to one row or none, so blank rows stand inside paragraphs after lines of any length
 * (a first line indented, a line cut before a bracketed number) as between them: once several
 * stand after long lines that do not end a sentence, every lone blank row of the side goes, and
 * the parser tells its paragraphs by their indents and short last lines, as on a page set solid.
 */
function closeGaps(side: string[]): string[] {
  const text = side.filter((r) => r.trim() !== '')
  if (text.length < MIN_ROWS) return side
  const of = width(text)
  const edge = Math.min(...text.map(leadingBlanks))
  // A line's width from the side's edge, its first-line indent counted (two cells an em).
  const reach = (r: string): number => inked(r) + (leadingBlanks(r) - edge) / 2
  const inside = side.map((r, i) => {
    if (r.trim() !== '' || i === 0 || i === side.length - 1) return false
    const [a, b] = [side[i - 1], side[i + 1]]
    if (a.trim() === '' || b.trim() === '' || /[。；：！？]\s*$/.test(a) || opensParagraph(b.trim())) return false
    return leadingBlanks(b) <= leadingBlanks(a)
  })
  const uneven = inside.filter((g, i) => g && reach(side[i - 1]) >= LEADING_SHARE * of).length >= LEADING_GAPS
  const lone = (i: number): boolean => side[i].trim() === '' && i > 0 && i < side.length - 1 && side[i - 1].trim() !== '' && side[i + 1].trim() !== ''
  return side.filter((r, i) => {
    if (uneven) return !lone(i)
    return !inside[i] || inked(side[i - 1]) < of - 1
  })
}

/** Blank rows after lines that go on which show a side set at a line and a half. */
const LEADING_GAPS = 3
/** Share of the side's width a line reaches, its indent counted, to go on past a blank row (no title's or signature's). */
const LEADING_SHARE = 0.75

/** A head piece ends at a full-width stop or closing mark. */
const HEAD_END = /[。；：！？）》”]$/
/**
 * Its rest opens at a full-width mark whose left half is blank: a bracket or a comma. Not a quote
 * or a title's bracket: a paragraph opens with one often ('“十四五”期间…' under '设施。').
 */
const REST_OPENS = /^[（，、]/
/**
 * A bracketed 文号 alone on its row ('（兴政发〔2022〕10 号）' under '…的通知》'), which the parser
 * reads where it stands, a title's or one a sentence cites: joined to the row above, its '号）'
 * stood past the column's edge and was lost from the sentence.
 */
const BRACKETED_NUMBER = /^（[^（）]*〔\d{4}〕\s*\d+\s*号）$/
/** Cells the rest may stand from where the head ends: -layout rounds glyph places to cells. */
const PIECE_DRIFT = 1
/** Ems a line's pieces may fill past the column's width: the marks' pair is set in one em. */
const PAIR_OVER = 2

/**
 * A side's rows with each line pdftotext wrote in two pieces joined. A typesetter sets a pair of
 * full-width marks ('。（', '》，') in one em; pdftotext -layout then writes the line's head up to
 * the first mark on its row and the rest from the second mark on the row under it, a cell short of
 * where the head ends ('管。' / ' （生态环境部指导）全面实施危险废物电'). A reader sees one line of the
 * column: read as two, the head is a paragraph's short last line. The head starts at the side's
 * edge (no first line, no signature), the rest is no item's own paragraph, and the two together
 * fill the column's width.
 */
function joinMarkPieces(side: string[]): string[] {
  const text = side.filter((r) => r.trim() !== '')
  if (text.length < MIN_ROWS) return side
  const of = width(text)
  const edge = Math.min(...text.map(leadingBlanks))
  const isPiece = (head: string, rest: string | undefined): boolean => {
    if (rest === undefined || leadingBlanks(head) !== edge || !HEAD_END.test(head.trimEnd())) return false
    const tail = rest.trim()
    if (!REST_OPENS.test(tail) || opensParagraph(tail) || BRACKETED_NUMBER.test(tail)) return false
    const ends = head.trimEnd().length
    const both = inked(head) + inked(rest)
    return Math.abs(leadingBlanks(rest) - (ends - 1)) <= PIECE_DRIFT && both >= of - 1 && both <= of + PAIR_OVER
  }
  const out: string[] = []
  for (let i = 0; i < side.length; i++) {
    if (isPiece(side[i], side[i + 1])) out.push(side[i].trimEnd() + side[++i].trim())
    else out.push(side[i])
  }
  return out
}

/** A narrow cell's piece on a row: a character or two ('政', '(盖'). */
const NARROW = 2
/** Rows of narrow cells, and rows holding two cells or more, that make a table of them. */
const MIN_NARROW_ROWS = 6
const MIN_WIDE_ROWS = 2
/** Cells a column's pieces may stand apart, row to row. */
const CELL_DRIFT = 1

/**
 * The places a row's narrow cells start at, or null when it holds a wider piece. A form's labels
 * are words: a figure or a Latin letter is a ruled table's (its header over rows of figures, read
 * by joinTableRows).
 */
function narrowCells(row: string): Cell[] | null {
  const cells = cellsOf(row)
  return cells.length > 0 && cells.every((c) => c.text.length <= NARROW && !/[\sA-Za-z0-9]/.test(c.text)) ? cells : null
}

/**
 * A side's rows with each table of narrow cells read row by row. A form set in a column (a
 * 推荐表: 基本情况 | 姓名 | 性别 | 出生年月) has cells a character or two wide: Word wraps each
 * label a character to a line, and pdftotext writes the table as rows of single characters at
 * the cells' places ('基     姓         性    出' / '本     名         别    生'). A person reads
 * each cell down and the table row by row. A table's row opens where a cell starts at a place the
 * row above left blank (the cells of a row start together, and each runs down until its label
 * ends); each comes out as one line, its cells read down and set apart by tabs, as
 * joinTableRows sets a ruled table's rows.
 */
function readNarrowCells(side: string[]): string[] {
  const cells = side.map((r) => (r.trim() === '' ? null : narrowCells(r)))
  const out: string[] = []
  for (let i = 0; i < side.length; ) {
    let end = i
    while (end < side.length && (cells[end] !== null || side[end].trim() === '')) end++
    while (end > i && side[end - 1].trim() === '') end--
    const block = cells.slice(i, end).filter((c): c is Cell[] => c !== null)
    if (block.length < MIN_NARROW_ROWS || block.filter((c) => c.length >= 2).length < MIN_WIDE_ROWS) {
      out.push(side[i])
      i++
      continue
    }
    out.push(...tableOfNarrowCells(block))
    i = end
  }
  return out
}

/** The table's rows of a block of narrow cells, each a line of its cells read down, tabs between. */
function tableOfNarrowCells(block: readonly Cell[][]): string[] {
  const places: number[] = []
  for (const c of block.flat()) if (!places.some((p) => Math.abs(p - c.at) <= CELL_DRIFT)) places.push(c.at)
  places.sort((a, b) => a - b)
  const column = (at: number): number => places.findIndex((p) => Math.abs(p - at) <= CELL_DRIFT)
  const rows: string[][] = []
  let above = new Set<number>()
  for (const r of block) {
    const here = new Set(r.map((c) => column(c.at)))
    if (rows.length === 0 || [...here].some((k) => !above.has(k))) rows.push(places.map(() => ''))
    for (const c of r) rows[rows.length - 1][column(c.at)] += c.text
    above = here
  }
  return rows.map((r) => r.filter((c) => c !== '').join('\t'))
}

/**
 * The two sides of a run with a form's row cut at the column's foot joined again: a table of
 * narrow cells ending the left column goes on at the right column's head, its row's first lines
 * at the left's foot ('学\t在\t毕') and the rest at the right's head ('位\t职教育\t业院校及专业').
 * Word breaks a table's row across columns: each cell of the row's rest goes after its start,
 * the cells matched from the row's last (a cell blank at the head has no rest).
 */
export function joinSplitRow(left: string[], right: string[]): [string[], string[]] {
  const foot = left.findLastIndex((r) => r.trim() !== '')
  const head = right.findIndex((r) => r.trim() !== '')
  if (foot < 0 || head < 0 || !left[foot].includes('\t') || !right[head].includes('\t')) return [left, right]
  const [start, rest] = [left[foot].split('\t'), right[head].split('\t')]
  if (rest.length > start.length) return [left, right]
  const joined = start.map((c, k) => c + (rest[k - (start.length - rest.length)] ?? ''))
  return [[...left.slice(0, foot), joined.join('\t'), ...left.slice(foot + 1)], [...right.slice(0, head), ...right.slice(head + 1)]]
}

/**
 * What stands between a run's left column and its right one as they are read one after the
 * other: a blank row, as between two blocks; none when the right column opens with a date alone
 * under the signature ending the left one (a closing that Word or LaTeX broke across the columns):
 * a blank row would part the date from its signature, and the date would be read as another
 * document's.
 */
export function columnBreak(left: readonly string[], right: readonly string[]): string[] {
  const foot = left.findLast((r) => r.trim() !== '')
  const head = right.find((r) => r.trim() !== '')
  return foot !== undefined && head !== undefined && signature(foot) && parseDateLine(head.trim()) !== null ? [] : ['']
}

/** A signature's line is set in from its column's edge further than a first line's indent. */
const SIGNED_IN = MAX_INDENT + 2

/** Whether a line reads as a signature: set well in, words with no mark of a sentence or clause at its end. */
function signature(line: string): boolean {
  return leadingBlanks(line) > SIGNED_IN && /[^\s。，；：、,.;:]$/.test(line.trim())
}
