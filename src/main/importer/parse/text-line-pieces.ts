// A column's line that pdftotext wrote as two or three lines: where the typesetter stretched the
// glue after a mark to justify the line ('…地震活跃期中，' + wide gap + '唐山'), pdftotext's default
// text breaks the line at the gap and writes its pieces one under the other, in one block
// ('然目前还没有发生象上一个地震活跃期中，' / '唐山'). A person sees one line at the column's full
// measure. Read as two, the first piece is a short line (a paragraph's end, a heading) and the
// second a line of its own, and the columns' reading (text-streams.ts) pairs them with the other
// column's lines. Here the pieces are put back together before the columns are read: lines of one
// block, the first ending at a mark the glue stretches after, that together fill the page's
// column measure (learnt from the page's own lines, text-widths.ts) and no piece alone does.
import { compact, endsSentence, isBlank, PARA_LABEL, type SourceLine } from './lines'
import { isIssuerText } from './header'
import { isBarePost } from './classify'
import { displayWidth, FULL_WITHIN, INDENT, PAGE_WIDE, THREE_WIDE } from './text-widths'
import { pageWidths } from './text-page-widths'
import { pageStarts } from './text-pages'
import { parseDateLine } from './dates'

/**
 * Marks the typesetter stretches the glue after (a comma's, an enumeration's, a semicolon's). A
 * semicolon ends a list's item as often ('…40%；' / '——乡镇、行政村…'; '…6188.70' / 'm²；' /
 * '建筑密度为…'): a piece after it starts with no item's mark (LIST_ITEM, besides the paragraph
 * markers no piece starts with), and a piece ending at it holds words, as a clause does: a
 * figure's unit alone ('m²；') is an item's last line, the wrapped tail of its figure. A colon's
 * glue stretches too where a fallback font sets the mark ('…研究提出了办理意见：' + a gap + '发展改革'):
 * see colonPiece.
 */
const STRETCHED_AFTER = /[，、；：]$/
const SEMICOLON_END = /；$/
const COLON_END = /：$/
/** An item's mark in a list that is not a numbered paragraph's: a dash, a bullet. */
const LIST_ITEM = /^[—\-－─●•·■◆★※]/
/** Pieces of one line at most: a line breaks at two stretched marks now and then, hardly more. */
const MAX_PIECES = 3
/** A line of -layout text starts with a cell or more of padding: such text keeps its rows (text-staircases.ts). */
const PADDED = /^ \S|^ {2}/

/**
 * The lines with each column line pdftotext wrote in pieces put back on one line, the block's
 * later lines moved up and a blank line left at the block's end (each place keeps its line
 * number: a page break is two places of one number, text-pages.ts). Only plain text with page
 * breaks, on pages set in two columns, from `from` on.
 */
export function joinLinePieces(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const starts = pageStarts(lines)
  if (starts.length < 2 || lines.some((l) => l.layout)) return [...lines]
  if (lines.slice(from).filter((l) => PADDED.test(l.text)).length > lines.length / 20) return [...lines]
  const fullAt = pageWidths(lines, from)
  if (fullAt === null) return [...lines]
  const out = [...lines]
  for (let i = from; i < out.length; i++) {
    if (isBlank(out[i].text)) continue
    const full = fullAt(i)
    // Two columns a page: a page in one has no other column to read its pieces into, and a
    // column of a page in three is a name list's or a table's more often than prose.
    if (full >= PAGE_WIDE || full <= THREE_WIDE) continue
    const n = piecesAt(out, i, full)
    if (n < 2) continue
    // The block's lines after the pieces move up; the places they leave at its end go blank.
    let end = i + 1
    while (end < out.length && !isBlank(out[end].text)) end++
    const text = out
      .slice(i, i + n)
      .map((l) => l.text.trim())
      .join('')
    out[i] = { ...out[i], text }
    for (let k = i + 1; k < end; k++) out[k] = k + n - 1 < end ? { ...out[k + n - 1], no: lines[k].no } : { no: lines[k].no, text: '' }
  }
  return out
}

/**
 * How many lines from `i` on are pieces of one column line (1: the line alone): each piece but the
 * last ends at a stretched mark, none is a line at the measure by itself, and together they fill
 * the measure, or stop an indent short of it (a paragraph's first line); or a line at the measure
 * with a short rest of its own under it (shortRest).
 */
