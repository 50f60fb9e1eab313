// What it costs to read one line straight after another in the same column, from what a person
// sees in hard-wrapped text: a line that runs to the column's edge mid-sentence goes on, so a new
// numbered paragraph after it is wrong; a line that stops short ended its paragraph, so a full
// line of plain text after it is odd (a new paragraph starts indented); and the words across the
// join should be words the issue prints elsewhere (text-bigrams.ts).
import { compact, DECIMAL_START, endsSentence, folded, hasInnerPunct, PARA_LABEL } from './lines'
import { displayWidth } from './text-flow'
import { edgeOf } from './text-widths'
import { codes, head, tail, type Bigrams } from './text-bigrams'
import { numberAfterOpen } from './text-number-first'
import { anchorJoin, endsUnnumberedTitle, inTitle, tocTitleOf, type TocAnchors } from './toc-anchors'
import { docNumberOfLine, isIssuerText, startsTitle } from './header'
import { parseDateLine } from './dates'
import { docTypeOf } from './doc-type'
import { marksPublic } from './public-note'
import { numberOf } from './text-numbers'
import { isRecipientsLine } from './doubt-signals'
import { isNameRow } from './page-breaks'

/** One line of a run, or one side of a line that holds both columns. */
export interface Unit {
  /** Index of its source line. */
  line: number
  text: string
  /** 0 or 1 when the unit's column is known (the two sides of a merged line). */
  column?: number
  /** A blank line stands between it and the unit before. */
  blankBefore: boolean
  /** The right-hand side of a merged line. */
  mergedRight: boolean
  /** A line with blank lines (or a page's edge) on both sides: the converter's piece is one line. */
  alone?: boolean
  /** Written after the page's folio: a right column's line pdftotext placed last (text-pages.ts linesAfterFolio). */
  foot?: boolean
}

export interface JoinContext {
  /** The column's full line width (display columns). */
  full: number
  grams: Bigrams
  /** The 目录's titles and 文号, when the issue has one: its word on which lines go together. */
  anchors?: TocAnchors
  /** The run's bare 文号 set under their titles, each with its title (text-number-first.ts numbersUnderTitles). */
  underTitles?: ReadonlyMap<string, string>
  /**
   * The 目录 for what it says a line is (a title's last line), its joins not priced by it: a
   * document's numbering starts at one under its title, (二) never follows '…的' / '通知'.
   */
  toc?: TocAnchors
  /**
   * The page's two column widths, wider first, when its columns are set at unequal widths
   * (text-unequal-columns.ts): each stream's lines are judged at their own column's width.
   */
  unequal?: readonly [number, number]
}

/** A wrapped line may stop short of the full width by this much (a pulled-back character). */
const FULL_WITHIN = 3


/** A line this much short of the full width ends its paragraph (or is a heading). */
export const SHORT_BY = 6
/**
 * Cost of a new numbered paragraph, or a title's line, right after a line left open at the
 * column's edge: a line that stops mid-sentence goes on with the sentence's rest.
 */
const OPEN_THEN_LABEL = 4
/**
 * Cost of a signature or a date printed in one block right under a line left open: a document's
 * closing stands under a finished paragraph, never inside one, so the converter (LibreOffice's
 * PDF, read by pdftotext, writes the page by height) put the other column's line in the block.
 * It outweighs leaving the column inside a block (SWITCH_IN_BLOCK, text-stays.ts).
 */
export const OPEN_THEN_CLOSING = 10
/** Cost of a full line of plain text right after a line that ended its paragraph. */
const SHORT_THEN_FULL = 1.5
/**
 * A 主送机关 line under a finished sentence costs this: a body's sentence never stands over it. The
 * bigrams alone price a sentence's end over '各…' as a pair often seen ('…自行撤销。' / '各乡（镇）
 * 人民政府…：'), and the true join (under the title or 文号) as one never seen.
 */
