// Doubts a reader sees on the parsed document itself, without the 目录: a bare 文号 line inside
// the body, a date standing before any text, a title holding sentence punctuation, another
// unit's title wrapped over several lines in the body. Each points at a split or an order gone
// wrong (pdftotext's reading order across columns, a 文号 printed where the reader did not look).
import type { Block, ParsedDocument } from '../../../shared/domain'
import { compact, endsSentence, hasInnerPunct } from './lines'
import { docNumberOfLine, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { parseDateLine, parseNumeral } from './dates'
import { marksPublic } from './public-note'

// A year in brackets ('〔2022〕', '（2022）'): the cheap test before the 文号 parser.
const NUMBER_SHAPE = /[〔［[（(【]\s*(19|20)\d{2}\s*[〕］\]）)】]/

/** The blocks that are a 文号 and nothing else: the 文号 of this or another document, misplaced. */
export function strayNumbers(doc: ParsedDocument): string[] {
  const out: string[] = []
  for (const b of doc.blocks) {
    if (b.kind === 'tableRow' || b.text.length > 40 || !NUMBER_SHAPE.test(b.text)) continue
    const number = docNumberOfLine(b.text)
    if (number !== null) out.push(number.docNumber)
  }
  return out
}

/** A block that is a 文号 and nothing else. */
export function strayNumber(doc: ParsedDocument): boolean {
  return strayNumbers(doc).length > 0
}

/** The date taken stands before any text of the body: it closes some other text. */
export function dateBeforeText(doc: ParsedDocument): boolean {
  if (doc.docType === '令') return false // a decree is dated before the regulation it promulgates
  const at = doc.blocks.findIndex((b) => b.kind === 'date')
  return at >= 0 && !doc.blocks.slice(0, at).some((b) => b.kind !== 'signature' && b.kind !== 'note')
}

/** Titles carry no sentence punctuation ('，。；'): one that does has body text run into it. */
export function titleWithSentence(doc: ParsedDocument): boolean {
  return /[，。；]/.test(doc.title)
}

// Lines a title wraps over in the body, and a title line's most characters.
const TITLE_LINES = 3
const TITLE_LINE = 60

/**
 * Another unit's title in the body, wrapped over up to three blocks ('…关于调整…组成人员的' /
 * '通知'): issuer and 关于, a 文种 at the end, no sentence punctuation.
 */
export function wrappedTitleInBody(blocks: readonly Block[]): boolean {
  return blocks.some((b, i) => {
    if (b.kind !== 'paragraph' || b.text.length > TITLE_LINE || compact(b.text).indexOf('关于') <= 0 || !startsTitle(b.text)) return false
    let text = ''
    for (let k = i; k < blocks.length && k < i + TITLE_LINES; k++) {
      if (blocks[k].kind !== 'paragraph' || hasInnerPunct(blocks[k].text)) return false
      text += compact(blocks[k].text)
      if (k > i && docTypeOf(text) !== null) return true
    }
    return false
  })
}

/**
 * Short unpunctuated lines before the 主送机关 ('动产解遗及清零行动补缴出让' / '金方案的请示的批复' /
 * '县自然资源局：'): the tail of a title the split cut, so the body is another document's.
 */
export function textBeforeRecipients(doc: ParsedDocument): boolean {
  const at = doc.blocks.findIndex((b, i) => i <= 3 && b.kind === 'paragraph' && /[:：]$/.test(b.text) && b.text.length < 90 && !/[。；]/.test(b.text))
  if (at < 1) return false
  return doc.blocks.slice(0, at).every((b) => b.kind === 'paragraph' && b.text.length < 30 && !hasInnerPunct(b.text))
}

/** Two units' names, spaces dropped, one the other's tail ('兴县人民政府' / '人民政府'). */
export const sameUnit = (a: string, b: string): boolean => a !== '' && b !== '' && (a.endsWith(b) || b.endsWith(a))

/**
 * The block the fields took the date from: the date block that reads as it (a date read again
 * after its closing was lent to a neighbour may be a later one); -1 when none does.
 */
export function takenDateAt(doc: ParsedDocument): number {
  return doc.date ? doc.blocks.findIndex((b) => b.kind === 'date' && parseDateLine(b.text) === doc.date) : -1
}

/**
 * The date taken is not signed by the document's issuers: the signature right above it names
 * another unit (a forwarded report's, an attachment's), or no signature names them at all.
 */
export function dateOfOtherUnit(doc: ParsedDocument): boolean {
  if (doc.docType === '令' || doc.issuers.length === 0 || !doc.date) return false
  // The date the fields took, else the first (doc-fields.ts findDate).
  const taken = takenDateAt(doc)
  for (let at = Math.max(0, taken); at < doc.blocks.length; at++) {
    if (doc.blocks[at].kind !== 'date') continue
    const signed: string[] = []
    for (let k = at - 1; k >= 0 && doc.blocks[k].kind === 'signature'; k--) signed.push(...doc.blocks[k].text.split(/\s+/).map(compact))
    // Only a line shaped like a unit names another one: a stray '部长' or '（本文有删减）' that
    // the reader took for a signature (a name list's tail, a note) names nobody.
    if (signed.length > 0) return signed.some(isUnit) && !doc.issuers.some((i) => signed.some((s) => sameUnit(compact(i), s)))
  }
  return false
}

// How a unit's name ends (a government, its office, a bureau, a commission, a company…).
const UNIT_END = /(政府|办公室|办公厅|委员会|中心|公司|集团|[局厅部委院署办会处所站队社行])$/

/** A signature line shaped like a unit's name ('兴县水利局', '国务院办公厅'), not a person's title or a note. */
export function isUnit(line: string): boolean {
  return line.length >= 2 && line.length <= 30 && !/[（）()“”，。]/.test(line) && UNIT_END.test(line)
}

// Kinds of ordinary body text; after the date a document holds only notes, attachments and
// attached plans (each under its own heading or title).
const BODY_KINDS = new Set(['paragraph', 'listItem', 'nameListEntry', 'heading1', 'heading2', 'heading3', 'heading4'])

/**
 * Ordinary text runs on after the date taken, before any attachment heading or attached title:
 * the date (with its signature) closes some other document's text read into this one, or this
 * document's own text was cut by another's ending (columns read across, a split gone wrong).
 */
export function textAfterDate(doc: ParsedDocument): 'closing' | 'order' | null {
  if (doc.docType === '令') return null // the regulation follows the decree's date
  const blocks = doc.blocks
  let at = blocks.findIndex((b, i) => b.kind === 'date' && blocks[i - 1]?.kind === 'signature')
  if (at < 0) at = blocks.findIndex((b) => b.kind === 'date')
  if (at < 0) return null
  // A date inside a sentence, the paragraph over it and the one under it each broken off
  // ('…领导小组成员因工作' / '2018年11月5日' / '变动等需要调整的，由所在单位…提'): the closing
  // was read into another document's text, so it may be that one's.
  if (openParagraph(blocks[at - 1]) && openParagraph(blocks[at + 1])) return 'closing'
  let text = 0
  let closing = false
  for (let k = at + 1; k < blocks.length; k++) {
    const kind = blocks[k].kind
    if (kind === 'title' || kind === 'attachmentHeading' || kind === 'tableRow') break
    if (BODY_KINDS.has(kind)) text++
    if (kind === 'date' && text >= 2) closing = true
  }
  if (text < 2) return null
  // Text, then a second date with no attachment between: two closings, so the date taken
  // (the first) may close another document's text. With no second closing, only the order of
  // this document's own paragraphs is in doubt (a column read late), not its date.
  return closing ? 'closing' : 'order'
}

/** A paragraph broken off mid-sentence: long enough to be prose, ending on a word or a comma. */
function openParagraph(b: Block | undefined): boolean {
  return b?.kind === 'paragraph' && b.text.length >= OPEN_MIN && !endsSentence(b.text) && /[，、\u4e00-\u9fff]$/.test(b.text)
}

/** Characters a broken-off paragraph holds at least (a signature's unit or a heading is shorter). */
const OPEN_MIN = 10

/**
 * Two closings signed alike with different dates ('国务院办公厅 / 二〇〇四年三月二日' … '国务院办公厅 /
 * 二〇〇四年十一月四日'): one unit signs one document once, so the second closes another of its
 * documents run on into this one (an attachment or a forwarded document is signed by another unit,
 * or not dated again).
 */
export function closedTwice(doc: ParsedDocument): boolean {
  const seen = new Map<string, string>()
  for (let at = 0; at < doc.blocks.length; at++) {
    if (doc.blocks[at].kind !== 'date' || doc.blocks[at - 1]?.kind !== 'signature') continue
    const unit = compact(doc.blocks[at - 1].text)
    const date = parseDateLine(doc.blocks[at].text)
    if (!date) continue
    const before = seen.get(unit)
    if (before !== undefined && before !== date) return true
    seen.set(unit, date)
  }
  return false
}

// A 主送机关 line: units ending in '：' ('各乡（镇）人民政府、县直各单位：').
const RECIPIENTS = /(人民政府|单位|部门|委员会|办公室|各[^，。；]{0,12}局)[：:]$/

/** A line that reads as a 主送机关 line (short, no sentence, ending in a body's name and a colon). */
export function isRecipientsLine(text: string): boolean {
  const t = text.trim()
  return t.length <= 60 && !/[。；]/.test(t) && RECIPIENTS.test(t)
}

/**
 * A second 主送机关 line in the body that no title of its own stands over (a forwarded document,
 * an attachment has one): another document's opening read into this one.
 */
export function recipientsInBody(doc: ParsedDocument): boolean {
  return doc.blocks.some((b, i) => {
    if (i === 0 || b.kind !== 'paragraph' || b.text.length > 60 || /[。；]/.test(b.text) || !RECIPIENTS.test(b.text)) return false
    return !doc.blocks.slice(Math.max(0, i - 3), i).some((p) => p.kind === 'title' || p.kind === 'attachmentHeading')
  })
}

// Punctuation that closes or continues a clause: no document's text begins with it.
const CONTINUES = /^[，。、；：）》”」』？！,.;:)]/

