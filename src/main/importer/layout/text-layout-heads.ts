// Heads over the columns of text that keeps each line's place (`pdftotext -layout`): rows that
// stand inside one side of the gutter by their cells, yet are set across the page (a letter-spaced
// or centred head on a page's first row, a title in a larger face, a title with its 文号 under it).
// Each is told by its place and width, and set 'across', so the columns above and below it are
// read apart (text-layout-columns.ts).

import { MAX_INDENT, ems, inked, width, type Row } from './text-layout-rows'
import { leadingBlanks } from '../parse/lines'

/** A 文号 or date under a title: this many ems at most. */
const MAX_NUMBER = 16
/** A title over both columns: this many rows at most. */
const MAX_TITLE_ROWS = 3
/** A head centred on the page: its middle this share of the widest row from the page's, or less (cells count a hanzi as one). */
const CENTRED = 0.08

/** A line this many ems wider than the left column's full lines is no line of it. */
const WIDER_THAN_COLUMN = 3
/**
 * Nor one of hanzi and full-width marks alone this much wider: its ems are exact (no digits or
 * spaces counted half), and a column holds no more hanzi than its full lines do.
 */
const HANZI_WIDER = 1

/**
 * A left row set apart by a blank row above, wider in ems than the left column's full lines, is a
 * title over the page in a larger face: the cells count its hanzi one each, so it stops short of
 * the gutter, yet no column holds it.
 */
export function wideLines(kinds: Row[]): Row[] {
  const of = width(kinds.flatMap((k) => (k.kind === 'left' ? [k.text] : k.kind === 'both' ? [k.left] : [])))
  const wider = (text: string): number => inked(text) - of - (/[\x21-\x7e\s]/.test(text.trim()) ? WIDER_THAN_COLUMN : HANZI_WIDER)
  return kinds.map((k, i) => (k.kind === 'left' && kinds[i - 1]?.kind === 'blank' && wider(k.text) > 0 ? { kind: 'across', text: k.text } : k))
}

/** Two to four hanzi, one space or more between each two, nothing else. */
const SPACED_HEADING = /^[\u4e00-\u9fff](?: {1,6}[\u4e00-\u9fff]){1,3}$/

/**
 * A page's first row that is a letter-spaced heading set off the left edge ('目 录' centred over a
 * 目录's two columns) is set across the page, whatever side of the gutter it starts on.
 */
export function spacedHeading(row: string): boolean {
  return leadingBlanks(row) > MAX_INDENT && SPACED_HEADING.test(row.trim())
}

/**
 * A page's first row that is one run of text, wider than a column and centred on the page (the
 * gazette's head over a page of three columns, starting past the first gutter) is set across it.
 */
export function centredHead(row: string, gutter: number, widest: number): boolean {
  const text = row.trim()
  const lead = leadingBlanks(row)
  return lead > MAX_INDENT && !/ {3}/.test(text) && text.length >= gutter && Math.abs(lead + text.length / 2 - widest / 2) <= CENTRED * widest
}

/**
 * A title over both columns is told by its place where its rows do not cross the gutter: a first
 * line that falls short of it (its characters set wider than the cells count them), set apart
 * above by blank rows and going on in a line across; a 文号 or date line set flush right under
 * the title, with a blank row below it before the columns begin.
 */
export function spanningHeads(rows: readonly string[], kinds: Row[]): Row[] {
  const out = [...kinds]
  const near = (i: number, step: 1 | -1): number => {
    let j = i + step
    while (j >= 0 && j < kinds.length && kinds[j].kind === 'blank') j += step
    return j >= 0 && j < kinds.length ? j : -1
  }
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i]
    if (k.kind !== 'left' && k.kind !== 'right') continue
    const opens = k.kind === 'left' && kinds[i - 1]?.kind === 'blank' && kinds[i - 2]?.kind === 'blank' && kinds[near(i, 1)]?.kind === 'across'
    const closes = kinds[i + 1]?.kind === 'blank' && out[near(i, -1)]?.kind === 'across'
    if (opens || closes) out[i] = { kind: 'across', text: k.text }
    for (const j of numberedHead(rows, kinds, i)) out[j] = { kind: 'across', text: rows[j] }
  }
  const of = width(kinds.flatMap((k) => (k.kind === 'left' ? [k.text] : k.kind === 'both' ? [k.left] : [])))
  for (let i = 0; i < kinds.length; i++) for (const j of [...titleOverNumber(rows, kinds, i, of), ...numberOverTitle(rows, kinds, i, of)]) out[j] = { kind: 'across', text: rows[j] }
  return out
}

/**
 * A 文号 set flush right ABOVE a title over both columns (a Word page's head under a 栏目's banner,
 * or at a page's top): the 文号 alone past the gutter, no column's line past it over it; under it the
 * title's rows, one of them crossing the gutter as one run or wider than the left column's full
 * lines (`of` ems), then a blank row or the page's foot before the columns. Read as the columns'
 * rows, the 文号 went to the right column's top and the title was cut at the gutter. The 文号's and
 * the title's rows, or none.
 */
function numberOverTitle(rows: readonly string[], kinds: readonly Row[], i: number, of: number): number[] {
  const k = kinds[i]
  if (k.kind !== 'right' || !NUMBER_ROW.test(k.text.trim()) || ems(k.text.trim()) > MAX_NUMBER) return []
  // Over it a banner (bare, it is read as across after the heads), a blank row or the page's top.
  if (i > 0 && (kinds[i - 1].kind === 'both' || kinds[i - 1].kind === 'right')) return []
  const head: number[] = []
  let j = i + 1
  for (; j < kinds.length && head.length < MAX_TITLE_ROWS; j++) {
    const kind = kinds[j].kind
    // A title's line ends in no colon or full stop: those are the 主送机关 and the body under a 文号 set below its title.
    if ((kind !== 'left' && !(kind === 'both' && oneRun(rows[j]))) || /[:：。]$/.test(rows[j].trim())) break
    head.push(j)
  }
  const closed = j === kinds.length || kinds[j].kind === 'blank'
  const across = (r: number): boolean => kinds[r].kind === 'both' || inked(rows[r]) > of + WIDER_THAN_COLUMN
  return closed && head.some(across) ? [i, ...head] : []
}

