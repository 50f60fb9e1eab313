// pdftotext cuts a typeset line where the typesetter tucked full-width marks together, stretched
// the space after a pause, or set a note a row down: each piece comes out as a line of its own.
// The visual lines put back together, so that text-flow.ts judges each by its whole width.
import { BRACKET_NOTE, endsSentence, isBlank, leadingBlanks, PARA_LABEL, type SourceLine } from './lines'
import { marksPublic } from './public-note'
import { docNumberOfLine } from './header'
import { staircases } from './text-staircases'
import { displayWidth, edgeOf, FULL_WITHIN, TUCKABLE } from './text-widths'
import { closesWithNote } from './text-note-tails'

/** Tucked punctuation lets a cut line's pieces add up to a little more than the full width. */
const PIECE_SLACK = FULL_WITHIN + 2
/** A piece may follow a closing mark, and starts with an opening one or a comma. */
const PIECE_END = /[）)》」』”’、，]$/
const PIECE_START = /^[（(《「『“‘、，]/
/** Whether the typeset line may have been cut between `a` and `b`. */
function isCut(a: string, b: string): boolean {
  // No line ends on an opening mark: the quotation or title it opens is set on after it
  // ('…中提出的“' / '‘十四五’时期，…').
  if (/[“‘《（(「『〔]$/.test(a)) return true
  // A sentence's full stop, then the opening bracket of a note left unclosed ('…服务模式。' /
  // '（工'): the note's first characters, cut off the line they were set on.
  if (/[。；]$/.test(a) && /^[（(][^）)]*$/.test(b) && !PARA_LABEL.test(b)) return true
  // No line starts with a closing mark: one that does is the rest of the line above it
  // ('下简称“兴县城乡投资公司”' / '）作为城乡绿色低碳建设运营商…').
  if (PIECE_END.test(a) && CLOSE_START.test(b)) return true
  if (!PIECE_END.test(a) || !PIECE_START.test(b) || PARA_LABEL.test(b)) return false
  return /^[、，]/.test(b) || !BRACKET_NOTE.test(a)
}

const CLOSE_START = /^[）)》」』”’；：。]/

/**
 * A sentence's full stop, then a short line that opens a quotation or a title ('…能源保障。' /
 * '“煤改电”要积极做好电力' / '稳定供应，…'): the short line stops mid-sentence and the text runs on
 * under it, so it is no paragraph's line of its own but the rest of the line above, cut where
 * pdftotext met the tucked opening mark.
 */
function opensMidLine(lines: readonly SourceLine[], a: number, b: number, full: number): boolean {
  const next = lines[b + 1]
  if (!next || isBlank(next.text) || PARA_LABEL.test(next.text.trim())) return false
  // A line as wide as a paragraph's indented first line is one.
  if (edgeOf(displayWidth(lines[b].text), full) !== 'short') return false
  return /[。；：！？]$/.test(lines[a].text.trim()) && /^[“‘《「『]/.test(lines[b].text.trim()) && !/[。；：！？，、]$/.test(lines[b].text.trim())
}

/** A mark that pauses a sentence: a line may stop after it only at the column's edge. */
export const PAUSE_END = /[，、]$/

/**
 * pdftotext cuts a justified line where the typesetter stretched the space after a pause mark
 * ('县发改局：支持农村电子商务领域重大项目建设，' / '牵' / '头负责推进现代物流相关工作。'): a
 * line that stops short after a comma ended no paragraph, and the piece after it is the rest of
 * its visual line when the two together fill the column to its edge, no further (a line holding
 * a character more than the column's width sets its marks half wide: '较低，' / '近期增设…。应').
 */
function fillsAfterPause(joined: string, t: string, width: number, full: number): boolean {
  if (!PAUSE_END.test(joined) || PARA_LABEL.test(t) || BRACKET_NOTE.test(joined)) return false
  // A justified line that holds a character more than the column sets its marks half wide.
  return width >= full - FULL_WITHIN && width <= full + 1 + ((joined + t).match(TUCKABLE) ?? []).length
}

/**
 * In text that keeps each line's place, a bracketed note that closes a paragraph's last line
 * after its full stop ('以适当倾斜。' / '     （农业农村部负责）'), which pdftotext set a row
 * down: it starts at the cell of the line's last character, where -layout puts the next piece of
 * a line (text-staircases.ts). A note on a line of its own stands where its line starts; a 文号
 * in brackets is a title's, read apart from it.
 */
function notePlacedAfter(above: string, t: string): boolean {
  const a = above.trim()
  if (!/[。；]$/.test(a) || !BRACKET_NOTE.test(t.trim()) || PARA_LABEL.test(t.trim()) || marksPublic(t) || docNumberOfLine(t) !== null) return false
  return leadingBlanks(t) > leadingBlanks(above) && leadingBlanks(t) - leadingBlanks(above) === [...a].length - 1
}

/** What a cut line's pieces may add up to: tucked marks take half their width. */
function pieceRoom(full: number, text: string): number {
  return full + PIECE_SLACK + (text.match(TUCKABLE) ?? []).length
}

/** A 条's label alone on its line. */
const BARE_ARTICLE = /^第[一二三四五六七八九十百零〇\d]+条$/
/** The space set between a 条's label and its text (an em: two display columns). */
const LABEL_GAP = 2

/**
 * pdftotext cuts a typeset line where the typesetter tucked full-width punctuation together
 * ('…条例》' / '（国务院令第724号）' / '、' / '《山西省…'): each piece comes out as a line of its
 * own. Pieces are told by their ends — a closing mark before the cut, an opening mark or a comma
 * after it — and by their widths, which together do not pass the full width. Returns groups of
 * line indexes, one per visual line.
 */
export function visualLines(lines: readonly SourceLine[], fullAt: (i: number) => number): number[][] {
  const groups: number[][] = []
  let width = 0
  let joined = ''
  const stairs = staircases(lines, fullAt)
  let skipTo = -1
  lines.forEach((l, i) => {
    if (isBlank(l.text) || i <= skipTo) return
    const stair = stairs.get(i)
    if (stair) {
      groups.push(stair)
      skipTo = stair[stair.length - 1]
      width = stair.reduce((w, k) => w + displayWidth(lines[k].text), 0)
      joined = stair.map((k) => lines[k].text.trim()).join('')
      return
    }
    const w = displayWidth(l.text)
    const group = groups[groups.length - 1]
    const prev = group?.[group.length - 1]
    const t = l.text.trim()
    // A mark alone ('，') is always a piece: it may hang past the full width.
    const cut = isCut(lines[prev ?? i].text.trim(), t) || opensMidLine(lines, prev ?? i, i, fullAt(i))
    // A 条's label that pdftotext wrote apart from its row ('第二十一条' / '纳税人应当留存…协'):
    // the row's text, short by the label and the gap after it, is the label's visual line.
    const besideLabel = prev === i - 1 && group.length === 1 && BARE_ARTICLE.test(joined) && !PARA_LABEL.test(t) && !endsSentence(t) && width + LABEL_GAP + w <= fullAt(i)
    const piece = besideLabel || (prev === i - 1 && (/^[、，。；：）》”’」』]+$/.test(t) || (cut && width + w <= pieceRoom(fullAt(i), joined + t)) || fillsAfterPause(joined, t, width + w, fullAt(i)) || closesWithNote(joined, t, width + w, fullAt(i), pieceRoom(fullAt(i), joined + t)) || notePlacedAfter(lines[prev].text, l.text)))
    if (piece) {
      group.push(i)
      width += w + (besideLabel ? LABEL_GAP : 0)
      joined += t
    } else {
      groups.push([i])
      width = w
      joined = t
    }
  })
  return groups
}