/** The body's first block starts with a clause's closing punctuation: its start is another text's tail. */
export function startsMidSentence(doc: ParsedDocument): boolean {
  const first = doc.blocks[0]
  return first !== undefined && first.kind === 'paragraph' && CONTINUES.test(first.text.trim())
}

/**
 * The body's last block is a paragraph cut after a comma or colon: a document ends with its date,
 * a note, a table or a finished sentence, so the rest of this one is elsewhere.
 */
export function endsMidSentence(doc: ParsedDocument): boolean {
  const last = doc.blocks[doc.blocks.length - 1]
  return last !== undefined && last.kind === 'paragraph' && last.text.length >= 10 && /[，、：:,]$/.test(last.text.trim())
}

/** The number a heading opens with: 一、 (level 1) or （一） (level 2), else null. */
export function headingNumber(text: string): { level: 1 | 2; n: number } | null {
  const one = /^([一二三四五六七八九十]{1,3})、/.exec(text)
  if (one) return { level: 1, n: parseNumeral(one[1]) }
  const two = /^[（(]([一二三四五六七八九十]{1,3})[）)]/.exec(text)
  return two ? { level: 2, n: parseNumeral(two[1]) } : null
}

/**
 * A first heading (一、 or （一）) of that level after `from`, within the same part (a （一） before
 * the next 一、): the parts are there, only out of order.
 */