/**
 * A title over both columns right over its 文号 set across the page, with a blank row above the
 * head and under the 文号 (a Word page's head under the columns' last rows): its rows no column
 * holds, a line the cells cut at a lone space (a joint title's units, '兴县人力资源和社会保障局
 * 兴县发展和改革局 兴县财政局关于' over '印发…的通知', city-docx-sw-toctable p8) or one wider than the
 * left column's full lines (`of` ems) by WIDER_THAN_COLUMN. The title's rows, or none.
 */
function titleOverNumber(rows: readonly string[], kinds: readonly Row[], i: number, of: number): number[] {
  const k = kinds[i]
  if (k.kind !== 'across' || !NUMBER_ROW.test(k.text.trim()) || kinds[i + 1]?.kind !== 'blank') return []
  const head: number[] = []
  for (let j = i - 1; j >= 0 && head.length < MAX_TITLE_ROWS; j--) {
    const kind = kinds[j].kind
    if (kind !== 'left' && !(kind === 'both' && oneRun(rows[j]))) break
    head.push(j)
  }
  const top = head.length ? head[head.length - 1] : -1
  const opened = top > 0 && (kinds[top - 1].kind === 'blank' || kinds[top - 1].kind === 'across' || (kinds[top - 1].kind === 'left' && kinds[top - 2]?.kind === 'blank'))
  const across = (j: number): boolean => kinds[j].kind === 'both' || inked(rows[j]) > of + WIDER_THAN_COLUMN
  return opened && head.some(across) ? head : []
}

/** A row of one run of text, its words a space apart at most: no two columns' lines. */
const oneRun = (row: string): boolean => !/\S {2,}\S/.test(row.trim())

/**
 * A title over both columns with its 文号 (or date) set under it past the gutter (flush right, or
 * centred on a page of three columns), a blank row below:
 * the title's rows fall short of the gutter or cross it, and the row above them is blank or set
 * across. The rows of such a head (the 文号's first, then the title's up), or none.
 */
function numberedHead(rows: readonly string[], kinds: readonly Row[], i: number): number[] {
  const k = kinds[i]
  if (k.kind !== 'right' || ems(k.text.trim()) > MAX_NUMBER) return []
  // With no blank row under it, the line must be a 文号 right under a row set across the page.
  if (kinds[i + 1]?.kind !== 'blank' && !(NUMBER_ROW.test(k.text.trim()) && kinds[i - 1]?.kind === 'across')) return []
  const head = [i]
  for (let j = i - 1; j >= 0 && head.length <= MAX_TITLE_ROWS; j--) {
    const kind = kinds[j].kind
    if (kind === 'across') return head
    if (kind !== 'left') return []
    head.push(j)
    if (j === 0 || kinds[j - 1].kind === 'blank') return head
  }
  return []
}

/**
 * A title in a larger face that opens a document in the right column, under the last one's
 * closing, while the left column runs on beside it: pdftotext set its first line's larger
 * characters from left of the gutter, so the row crosses it as one run and reads as set across
 * the page ('      国务院办公厅关于广东与香港、澳门合' between the left column's '二、关于理顺…' and
 * '（一）从 1996 年起…'). A title across the page has its 文号 across too, with no column's line
 * beside it; this one's rest and 文号 stand in the right column beside the left column's lines.
 * Such a row goes back to the right column, so the left column is read whole past it.
 */
export function rightColumnTitles(rows: readonly string[], kinds: readonly Row[], gutter: number): Row[] {
  const out = [...kinds]
  for (let i = 1; i + 1 < kinds.length; i++) {
    const k = kinds[i]
    // The left column's own line right over it (no title's line, no 目录 entry with its leaders).
    if (k.kind !== 'across' || !oneRun(rows[i]) || LEADERS.test(rows[i]) || leadingBlanks(rows[i]) >= gutter || kinds[i - 1].kind !== 'left') continue
    if (numberBeside(kinds, i + 1)) out[i] = { kind: 'right', text: k.text.trim() }
  }
  return out
}

/** A 目录 entry's dotted leaders. */
const LEADERS = /(?:\. ?){3}|…/

/**
 * A 文号 in the right column beside a left column's line, within a title's rows from `from` on, no
 * row between set across or blank. Or on a row of its own past the gutter under the title's rest
 * beside the left column's lines: the columns set on other baselines (a narrow column's title in a
 * larger face takes its rows' places), the left column's lines fall between.
 */
function numberBeside(kinds: readonly Row[], from: number): boolean {
  let beside = false
  for (let j = from; j < kinds.length && j <= from + MAX_TITLE_ROWS; j++) {
    const k = kinds[j]
    if (k.kind === 'both' && NUMBER_ROW.test(k.right.trim())) return true
    if (k.kind === 'right' && beside && NUMBER_ROW.test(k.text.trim())) return true
    if (k.kind !== 'both' && k.kind !== 'left' && k.kind !== 'right') return false
    beside ||= k.kind === 'both'
  }
  return false
}

/** A 文号 alone on its row, bare or in brackets ('（国办发〔2018〕109号）'). */
export const NUMBER_ROW = /^[（(]?\S{1,16}[〔［[（(]\s*(19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*号[）)]?$/