export function piecesAt(lines: readonly SourceLine[], i: number, full: number): number {
  const marked = markPiece(lines, i, full)
  if (marked > 1) return marked
  let width = displayWidth(lines[i].text.trim())
  if (!STRETCHED_AFTER.test(lines[i].text.trim())) return 1
  if (width >= full - INDENT) return shortRest(lines, i, full) ? 2 : 1
  if (COLON_END.test(lines[i].text.trim()) && !colonPiece(lines, i)) return 1
  for (let k = i + 1; k < lines.length && k - i < MAX_PIECES; k++) {
    const t = lines[k].text.trim()
    if (isBlank(t) || !pieceAfter(t)) return 1
    if (endsItem(lines[k - 1].text.trim(), t)) return 1
    width += displayWidth(t)
    if (width > full + FULL_WITHIN) return 1
    if (width >= full - INDENT - FULL_WITHIN) return k - i + 1
    if (!STRETCHED_AFTER.test(t)) return 1
  }
  return 1
}

/**
 * A line at the measure by itself up to its stretched mark, its rest a word or two on the line
 * under it, the two a block of their own ('经理宋从恕受到撤销行政和党内职务处分；' / '淮北', 19 hanzi
 * and 2 in a column of 20: the mark set at half width, the glue after it stretched). The rest is
 * no paragraph's last line (that ends its sentence), and no line of the other column (pdftotext
 * parts the columns' lines of a row into blocks of their own; a line of either column is wider):
 * together the two fit the measure. A colon ends a sentence, the line under it its own.
 */
function shortRest(lines: readonly SourceLine[], i: number, full: number): boolean {
  const [first, rest] = [lines[i].text.trim(), lines[i + 1]?.text.trim() ?? '']
  if (COLON_END.test(first) || isBlank(rest) || !pieceAfter(rest) || endsSentence(rest) || endsItem(first, rest)) return false
  const alone = (i === 0 || isBlank(lines[i - 1].text)) && (i + 2 >= lines.length || isBlank(lines[i + 2].text))
  return alone && displayWidth(first) + displayWidth(rest) <= full + FULL_WITHIN
}

/**
 * A line broken at its marks: pdftotext breaks a line where a mark's blank half and the glue after
 * it make the widest space (a full stop, a closing quote, bracket or book title mark, or a comma,
 * the glue justification stretches most), and around marks a fallback font sets, writing the
 * pieces one under the other in one block ('不到位等突出问题，' / '“僵尸”' / '、' / '“睡眠”' / '、' /
 * '“雷人雷语”' / '、' / '“不'), the block holding nothing else. Two pieces (MAX_MARK_PIECES), the
 * second going on from the first:
 * - it opens with a mark no line starts with (a comma, an enumeration mark, a stop, a closing
 *   mark: '…“四个意识”' / '，坚定“四个'; '…（小学、初中教育）' / '、高中'): the typesetter never sets
 *   one at a line's head, so the piece is the line's rest wherever the pieces stand in the column;
 * - or it opens with an opening bracket, quote or book title mark after a mark ('…的通知》' /
 *   '（晋政办发〔2021〕44 号）相'; '…示范企业。' / '（工业和信息化部…负责）', the units answering for
 *   the sentence), holding words, no paragraph's marker in brackets ('（二）…' opens a paragraph).
 * A rest opening with a mark no line starts with makes one line with the first whatever their width;
 * an opening rest fills the measure with the first (the first may be nearly a line by itself, the
 * rest a character or two), or is a note naming units closed on its piece after a full stop (a
 * paragraph's short last line, '用。' / '（农业农村部、工业和信息化部等负责）'). A remark in brackets
 * naming none ('（本文有删减）', '（此件公开发布）') is a 附注 on a line of its own under the
 * paragraph's end.
 */
function markPiece(lines: readonly SourceLine[], i: number, full: number): number {
  let prev = lines[i].text.trim()
  // A paragraph's label set apart ('（二）' / '“九五”期间…') is paired with its text by the labels' reading (text-labels.ts).
  if (BARE_LABEL.test(compact(prev))) return 1
  let [width, least] = [displayWidth(prev), squeezed(prev)]
  let opened = false
  let n = 1
  for (let k = i + 1; k < lines.length && n < MAX_MARK_PIECES; k++) {
    const t = lines[k].text.trim()
    if (isBlank(t)) break
    const head = NO_LINE_HEAD.test(t)
    if (!head && !(OPENING.test(t) && MARK_END.test(prev) && pieceAfter(t))) break
    // A rest opening with a 文号 in brackets ('…的通知》' / '（国发〔1986〕97 号）和…') stays at its line's
    // head, where a title's 文号 line is set and the heads' readings look for one.
    if (!head && CITED_NUMBER.test(t)) break
    // A bracket closed on its piece is a 文号 or a 附注 of its own, unless it names units (a note).
    if (!head && NOTE_CLOSED.test(t) && !NOTE_WHOLE.test(t)) break
    if (head && !/[\u4e00-\u9fff]/.test(t) && t.length > 2) break
    // Two pieces fit at their full width; more (many marks, each set at half width in a full line), at their least.
    if ((n === 1 ? width + displayWidth(t) : least + squeezed(t)) > full + FULL_WITHIN) break
    width += displayWidth(t)
    least += squeezed(t)
    opened ||= !head
    n++
    prev = t
  }
  if (n < 2) return 1
  // The pieces are a block of their own, as pdftotext writes a line it broke on a page it writes
  // line by line: in a longer block it grouped lines of both columns at one height, and which of
  // them go on from which is the columns' reading (text-streams.ts), not the marks'.
  if ((i > 0 && !isBlank(lines[i - 1].text)) || (i + n < lines.length && !isBlank(lines[i + n].text))) return 1
  if (!opened || width >= full - INDENT - FULL_WITHIN) return n
  const [first, rest] = [lines[i].text.trim(), lines[i + 1].text.trim()]
  return n === 2 && first.endsWith('。') && NOTE_WHOLE.test(rest) ? 2 : 1
}
/**
 * Pieces of one line at most where it breaks at its marks. A line broken at each of its quoted
 * words ('…问题，' / '“僵尸”' / '、' / '“睡眠”' / …, city-2col-flow.txt lines 2185–2192) is one line
 * too, yet joined it reads worse in the columns' reading of its page than its pieces do (the page
 * of 国办发〔2018〕123号, tests/unit/parse/text-address-rest.test.ts): it is left to that reading.
 */
