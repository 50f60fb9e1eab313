// A document found by its 文号 whose title lines are not where the 文号 has them: a converter that
// writes a page block by block may put the title after the body, or a wrapped title may lose its
// first line, and the lines above the 文号 are then body text. The 目录 lists the document under
// the same 文号 with its whole title: it is the issue's own word for what the document is called.
import type { ParsedDocument, TocEntry } from '../../../shared/domain'
import { isIssuerText, readHeader, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { compact } from './lines'

/**
 * The header read is a whole title: it ends with a 文种 (通知, 意见, 方案…), and its brackets pair
 * up: a sentence cut at '（国办函' ends with a 文种 too, and a line of the other column read
 * between two of a title's lines brings a bracket it opened on a line before ('…上海自贸试验区）').
 */
const wholeTitle = (title: string): boolean => docTypeOf(title) !== null && closed(title, '（', '）') && closed(title, '《', '》')

const closed = (text: string, open: string, close: string): boolean => text.split(open).length === text.split(close).length

/**
 * The title read is not the document's title: body text or a title cut short (no 文种 at its end),
 * a part of the 目录 title, or the 目录 title with more text run on. A whole title unlike the 目录's stays as read: the body is
 * the document's own word, and the difference is left to the confidence (TITLE_DIFFERS_FROM_TOC)
 * for staff to settle.
 */
function misread(read: string, listed: string): boolean {
  if (!wholeTitle(read)) return true
  if (headLost(read, listed)) return true
  if (read.length < listed.length) return listed.includes(read)
  // The 目录's entry lost its head (its first line read into the other column of a 目录 set in
  // two): a whole title read in the body that ends with it, and opens as a title, stays.
  if (read.endsWith(listed) && startsTitle(read) && !startsTitle(listed)) return false
  return read.includes(listed)
}

/** Characters a title read and the 目录's share at their ends at least for the ends to tell. */
const SHARED_TAIL = 8

/**
 * The title's first line went to the other column and that column's lines stand in its place
 * ('吉林北京市副市长' + '工作部际联席会议制度的批复' for '关于同意建立国务院职业教育工作部际联席会议
 * 制度的批复'): the title read ends as the 目录's does, over a third of it, but opens as no title, and
 * what stands before the shared end is nowhere in the 目录's title.
 */
function headLost(read: string, listed: string): boolean {
  let shared = 0
  while (shared < read.length && shared < listed.length && read[read.length - 1 - shared] === listed[listed.length - 1 - shared]) shared++
  if (shared < SHARED_TAIL || shared * 3 < listed.length || shared === read.length) return false
  return startsTitle(listed) && !startsTitle(read) && !listed.includes(read.slice(0, read.length - shared))
}

/**
 * Documents whose title is body text (the next document's first line), the 目录 title with more
 * run on (two titles run together), or a part of it (a wrapped title lost a line, or the plan a
 * 印发 notice prints was read for the notice), take the title and issuers of the 目录 entry with
 * their 文号. Changes the documents in place.
 */
export function titlesFromToc(documents: ParsedDocument[], entries: TocEntry[]): void {
  issuersFromToc(documents, entries)
  cutIssuersFromToc(documents, entries)
  fromToc(documents, entries, misread, true)
}

/**
 * A title read from the page's typography that stops short (no 文种 at its end) where the 目录
 * title with its 文号 goes on ('关于…检查计划的' / '关于…检查计划的批复': its last line was set
 * apart, as a word wrapped alone in a narrow column): it takes the 目录's title. Everything else
 * the page read stays (the issuers, a title that differs): the page's typography is its own word.
 */
export function cutTitlesFromToc(documents: ParsedDocument[], entries: TocEntry[]): void {
  fromToc(documents, entries, (read, listed) => !wholeTitle(read) && listed.length > read.length && listed.startsWith(read) && wholeTitle(listed), false)
}

// A joint document's 目录 entry names its first unit and how many issued it ('兴县人力资源和社会保障局
// 等四部门关于…'): the units are the page's to say, the title starts at 关于.
const JOINT_LEAD = /^[\u4e00-\u9fff（）]{2,40}?等[一二三四五六七八九十\d]{1,3}个?(?:部门|单位|家单位|部委)(?=关于)/

function withoutJointLead(h: { title: string; issuers: string[] }): { title: string; issuers: string[] } {
  const m = JOINT_LEAD.exec(h.title)
  return m ? { title: h.title.slice(m[0].length), issuers: [] } : h
}

function fromToc(documents: ParsedDocument[], entries: TocEntry[], wrong: (read: string, listed: string) => boolean, issuers: boolean): void {
  const byNumber = new Map<string, TocEntry>()
  for (const e of entries) if (e.docNumber && !byNumber.has(e.docNumber)) byNumber.set(e.docNumber, e)
  for (const doc of documents) {
    const entry = doc.docNumber ? byNumber.get(doc.docNumber) : undefined
    // A decree's title is the regulation it promulgates; the 目录 lists the decree by name.
    if (!entry || doc.docType === '令') continue
    const listed = withoutJointLead(readHeader([entry.title], true))
    const read = compact(doc.title)
    if (read === listed.title || !wrong(read, listed.title)) continue
    doc.title = listed.title
    doc.docType = docTypeOf(listed.title)
    if (issuers && listed.issuers.length > 0) {
      doc.issuers = listed.issuers
      doc.issuer = listed.issuers.join('、')
    }
  }
}

/**
 * A document found by its title alone, without issuers (a page that sets the issuer's name on a
 * line of its own, in the column before the 关于… lines, or nothing signed), takes the issuers
 * the 目录 lists with that same title. Changes the documents in place.
 */
function issuersFromToc(documents: ParsedDocument[], entries: TocEntry[]): void {
  const byTitle = new Map<string, string[]>()
  for (const e of entries) {
    const listed = readHeader([e.title], true)
    if (listed.issuers.length > 0 && !byTitle.has(listed.title)) byTitle.set(listed.title, listed.issuers)
  }
  for (const doc of documents) {
    const issuers = doc.issuers.length === 0 ? byTitle.get(compact(doc.title)) : undefined
    if (!issuers) continue
    doc.issuers = issuers
    doc.issuer = issuers.join('、')
  }
}

/**
 * A document whose issuers read are the tail of those the 目录 lists under its 文号 ('县发展和改革局
 * 兴县财政局…' for '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局…'): the title's first line
 * went to the other column, cutting the list of units mid-name. It takes the 目录's units; so does
 * one whose issuers read are the 目录's units with other text before them ('受县域招商引资、产业发展
 * 等相关' / '兴县人民政府关于…': a line of the body read between the 文号 and the title's first line).
 * Changes the documents in place.
 */
function cutIssuersFromToc(documents: ParsedDocument[], entries: TocEntry[]): void {
  const byNumber = new Map<string, TocEntry>()
  for (const e of entries) if (e.docNumber && !byNumber.has(e.docNumber)) byNumber.set(e.docNumber, e)
  for (const doc of documents) {
    const entry = doc.docNumber ? byNumber.get(doc.docNumber) : undefined
    if (!entry || doc.issuers.length === 0) continue
    const listed = readHeader([entry.title], true).issuers
    const read = compact(doc.issuers.join(''))
    const whole = compact(listed.join(''))
    // Or the 目录's units with text run on before them that names no unit (a body line read
    // between the 文号 and the title, opening the title's first line).
    const runOn = read.length > whole.length && read.endsWith(whole) && !isIssuerText(read.slice(0, read.length - whole.length))
    if (whole.length > 0 && ((listed.length > doc.issuers.length && whole !== read && whole.endsWith(read)) || runOn)) {
      doc.issuers = listed
      doc.issuer = listed.join('、')
    }
  }
}