function firstLater(blocks: readonly Block[], from: Block, level: 1 | 2): boolean {
  for (const b of blocks.slice(blocks.indexOf(from) + 1)) {
    if (b.kind === 'date' || b.kind === 'attachmentHeading' || b.kind === 'title') return false
    const h = headingNumber(b.text)
    if (h?.level === level && h.n === 1) return true
    if (h && h.level < level) return false
  }
  return false
}

/**
 * The body's numbered headings skip or start past the first (（三） with no （一）, 一、 then 三、): 公文
 * number their parts from one, so text was lost or read into another document. 'start': the body's
 * first numbered heading is not the first (its opening is elsewhere); 'gap': a number skipped
 * further on (often only its paragraphs' order). An attachment or attached title numbers itself.
 */
export function numberingGap(doc: ParsedDocument): 'start' | 'gap' | null {
  let one = 0
  let two = 0
  let seen = false
  for (const b of doc.blocks) {
    if (b.kind === 'attachmentHeading' || b.kind === 'title') {
      one = 0
      two = 0
      continue
    }
    if (b.kind === 'date') break // what follows the date (attachments) numbers itself
    const h = b.kind === 'tableRow' ? null : headingNumber(b.text)
    if (!h || Number.isNaN(h.n)) continue
    // 二、 may follow a run of （一）… that stood for the first part; （一） may restart under each 一、 or run on
    const ok = h.n === 1 || h.n === (h.level === 1 ? one : two) + 1 || (h.level === 1 && one === 0 && two > 0 && h.n === 2)
    if (!ok) return seen || firstLater(doc.blocks, b, h.level) ? 'gap' : 'start'
    seen = true
    if (h.level === 1) one = h.n
    else two = h.n
  }
  return null
}

/**
 * A public marker glued to a body line ('第四章（此件公开发布）'): the reader did not take it for
 * the 附注 it is, so the public field may be wrong (and the line's text is not all the body's).
 */
