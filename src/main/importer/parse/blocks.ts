// Body lines to blocks: classify each line, then rejoin lines split by page breaks or hard wraps.
import type { Block, BlockKind } from '../../../shared/domain'
import { collapseSpaces, compact, endsSentence, hasInnerPunct, leadingBlanks, PARA_LABEL, stripBullet, trimPads, type SourceLine } from './lines'
import { classifyLine, formatEntry, isArticle, isEntryShape } from './classify'
import { docNumberOfLine, isIssuerText, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { BlockText } from './block-text'
import { noTick, type Tick } from './deadline'
import type { LineLayout } from '../../../shared/source-line'
import { continuesOnPage, isCellRow } from './geometry'
import { displayWidth, MIN_LEAD_INDENT } from './text-widths'
import type { FlowEdge } from './text-flow'
import { BARE_FIGURE, closesBracket, continuesHeadLine, continuesLabelledHead, holdsPost, isName, isSectionAlone, joinsLabel, namesHolder, startsAfterStop } from './text-breaks'
import { isNameRow, notePageWrapped, WRAPPABLE } from './page-breaks'
import { PRINTED_ON } from './printed-on'
import { markLines, type Line } from './line-marks'

/** A block with the source line numbers it was built from (tests check rejoins by line). */
export interface DraftBlock extends Block {
  lines: number[]
}

/** A block that is a person's name alone: its post comes on the next line. */
const isLoneName = (b: Open): boolean => b.block.lines.length === 1 && isName(b.text.value)

/** A decimal section number that text-labels.ts set back before its text, an ideographic space between. */
const PAIRED_SECTION = /^\d{1,2}(\.\d{1,2}){1,3}\u3000/

/** Short wrapped tails of a name-list entry may sit after a blank line ('县分局局长'). */
const ENTRY_TAIL_MAX = 8

/**
 * A short unpunctuated line set in 黑体 is a first-level heading, in 楷体 a second-level one, as
 * 公文 sets them, even without a 一、 or （一） (PDF).
 */
function headingByFace(kind: BlockKind, text: string, layout: LineLayout | undefined): BlockKind {
  // A heading's wrapped tail ('日）') is too short to be one: it goes on with the line above.
  if (kind !== 'paragraph' || !layout || layout.parts > 1 || text.length > 60) return kind
  const n = compact(text).length
  if (n < 4 || n > 30 || endsSentence(text)) return kind
  if (/[，。；,;]/.test(text)) return kind
  return layout.font === 'hei' ? 'heading1' : layout.font === 'kai' ? 'heading2' : kind
}

function toLines(src: SourceLine[], edges: Map<number, FlowEdge>, tick: Tick): Line[] {
  const out: Line[] = []
  let gap = 0
  // A page break among the lines since the last one kept: two lines share a number (lines.ts).
  let pageBreak = false
  for (const [i, l] of src.entries()) {
    tick()
    if (i > 0 && src[i - 1].no === l.no && out.length > 0) pageBreak = true
    if (l.text.trim() === '') {
      gap++
      continue
    }
    const bulleted = /^\s*[-•·]\s+/.test(l.text)
    // trimPads, not /^[ ]+|[ ]+$/g: that retried every position of a long inner run of spaces.
    let text = trimPads(stripBullet(l.text))
    const edge = edges.get(l.no) ?? 'unknown'
    const last = out[out.length - 1]
    if (edge === 'part' && last && gap === 0) {
      // The rest of the visual line above: one line again, classified as a whole.
      text = last.text + text
      out[out.length - 1] = { ...last, text, kind: classifyLine(text, last.bulleted), pieces: [...last.pieces, l.no] }
      continue
    }
    const kind = headingByFace(classifyLine(text, bulleted), text, l.layout)
    out.push({ no: l.no, text, kind, gap, bulleted, layout: l.layout, edge: edge === 'part' ? 'unknown' : edge, lead: leadingBlanks(l.text), pieces: [], whole: l.whole, pageTop: pageBreak })
    gap = 0
    pageBreak = false
  }
  return out
}

/** A block still taking lines: its text grows without being rescanned per line. */
interface Open {
  block: DraftBlock
  text: BlockText
  /** The block's first and last lines so far. */
  first: Line
  last: Line
}

/**
 * A single unpunctuated line shaped like a document's title ('××关于…的公告'): the next line starts
 * the text under it, not the rest of its sentence (a heading must not swallow the paragraph).
 */
function isTitleLine(b: Open): boolean {
  if (b.block.lines.length !== 1 || b.text.length > 80 || b.text.hasInnerPunct()) return false
  const t = b.text.value
  return startsTitle(t) && docTypeOf(t) !== null
}

function isProse(b: Open): boolean {
  if (b.text.endsSentence()) return false
  const kind = b.block.kind
  if (kind === 'paragraph' && isTitleLine(b)) return false
  if (kind === 'paragraph' || kind === 'listItem') return b.text.hasInnerPunct() || b.text.length >= 10
  if (kind.startsWith('heading')) return b.text.hasInnerPunctAfterNumber()
  return false
}

/**
 * Whether `l` continues the block before it. Where the page shows it (PDF), the geometry decides:
 * a line short of its column's edge ends the paragraph, a heading set in its own face stands
 * alone, a line run to the edge goes on. Otherwise the text decides.
 */
function continues(prev: Open | undefined, l: Line, first = false): boolean {
  if (!prev) return false
  if (printsIssueLine(prev, l)) return true
  if (prev.last.whole && l.whole) return false
  if (first && closesAddressees(prev)) return false
  // A 文号 alone on its line (a forwarded document's, under its title) stands by itself: the
  // addressees under it start another block, over a page break too.
  if (prev.first === prev.last && docNumberOfLine(compact(prev.last.text)) !== null) return false
  const page = continuesOnPage(prev.last.layout, prev.last.edge, l.layout)
  if (notePageWrapped(prev, l)) return true
  if (wrapsTitle(prev, l) || (l.titleGoesOn && prev.block.kind === 'title')) return true
  if (page === false) return false
  if (l.layout && prev.last.layout && (isCellRow(prev.last.text) || isCellRow(l.text))) return false
  if (l.layout && isNameRow(prev.first.text) && isNameRow(l.text)) return false
  if (page === true && WRAPPABLE.has(prev.block.kind) && l.kind === 'paragraph' && !prev.text.endsSentence()) return true
  if (joinsLabel(prev, l)) return true
  // A section number set apart from its text (a blank line before it) starts what it numbers;
  // so does one paired back with its text (text-labels.ts: '6.2.1　财政部会同…').
  if (!l.layout && ((l.gap > 0 && isSectionAlone(l.text)) || PAIRED_SECTION.test(l.text))) return false
  if (page === null && !prev.last.layout) {
    if (continuesHeadLine(prev, l) || continuesLabelledHead(prev, l) || closesBracket(prev, l) || namesHolder(prev, l) || holdsPost(prev, l)) return true
    const wrapped = continuesByWidth(prev, l)
    if (wrapped !== null) return wrapped
    // A short line of hard-wrapped text ends whatever it is in (a name list's entry, a note);
    // only a post set in a column of its own (after a blank line, or under a lone name) goes on
    // with its name, and a post cut mid-word ('中央宣传部部务会议成' / '员、新闻办副主任').
    if (prev.last.edge === 'short' && !(prev.block.kind === 'nameListEntry' && (l.gap > 0 || isLoneName(prev) || startsPostTail(l.text)))) return false
  }
  return continuesByText(prev, l)
}

// The 版记's last line, which pdftotext may give as two: the office, then the 印发 date.
function printsIssueLine(prev: Open, l: Line): boolean {
  return prev.first === prev.last && PRINTED_ON.test(l.text.trim()) && isIssuerText(compact(prev.text.value))
}

/**
 * The 主送机关 stands on its own: a document's first block that names its addressees and ends in
 * a colon ('各乡（镇）人民政府、县直各有关单位：') ends there, however wide its last line (a
 * one-column page in a text mostly set in narrow columns fills no column, by the text's widths).
 * As readRecipients reads it: no sentence end, no '如下', at most 80 characters.
 */
function closesAddressees(prev: Open): boolean {
  // Length first: the text is joined on asking, and a first block may run long.
  if (prev.block.kind !== 'paragraph' || prev.text.length > 80) return false
  const t = prev.text.value
  return /[:：]$/.test(t) && !/[。；;]|如下/.test(t)
}

/**
 * An attachment's or attached plan's title wrapped in a narrow column: its line runs to the
 * column's edges, the next is centred in the same size and face, larger than the body, right
 * under it, and the title has no sentence end yet.
 */
function wrapsTitle(prev: Open, l: Line): boolean {
  const [a, b] = [prev.last.layout, l.layout]
  if (prev.block.kind !== 'title' || !a || !b || l.kind !== 'paragraph' || prev.text.endsSentence()) return false
  if (b.gapBefore > 0.5 || a.page !== b.page || a.column !== b.column) return false
  const sameType = Math.abs(a.size - b.size) <= 0.05 * a.size && a.font === b.font && a.bold === b.bold
  // Its first line fills the column (it was wrapped), the rest centred under it; two centred
  // lines are two lines the author set (an attachment's title over its subtitle).
  return sameType && a.relSize >= 1.1 && a.align === 'full' && b.align === 'centre'
}

/**
 * Hard-wrapped text (no layout): a line at the text's full width was wrapped, so a body line
 * after it goes on with it, even after a full stop unless that line is indented like a
 * paragraph's first line; a line clearly short of it ends its paragraph unless its sentence is
 * still open. Null where the widths do not say.
 */
function continuesByWidth(prev: Open, l: Line): boolean | null {
  if (!WRAPPABLE.has(prev.block.kind) || l.kind !== 'paragraph' || l.bulleted || isArticle(l.text)) return null
  // A note after a full stop ('…支持。（体育总局…负责）') closes the sentence too.
  const ended = prev.text.endsSentence() || prev.text.endsWithNote()
  // A bracketed note ('（县卫体局牵头…）') closes the sentence before it, whatever its width.
  const opensNew = l.edge === 'indented' && !/^[（(]/.test(l.text)
  // Two indent-wide lines in a row: the first was a paragraph's last line, not its first —
  // unless it stops mid-word ('（四）建设工程项目审批行政部门为落实工程').
  if (prev.last.edge === 'indented' && opensNew && (ended || /[）)》”’」』]$/.test(prev.last.text))) return false
  // A heading as wide as an indent (a narrow column's '一、专用号牌的核发范围和管理'), then an
  // indent-wide line left open: that line is a paragraph's first (a last line closes its sentence).
  if (prev.last.edge === 'indented' && opensNew && headsParagraph(prev, l) && !endsSentence(l.text)) return false
  // An indent-wide line below the first of its paragraph is its last: a full stop ends it there.
  if (prev.last.edge === 'indented' && ended && prev.last !== prev.first) return false
  if (ended && startsAfterStop(l)) return false
  // A page's first line as wide as a paragraph's indented first line, its sentence still open (so
  // no paragraph's last line), opens a paragraph: one going on over the page goes on at the full
  // width. What the page before left open is no sign there: with its running head blanked, the
  // line before may be another column's foot that the columns' reading put last.
  if (l.pageTop && opensNew && !endsSentence(l.text)) return false
  if (prev.last.edge === 'full' || prev.last.edge === 'indented') return !ended || !opensNew
  if (prev.last.edge === 'unknown' && !ended && !opensNew) {
    if (headingTail(prev, l)) return true
    // A numbered paragraph's first line that stops near the width, its sentence open, over a line
    // run to the full width that a bracket opens: no paragraph's first line (that stops an indent
    // short, and numbers nothing so), but the rest of the phrase the typesetter would not split
    // ('五、同意…按兴县 2007 年基准地价' / '（30.2 万元/亩）补缴出让金，…').
    return numberedFirstLine(prev) && l.edge === 'full' && /^[（(]/.test(l.text.trim()) ? true : null
  }
  // A line clearly short of the full width ends its paragraph, sentence closed or not (a name
  // list's '组长：贺建强县委常委…', a heading with a comma in it: '（一）政府引导，市场为主').
  // Only a mark that cannot start a line says the sentence goes on.
  if (prev.last.edge === 'short') return /^[，、。；：）》”’」』)]/.test(l.text) || (!ended && WORD_TAIL.test(l.text.trim()) && !isIssuerText(compact(prev.last.text)))
  return ended || opensNew || prev.block.kind.startsWith('heading') ? false : null
}

/**
 * A numbered heading's wrapped end in text that keeps each line's place (pdftotext -layout): the
 * heading's line stops near its column's width ('一、   全面落实劳动用工实名管理制', its number's
 * tab taking cells), and the next line, short and numbering nothing, starts an indent or more LEFT
 * of it, at the column's edge ('度'): a paragraph under the heading would start indented, its
 * rest of the heading does not. Text that keeps no places starts every line at the edge.
 */
function headingTail(prev: Open, l: Line): boolean {
  // Over a page break the heading's line says nothing by its width, and the page's head comes next.
  if (!prev.block.kind.startsWith('heading') || prev.first !== prev.last || l.edge !== 'short' || l.pageTop) return false
  return (prev.last.lead ?? 0) - (l.lead ?? 0) >= MIN_LEAD_INDENT && !PARA_LABEL.test(l.text.trim()) && !endsSentence(l.text)
}

/**
 * One ideograph, then a mark that closes a clause ('训。2019 年…'): the end of a word cut at the
 * line above, which stopped mid-sentence though short (a justified line letter-spaced wide, its
 * characters fewer than the column holds). No paragraph starts so; a numeral may (a list's '一、').
 * A signature's unit ('兴县人民政府办公室') is no cut word's head.
 */
const WORD_TAIL = /^[\u4e00-\u9fff][。，；：](?<![一二三四五六七八九十〇零].)/

/**
 * A post's word cut at the line above: one ideograph, then the pause mark between posts
 * ('员、新闻办副主任'). No entry starts so (a name runs two ideographs or more); a list's
 * numeral may ('一、'). A colon after one ideograph is a label's tail ('成' / '员：郭卫民'), which
 * starts the next entry.
 */
const POST_TAIL = /^[\u4e00-\u9fff]、(?<![一二三四五六七八九十〇零].)/
const startsPostTail = (text: string): boolean => POST_TAIL.test(text.trim())

/** A heading's words alone: a short phrase without clause marks, brackets, quotes or figures. */
const HEADING_MAX = 15

/**
 * A one-line heading: a short phrase of plain words ('一、专用号牌的核发范围和管理'); a numbered
 * paragraph's first line ('三、该项目已纳入《山西省交通运输') runs longer or holds a title or a figure.
 */
function isShortHeading(prev: Open, max = HEADING_MAX, clauses = false): boolean {
  // `clauses`: its words may hold a comma (headsParagraph says when).
  if (!prev.block.kind.startsWith('heading') || prev.last !== prev.first || (!clauses && prev.text.hasInnerPunctAfterNumber())) return false
  const t = compact(prev.text.value)
  return t.length <= max && !/[《“（(\d]/.test(t.replace(/^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/, ''))
}

/**
 * A numbered line that is no heading: longer than a heading's words, with a title, a quote, a
 * bracket or a figure after its number ('五、同意同泰苑小区超占的 860 平方米…').
 */
function numberedFirstLine(prev: Open): boolean {
  return prev.block.kind.startsWith('heading') && prev.first === prev.last && compact(prev.text.value).length > HEADING_MAX && !isShortHeading(prev, Infinity)
}

/**
 * A one-line heading over the indent-wide line `l`: a short one, or a longer one that stops a
 * character or more short of where `l`, a paragraph's indented first line, stops
 * ('二、制定政策落实的配套制度和具体实施办法' / '对党中央、国务院已经出台的赋予科研单位和科'): a
 * numbered paragraph's own first line would run as far as any first line does.
 */
function headsParagraph(prev: Open, l: Line): boolean {
  if (isShortHeading(prev)) return true
  const further = displayWidth(l.text.trim()) - displayWidth(prev.last.text.trim())
  // A line of full-width characters alone that stops an indent short was indented: no narrow
  // figure or letter took its width ('四、关于黄金产品增值税和黄金产地加工问题' / '在国内黄金收购价格…').
  // One that holds a sentence's end is as likely a numbered paragraph's last ('…同业跨' / '境拆出
  // 短期人民币资金。（负责部门：…）').
  const indented = further >= -HANZI && WIDE_ONLY.test(l.text.trim()) && !/[。；]/.test(l.text)
  // A heading with clauses in it is one only over a line that is a first line by the line under it too.
  const clauses = indented && l.overFull === true && clausesOnly(prev.last.text)
  return isShortHeading(prev, Infinity, clauses) && (further >= 2 || indented)
}

/**
 * A justified first line may hold one ideograph fewer than the heading over it and still stop at
 * the indent: the typesetter spread its characters ('四、关于黄金产品增值税和黄金产地加工问题' /
 * '在国内黄金收购价格与国际市场黄金价格并', 20 and 19 in a column of 22).
 */
const HANZI = 2

/** Full-width characters alone: ideographs and full-width marks. */
const WIDE_ONLY = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…·]+$/

/**
 * A heading's words with clauses in them ('一、提高政治站位，强化思想认识'): a phrase, no sentence
 * inside ('（十四）提高农机作业便利程度。加强…' is a numbered paragraph's first line), and none left
 * open at a pause or clause mark ('三十、对落实有关重大政策措施成效明显、' goes on).
 */
const clausesOnly = (text: string): boolean => !/[。；！？!?]/.test(text) && !/[、，：,:]$/.test(text.trim())

/** Whether `l` continues the block before it by its text (same sentence / same entry / same note). */
function continuesByText(prev: Open, l: Line): boolean {
  const kind = prev.block.kind
  if (kind === 'note' && prev.text.depth > 0 && l.gap <= 1) return true
  if (kind === 'attachmentNote' && l.kind === 'heading3' && l.gap === 0) return false
  if (kind === 'nameListEntry') {
    if (l.kind !== 'paragraph' || isEntryShape(l.text) || prev.text.endsSentence()) return false
    // An entry's line run to the text's full width (its first line: less an indent) mid-word was
    // wrapped ('副总指挥：…、国' / '家粮食局…。').
    const wide = prev.last.edge === 'full' || (prev.last.edge === 'indented' && prev.block.lines.length === 1)
    // A line set in over its own rest opens a paragraph (-layout text): an entry's rest stands at the edge.
    if (wide && l.gap === 0 && !l.setIn) return true
    // A line set in from the entry's own edge as well opens a paragraph: a wrapped post goes on at
    // the column's edge or under its post, never an indent in ('刘晋利　　县水利局副局长' /
    // '  各有关乡（镇）党委书记、乡' / '（镇）长').
    if (l.setIn && (l.lead ?? 0) > (prev.last.lead ?? 0)) return false
    // Name and post set in columns of their own come one under the other: '王晓晖' / '中央宣传部…'.
    if (isLoneName(prev) && l.gap <= 1 && !/[。；]/.test(l.text) && compact(l.text).length <= 30) return true
    // A wrapped post has no clause punctuation; a sentence after the list does ('领导小组下设…，').
    if (/[，。；,;]/.test(l.text)) return false
    return l.gap === 0 || (l.gap <= 1 && compact(l.text).length <= ENTRY_TAIL_MAX && !hasInnerPunct(l.text))
  }
  if (l.kind !== 'paragraph' || l.bulleted || isArticle(l.text)) return false
  return isProse(prev)
}

function formatLine(l: Line, kind: BlockKind): string {
  if (kind === 'tableRow') return l.text.split('\t').map(collapseSpaces).join('\t')
  if (kind === 'nameListEntry') return formatEntry(l.text)
  // Joint issuers sign side by side: wide gaps separate units, narrow ones are letter-spacing.
  if (kind === 'signature') return l.text.split(/\s{2,}|\u3000+/).map(collapseSpaces).filter(Boolean).join(' ')
  return collapseSpaces(l.text)
}

/**
 * Kind of a new block: label-less member lines inside a name list are entries too, and so are
 * those under a heading of the list's own ('（一）部门委员' under '委 员：', the entries before it).
 */
function kindOf(prev: DraftBlock | undefined, l: Line, before?: DraftBlock): BlockKind {
  const listed = prev?.kind === 'nameListEntry' || (prev?.kind.startsWith('heading') && before?.kind === 'nameListEntry')
  if (listed && (l.kind === 'paragraph' || l.kind === 'listItem')) {
    if (isEntryShape(l.text)) return 'nameListEntry'
  }
  if (prev?.kind === 'attachmentNote' && l.kind === 'heading3' && l.gap === 0) return 'attachmentNote'
  return l.kind
}

/** Appends a continuation line; Latin words split by a wrap get their space back. */
function extend(prev: Open, l: Line): void {
  const piece = prev.block.kind === 'tableRow' ? l.text : collapseSpaces(l.text)
  // A post under a lone name is set apart from it, as formatEntry sets 'name post'.
  // So is the 印发 date from the office that printed it, as the 版记 sets them at the line's two ends.
  const apart =
    (prev.text.endsWithLatin() && /^[A-Za-z]/.test(piece)) ||
    (prev.block.kind === 'nameListEntry' && isLoneName(prev)) ||
    (prev.block.lines.length === 1 && BARE_FIGURE.test(compact(prev.text.value))) ||
    PRINTED_ON.test(piece.trim())
  prev.text.append(apart ? ` ${piece}` : piece)
  prev.block.lines.push(l.no, ...l.pieces)
  prev.last = l
}

/** Builds the blocks of one document body (its lines after the 文号, noise already blanked). */
export function buildBlocks(src: SourceLine[], tick: Tick = noTick, edges: Map<number, FlowEdge> = new Map()): DraftBlock[] {
  const lines = toLines(src, edges, tick)
  markLines(lines)
  const open: Open[] = []
  for (const l of lines) {
    tick()
    const prev = open[open.length - 1]
    if (continues(prev, l, open.length === 1)) {
      extend(prev, l)
      continue
    }
    const kind = kindOf(prev?.block, l, open[open.length - 2]?.block)
    const text = formatLine(l, kind)
    open.push({ block: { kind, text, lines: [l.no, ...l.pieces] }, text: new BlockText(text), first: l, last: l })
  }
  return open.map(({ block, text }) => ({ ...block, text: text.value }))
}
