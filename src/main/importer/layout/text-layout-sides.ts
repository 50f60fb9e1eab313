// One column's rows of -layout text, once a run is split at its gutter, tidied before the parser
// reads them: blank rows that are only the leading between lines taken out (closeGaps), and a
// line pdftotext wrote in two pieces at a pair of full-width marks put back on one row
// (joinMarkPieces).
import { leadingBlanks } from '../parse/lines'
import { inked, width } from './text-layout-rows'
import { MIN_ROWS } from './text-layout-runs'

/** A side's rows with its pieces joined and its leading's blank rows closed. */
export function tidySide(side: string[]): string[] {
  return closeGaps(joinMarkPieces(side))
}

/** A line that opens a paragraph of its own: an item's or section's number (not a decimal's digits), a 条. */
const OPENS = /^([（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百零〇\d]+[条章节])/

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
    if (a.trim() === '' || b.trim() === '' || /[。；：！？]\s*$/.test(a) || OPENS.test(b.trim())) return false
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
    if (!REST_OPENS.test(tail) || OPENS.test(tail)) return false
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
