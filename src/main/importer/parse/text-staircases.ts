// Lines pdftotext -layout broke into a staircase of pieces: one justified line set down a row at a
// time, each piece further right (text-flow.ts reads each staircase as one visual line).
import { BRACKET_NOTE, endsSentence, isBlank, leadingBlanks, PARA_LABEL, type SourceLine } from './lines'
import { displayWidth, FULL_WITHIN, INDENT, LEAD_INDENT, TUCKABLE } from './text-widths'
import { parseDateLine } from './dates'
import { mostCommon } from '../../../shared/stats'

/**
 * pdftotext -layout may set a justified line down as a staircase of pieces, one a row, where the
 * typesetter stretched the glue around its marks ('用设备、' / '   石化、' / '     精品钢材项目给予支',
 * or '面推行' / '  “三项制度”取得实效的关键。要重视执法人员'): a person sees one line. pdftotext
 * places a piece in a grid of one cell a character and writes a hanzi two cells wide, so each
 * piece starts as many cells right of the one above as that one has characters, less one: at
 * the cell of its last character. A paragraph's first line, set in by an indent under the last
 * line of the one before, meets that only by chance, so the rows must also fill their column's
 * width together, no more, and the text goes on under them at the column's edge. Keyed by the
 * first row's index.
 */
export function staircases(lines: readonly SourceLine[], fullAt: (i: number) => number): Map<number, number[]> {
  const out = new Map<number, number[]>()
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i].text) || endsHeading(lines, i)) continue
    const full = rowWidth(lines, i, fullAt(i))
    let width = displayWidth(lines[i].text)
    const group = [i]
    // A mark ending a piece or opening the next is where the glue stretched: the line set it half
    // an em wide ('…完成率高的省' / ' （区、市）' / '  ，适': three marks at the cuts).
    let tucked = 0
    for (let k = i + 1; k < lines.length; k++) {
      const [above, t] = [lines[k - 1].text, lines[k].text]
      const step = leadingBlanks(t) - leadingBlanks(above)
      if (isBlank(t) || !nextStep(above, step)) break
      // A sentence's end over a row set in as far as an indent: a paragraph's last line over the
      // next one's first. A piece after a full stop stands further right ('…较大。' / '目前，').
      if (endsSentence(above) && step < 2 * LEAD_INDENT && !clauseGoesOn(above, t, full) && opensParagraph(lines, k, full)) break
      if (!piecesOfLine(above.trim(), t.trim(), group.length > 1) || closesNote(lines, k - 1)) break
      // A date alone on its row under a signature is the closing's date, however its cells fall
      // ('   国务院办公厅' / '        一九九六年二月九日' in a narrow column).
      if (parseDateLine(t) !== null) break
      if (TUCKED_END.test(above.trim())) tucked++
      if (TUCKED_START.test(t.trim())) tucked++
      const w = displayWidth(t)
      if (width + w > full + 1 + tucked) break
      group.push(k)
      width += w
    }
    const next = lines[group[group.length - 1] + 1]?.text
    if (next === undefined || (isBlank(next) && !runsOnPastFoot(lines, group)) || leadingBlanks(next) > leadingBlanks(lines[i].text)) continue
    // A paragraph's first line, after a sentence's end and set in from the column's edge the text
    // goes on at, fills its column less the indent ('定本条例。' / '   第二条 本条例所称专利代理，' /
    // '                是指专利代' / '理机构接受委托，…').
    const opens = i > 0 && endsSentence(lines[i - 1].text) && leadingBlanks(lines[i].text) - leadingBlanks(next) >= LEAD_INDENT
    const indent = opens ? INDENT : 0
    if (group.length < 2 || width < full - STAIR_SHORT - indent) continue
    out.set(i, group)
    i = group[group.length - 1]
  }
  return out
}

/**
 * Whether a row stands where a staircase's next piece starts, `step` cells right of the piece
 * above: at the cell of its last character. A piece of one hanzi ('实' / '“三个代表”重要思想，')
 * puts the next under it. pdftotext rounds each glyph's place to a cell, and a piece holding
 * marks set half wide may put the next a cell further ('“三个代表”重要思想，' / '维护…').
 */
