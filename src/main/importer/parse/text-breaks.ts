// Where a paragraph of hard-wrapped text (pdftotext without layout) goes on or ends, told by what
// every gazette's text shows besides the line widths (text-flow.ts): a wrapped attachment name or
// title, a bracket left open, an office over its holder's name, a section number or a heading
// after a full stop, a label or section number set apart from what it labels. blocks.ts asks these
// before the widths.
import type { BlockKind } from '../../../shared/domain'
import { BlockText } from './block-text'
import { isArticle, isBarePost, isEntryShape } from './classify'
import type { Edge } from './geometry'
import { compact, endsSentence, hasInnerPunct } from './lines'
import { isIssuerText } from './header'
import { parseDateLine } from './dates'
import { LEAD_INDENT, MIN_LEAD_INDENT } from './text-widths'

/** The block being built, as far as these rules look at it. */
export interface OpenBlock {
  block: { kind: BlockKind; lines: number[] }
  text: BlockText
  last: { text: string; edge: Edge; lead?: number }
}

/** The line that may go on with it. */
export interface NextLine {
  text: string
  kind: BlockKind
  /** Blank lines before it. */
  gap: number
  edge: Edge
  /** Cells of space before it (-layout text; plain text none). */
  lead?: number
}

/** A person's name alone on its line, letter-spaced or not ('王晓晖', '黄　卫'). */
export const isName = (s: string): boolean => /^[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3}$/.test(s.trim())

/** Kinds of one-line block whose line the typesetter may wrap: an attachment list's item, a title. */
const HEAD_LINES = new Set<BlockKind>(['attachmentNote', 'title'])

/**
 * Hard-wrapped text: an attachment's name after 附件： or an attachment's title that fills the
 * column (or all but an indent's width of it) went on to the next line ('附件：兴县第一批非物质
 * 文化遗产项目代表' / '性传承人名单'). The rest is a short line without punctuation; the body
 * under a title fills its lines or ends a sentence ('各乡（镇）人民政府：').
 */