const MAX_MARK_PIECES = 2
/** A line's end at a mark an opening mark may follow on its line. */
const MARK_END = /[，、；：。”》）]$/
/** Marks no line starts with (the typesetter's rule for a line's head). */
const NO_LINE_HEAD = /^[，、。；：！？）》”]/
/** An opening bracket, quote or book title mark, no paragraph's marker in brackets after it. */
const OPENING = /^(（(?![一二三四五六七八九十\d]+）)|[“《])/
/** A note in brackets whole on its piece naming units one after another, and any whole on its piece. */
const NOTE_WHOLE = /^（[^（）]*、[^（）]*）$/
const NOTE_CLOSED = /^（[^（）]*）$/
/** A paragraph's label alone (（二） 四、 第九条). */
const BARE_LABEL = /^([（(][一二三四五六七八九十百零〇\d]+[）)]|[一二三四五六七八九十百]+、|第[一二三四五六七八九十百零〇\d]+条)$/
/** A 文号 in brackets opening a piece. */
const CITED_NUMBER = /^（[^（）]*〔\d{4}〕/
/** Marks a typesetter may set at half width in a full line. */
const SQUEEZABLE = /[，。、；：？！“”‘’（）《》〔〕]/g
/** A piece's least width: its marks at half width. */
const squeezed = (s: string): number => displayWidth(s) - (s.match(SQUEEZABLE)?.length ?? 0)

/**
 * Whether a line ending at a colon is a piece of its line. A colon set in a fallback font stands a
 * little off its line's baseline, so pdftotext opens a block at that line: the piece starts its
 * block ('办理意见：' / '该问题将根据今年水稻的增产情况统', the line before it the other column's).
 * A colon inside a block ends a sentence or a wrapped 主送机关 ('…新疆生产建设' / '兵团：'), and a
 * unit's name before it is a 主送机关 over its body's first line ('民航总局：' / '你局《关于…'), one
 * character a wrapped 主送机关's last ('…新疆生产建设兵' / '团：', the line before it the other
 * column's), a name list's post ('副组长：' over its first holder, set apart at the row's gap), or a
 * lone character after it a letter-spaced post ('…通知如下：' / '组', of '组　长：').
 */
function colonPiece(lines: readonly SourceLine[], i: number): boolean {
  const words = compact(lines[i].text).slice(0, -1)
  const opensBlock = i === 0 || isBlank(lines[i - 1].text)
  const next = compact(lines[i + 1]?.text ?? '')
  return opensBlock && words.length > 1 && !isIssuerText(words) && !isBarePost(lines[i].text) && next.length > 1
}

/** A piece ending at a semicolon that ends a list's item: no words in it, or the next piece opens an item. */
function endsItem(piece: string, next: string): boolean {
  return SEMICOLON_END.test(piece) && (!/[\u4e00-\u9fff]/.test(piece) || LIST_ITEM.test(next))
}

/**
 * A line that may go on a piece: words (a folio or a figure alone is none), not a unit's name (a
 * signature under a paragraph's end), a paragraph's marker, a 条 label, a date, or a name list's
 * 'X：' entry.
 */
function pieceAfter(t: string): boolean {
  const c = compact(t)
  return /[\u4e00-\u9fff]/.test(c) && !isIssuerText(c) && !PARA_LABEL.test(c) && parseDateLine(t) === null && !/^[\u4e00-\u9fff]{1,6}[：:]/.test(c)
}
