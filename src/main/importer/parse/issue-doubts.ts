// Doubts from a document's siblings in the same issue: an issue is set and numbered by one office,
// so what all other documents share, one lacking it is more likely misread than different.
import type { ParsedDocument } from '../../../shared/domain'
import { parseDocNumber } from '../../../shared/doc-number'
import { sectionName } from './sections'

/** Siblings needed before their agreement says anything. */
const MIN_SIBLINGS = 3

/** Not public while every other document (at least three) carries a public marker: the marker was lost. */
export function publicOdd(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  const { members, publicCount } = summary(documents)
  const others = members.size - (members.has(doc) ? 1 : 0)
  return !doc.public && others >= MIN_SIBLINGS && publicCount === others
}

// 文种 an office numbers as it sends them out: one of these printed without a 文号 is rare.
const NUMBERED = new Set(['通知', '意见', '批复', '决定', '函', '承诺函', '通报', '请示', '报告', '答复'])

/**
 * It has no 文号 while every other document of its kind in its 栏目 (at least two, of a 文种 that
 * is numbered) has one: an office numbers what it sends, so its 文号 line was likely lost (read
 * into a neighbour, or dropped by the converter), the more so when the 目录 lists no 文号 to copy.
 */
export function numberLost(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  if (doc.docNumber || !doc.docType || !NUMBERED.has(doc.docType)) return false
  const { members, numbered } = summary(documents)
  const { all, withNumber } = numbered.get(doc.category) ?? { all: 0, withNumber: 0 }
  // It is one of its 栏目's numbered kind itself, without a 文号: its peers are the others.
  const peers = all - (members.has(doc) ? 1 : 0)
  return peers >= 2 && withNumber === peers
}