export function publicAstray(doc: ParsedDocument): boolean {
  return doc.blocks.some((b) => b.kind !== 'note' && b.kind !== 'tableRow' && b.text.length > 8 && marksPublic(b.text.slice(-12)))
}

/**
 * Its public field rests on 附注 none of which closes it: 'closing' when one stands under a date
 * that is not the document's (another document's closing read into this body, the 附注 with it),
 * 'amid' when they stand amid text. A document prints its 附注 right under its own signature and
 * date, so a 附注 away from them may be a neighbour's, read here when columns were read across.
 * (A 附注 between the signature and the date is its own.)
 */
export function publicDetached(doc: ParsedDocument): 'closing' | 'amid' | null {
  if (!doc.public || !doc.date) return null
  const notes = doc.blocks.flatMap((b, i) => (b.kind === 'note' && marksPublic(b.text) ? [i] : []))
  const under = notes.map((i) => dateOver(doc.blocks, i))
  if (notes.length === 0 || under.some((d) => d === doc.date)) return null
  return under.some((d) => d !== null) ? 'closing' : 'amid'
}

/** The date of the closing the block at `at` stands under (only signatures and 附注 between), or null. */
function dateOver(blocks: readonly Block[], at: number): string | null {
  for (let k = at - 1; k >= 0; k--) {
    const kind = blocks[k].kind
    if (kind === 'date') return parseDateLine(blocks[k].text)
    if (kind !== 'note' && kind !== 'signature') break
  }
  // A 附注 read between the signature and the date: the date right under it.
  if (blocks[at - 1]?.kind !== 'signature') return null
  for (let k = at + 1; k < blocks.length; k++) {
    const kind = blocks[k].kind
    if (kind === 'date') return parseDateLine(blocks[k].text)
    if (kind !== 'note' && kind !== 'signature') return null
  }
  return null
}

/**
 * A public 附注 stands before any of the body's text: a 附注 closes a document, so this one is
 * the tail of the document before, read after this one's title (a column or page read late).
 * 'only' when it is the body's only public 附注 (this document's public field rests on it).
 */
export function publicAtHead(doc: ParsedDocument): 'only' | 'also' | null {
  const text = doc.blocks.findIndex((b) => BODY_KINDS.has(b.kind))
  const head = doc.blocks.findIndex((b) => b.kind === 'note' && marksPublic(b.text))
  if (head < 0 || (text >= 0 && head > text)) return null
  return doc.blocks.some((b, i) => i !== head && b.kind === 'note' && marksPublic(b.text)) ? 'also' : 'only'
}

/**
 * A public 附注 stands amid the body, after text, with ordinary text after it before the date (an
 * attachment may follow a 附注): a 附注 follows the date, so this one likely closes the document
 * before, whose tail (a column read late) or 附注 alone was read into this body. 'only' when the
 * document's public field rests on it.
 */
export function publicMidBody(doc: ParsedDocument): 'only' | 'also' | null {
  const blocks = doc.blocks
  const at = blocks.findIndex((b, i) => b.kind === 'note' && marksPublic(b.text) && textBeforeClose(blocks, i + 1))
  if (at < 0 || !blocks.slice(0, at).some((b) => BODY_KINDS.has(b.kind))) return null
  return blocks.some((b, i) => i !== at && b.kind === 'note' && marksPublic(b.text)) ? 'also' : 'only'
}

/**
 * Its public field rests on a public 附注 amid the body (publicMidBody), and the body does not open
 * with its own 主送机关 line: the text before the 附注 is another document's tail, so is the 附注.
 * (A body that opens as its own, the 附注 amid it, is only read out of order.)
 */
export function publicNotOwn(doc: ParsedDocument): boolean {
  return doc.blocks.length > 0 && !addressesAtHead(doc.blocks[0].text) && publicMidBody(doc) === 'only'
}

// A 主送机关 line as a body opens with it: short, ending in a colon, no sentence before.
export const addressesAtHead = (text: string): boolean => text.trim().length < 120 && /[:：]$/.test(text.trim()) && !/[。；]/.test(text)

/** Ordinary text from `from` on, before a date closes it (and none before an attachment or a title). */
function textBeforeClose(blocks: readonly Block[], from: number): boolean {
  let text = false
  for (let k = from; k < blocks.length; k++) {
    const kind = blocks[k].kind
    if (kind === 'date') return text
    if (kind === 'attachmentHeading' || kind === 'title') return false
    if (BODY_KINDS.has(kind)) text = true
  }
  return false
}