const ADDRESSED_PLACE = 4
/** Reading a 主送机关 line right under the last line of a title the 目录 lists without a 文号. */
const TITLE_THEN_ADDRESSED = -ADDRESSED_PLACE
/** Reading a 主送机关's first line, left open, before its rest (ADDRESS_OPENS). */
const ADDRESS_THEN_REST = -ADDRESSED_PLACE
/**
 * A 主送机关's first line: bodies named one after another from '各…' ('各省、自治区、直辖市人民政府，
 * 国务院各部委、各直'), no sentence and no colon yet.
 */
const ADDRESS_OPENS = /^各[^。；;：:]*[、，,][^。；;：:]*$/
/**
 * A 主送机关's rest: a short line that names bodies up to its colon ('属机构：', '各直属机构：'), not a
 * salutation of one ('国务院：'), which a body's sentence from '各…' may stand over in the other column.
 */
const ADDRESS_ENDS = /(机构|人民政府|单位|部门|委员会|办公室|厅|局)[：:]$/
/** A 主送机关's first line, its colon on a line below (ADDRESS_OPENS): a document head's line, no prose. */
export const opensAddress = (text: string): boolean => ADDRESS_OPENS.test(text.trim())
/** A name and a colon alone on a line, no other punctuation. */
const HAIL = /^[^，,。；;：:、]{2,24}[：:]$/
/** A sentence ends here: its mark, then closing quotes or brackets. */
const FINISHED = /[。；！？;!?][”’"』」）)》〕\]】]*$/
/** A line ending on a semicolon, closing marks after it: a clause of a list goes on below. */
const SEMICOLON_END = /[；;][”’"』」）)》〕\]】]*$/
/** A piece that starts with a mark no line starts with is the rest of the line above it. */
const CLOSING = /^[，、。；：）》”’」』)]/

/** A heading's numeral in hanzi alone on its line, its words set apart: （一） 一、. */
const HEADING = /^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)$/
/** An attachment note, or an item of its list under it. */
const ATTACHMENT = /^(附\s*件|\d+[.、．])/
/**
 * A reply's salutation to the deputies or members whose 建议 or 提案 it answers ('石英代表：',
 * '周桂英等代表：'): the line that opens its body, under the title and 文号.
 */
const SALUTATION = /^[\u4e00-\u9fff]{1,12}(代表|委员)[：:]$/
/**
 * A line ending inside a round bracket it opened ('批工作有关事项的通知》（晋自然资函'): the 文种 word
 * at its end ('函') is a cited 文号's agency code broken at the line's end, no title's 文种.
 */
const BRACKET_OPEN = /[（(][^）)]*$/
/** A 目录's entry: a dot leader, then its page. */
const TOC_LINE = /[.…⋯·•．]{3,}\s*\d{1,4}$/

/**
 * A paragraph label alone on its line ('第九条', '（三）', '四、'): the converter wrote the label,
 * set apart from its text by a wide gap, as a piece of its own. Its text starts on the label's
 * own line, so the line after it in its column is narrower than the column by the label's width
 * and the gap (BARE_GAP): a line wider than that is another line's, most often the other column's.
 */
const BARE_LABEL = /^([（(][一二三四五六七八九十百零〇\d]+[）)]|[一二三四五六七八九十百]+、|第[一二三四五六七八九十百零〇\d]+条)$/
/** The gap after a label set apart (display columns): a hanzi at least. */
const BARE_GAP = 2
/** Cost of a line too wide to share a label's line right after the label alone. */
const BARE_THEN_WIDE = 4

/** A list's numbered entry ('1. 兴县发展和改革局', '12、…'). */
const ENTRY = /^\d+[.、．]/
/** An entry this short of the column (its share of the full width) is whole: a name, not a wrapped sentence. */
const ENTRY_WIDTH = 0.6

/** A paragraph's label in brackets ('（四）', '(3)'): the body's own numbering, never a 栏目's. */
const BRACKET_LABEL = /^[（(][一二三四五六七八九十百\d]+[）)]/
/** A heading's numeral in hanzi with its words on the line ('二、加大政策扶持'). */
const HANZI_LABEL = /^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)/

