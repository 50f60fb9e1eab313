// What staying in a column or leaving it costs, as the two- and three-stream readings weigh a line
// against the column it follows (text-joins.ts prices the join itself): a converter that shuffles
// columns writes a piece of each in turn, so staying costs a little and leaving a block costs much;
// and a document's closing, salutation or 主送机关 that the converter set in one block under a line
// it cannot follow (an open line, a public note, a clause ending on '；') is the other column's.
import { OPEN_THEN_CLOSING, SHORT_BY, shapeOf, type Shape, type Unit } from './text-joins'
import { docNumberOfLine } from './header'

/** Cost of leaving the column between two lines the text prints together (no blank between). */
const SWITCH_IN_BLOCK = 8
/** Cost of leaving the column after a blank line: small, so that ties keep the text's order. */
export const SWITCH = 0.2
/**
 * Cost of staying in the column across a blank line, or after a line that held both columns: a
 * converter that shuffles columns writes a piece of each in turn, so a new piece is most often
 * the other column's.
 */
const STAY = 1
/** Staying costs more between two lines that each stand alone: the converter went line by line. */
const STAY_ALONE = 5

/** A unit that is a document's closing: a signature, a date line or a public note. */
export function signs(u: Unit): boolean {
  return shapeOf(u).signs
}

/**
 * `b` a signature or date under `a`, a line left open near the column's edge (a paragraph's
 * first line, indented, stops short of the edge by its indent yet is open too) or a heading's
 * numeral alone: a closing stands under a finished paragraph. An attachment note and its list
 * ('附件：…', '2.…') end in no full stop, yet stand right over the signature.
 */
function signsOpen(sa: Shape, sb: Shape, full: number): boolean {
  return sb.signs && !sa.ended && !sa.listsAttachment && (sa.width > full - SHORT_BY || sa.heading)
}

/**
 * What staying in `a`'s column costs for `b`, a salutation printed in one block right under `a`, a
 * line left open near the column's edge: a body opens under its title, never inside a sentence,
 * so the converter (writing the page by height) put the other column's line in the block, as it
 * does a closing (OPEN_THEN_CLOSING).
 */
export function salutationCost(a: Unit, b: Unit, full: number): number {
  if (b.blankBefore || a.mergedRight) return 0
  const sa = shapeOf(a)
  return shapeOf(b).salutes && !sa.ended && sa.width > full - SHORT_BY ? OPEN_THEN_CLOSING : 0
}

/**
 * What staying in `a`'s column costs for `b`, a signature or date printed in one block right under
 * `a`, a public note: a note ends its document's closing, so the converter (writing the page by
 * height) put the other column's closing in the block ('（此件主动公开）' / '兴县人民政府').
 */
export function noteThenClosingCost(a: Unit, b: Unit): number {
  if (b.blankBefore || a.mergedRight) return 0
  const sb = shapeOf(b)
  return shapeOf(a).notes && sb.signs && !sb.notes ? OPEN_THEN_CLOSING : 0
}

/**
 * What reading `b` under `a` in one column costs for a closing under an open line (signsOpen),
 * wherever the text wrote the two: a document's closing stands under a finished paragraph.
 */
export function closingCost(a: Unit, b: Unit, full: number): number {
  return signsOpen(shapeOf(a), shapeOf(b), full) ? OPEN_THEN_CLOSING : 0
}

/**
 * The cost of staying in `a`'s column for `b`, the unit after it in the text. With the column's
 * width (`full`), a signature or date printed in one block under an open line costs much.
 */
export function stayCost(a: Unit, b: Unit, full?: number): number {
  if (!b.blankBefore && !a.mergedRight) return (full !== undefined && signsOpen(shapeOf(a), shapeOf(b), full)) || signsList(a, b) || addressedAfterEnd(a, b) ? OPEN_THEN_CLOSING : 0
  return a.alone && b.alone ? STAY_ALONE : STAY
}

/**
 * What a stay (stayCost) between two rows of a name list, each alone, costs less while the other
 * column's last line (`other`, none yet: undefined) is no row of a list. STAY_ALONE says the
 * converter went line by line, so the next line alone is the other column's: a list set in both
 * columns is written so, a row of each in turn. Where the other column holds no row, the list is
 * set in one column beside prose, a closing or nothing (its rest the blank foot under a title at
 * the left column's foot, prov3-song-bare p6), and its rows are read down that column.
 */
export function listStayRelief(a: Unit, b: Unit, other: Unit | undefined): number {
  if (!a.alone || !b.alone || (other !== undefined && shapeOf(other).row)) return 0
  return shapeOf(a).row && shapeOf(b).row ? STAY_ALONE - STAY : 0
}

/**
 * `b`, a signature or date printed in one block right under `a`, a line ending on a semicolon: a
 * list's item goes on with the next, and a body's last sentence ends on a full stop (none of the
 * 589 signatures and dates in the tuning texts' truths follows a paragraph ending in '；'). Only
 * in one block, where the converter put the two columns' lines of one height together: across a
 * blank line the joins decide, as on a 令's page (city-xe-toc2dec) whose articles they keep whole.
 */
function signsList(a: Unit, b: Unit): boolean {
  return shapeOf(b).signs && shapeOf(a).semicolon
}

/**
 * `b`, a 主送机关 naming one body ('县自然资源局：'), printed in one block right under `a`, a finished
 * sentence: a 主送机关 opens a body under its title, never after a sentence, so the converter put
 * the other column's line in the block. A name and colon inside a body ('技术指导组成员如下：')
 * names no office (ADDRESS_ENDS).
 */
function addressedAfterEnd(a: Unit, b: Unit): boolean {
  return shapeOf(b).endsAddress && shapeOf(a).finished
}

/** The cost of leaving `a`'s column for `b`, the unit after it in the text. */
export function switchCost(a: Unit, b: Unit): number {
  if (b.blankBefore || a.mergedRight || b.mergedRight) return SWITCH
  // A 文号 alone on its line opens a document's head ('国办发〔2018〕114 号' set over its title where
  // a document starts mid-column): under a finished sentence it goes on from nothing, so the block
  // the converter wrote it in (the other column's line at its height) says nothing of its column,
  // and leaving costs what it does after a blank line: the joins decide.
  // So does a line closing a bracket opened on a line before ('（财政部、…、银' / '保监会负责）'):
  // the note that ends a paragraph, set after its last sentence.
  if ((shapeOf(a).finished || closesNote(a.text)) && docNumberOfLine(b.text) !== null) return SWITCH
  return shapeOf(b).closing ? 2 * SWITCH_IN_BLOCK : SWITCH_IN_BLOCK
}

/** A line that ends by closing a bracket it never opened: a paragraph's closing note's last line. */
function closesNote(text: string): boolean {
  const t = text.trim()
  return /[）)]$/.test(t) && !/[（(]/.test(t)
}