export function continuesHeadLine(prev: OpenBlock, l: NextLine): boolean {
  const wide = prev.last.edge === 'full' || prev.last.edge === 'indented'
  if (!HEAD_LINES.has(prev.block.kind) || !wide || prev.text.endsSentence()) return false
  if (l.kind !== 'paragraph' || l.gap > 0 || l.edge === 'full' || (l.edge === 'indented' && !wrapsBack(prev, l))) return false
  if (namesTable(prev) && !/^[（(]/.test(l.text.trim())) return false
  return !hasInnerPunct(l.text) && compact(l.text).length <= 20
}

/**
 * -layout text keeps a first line's indent: under an attachment list's line set in ('   附件：1.
 * 国土资源部关于湖北省巴东县官'), a line back at the column's edge by an indent ('渡口镇马鬃山村
 * 地质险情调研情况的报告') is the name's rest, though it stops an indent short as a paragraph's
 * first line does: that first line would be set in as far. Plain text sets no indent and tells nothing.
 */
function wrapsBack(prev: OpenBlock, l: NextLine): boolean {
  if (prev.block.kind !== 'attachmentNote') return false
  const back = (prev.last.lead ?? 0) - (l.lead ?? 0)
  if (back >= MIN_LEAD_INDENT && back <= 2 * LEAD_INDENT) return true
  return !prev.last.lead && !l.lead && hangs(prev, l)
}

/**
 * Plain text: an attachment's name hangs under itself, past '附件：' and its number, so its rest
 * stops that far short of the measure and reads as set in ('附件：1. 国土资源部关于湖北省巴东县官'
 * / '渡口镇马鬃山村地质险情调研情况的报告'). A line of words alone, no item's number, no clause
 * mark, no sentence's end, under the list's only line, is that rest: a paragraph's first line
 * under an attachment list would be prose, and the next attachment opens with its number.
 */
function hangs(prev: OpenBlock, l: NextLine): boolean {
  const t = l.text.trim()
  return prev.block.lines.length === 1 && !ITEM_MARK.test(t) && !endsSentence(t) && !hasInnerPunct(t)
}

/**
 * An attachment's title that names a table or form ('…传承人名单', '…推荐表') is whole once it
 * says so: the short lines under it are the table's cells ('序号', '姓'), not the title's rest
 * (which may only add a bracketed note: '（2022 年）').
 */
const namesTable = (prev: OpenBlock): boolean => prev.block.kind === 'title' && /(表|名单|清单)$/.test(compact(prev.text.value))

/**
 * Hard-wrapped text: a heading whose numeral the typesetter set apart by a tab (Word's automatic
 * numbering: '二、' / '全面落实农民工工资专户和按' / '月足额支付农民工工资制度') went on to the next
 * line: the tab's room is not in the text, so its words' line looks short, yet it stopped
 * mid-phrase (a short heading, '一、' / '总体思路', ends on its line). The rest is a short line
 * without punctuation, as a wrapped title's is.
 */
/** Heading words this long at least may have filled the column past the numeral's tab (a column holds 20–26 hanzi). */
const HEAD_WRAPS_AT = 10

export function continuesLabelledHead(prev: LabelBlock, l: NextLine): boolean {
  // A block of two lines only: its text is read once it is known to be short.
  if (prev.block.lines.length !== 2 || !BARE_LABEL.test(compact(prev.first.text))) return false
  const words = prev.text.value.slice(prev.first.text.trim().length)
  if (hasInnerPunct(words) || compact(words).length < HEAD_WRAPS_AT) return false
  if (prev.text.endsSentence() || l.kind !== 'paragraph' || l.gap > 0 || l.edge === 'full' || l.edge === 'indented') return false
  return !hasInnerPunct(l.text) && !endsSentence(l.text) && !ITEM_MARK.test(l.text.trim()) && compact(l.text).length <= 20
}

/** Lines an unclosed bracket may run on over: a note is a line or two, a typo's bracket is not. */
const BRACKET_LINES = 3

/**
 * Hard-wrapped text: a bracket left open at a line's end runs on into the next lines
 * ('（1991年3月4日…发布' / '2018年9月6日国务院第23次常务会' / '议修订通过）', '（负责部门：' /
 * '海关总署）'), whatever the widths say: a new paragraph does not start inside brackets.
 */
export function closesBracket(prev: OpenBlock, l: NextLine): boolean {
  if (prev.text.depth <= 0 || l.gap > 1) return false
  // Opened on the block's last line, or in a short block (a note): not a typo's stray bracket.
  if (new BlockText(prev.last.text).depth <= 0 && prev.block.lines.length > BRACKET_LINES) return false
  return (l.kind === 'paragraph' || l.kind === 'signature') && !isArticle(l.text) && !/^[（(][^）)]*$/.test(l.text.trim())
}

/** An office alone on its line, over its holder's name: '总理' / '李克强' (a 令's signature). */
export const OFFICE = /^(总理|副总理|主席|副主席|省长|副省长|市长|副市长|县长|副县长|区长|主任|部长)$/

export function namesHolder(prev: OpenBlock, l: NextLine): boolean {
  return prev.block.lines.length === 1 && OFFICE.test(compact(prev.text.value)) && l.gap <= 1 && isName(l.text)
}

/** A holder's line: a name and its post, a few words without clause marks, longer than a name (four hanzi at most). */
const HOLDER_MIN = 4
const HOLDER_MAX = 24

/**
 * A name list's post with its colon alone on its line, over its first holder ('副组长：' /
 * '贾兴利国家统计局兴县调查队队长'): pdftotext set the holder apart from the post at the wide gap
 * between them on their row. The holder is no other post, no sentence, and no name alone (a
 * name list written cell by cell: '委员：' / '余蔚平' / '财政部副部长', '委 员：' / '杨' / '河').
 */
export function holdsPost(prev: OpenBlock, l: NextLine): boolean {
  // A holder's row the text reader put together ('郭卫民　　中央宣传部…', text-names.ts) is an entry already.
  const holderRow = l.kind === 'paragraph' || (l.kind === 'nameListEntry' && isEntryShape(l.text))
  if (prev.block.lines.length !== 1 || !isBarePost(prev.text.value) || l.gap > 1 || !holderRow) return false
  const t = l.text.trim()
  // A name alone, or a piece of one ('杨' of a letter-spaced '杨　河'), is a table's cell written
  // apart from its post: the post's label heads a group. A holder's line holds his post too.
  const c = compact(t)
  return c.length > HOLDER_MIN && c.length <= HOLDER_MAX && !hasInnerPunct(t) && !endsSentence(t)
}

/** A decimal section number ('5.1.1 为应对…'), not an amount ('1.5 亿元'). */
const SECTION_NO = /^\d{1,2}(\.\d{1,2}){1,3}\s*(?![万亿元吨米倍个%％\d.])\S/
/** A short line that is a section's number and name ('4 应急响应'). */
const SECTION_HEAD = /^\d{1,2}(\.\d{1,2}){0,3}\s+[\u4e00-\u9fff]/

/**
 * A list item's or heading's number ('（一）', '（3）', '一、', '2. ', '3、'), not a year in brackets
 * ('（2021）年') or an amount ('1.5 亿元').
 */
const ITEM_MARK = /^([（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}(?:[.．](?!\d)|、))/

/**
 * An attachment's label with its number and a stop ('附件 1. 深圳湾口岸港方口岸区的查验区界'): a
 * document's list of attachments starts there, as '附件：' does (classify.ts reads that one).
 */
const NUMBERED_ATTACHMENT = /^附件\s*\d{1,2}\s*[.．、]/

/**
 * The 公文's closing formula alone on its line ('特此通知。', '特此批复。', '特此承诺。'): the
 * paragraph of its own a 通知, 批复 or 函 ends its body with, after the last sentence (whose line
 * may have filled the column, so the widths cannot tell).
 */
const CLOSING_FORMULA = /^特此[\u4e00-\u9fff]{1,4}[。！!]$/

/**
 * After a finished sentence, a new paragraph shows by its start where pdftotext dropped the
 * indent: a decimal section number, an item's number, an attachment's numbered label, or a
 * short line without punctuation (a heading: a sentence after a full stop that fits one line
 * unpunctuated is not prose).
 */
export function startsAfterStop(l: NextLine): boolean {
  const t = l.text.trim()
  if (SECTION_NO.test(t) || ITEM_MARK.test(t) || NUMBERED_ATTACHMENT.test(t) || CLOSING_FORMULA.test(compact(t))) return true
  if (l.edge !== 'short' || hasInnerPunct(t) || endsSentence(t)) return false
  return SECTION_HEAD.test(t) || compact(t).length <= 20
}

/** A section number alone on its line ('4', '1.2.1'): it starts what it numbers. */
export const isSectionAlone = (text: string): boolean => /^\d{1,2}(\.\d{1,2}){0,3}$/.test(compact(text))

/** The block being built, with its first line. */
export interface LabelBlock extends OpenBlock {
  first: { text: string }
}

const BARE_ARTICLE = /^第[一二三四五六七八九十百零〇\d]+条$/
/**
 * A paragraph label alone ('（二十一）', '一、', '3.', a section number '1.2.1'): what it labels
 * was set on the next line (pdftotext writes a number set apart from its text as a block of its own).
 */
const BARE_LABEL = /^([（(][一二三四五六七八九十百零〇\d]+[）)]|[一二三四五六七八九十百]+、|\d{1,2}[.、．]|\d{1,2}(\.\d{1,2}){1,3})$/
/**
 * A figure's or table's number alone ('图1', '表 2-1'): its caption was set beside it, on the
 * next line (pdftotext writes the number and the caption as blocks of their own).
 */
export const BARE_FIGURE = /^[图表]\d{1,2}([-—.．]\d{1,2})?$/
/** A caption: a short line of plain words ('汽车号牌尺寸（单位：毫米）'). */
const CAPTION_MAX = 30
/** A whole section number alone ('4'): it labels only a heading (a short unpunctuated line). */
const BARE_SECTION = /^\d{1,2}$/
/** A chapter label with at most two characters of its name so far ('第一章', '第一章总'). */
const CHAPTER_OPEN = /^第[一二三四五六七八九十百零〇\d]+章.{0,2}$/

/**
 * A converter may set a label apart from what it labels: '第九条' / '从事…', '（二十一）' /
 * '加强督促检查。…', and a letter-spaced chapter heading line by line ('第一章' / '总' / '则').
 * Text only: a PDF's layout keeps them.
 */
export function joinsLabel(prev: LabelBlock, l: NextLine & { layout?: unknown }): boolean {
  if (l.layout || l.kind !== 'paragraph' || l.gap > 3 || prev.text.length > 12 || isArticle(l.text)) return false
  const t = compact(prev.text.start)
  // A chapter's name letter-spaced over lines ('第一章' / '总' / '则') may have had a piece taken
  // up into the line above (text-labels.ts), leaving one blank line more before the next.
  if (prev.block.kind === 'heading1' && CHAPTER_OPEN.test(t)) return compact(l.text).length <= 20 && !hasInnerPunct(l.text)
  if (l.gap > 2) return false
  if (prev.block.kind === 'paragraph' && prev.block.lines.length === 1 && BARE_ARTICLE.test(t)) return true
  if (prev.block.lines.length === 1 && BARE_LABEL.test(t)) return true
  if (prev.block.lines.length === 1 && BARE_SECTION.test(t)) return compact(l.text).length <= 20 && !hasInnerPunct(l.text)
  if (prev.block.lines.length === 1 && BARE_FIGURE.test(t)) return isCaptionText(l.text)
  return isSpacedOut(prev, l)
}

/**
 * A caption's words: short, no clause marks outside a bracketed note ('（单位：毫米）'), no
 * sentence end, not another figure's number, nor a signature's unit or a date (the document's
 * closing, which a figure's number at the page's end may come before).
 */
function isCaptionText(text: string): boolean {
  const c = compact(text)
  const words = c.replace(/[（(][^（()）]*[）)]/g, '')
  // A bracket left alone: the caption's or a sentence's piece, cut elsewhere ('毫米）').
  if (/[（()）]/.test(words)) return false
  if (c.length > CAPTION_MAX || words.length === 0 || hasInnerPunct(words) || endsSentence(c) || BARE_FIGURE.test(c)) return false
  return !isIssuerText(c) && parseDateLine(text) === null
}

/**
 * A heading letter-spaced wide ('目　　录', '前　言') comes out a character to a line: every line
 * of the block so far one ideograph, and this one too.
 */
function isSpacedOut(prev: LabelBlock, l: NextLine): boolean {
  const one = (s: string): boolean => /^[\u4e00-\u9fff]$/.test(compact(s))
  return one(l.text) && prev.block.kind === 'paragraph' && compact(prev.text.value).length === prev.block.lines.length && one(prev.first.text)
}
