// What a three-column reading pays for a cell left empty (text-streams3.ts): a row in which the
// text skips a column that still has lines to give. The price depends on why the column may wait:
// not started yet, paused after a document's closing, shifted down under a title set off the
// rows' grid, or written as a block rows away; elsewhere the full EMPTY_CELL.
import { hasInnerPunct, PARA_LABEL } from './lines'
import { docTypeOf } from './doc-type'
import { displayWidth } from './text-flow'
import { type Unit } from './text-joins'
import { signs } from './text-stays'

/**
 * The three columns of a page share one grid of rows, and pdftotext writes such a page row by row:
 * the left column's line, the middle one's, the right one's, then the next row. A reading in which
 * the text skips a column that still has lines to give (its cell in a row left empty) reads the
 * page against that order: each such cell costs this much.
 */
export const EMPTY_CELL = 3
/**
 * A column whose last line is a document's closing (a signature, a date, a public note) pauses:
 * white space under the closing, then the next document's head, set apart in a larger type off the
 * rows' grid, which pdftotext writes as a block rows later. Its cells are left empty for several
 * rows, and once its closing lies more than two rows back (GAP_AFTER units) each further one costs
 * GAP_CELL only: the pause is one event, not one on every row. A reading that paid EMPTY_CELL a
 * row traded the paused column's lines with another column's (county-web-3col-names).
 */
const GAP_AFTER = 6
const GAP_CELL = 1
/**
 * A column the rows have passed by for more than four rows (BLOCK_AFTER units), whatever its last
 * line: pdftotext wrote its lines for those rows as a block elsewhere, ahead of the others or after
 * them (a page partly written block by block), not row by row. Its cells are left empty row after
 * row for one reason, and each further one costs GAP_CELL: a reading that paid EMPTY_CELL on every
 * row traded lines between the columns still written in turn (web3-sw-xbs page 19: a document's
 * title, address and first lines written as one block after some twenty rows of a name list in the
 * other two columns; its address fell into the document before). Four rows: a column one to three
 * rows behind is the rows' ordinary lag (a line written late), priced in full; measured on the
 * tuning texts, a bound of two or three rows lost two fields on county-web-3col.
 */
const BLOCK_AFTER = 12
/**
 * A document's title, set in a larger type with its own leading and margins, stands off the rows'
 * grid (pdftotext writes its lines as one block) and moves its column's lines under it a fraction
 * of a row down against the other columns' (a web page's title, Chromium): pdftotext, writing the
 * page by height, then writes the others' next row before that column's first line under the
 * title. The first cell so left empty, within a row of the title's last line (TITLE_ROW units),
 * costs TITLE_CELL, not EMPTY_CELL (city-web-3col-lists: the full price traded a name list's two
 * columns under a title). A title line written alone, row by row with the others, is on the grid.
 */
const TITLE_ROW = 3
const TITLE_CELL = 1
/** A title's line stops this much short of the column (display columns): a larger type, centred. */
const TITLE_SHORT = 6

/**
 * A title's last line: its 文种 ends it ('及组成人员的通知'), no punctuation inside, set short, no
 * paragraph label (a heading '（三）建设方案' is set in the body's type and leading).
 */
function endsTitle(text: string, full: number): boolean {
  const t = text.trim()
  return docTypeOf(t) !== null && !hasInnerPunct(t) && !PARA_LABEL.test(t) && displayWidth(t) <= full - TITLE_SHORT
}

/**
 * A cell skipped in a column that has taken no line yet, in a run where a document starts (a 文号
 * over its title's first line): the column may open with that document's head (the 文号, the title
 * in a larger type), which pdftotext writes only after some rows of the other columns. It costs
 * half an empty cell for each row the column waits (elsewhere, an empty cell's EMPTY_CELL).
 */
const EMPTY_START = 1.5

/**
 * The price of the cell a column leaves empty at unit k of the run, its last line `since` units
 * back (0: it has taken no line yet). `docStarts`: a document starts inside the run (its 文号 over
 * its title's first line), so a column not started yet may open with that head rows late.
 */
export function emptyCells(run: readonly Unit[], full: number, docStarts: boolean): (since: number, k: number) => number {
  // A title's last line written in one block with its lines before (off the grid).
  const titleEnds = run.map((u) => !u.blankBefore && endsTitle(u.text, full))
  const paused = run.map((u) => signs(u))
  const start = docStarts ? EMPTY_START : EMPTY_CELL
  return (since, k) => {
    if (since === 0) return start
    if (since > BLOCK_AFTER || (since > GAP_AFTER && paused[k + 1 - since])) return GAP_CELL
    if (since <= TITLE_ROW && titleEnds[k + 1 - since]) return TITLE_CELL
    return EMPTY_CELL
  }
}