/**
 * A 条's or a bracketed numeral's label set apart from its text by a gap ('第三条　任何单位和个人…',
 * '第一条 为了规范…'): pdftotext writes the gap as one space, or wrote the label as a piece of its
 * own that text-labels.ts paired back with one ideographic space, while XeLaTeX's two columns print
 * it about two hanzi wide. The label's line fills its row yet reads two hanzi short in the text
 * (36 display columns in prov2-a0's 40-column column, as each 条's first line there): its width
 * counts the gap the print gave it, so that a line open at the edge reads as open.
 */
const LABEL_APART = /^(第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十]+[）)])[ \u3000]/
/** Display columns the print's gap after a label set apart is wider than the text's (two hanzi). */
const LABEL_GAP = 4

/** A line's width in print: a label set apart counts its gap (LABEL_APART). */
export const printedWidth = (t: string): number => displayWidth(t) + (LABEL_APART.test(t) ? LABEL_GAP : 0)

/** What a join looks at in a unit, worked out once (the reading tries many joins per unit). */
export interface Shape {
  width: number
  ended: boolean
  label: boolean
  closing: boolean
  /**
   * A signature (a unit's name alone), a date line, or a public note ('（此件公开发布）'): a
   * document's closing.
   */
  signs: boolean
  /** A public note ('（此件公开发布）'): the last line of a document's closing. */
  notes: boolean
  /** A title's line by its 文种, no punctuation inside, no bracket left open at its end ('兴县 2022 年度地质灾害防治方案'). */
  titled: boolean
  /** A title's first line by its opening ('关于…', an issuer's name then '关于…'), no punctuation inside. */
  opensTitle: boolean
  /** A 目录's entry, its dot leader and page ('…的批复....9'): no sentence left open. */
  listed: boolean
  /** A heading's numeral in hanzi alone. */
  heading: boolean
  /** Opens with a decimal (DECIMAL_START). */
  decimal: boolean
  /** A paragraph label alone (BARE_LABEL). */
  bare: boolean
  /** An attachment note or an item of its list ('附件：…', '2.…'): no full stop, yet over a signature. */
  listsAttachment: boolean
  /** The last two and first two characters, as code points (Bigrams.joinCodes). */
  tail: number[]
  head: number[]
  /** Its paragraph number (1 for （一）, 一、, 1., 第一条), 0 when it opens with none. */
  n: number
  /** A heading in hanzi numerals with its words, not a sentence ('二、加大政策扶持'). */
  headed: boolean
  /** A sentence ends at its end (a colon aside: a list or the recipients open there). */
  finished: boolean
  /** A 主送机关 line ('各乡（镇）人民政府、县直各有关单位：'). */
  addressed: boolean
  /** A 文号 in brackets alone ('（国函〔2006〕132 号）'): the line under a title. */
  numbered: boolean
  /** A date line alone ('一九八一年五月二十三日'). */
  dated: boolean
  /** Opens with a list's number ('1. …'). */
  entry: boolean
  /** A reply's salutation (SALUTATION). */
  salutes: boolean
  /** A short line that is a name and a colon alone: a 主送机关 or a salutation ('中国气象局：'). */
  hails: boolean
  /** A 主送机关's first line, its colon on a line below (ADDRESS_OPENS). */
  addresses: boolean
  /** A short line that ends a 主送机关 (HAIL, ADDRESS_ENDS). */
  endsAddress: boolean
  /**
   * A name list's row, its name and post on one line (page-breaks.ts isNameRow); not a label with
   * its text, shaped as one ('第十三条　纳税人应当留存…', '第二章　子女教育').
   */
  row: boolean
  /** Ends on a semicolon (SEMICOLON_END). */
  semicolon: boolean
}

const shapes = new WeakMap<Unit, Shape>()