function nextStep(above: string, step: number): boolean {
  const piece = above.trim()
  const n = [...piece].length
  // Text without padding (plain pdftotext) starts every line at the edge: a hanzi alone there
  // (a name's first character) stands over any line, so only a padded one is a piece.
  if (n === 1) return step === 0 && leadingBlanks(above) > 0 && /[\u4e00-\u9fff]/.test(piece)
  // The cell further is no step after a sentence's end: a signature set in under it stands anywhere.
  return step >= 1 && (step === n - 1 || (step === n && !endsSentence(piece) && (piece.match(TUCKABLE) ?? []).length >= 2))
}

/**
 * A staircase at a column's foot ('处分；' / '  三矿党委书记李双祥受到党内严重警告处', then the
 * blank row between the columns): its last piece stops mid-sentence, so the text goes on at the
 * next column's head, as it would under the staircase.
 */
function runsOnPastFoot(lines: readonly SourceLine[], group: readonly number[]): boolean {
  const last = lines[group[group.length - 1]].text.trim()
  return group.length > 1 && /[\u4e00-\u9fff]$/.test(last)
}

/**
 * A clause's end (；) over a row that takes the staircase's next step and, with it, fills the
 * column to its edge, no further ('处分；' / '  三矿党委书记李双祥受到党内严重警告处'): the rest of
 * the line. A paragraph's first line under a short last line stands in by an indent and fills
 * the column less it, so the two pass the edge; and a list's items ending on ； open with a
 * label or a dash.
 */
function clauseGoesOn(above: string, t: string, full: number): boolean {
  const [a, b] = [above.trim(), t.trim()]
  return /；$/.test(a) && !PARA_LABEL.test(b) && !/^[—-]/.test(b) && displayWidth(a) + displayWidth(b) <= full
}

/**
 * Whether a row set in under a sentence's end may open a paragraph: a first line fills its column
 * less its indent, or ends its one-line paragraph, or stands where the paragraphs around it start
 * (a first line cut short before a number: '函复如下：' / '    同意以哈尔滨市名义申办' / '2009 年…').
 * A row that does none of these, with the text going on under it at the column's edge, is the
 * rest of the line above, set down a row ('办理意见：' / '    该问题将根据今年水稻的增产情况统' /
 * '筹考虑。…', where the paragraphs start two blanks in).
 */
function opensParagraph(lines: readonly SourceLine[], k: number, full: number): boolean {
  const t = lines[k].text
  const next = lines[k + 1]?.text ?? ''
  // pdftotext writes an indent of two hanzi as two to four blanks: measure the text, less an indent.
  const short = displayWidth(t) < full - INDENT - FULL_WITHIN
  if (!short || endsSentence(t) || isBlank(next) || leadingBlanks(next) >= leadingBlanks(t)) return true
  return indentOf(lines, k) === usualIndent(lines, k, full)
}

/** How far a row stands in from the row under it (pdftotext keeps a column's offset in its blanks). */
function indentOf(lines: readonly SourceLine[], k: number): number {
  return leadingBlanks(lines[k].text) - leadingBlanks(lines[k + 1]?.text ?? '')
}

/** Rows after (or else before) a line whose paragraphs' first lines show the text's indent. */
const INDENT_WINDOW = 40
/** First lines that settle the indent: the nearest, as pdftotext's cells for an indent vary between pages. */
const INDENT_SAMPLES = 3

/**
 * The indent the first lines nearest row k stand in by: rows after a sentence's end that fill
 * their column less an indent or two and stand in from the row under them; the most common of
 * the nearest after k (on its page and in its document, most often), or else before it.
 */
function usualIndent(lines: readonly SourceLine[], k: number, full: number): number | null {
  const firstLine = (j: number): boolean =>
    j > 0 && j < lines.length - 1 && !isBlank(lines[j].text) && endsSentence(lines[j - 1].text) && displayWidth(lines[j].text) >= full - 2 * INDENT && indentOf(lines, j) > 0
  const near = (step: 1 | -1): number[] => {
    const found: number[] = []
    for (let j = k + step; Math.abs(j - k) <= INDENT_WINDOW && found.length < INDENT_SAMPLES; j += step) if (firstLine(j)) found.push(indentOf(lines, j))
    return found
  }
  const after = near(1)
  return mostCommon(after.length ? after : near(-1)) ?? null
}