/** The 机关代字 of a 文号: what stands before its year ('国办函' of '国办函〔2005〕57号'). */
export function numberPrefix(docNumber: string | null): string | null {
  const m = /^(.{1,12}?)\s*[〔［[（(【]\s*(?:19|20)\d{2}/.exec(docNumber ?? '')
  return m ? m[1].replace(/\s+/g, '') : null
}

const unitsKey = (d: ParsedDocument): string => d.issuers.map((i) => i.replace(/\s+/g, '')).join('|')

/**
 * Its issuers differ from those of every other document whose 文号 has the same 机关代字 (two or
 * more of them agreeing): one 代字 belongs to one issuer, so the issuers or the 文号 were misread.
 */
export function prefixVsIssuers(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  const prefix = numberPrefix(doc.docNumber)
  if (!prefix || doc.issuers.length === 0 || doc.docType === '令') return false
  const key = unitsKey(doc)
  const { byPrefix, members } = summary(documents)
  const counts = new Map(byPrefix.get(prefix))
  if (members.has(doc)) counts.set(key, (counts.get(key) ?? 0) - 1)
  const theirs = [...counts].filter(([, n]) => n > 0)
  if (theirs.reduce((sum, [, n]) => sum + n, 0) < 2) return false
  return theirs.length === 1 && theirs[0][0] !== key && !theirs[0][0].split('|').some((u) => key.includes(u) || u.includes(key))
}

/** 机关代字 and year of a 文号, and its serial: '兴政函〔2022〕43号' → 兴政函2022, 43. */
export function numberSerial(docNumber: string | null): { series: string; n: number } | null {
  const p = docNumber ? parseDocNumber(docNumber) : null
  return p ? { series: `${p.agency}${p.year}`, n: p.serial } : null
}

/** Days a later 文号 may be dated before an earlier one (signed, then numbered when sent out). */
const ORDER_SLACK_DAYS = 7
const DAY = 86_400_000
// Documents of one series needed to tell which is off (two alone do not), and most checked: the
// check is quadratic in a series, and one this long is no gazette issue's.
const MIN_SERIES = 3
const MAX_SERIES = 400

/** b (the later 文号) is dated well before a (the earlier). */
export const inverted = (a: string, b: string): boolean => Date.parse(a) - Date.parse(b) > ORDER_SLACK_DAYS * DAY

/**
 * The documents of one series (代字 and year, in 文号 order) whose dates break the order the others
 * keep: one office numbers its documents as it sends them, so a later 文号 dated weeks before an
 * earlier one has a misread date (or 文号). Flagged: those outside some longest run of documents
 * whose dates follow their numbers, and in conflict with another. Two alone do not say which is off.
 */
function outOfOrder(series: readonly ParsedDocument[]): ParsedDocument[] {
  const docs = [...series].sort((a, b) => (numberSerial(a.docNumber)?.n ?? 0) - (numberSerial(b.docNumber)?.n ?? 0))
  const date = (i: number): string => docs[i].date ?? ''
  const n = docs.length
  const ends = docs.map(() => 1) // longest in-order run ending at i
  const starts = docs.map(() => 1) // …starting at i
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (!inverted(date(j), date(i))) ends[i] = Math.max(ends[i], ends[j] + 1)
  for (let i = n - 1; i >= 0; i--) for (let j = i + 1; j < n; j++) if (!inverted(date(i), date(j))) starts[i] = Math.max(starts[i], starts[j] + 1)
  const longest = Math.max(...ends)
  // In every longest run: the only document at its place in the runs.
  const onRun = docs.map((_, i) => ends[i] + starts[i] - 1 === longest)
  const atLevel = new Map<number, number>()
  docs.forEach((_, i) => onRun[i] && atLevel.set(ends[i], (atLevel.get(ends[i]) ?? 0) + 1))
  return docs.filter((_, i) => {
    if (onRun[i] && atLevel.get(ends[i]) === 1) return false
    return docs.some((_, j) => (j < i && inverted(date(j), date(i))) || (j > i && inverted(date(i), date(j))))
  })
}

/**
 * Its date breaks the order of its 文号 among the issue's other documents of the same 机关代字 and
 * year (see outOfOrder): a date read from another document's closing.
 */
export function numberOrderOdd(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  return summary(documents).outOfOrder.has(doc)
}

function outOfOrderAll(documents: readonly ParsedDocument[]): Set<ParsedDocument> {
  const bySeries = new Map<string, ParsedDocument[]>()
  for (const d of documents) {
    const s = d.date ? numberSerial(d.docNumber) : null
    if (s) bySeries.set(s.series, [...(bySeries.get(s.series) ?? []), d])
  }
  const out = new Set<ParsedDocument>()
  for (const series of bySeries.values()) if (series.length >= MIN_SERIES && series.length <= MAX_SERIES) for (const d of outOfOrder(series)) out.add(d)
  return out
}

/**
 * The one other document of its series (代字 and year) when the two are dated against their 文号
 * order by weeks: which of the two is off, their dates alone do not say (see outOfOrder).
 */
export function invertedPartner(doc: ParsedDocument, documents: readonly ParsedDocument[]): ParsedDocument | null {
  const own = doc.date ? numberSerial(doc.docNumber) : null
  if (!own) return null
  const series = documents.filter((d) => d.date && numberSerial(d.docNumber)?.series === own.series)
  if (series.length !== 2) return null
  const [a, b] = [...series].sort((x, y) => (numberSerial(x.docNumber)?.n ?? 0) - (numberSerial(y.docNumber)?.n ?? 0))
  return inverted(a.date ?? '', b.date ?? '') ? (a === doc ? b : a) : null
}

/**
 * Documents whose 栏目 breaks the issue's grouping: an issue prints each 栏目's documents together,
 * so a 栏目 met again after another (A A B A) has the documents of its shorter runs misfiled (all
 * its runs when they are as long), and one document between two of one other 栏目 (A B A) is too.
 */
export function sectionsSplit(documents: readonly ParsedDocument[]): Set<ParsedDocument> {
  const runs: { category: string; docs: ParsedDocument[] }[] = []
  for (const d of documents) {
    if (!d.category) continue
    const last = runs[runs.length - 1]
    if (last?.category === d.category) last.docs.push(d)
    else runs.push({ category: d.category, docs: [d] })
  }
  const out = new Set<ParsedDocument>()
  runs.forEach((run, i) => {
    const same = runs.filter((r) => r.category === run.category)
    const longest = Math.max(...same.map((r) => r.docs.length))
    const shorter = same.length > 1 && (run.docs.length < longest || same.filter((r) => r.docs.length === longest).length > 1)
    const between = run.docs.length === 1 && i > 0 && runs[i - 1].category === runs[i + 1]?.category
    if (shorter || between) for (const d of run.docs) out.add(d)
  })
  return out
}

// A 栏目 banner: a short line naming a kind of document ('国务院办公厅文件', '【部门联合发文】', '◇ 人事任免 ◇').
const BANNER = /^[【〔◇]?(?:[一二三四五六七八九十]{1,2}、)?[\u4e00-\u9fff（）()、]{2,12}(?:文件|函件|发文|任免)[】〕◇]?$/

/**
 * Documents whose 栏目 a banner read as body text contradicts: a 栏目 heading that stands in a
 * document's body (read after a title, a column read late) was not seen by the split, so that
 * document and those after it in the same 栏目 took the 栏目 from before the banner. `sections`:
 * the 目录's 栏目, when it lists them.
 */
export function bannersInBody(documents: readonly ParsedDocument[], sections: readonly string[] = []): Set<ParsedDocument> {
  const listed = new Set(sections.map((c) => c.replace(/\s+/g, '')))
  const out = new Set<ParsedDocument>()
  documents.forEach((doc, i) => {
    // At the body's head, before its text: one at its foot is the next 栏目's heading printed there.
    const banner = doc.blocks.slice(0, 2).find((b) => (b.kind === 'paragraph' || b.kind === 'heading1') && BANNER.test(b.text.replace(/\s+/g, '')))
    if (!banner || !doc.category) return
    const name = sectionName(banner.text)
    // A 目录 lists every 栏目: a banner it does not list is a running head or a document's masthead.
    if (name === doc.category.replace(/\s+/g, '') || (listed.size > 0 && !listed.has(name))) return
    for (let k = i; k < documents.length && documents[k].category === doc.category; k++) out.add(documents[k])
  })
  return out
}

/**
 * Its issuer is another issuer of the issue (a sibling's, or the issue's publisher) with text run on
 * before it ('厕所立面图兴县人民政府办公室', '月日兴县人民政府办公室文件兴县人民政府办公室'): a
 * unit's name does not end in another unit's whole name, so a line read out of order (a caption, a
 * masthead, a clause of the other column) was glued to the signature.
 */
export function issuerRunOn(doc: ParsedDocument, documents: readonly ParsedDocument[], publisher: string | null = null): boolean {
  const units = summary(documents).units
  const own = doc.issuers.map((i) => i.replace(/\s+/g, ''))
  const known = publisher ? [...units, publisher.replace(/\s+/g, '')] : [...units]
  return own.some((u) => known.some((k) => k.length >= 3 && u.length - k.length >= 2 && u.endsWith(k)))
}

// A 栏目 named for a government's own documents ('县政府文件', '国务院文件'), not its office's.
const GOVERNMENT_SECTION = /^(?:.{0,8}?(?:政府|国务院))(?:文件|函件)$/
const GOVERNMENT_UNIT = /(?:人民政府|国务院)$/

/**
 * Documents of other units (its office, departments, alone or jointly) under a government's 栏目
 * after a document of the government itself in the same run: an issue prints the government's own
 * documents under its 栏目 and the others' under 栏目 of their own after them (a 栏目 that holds an
 * office's documents alone, '国务院文件' over 国办 documents, is the gazette's choice), so the other
 * 栏目's heading was lost (a ruled banner, a picture) and the 栏目 carried on from the government's.
 * A 目录 that lists it under that 栏目 says nothing more: the banner is as often lost from the 目录
 * (one 栏目 heading there over both runs), and the entries took the 栏目 from it.
 */
export function carriedPastGovernment(documents: readonly ParsedDocument[]): Set<ParsedDocument> {
  const out = new Set<ParsedDocument>()
  let governmentSeen = false
  documents.forEach((d, i) => {
    if (i === 0 || documents[i - 1].category !== d.category) governmentSeen = false
    if (!d.category || !GOVERNMENT_SECTION.test(d.category.replace(/\s+/g, '')) || /办公/.test(d.category) || d.issuers.length === 0) return
    const units = d.issuers.map((u) => u.replace(/\s+/g, ''))
    if (units.some((u) => GOVERNMENT_UNIT.test(u))) governmentSeen = units.length === 1 || governmentSeen
    else if (governmentSeen && d.docType !== '令') out.add(d)
  })
  return out
}

/** What reconcile found by comparing a document with its page, its 目录 entry and its siblings. */
export interface IssueFacts {
  /** Its title is set unlike the issue's other titles (page-facts oddTitles). */
  oddTitle?: boolean
  /** Its pages do not fit its 目录 page and the next document's (page-facts pagesVsToc). */
  pagesOff?: boolean
  publicOdd?: boolean
  prefixClash?: boolean
  recipientsMissing?: boolean
  /** Its signature and date were found among a neighbour's lines (misplaced-closings). */
  closingMoved?: boolean
  /** Its date breaks the order of its 文号 among its series' (numberOrderOdd). */
  numberOrder?: boolean
  /** The document before it has no date or no body: its closing may have been read into this one. */
  previousLost?: boolean
  /** The document after it has no date: its closing, read early, may be the one this document took. */
  nextLost?: boolean
  /** The next document opens with a date before its text: that closing may be this one's. */
  closingOpensNext?: boolean
  /** A 栏目 banner read as body text in it or a document before it of its 栏目 (bannersInBody). */
  bannerBefore?: boolean
  /** A neighbour's date contradicts its 文号's year, and this one's date falls in that year (reconcile dateFitsNeighbour). */
  dateFitsNeighbour?: boolean
  /** It is not public, and the next document's body opens with a public 附注 (doubt-signals publicAtHead): likely this one's. */
  publicInNext?: boolean
  /** It is not public, and the document before holds a second public 附注 before or amid its text (reconcile secondPublic). */
  publicInPrevious?: boolean
  /** It took a stray public 附注 from the next document's or the previous one's text (stray-public). */
  publicTaken?: 'next' | 'previous' | null
  /** It gave up the stray public 附注 its public field rested on (stray-public). */
  publicGiven?: boolean
  /** It has no 文号 while its 栏目's other numbered 文种 all have one (numberLost). */
  numberLost?: boolean
  /** Its 栏目 breaks the issue's grouping of 栏目 (sectionsSplit). */
  sectionSplit?: boolean
  /** The 栏目 heading printed last before it in the body, when it names another 栏目 than its own. */
  sectionHeading?: string | null
  /**
   * Its 栏目 was carried over from a heading above an earlier document (no 目录 entry gave it one),
   * while a later 栏目 heading printed before it names another: the split did not see that heading
   * (read into a neighbour's text), so the 栏目 stopped one heading short.
   */
  headingUnfollowed?: string | null
  /**
   * The issue prints a 目录 heading and no entry was read under it (its page lost or unreadable):
   * the 栏目 were guessed from the body's lines alone (a masthead or running head may pass for
   * one) and no title, 文号 or page was checked against the 目录.
   */
  tocLost?: boolean
  /** Its 目录 entry stands out of the body's order among the others' (toc-order tocOrderOdd). */
  tocOrder?: boolean
  /**
   * Its public field rests on a 附注 under another date than its own (doubt-signals publicDetached
   * 'closing') while a neighbour has none, or a date was lost in the issue: the 附注 may be another document's.
   */
  publicDetached?: boolean
  /** It is not public, and a neighbour's public 附注 stands under another date than that one's (publicDetached). */
  publicBesideDetached?: boolean
  /** Its issuer is another of the issue's issuers with text run on before it (issuerRunOn). */
  issuerRunOn?: boolean
  /** Another unit's document under a government's 栏目, after the government's own (carriedPastGovernment). */
  carriedPastGovernment?: boolean
}

/**
 * Their weights, measured on the tuning layouts (which fire on documents whose fields are all
 * right too): a split or reading order gone wrong (pages past the next document's, a body opening
 * mid-clause, a 代字 of another issuer, a date out of its 文号's order, a neighbour left without
 * its closing) makes a document doubtful alone; the hints that real documents often show as
 * printed, or that a column read late gives while the fields stay right (no public marker, no
 * 主送机关, a body opening at （三）, a numbering gap, a title set apart), only together with
 * another doubt.
 */
export const ISSUE_WEIGHTS = {
  TITLE_TYPE_ODD: 0.2,
  PAGES_VS_TOC: 0.35,
  PUBLIC_ODD: 0.1,
  PREFIX_VS_ISSUERS: 0.35,
  STARTS_MID_SENTENCE: 0.35,
  ENDS_MID_SENTENCE: 0.35,
  NO_RECIPIENTS: 0.15,
  // A body opening at （三） is mostly its first part read late (tuning: 8 of 9 alone were right).
  NUMBERING_LATE_START: 0.2,
  NUMBERING_GAP: 0.1,
  // A guess from the neighbours' lines: right more often than not, but the date and 附注 are
  // the guess itself, so staff should check it.
  CLOSING_MOVED: 0.35,
  NUMBER_ORDER_VS_DATE: 0.35,
  PREVIOUS_CLOSING_LOST: 0.35,
  NEXT_CLOSING_LOST: 0.35,
  // The opening date is as often the next document's own, read first: a hint, with another doubt.
  CLOSING_OPENS_NEXT: 0.2,
  SECTION_SPLIT: 0.35,
  NUMBER_LOST: 0.35,
  PUBLIC_IN_NEXT: 0.35,
  PUBLIC_IN_PREVIOUS: 0.35,
  DATE_FITS_NEIGHBOUR: 0.35,
  PUBLIC_FROM_NEXT: 0.35,
  PUBLIC_FROM_PREVIOUS: 0.35,
  PUBLIC_GIVEN: 0.35,
  SECTION_IN_BODY: 0.35,
  SECTION_VS_HEADING: 0.35,
  HEADING_NOT_FOLLOWED: 0.35,
  TOC_LOST: 0.35,
  TOC_ORDER: 0.35,
  ISSUER_RUN_ON: 0.35,
  SECTION_CARRIED_OVER: 0.35,
  PUBLIC_DETACHED: 0.35,
  PUBLIC_BESIDE_DETACHED: 0.35,
} as const

export const ISSUE_MESSAGES: Record<keyof typeof ISSUE_WEIGHTS, string> = {
  TITLE_TYPE_ODD: '标题的字号或字体与本期其他文件标题不同（可能把正文当成了标题）',
  PAGES_VS_TOC: '正文所在页码与目录所列页码范围不符（可能漏分、错分文件或缺页）',
  PUBLIC_ODD: '本期其他文件均标注公开属性，此文件未找到（可能漏读）',
  PREFIX_VS_ISSUERS: '文号的机关代字与同一代字其他文件的发文机关不一致',
  STARTS_MID_SENTENCE: '正文以句中标点开头（开头可能是另一文件的结尾）',
  ENDS_MID_SENTENCE: '正文在句中（逗号、冒号处）结束（后文可能缺失或分到了别处）',
  NO_RECIPIENTS: '本期其他文件正文均以主送机关开头，此文件没有（开头可能缺失或混入了别的文字）',
  CLOSING_MOVED: '落款和成文日期是在相邻文件的文字中找到的（文本分栏顺序混乱），请核对',
  NUMBERING_LATE_START: '正文的第一个序号不是“一”（开头可能缺失或分到了别处）',
  NUMBERING_GAP: '正文的序号不连续（段落顺序可能有误或缺少内容）',
  NUMBER_ORDER_VS_DATE: '成文日期与同一机关代字其他文件的文号先后不符（日期可能取自别的文件）',
  PREVIOUS_CLOSING_LOST: '前一文件没有成文日期或正文，其落款可能被读进了本文件（日期可能属于前一文件）',
  NEXT_CLOSING_LOST: '后一文件没有成文日期，其落款可能被读进了本文件（日期可能属于后一文件）',
  CLOSING_OPENS_NEXT: '下一文件以落款日期开头，该落款可能属于本文件（本文件的日期可能有误）',
  NUMBER_LOST: '同一栏目中其他同类文件均有文号，此文件未找到文号（文号可能漏读或被读进了相邻文件）',
  PUBLIC_IN_NEXT: '未找到公开属性，而下一文件正文开头有公开属性标注（可能属于本文件）',
  PUBLIC_IN_PREVIOUS: '未找到公开属性，而前一文件正文开头或中间另有一处公开属性标注（可能属于本文件）',
  DATE_FITS_NEIGHBOUR: '相邻文件的成文日期与其文号年份不符，本文件的日期却正在该年份（两文件的落款日期可能互换），请核对',
  PUBLIC_FROM_NEXT: '公开属性标注是在下一文件正文开头或中间找到的，判为本文件所有（也可能属于下一文件），请核对',
  PUBLIC_FROM_PREVIOUS: '公开属性标注是在前一文件正文开头或中间另一处找到的，判为本文件所有（也可能属于前一文件），请核对',
  PUBLIC_GIVEN: '正文开头或中间的公开属性标注判为相邻文件所有，本文件因此未标公开（也可能属于本文件），请核对',
  SECTION_IN_BODY: '本文件或同栏目前面文件的正文中有栏目标题（栏目标题可能未被识别，栏目可能有误）',
  SECTION_SPLIT: '同一栏目的文件在正文中被别的栏目隔开（栏目可能有误）',
  SECTION_VS_HEADING: '正文中本文件之前所印的栏目标题与本文件的栏目不同（栏目可能有误）',
  HEADING_NOT_FOLLOWED: '栏目按前文推断，而正文中本文件之前另印有别的栏目标题（栏目可能有误）',
  TOC_LOST: '本期印有目录标题，但未读到目录条目（目录页可能缺失或无法识别）：栏目按正文推断，标题、文号未能与目录核对',
  TOC_ORDER: '本文件在目录中的位置与正文中的先后不符（目录条目可能读错了位置，栏目、标题或文号可能有误）',
  ISSUER_RUN_ON: '发文机关是本期另一发文机关的名称前面多出了文字（可能混入了图注、版头或正文，发文机关可能有误）',
  SECTION_CARRIED_OVER: '政府文件栏目中，政府本级文件之后出现办公室（厅）或部门的文件（其栏目标题可能漏读，栏目可能沿用了前文）',
  PUBLIC_DETACHED: '公开属性标注在另一落款日期之下，不在本文件的落款之下，而相邻文件未标公开或本期有文件缺日期（标注可能属于别的文件），请核对',
  PUBLIC_BESIDE_DETACHED: '未找到公开属性，而相邻文件的公开属性标注在另一落款日期之下，不在该文件的落款之下（可能属于本文件），请核对',
}

export function issueDoubts(facts: IssueFacts): (keyof typeof ISSUE_WEIGHTS)[] {
  const out: (keyof typeof ISSUE_WEIGHTS)[] = []
  if (facts.oddTitle) out.push('TITLE_TYPE_ODD')
  if (facts.pagesOff) out.push('PAGES_VS_TOC')
  if (facts.publicOdd) out.push('PUBLIC_ODD')
  if (facts.prefixClash) out.push('PREFIX_VS_ISSUERS')
  if (facts.recipientsMissing) out.push('NO_RECIPIENTS')
  if (facts.closingMoved) out.push('CLOSING_MOVED')
  if (facts.numberOrder) out.push('NUMBER_ORDER_VS_DATE')
  if (facts.previousLost) out.push('PREVIOUS_CLOSING_LOST')
  if (facts.nextLost) out.push('NEXT_CLOSING_LOST')
  if (facts.closingOpensNext) out.push('CLOSING_OPENS_NEXT')
  if (facts.sectionSplit) out.push('SECTION_SPLIT')
  if (facts.numberLost) out.push('NUMBER_LOST')
  if (facts.publicInNext) out.push('PUBLIC_IN_NEXT')
  if (facts.publicInPrevious) out.push('PUBLIC_IN_PREVIOUS')
  if (facts.dateFitsNeighbour) out.push('DATE_FITS_NEIGHBOUR')
  if (facts.publicTaken) out.push(facts.publicTaken === 'next' ? 'PUBLIC_FROM_NEXT' : 'PUBLIC_FROM_PREVIOUS')
  if (facts.publicGiven) out.push('PUBLIC_GIVEN')
  if (facts.bannerBefore) out.push('SECTION_IN_BODY')
  if (facts.sectionHeading) out.push('SECTION_VS_HEADING')
  if (facts.headingUnfollowed) out.push('HEADING_NOT_FOLLOWED')
  if (facts.tocLost) out.push('TOC_LOST')
  if (facts.tocOrder) out.push('TOC_ORDER')
  if (facts.publicDetached) out.push('PUBLIC_DETACHED')
  if (facts.publicBesideDetached) out.push('PUBLIC_BESIDE_DETACHED')
  if (facts.issuerRunOn) out.push('ISSUER_RUN_ON')
  if (facts.carriedPastGovernment) out.push('SECTION_CARRIED_OVER')
  return out
}

// 文种 published to everyone: printed without a 主送机关.
const UNADDRESSED = new Set(['公告', '通告', '令', '命令', '公报', '决议'])

/** A 主送机关 line: units, ending in a colon, no sentence inside. */
const opensWithRecipients = (d: ParsedDocument): boolean => {
  const t = d.blocks[0]?.text.trim() ?? ''
  return t.length > 1 && t.length < 120 && /[:：]$/.test(t) && !/[。；]/.test(t)
}

/**
 * Its body (a 公文's) does not open with a 主送机关 line while nearly all other documents' do (at least three,
 * all but one): its opening was lost or another text read before it.
 */
export function recipientsMissing(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  // Only a 公文 (a 文种 in its title) is addressed, and not one announced to all (公告, 令…); a 大事记 is no 公文.
  if (doc.docType === null || UNADDRESSED.has(doc.docType) || opensWithRecipients(doc)) return false
  const { members, addressed, opened } = summary(documents)
  const others = addressed - (members.has(doc) ? 1 : 0)
  return others >= MIN_SIBLINGS && opened >= others - 1 && opened >= 0.8 * others
}

/** What the siblings share, counted once per issue (not once per document: an issue may hold thousands). */
interface Summary {
  members: Set<ParsedDocument>
  publicCount: number
  /** 公文 that are addressed, and how many of them open with a 主送机关 line. */
  addressed: number
  opened: number
  /** Per 机关代字: how many documents with issuers carry each set of issuers. */
  byPrefix: Map<string, Map<string, number>>
  /** Per 栏目: its documents of a numbered 文种, and how many of them carry a 文号 with a 代字. */
  numbered: Map<string | null, { all: number; withNumber: number }>
  outOfOrder: Set<ParsedDocument>
  /** Every issuer of the issue, spaces out. */
  units: Set<string>
}

const summaries = new WeakMap<readonly ParsedDocument[], Summary>()

function summary(documents: readonly ParsedDocument[]): Summary {
  let s = summaries.get(documents)
  if (s) return s
  s = { members: new Set(documents), publicCount: 0, addressed: 0, opened: 0, byPrefix: new Map(), numbered: new Map(), outOfOrder: outOfOrderAll(documents), units: new Set() }
  for (const d of documents) {
    for (const u of d.issuers) s.units.add(u.replace(/\s+/g, ''))
    if (d.public) s.publicCount++
    if (d.docType !== null && NUMBERED.has(d.docType)) {
      const kind = s.numbered.get(d.category) ?? { all: 0, withNumber: 0 }
      kind.all++
      if (d.docNumber !== null && numberPrefix(d.docNumber) !== null) kind.withNumber++
      s.numbered.set(d.category, kind)
    }
    if (d.docType !== null && !UNADDRESSED.has(d.docType)) {
      s.addressed++
      if (opensWithRecipients(d)) s.opened++
    }
    const prefix = numberPrefix(d.docNumber)
    if (!prefix || d.issuers.length === 0) continue
    const keys = s.byPrefix.get(prefix) ?? new Map<string, number>()
    keys.set(unitsKey(d), (keys.get(unitsKey(d)) ?? 0) + 1)
    s.byPrefix.set(prefix, keys)
  }
  summaries.set(documents, s)
  return s
}