/** What a join looks at in `u` (its Shape), worked out once per unit. */
export function shapeOf(u: Unit): Shape {
  let s = shapes.get(u)
  if (!s) {
    const t = u.text.trim()
    s = { width: printedWidth(t), ended: endsSentence(t), label: PARA_LABEL.test(t), closing: CLOSING.test(t), signs: isIssuerText(compact(t)) || parseDateLine(t) !== null || marksPublic(t), notes: marksPublic(t), titled: !hasInnerPunct(t) && docTypeOf(compact(t)) !== null && !BRACKET_OPEN.test(t), opensTitle: !hasInnerPunct(t) && startsTitle(t), listed: TOC_LINE.test(t), heading: HEADING.test(t), decimal: DECIMAL_START.test(t), bare: BARE_LABEL.test(compact(t)), listsAttachment: ATTACHMENT.test(t), tail: codes(tail(t, 2)), head: codes(head(t, 2)), n: numberOf(t)?.n ?? 0, headed: HANZI_LABEL.test(t) && !endsSentence(t), finished: FINISHED.test(t), addressed: isRecipientsLine(t), dated: parseDateLine(t) !== null, entry: ENTRY.test(t), numbered: /^[（(]/.test(t) && docNumberOfLine(t) !== null, salutes: SALUTATION.test(compact(t)), hails: HAIL.test(compact(t)), addresses: ADDRESS_OPENS.test(t), endsAddress: HAIL.test(compact(t)) && ADDRESS_ENDS.test(t), row: isNameRow(t) && !PARA_LABEL.test(t), semicolon: SEMICOLON_END.test(t) }
    shapes.set(u, s)
  }
  return s
}

/** The cost of reading `b` right after `a` in one column: lower reads better. */
export function joinCost(ctx: JoinContext, a: Unit, b: Unit): number {
  const sa = shapeOf(a)
  const sb = shapeOf(b)
  // A numbered entry set short ('1. 兴县发展和改革局') is a paragraph of its own, whole: it runs on
  // into no word, so the characters across its end say nothing ('…局' / '兴政办函…', the other
  // column's 文号, reads as '…局兴县分局' does) and are not counted. Into a closing they are: an
  // attachment list's last entry stands right over the signature.
  const entry = sa.entry && sa.width <= ctx.full * ENTRY_WIDTH
  let cost = entry && !sb.signs ? 0 : -ctx.grams.joinCodes(sa.tail, sb.head)
  const open = sa.width >= ctx.full - FULL_WITHIN && !sa.ended
  // A full line opening with a decimal ('7.1 级中强地震或强震，…') is no paragraph's label but a
  // sentence's rest cut before its figure (text-numbers.ts reads no number there either): it goes
  // on from an open line, and after a short one it is plain text starting unindented. Set short it
  // may be a decimal section's heading ('5.1 总体要求').
  const label = sb.label && !(sb.decimal && sb.width > ctx.full - SHORT_BY)
  // A title's line set short in the column (a title of its own there, not a wrapped line of prose
  // that happens to end in a 文种's word) never goes on from an open line.
  if (open && (label || (sb.titled && sb.width <= ctx.full - SHORT_BY))) cost += OPEN_THEN_LABEL
  // Nor does a title's first line set short, one the 目录 prints in a title ('兴县人民政府关于将兴县经济'
  // under '…在县财政可承受前提下，'): a title wrapped over short lines ends in its 文种 lines below.
  else if (open && sb.opensTitle && !sa.listed && sb.width <= ctx.full - SHORT_BY && ctx.toc && inTitle(ctx.toc, b.text)) cost += OPEN_THEN_LABEL
  // A heading's numeral alone (its words set apart) never stands over a closing, in any layout.
  if (sa.heading && sb.signs) cost += OPEN_THEN_CLOSING
  // A line that opens with a closing mark ('，…', '）…') is the rest of a sentence: never after one that ended.
  if (sb.closing && sa.ended) cost += OPEN_THEN_LABEL
  // (A label after it is the numbering's word: text-label-order.ts reads the run's labels.)
  if (sa.bare && !sb.label && sb.width > ctx.full - sa.width - BARE_GAP) cost += BARE_THEN_WIDE
  if (sa.width <= ctx.full - SHORT_BY && sb.width >= ctx.full - FULL_WITHIN && !label && !sb.closing) cost += SHORT_THEN_FULL
  // A document's numbering starts at one under its title.
  if (sb.n > 1 && sa.titled && !sa.label && ctx.toc && inTitle(ctx.toc, a.text)) cost += OPEN_THEN_LABEL
  // A document's date stands under its signature or its last sentence, never right under a line
  // of its title (the 目录 prints it in one): that line goes on with the 主送机关 or the body.
  if (sb.dated && sa.titled && !sa.label && ctx.toc && inTitle(ctx.toc, a.text)) cost += OPEN_THEN_LABEL
  // Nor a 文号 set under its title in the other column (text-number-first.ts).
  cost += numberAfterOpen(ctx.underTitles, ctx.full, a.text, b.text)
  // Nor right under the 文号 line in brackets: that goes on with the 主送机关 or the body.
  if (sb.dated && sa.numbered) cost += OPEN_THEN_LABEL
  // A title's last line too short for the 目录 to tell whose it is ('的批复') goes on into the 文号
  // whose title, as the 目录 prints it, it ends.
  if (sb.numbered && sa.titled && ctx.toc && endsTitleOf(ctx.toc, a.text, b.text)) cost += TITLE_THEN_NUMBER
  // A document opens with its 文号 and title, then the 主送机关: that line goes on from the head,
  // never from a finished sentence.
  if (sb.addressed && sa.finished) cost += ADDRESSED_PLACE
  // A title the 目录 lists without a 文号 has its 主送机关 right under it: the other column's
  // line the converter wrote between them (a name list's row, a closing) is not the title's.
  if (sb.addressed && sa.titled && ctx.toc && endsUnnumberedTitle(ctx.toc, a.text)) cost += TITLE_THEN_ADDRESSED
  // So does any title's line ending in its 文种 (a line the 目录 prints in a title) over a 主送机关
  // that opens with bodies named one after another ('各省、自治区、直辖市人民政府，国务院各部委、各', its colon on the line
  // below) or a reply's salutation ('周桂英等代表：'): a document starting mid-column sets its 文号
  // over its title, and the 主送机关 goes on from the title in its column, whatever the other
  // column's line beside it. A 主送机关 naming one body ('县自然资源局：') is left out: two replies'
  // heads side by side, each with its 文号 in brackets under its title, read as well either way.
  else if ((sb.addresses || sb.salutes) && sa.titled && ctx.toc && inTitle(ctx.toc, a.text)) cost += TITLE_THEN_ADDRESSED
  // A 主送机关 too long for one line goes on into its rest, a short line ending in its colon
  // ('…国务院各部委、各直' / '属机构：'): the issue prints that word only across the break. Only
  // where the two were written apart (a blank between), the other column's lines among them: in
  // one block they are read together already (SWITCH_IN_BLOCK, text-stays.ts).
  if (open && sa.addresses && sb.endsAddress && b.blankBefore) cost += ADDRESS_THEN_REST
  // The body under the 主送机关 starts its numbering at one: a number past one never stands right
  // under it (a list's '2.' in the other column, written beside a document's head).
  if (sa.addressed && sb.n > 1) cost += ADDRESSED_PLACE
  // Nor under a public note ('（此件公开发布）'), the last line of a document's closing: under it in
  // its column stands the next document's head, whose body numbers from one, or an attachment.
  // A paragraph labelled （N） past one there ('（四）支持创业载体建设。…') is the other column's body,
  // written beside a document that ends mid-column. The issue's own 栏目 ('三、县（市、区）文件')
  // and an attachment's list ('16. 兴县林业局') may stand under a note: only the bracketed label speaks.
  if (sa.notes && sb.n > 1 && BRACKET_LABEL.test(b.text.trim())) cost += ADDRESSED_PLACE
  // Nor does another document's salutation ('中国气象局：'): a document is addressed once.
  if (sa.addressed && sb.hails) cost += ADDRESSED_PLACE
  // A title's first line never goes on from a list's entry left open (a name, no full stop): a
  // title stands under a closing, a 文号 or a banner ('10. 兴县住房和城乡建设管理局' / '兴县人民政府
  // 办公室关于更新' is the other column's head written beside a list). A finished paragraph may end
  // an attachment, the next title right under it (county-lo-noto.txt '（四）…' over 3号's title).
  if (sa.entry && !sa.ended && sb.opensTitle && ctx.toc && inTitle(ctx.toc, b.text)) cost += OPEN_THEN_LABEL
  // A heading with its words never stands right over a signature or date either.
  if (sa.headed && sa.width <= ctx.full - SHORT_BY && sb.signs) cost += OPEN_THEN_LABEL
  // Nor does a line ending on a semicolon stand over a public note: a list's item goes on with the
  // next, and a body's last sentence ends on a full stop (in the tuning texts' truths, none of 589
  // signatures or dates follows a paragraph ending in '；'; a note ends the closing under them).
  if (sb.notes && sa.semicolon) cost += OPEN_THEN_CLOSING
  // A 主送机关 line ('各乡（镇）人民政府，县直各有关单位：') opens a body under its title and 文号:
  // never the rest of a sentence left open at the column's edge, whatever the characters across
  // the join. A title's last line may run to the edge with no mark ('关于成立兴县 2022 年高标准农田
  // 建设项目领导组的通知'), and a 主送机关's own first line ('各省、…各直') goes on into its rest
  // (ADDRESS_THEN_REST): both are left out. A name and colon alone ('县应急管理局：') is left to
  // the bigrams: it may be a list's lead-in or a sentence's short rest too, and pricing it so read
  // two-column decree pages worse.
  if (open && !sa.addresses && !sa.titled && sb.addressed) cost += OPEN_THEN_LABEL
  return ctx.anchors ? cost + anchorJoin(ctx.anchors, a.text, b.text) : cost
}

/**
 * The cost of reading `b`, a column's first line, right after `a`, the column before's last: as in
 * one column, but a 主送机关 at a column's foot goes on into a body's first line at the next
 * column's top ('…单位：' / '为加快…'), a join the characters across it never tell. Only there:
 * down a column, the lines written between the two are another column's either way.
 */
export function columnTurnCost(ctx: JoinContext, a: Unit, b: Unit): number {
  return joinCost(ctx, a, b) + (shapeOf(a).addressed && opensParagraph(shapeOf(b), ctx.full) ? ADDRESSED_THEN_BODY : 0)
}

/** Reading a body's first line at a column's top under its 主送机关 at the foot before. */
const ADDRESSED_THEN_BODY = -4
/** A paragraph's plain first line: indented, left open, no label, no closing, no title, no name and colon. */
function opensParagraph(s: Shape, full: number): boolean {
  return edgeOf(s.width, full) === 'indented' && !s.ended && !s.label && !s.closing && !s.signs && !s.titled && !s.opensTitle && !s.hails && !s.addressed
}

/** Reading a title's last line before the 文号 whose title it ends (as a telling line's NUMBER_BY_TITLE). */
const TITLE_THEN_NUMBER = -4
/** A title's line this short is a piece of many titles: the anchors do not tell whose (toc-anchors.ts MIN_PIECE). */
const SHORT_END = 5

/** `line`, too short to tell on its own, ends the title the 目录 gives the 文号 on `numberLine`. */
function endsTitleOf(toc: TocAnchors, line: string, numberLine: string): boolean {
  const end = folded(line)
  if (end.length < 2 || end.length >= SHORT_END) return false
  const n = docNumberOfLine(numberLine)
  const title = n ? tocTitleOf(toc, n.docNumber) : undefined
  return title !== undefined && title.endsWith(end)
}