/**
 * Whether two rows may be pieces of one line by their text: no numbered paragraph starts the
 * second, no bracket opens right after the first closed one, and neither is a name list's row
 * (name, gap, post: a justified line puts no space between two hanzi), a banner or a note on a
 * line of its own.
 */
function piecesOfLine(a: string, b: string, piece: boolean): boolean {
  if (PARA_LABEL.test(b) || (/[）)]$/.test(a) && /^[（(]/.test(b))) return false
  // A bracketed row that is itself a piece of the line above ('…完成率高的省' / ' （区、市）' /
  // '  ，适'), or a paragraph's label ('  （四）' / '    科研单位要健全…'), is no note on a line of
  // its own: the line goes on after it.
  // The gap after a 条's label ('第二条 本条例所称…') is no name list's.
  const text = `${a.replace(ARTICLE_GAP, '')}\n${b}`
  return !/\S(\u3000+| {2,})\S|[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(text) && !/】$/.test(a) && (piece || PARA_LABEL.test(a) || !BRACKET_NOTE.test(a))
}

/**
 * A row that closes a note set after a full stop ('…实施强制性清洁生产审核。（生态环境部' / '指导）'):
 * the note ends its paragraph.
 */
function closesNote(lines: readonly SourceLine[], k: number): boolean {
  // A paragraph's label alone on its row ('（四）') opens a paragraph; it closes no note.
  if (!/[）)]$/.test(lines[k].text.trim()) || BRACKET_LABEL.test(lines[k].text.trim())) return false
  let text = ''
  for (let j = k; j >= 0 && j > k - NOTE_ROWS && !isBlank(lines[j].text); j--) text = lines[j].text.trim() + text
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('))
  return open > 0 && /[。；！？]/.test(text[open - 1])
}

/** A 条's label opening a row and the gap after it. */
const ARTICLE_GAP = /^第[一二三四五六七八九十百零〇\d]+条[ \u3000]+/

/** A paragraph's bracketed label alone: （四）, (12). */
const BRACKET_LABEL = /^[（(][一二三四五六七八九十\d]+[）)]$/

/** Rows a note's text may run over. */
const NOTE_ROWS = 4

/**
 * A row without a closing mark under a numbered line without a full stop ('二、加强组织领导，细化工作'
 * / '职责'): a heading's wrapped end, which the paragraph under it does not go on.
 */
function endsHeading(lines: readonly SourceLine[], i: number): boolean {
  const [above, t] = [lines[i - 1]?.text.trim() ?? '', lines[i].text.trim()]
  // A row cut where a mark opens (' （区、市）' under '水利建设投资计划完成率高的省') is a staircase's first piece.
  if (MARK_START.test(lines[i + 1]?.text.trim() ?? '')) return false
  return /[\u4e00-\u9fff]$/.test(t) && PARA_LABEL.test(above) && !/[。；！？]/.test(above)
}

/** A piece that opens with a mark: pdftotext cut the justified line where the glue around it stretched. */
const MARK_START = /^[（(“‘《「『〔，、。；：）)》”’」』]/

/** A mark a piece of a staircase may end with, set half wide. */
const TUCKED_END = /[，、。；：“”‘’（）《》]$/
/** A mark a piece of a staircase may open with, set half wide. */
const TUCKED_START = /^[，、。；：“”‘’（）《》]/
/** A staircase's pieces may fall short of their row's width by a digit's cell or two. */
const STAIR_SHORT = 2
/** Rows either side of a line that show its column's width. */
const ROW_WINDOW = 5

/**
 * The width of the column a line stands in, as the widest lines near it show it (a page's width
 * may be a wider column's or a narrower's); no wider than the page's full width allows.
 */
function rowWidth(lines: readonly SourceLine[], i: number, full: number): number {
  let best = 0
  for (let k = Math.max(0, i - ROW_WINDOW); k <= Math.min(lines.length - 1, i + ROW_WINDOW); k++) {
    const w = isBlank(lines[k].text) ? 0 : displayWidth(lines[k].text)
    if (w <= full + FULL_WITHIN && w > best) best = w
  }
  return best >= full - 2 * FULL_WITHIN ? best : full
}
