// How far a parsed document can be trusted: 1 minus the weight of every doubt found, with the
// reasons (code for programs, Chinese for staff). Below DOUBTFUL_BELOW a document is doubtful.
import type { ConfidenceReason, DoubtfulDocument, IssueMeta, ParsedDocument, TocEntry } from '../../../shared/domain'
import { endsSentence, hasInnerPunct } from './lines'
import { startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { closedTwice, dateBeforeText, dateOfOtherUnit, endsMidSentence, numberingGap, publicAstray, publicAtHead, publicNotOwn, recipientsInBody, startsMidSentence, strayNumber, textAfterDate, textBeforeRecipients, titleWithSentence, wrappedTitleInBody } from './doubt-signals'
import { categoryVsIssuers, numberedWithoutType, numberVsIssuers, titleCut, titleHoldsTwo } from './cross-checks'
import { ISSUE_MESSAGES, ISSUE_WEIGHTS, issueDoubts, type IssueFacts } from './issue-reasons'
import { numberingAcrossDate, publicBeforeDate } from './closing-doubts'
import { gapLabel, type GapEvidence, type TocGap } from './toc-gaps'
import { decreeUntitled, quotes } from './decree'
import { titleLikeness, titleRunApart } from './toc-title-likeness'
import { withoutForwarded } from './forwarded-parts'

export const DOUBTFUL_BELOW = 0.7

/** What reconcile learnt about one document from the 目录. */
export interface TocFacts extends IssueFacts {
  /** The issue has a 目录 with entries. */
  hasToc: boolean
  entry: TocEntry | null
  /** The 文号 was not found in the body and was taken from the 目录. */
  numberFromToc: boolean
  /**
   * That 文号 stands apart from the entry's title in the 目录's text and was paired with it by where
   * the body prints the two (toc-piece-joins pairLeftNumbers): the title does not confirm it.
   */
  numberPlaced?: boolean
  /** tocPage of the document before, when it had one. */
  previousPage: number | null
  /** The section printed above it in the body differs from its 目录 entry's. */
  sectionClash: boolean
  /** The page number printed on the page where its title stands (PDF), when the page shows one. */
  printedPage?: string | null
  /** 目录 entries no document was matched to whose text most likely ran on in this one (toc-gaps). */
  gaps?: readonly TocGap[]
  /** It has no 文号, and a document beside it holds a bare 文号 line (see doubt-signals). */
  numberNextDoor?: boolean
  /** Its 文号, copied from the 目录, stands alone in another document's body. */
  numberInOther?: boolean
  /** Every bare 文号 line in its body is the 文号 another document has. */
  strayClaimed?: boolean
  /** Some document of the issue has no date: a date went astray somewhere. */
  dateLost?: boolean
  /** The issue's 栏目: the 目录's and the documents'. */
  issueSections?: readonly string[]
}

/**
 * Each doubt and its weight. A missing or contradicted field (≥ 0.35) makes a document doubtful
 * on its own; the light ones (0.1–0.2) only together with another, since
 * each alone fires on many documents whose fields are right: a title a character or two off the
 * 目录's, an unusual title ending, paragraphs that look cut, a title printed on another page than
 * the 目录 gives (目录 pages are often set before the last layout pass), a 文号 taken from a
 * 目录 entry whose title matches exactly, a neighbour's 文号 read into the body, the document's
 * own text read after its date (a column read late). Two of the lightest (0.15) make 0.3:
 * confidence 0.7, not doubtful; cut-looking paragraphs (0.2) flag with any other.
 */
export const WEIGHTS = {
  NUMBER_NOT_IN_BODY: 0.35,
  NUMBER_FROM_TOC: 0.15,
  NUMBER_PLACED: 0.35,
  DECREE_UNTITLED: 0.35,
  NOT_IN_TOC: 0.35,
  TITLE_DIFFERS_FROM_TOC: 0.35,
  TITLE_NEAR_TOC: 0.1,
  NO_DATE: 0.35,
  NO_ISSUER: 0.35,
  NO_CATEGORY: 0.35,
  CATEGORY_DIFFERS: 0.35,
  PAGE_RANGE: 0.35,
  NOT_ON_TOC_PAGE: 0.15,
  EMPTY_BODY: 0.5,
  TITLE_IN_BODY: 0.35,
  BROKEN_PARAGRAPHS: 0.2,
  TITLE_SHAPE: 0.15,
  NUMBERED_WITHOUT_TYPE: 0.35,
  DATE_VS_NUMBER: 0.35,
  DATE_AFTER_ISSUE: 0.35,
  ISSUERS_VS_TITLE: 0.35,
  ISSUERS_GLUED: 0.35,
  STRAY_NUMBER: 0.35,
  NEIGHBOUR_NUMBER: 0.15,
  DATE_BEFORE_TEXT: 0.35,
  TITLE_WITH_SENTENCE: 0.35,
  TEXT_BEFORE_RECIPIENTS: 0.35,
  NUMBER_NEXT_DOOR: 0.35,
  NUMBER_IN_OTHER: 0.35,
  DATE_OF_OTHER_UNIT: 0.35,
  TEXT_AFTER_DATE: 0.35,
  BODY_AFTER_DATE: 0.15,
  RECIPIENTS_IN_BODY: 0.35,
  PUBLIC_ASTRAY: 0.35,
  PUBLIC_AT_HEAD: 0.35,
  PUBLIC_MID_BODY: 0.35,
  PUBLIC_BEFORE_DATE: 0.35,
  NUMBERING_ACROSS_DATE: 0.35,
  NUMBER_VS_ISSUERS: 0.35,
  TITLE_HOLDS_TWO: 0.35,
  TITLE_CUT: 0.35,
  CATEGORY_VS_ISSUERS: 0.35,
  // A 目录 entry no document was found for: its title or 文号 in this body, or its place in the
  // 目录 between this document's entry and the next one's. One listed after every document found
  // may be one the gazette did not print (the sample's 17号): a hint, with another doubt.
  TOC_ENTRY_IN_BODY: 0.35,
  TOC_ENTRY_LOST: 0.35,
  TOC_ENTRY_AFTER: 0.2,
  // A 转发 holding the document it forwards (its title and 文号, as the notice names and cites them).
  FORWARDED_INSIDE: 0.1,
  ...ISSUE_WEIGHTS,
} as const

export type ReasonCode = keyof typeof WEIGHTS

const MESSAGES: Record<ReasonCode, string> = {
  NUMBER_NOT_IN_BODY: '目录列有文号，正文未找到文号',
  NUMBER_FROM_TOC: '正文未找到文号，按标题一致的目录条目补入',
  DECREE_UNTITLED: '令所公布的规章（条例、办法等）的标题未在正文中读到，标题暂用令的名称（标题可能有误）',
  NUMBER_PLACED: '正文未找到文号，文号取自目录，而目录中该文号未与标题排在一起，是按正文中的位置配给本文件的（文号可能属于相邻文件）',
  NOT_IN_TOC: '目录未列此文件',
  TITLE_DIFFERS_FROM_TOC: '标题与目录不一致',
  TITLE_NEAR_TOC: '标题与目录略有出入（个别字不同）',
  NO_DATE: '未找到成文日期',
  NO_ISSUER: '未找到发文机关',
  NO_CATEGORY: '未能确定栏目',
  CATEGORY_DIFFERS: '正文所在栏目与目录不一致',
  PAGE_RANGE: '页码异常（早于前一文件）',
  NOT_ON_TOC_PAGE: '标题所在页的页码与目录所列页码不一致',
  BROKEN_PARAGRAPHS: '段落疑似断开',
  EMPTY_BODY: '正文为空',
  TITLE_IN_BODY: '正文中有疑似另一文件的标题（可能漏分文件）',
  TITLE_SHAPE: '标题不以文种结尾',
  NUMBERED_WITHOUT_TYPE: '有文号的文件标题不以文种结尾（标题可能缺行、被截断或取自残缺的目录条目）',
  DATE_VS_NUMBER: '成文日期与文号年份不一致',
  DATE_AFTER_ISSUE: '成文日期晚于本期出版日期',
  ISSUERS_VS_TITLE: '落款的发文机关与标题中的不一致',
  ISSUERS_GLUED: '落款疑似把几个发文机关连成了一个',
  STRAY_NUMBER: '正文中有单独成行的文号（文号或分件可能有误）',
  NEIGHBOUR_NUMBER: '正文中有单独成行的另一文件的文号（阅读顺序可能有误）',
  DATE_BEFORE_TEXT: '成文日期出现在正文之前（阅读顺序可能有误）',
  TITLE_WITH_SENTENCE: '标题中含有句内标点（可能混入了正文）',
  TEXT_BEFORE_RECIPIENTS: '主送机关之前有零散短行（标题可能被截断，正文可能属于另一文件）',
  NUMBER_NEXT_DOOR: '未找到文号，而相邻文件正文中有单独成行的文号（可能属于本文件）',
  NUMBER_IN_OTHER: '本文件的文号单独成行出现在另一文件正文中（开头、落款或附注可能分到了那里）',
  DATE_OF_OTHER_UNIT: '成文日期上方的落款不是本文件的发文机关（日期可能取自附件或转发件）',
  TEXT_AFTER_DATE: '成文日期之后仍有正文和另一落款日期（日期或分件可能有误，正文可能混入了另一文件）',
  BODY_AFTER_DATE: '成文日期之后仍有正文（段落顺序可能有误）',
  RECIPIENTS_IN_BODY: '正文中另有主送机关（可能混入了另一文件的开头）',
  PUBLIC_ASTRAY: '公开属性标注与正文文字连在一起（可能漏读）',
  PUBLIC_AT_HEAD: '公开属性标注出现在正文开头（可能是前一文件的附注，公开属性可能有误）',
  PUBLIC_MID_BODY: '公开属性标注出现在正文中间、成文日期之前（可能是前一文件的附注，公开属性可能有误）',
  PUBLIC_BEFORE_DATE: '公开属性标注出现在成文日期之前（附注应在日期之后，可能是另一文件的附注，公开属性可能有误）',
  NUMBERING_ACROSS_DATE: '成文日期前后的正文序号相连（如“二、”在日期前、“三、”在日期后，日期可能取自另一文件）',
  NUMBER_VS_ISSUERS: '文号的机关代字与发文机关不符（如政府办公室的代字配政府落款，文号或发文机关可能取自别的文件）',
  TITLE_HOLDS_TWO: '标题中含有文号或另一个标题的开头（两个标题或目录条目可能连在了一起）',
  TITLE_CUT: '标题在“的”“和”等处中断，或“的通知”等出现在标题中间（标题可能缺行或行序有误）',
  CATEGORY_VS_ISSUERS: '栏目与发文机关不符（如办公室栏目下的政府文件，栏目可能沿用了前一文件的）',
  TOC_ENTRY_IN_BODY: '正文中有目录所列另一文件的标题或文号，而该文件未被识别（可能并入了本文件）',
  TOC_ENTRY_LOST: '目录中与本文件相邻的条目未找到对应正文（其正文可能并入了本文件，或分件有误）',
  TOC_ENTRY_AFTER: '目录在本文件之后还列有文件，正文中未找到（可能并入了本文件，或本期未刊印）',
  FORWARDED_INSIDE: '正文中含所转发文件的标题和文号（与本文件标题及正文所称一致，按转发件处理）',
  ...ISSUE_MESSAGES,
}

/** Titles this alike differ by a character or two (a misprint in one of them). */
const NEAR = 0.9
/**
 * Characters one title holds in its middle beyond the other's that are more than a misprint or a
 * word the editors dropped (the sample prints 基础设施建设投资 in its 目录, 基础设施投资 in the body).
 */
const RUN_APART = 3

/** Paragraphs cut mid-sentence: an unfinished paragraph (≥ 10 characters) followed by another. */
export function brokenParagraphs(doc: ParsedDocument): number {
  let n = 0
  doc.blocks.forEach((b, i) => {
    const next = doc.blocks[i + 1]
    if (b.kind !== 'paragraph' || next?.kind !== 'paragraph') return
    if (b.text.length >= 10 && !endsSentence(b.text) && /[，、；]$|[\u4e00-\u9fff]$/.test(b.text)) n++
  })
  return n
}

/** A block shaped like another unit's document title ('××关于…的通知', no punctuation): two documents run together. */
function holdsTitle(doc: ParsedDocument): boolean {
  return doc.blocks.some(
    (b) =>
      (b.kind === 'title' || b.kind === 'paragraph') &&
      b.text.indexOf('关于') > 0 &&
      !hasInnerPunct(b.text) &&
      startsTitle(b.text) &&
      docTypeOf(b.text) !== null,
  )
}

/** The year in a 文号's brackets ('国办函〔2004〕88号' → '2004'), or null. */
export function numberYear(docNumber: string | null): string | null {
  return /[〔［\[【（(]\s*((?:19|20)\d{2})\s*[〕］\]】）)]/.exec(docNumber ?? '')?.[1] ?? null
}

/**
 * A date that contradicts the document's own 文号 (numbers are given in the year of signing) or
 * comes after the issue that prints it was published: the date, or the 文号, was misread.
 */
function dateDoubts(doc: ParsedDocument, issue: Pick<IssueMeta, 'year' | 'publishedOn'> | undefined): ReasonCode[] {
  if (!doc.date) return []
  const out: ReasonCode[] = []
  const year = numberYear(doc.docNumber)
  if (year && year !== doc.date.slice(0, 4)) out.push('DATE_VS_NUMBER')
  if (issue && (issue.publishedOn ? doc.date > issue.publishedOn : Number(doc.date.slice(0, 4)) > issue.year)) out.push('DATE_AFTER_ISSUE')
  return out
}

/**
 * What a full title names before 关于 ('甲局 乙局关于…') or 转发, or null when it names nothing. 目录
 * entries often print the full title even where the body's title starts at 关于.
 */
function titlePrefix(doc: ParsedDocument): string | null {
  const full = doc.tocTitle && doc.tocTitle.search(TITLE_VERB) > 0 ? doc.tocTitle : doc.title
  const k = full.search(TITLE_VERB)
  return k > 0 ? full.slice(0, k) : null
}

const JOINT_PREFIX = /^(.{2,40}?)等([一二三四五六七八九十\d]{1,3})个?(?:部门|单位|家单位|部委)$/

/** '四' → 4, '十二' → 12, '12' → 12. */
function countOf(n: string): number {
  if (/^\d+$/.test(n)) return Number(n)
  const digit = (c: string | undefined): number => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0)
  const [tens, ones] = n.includes('十') ? n.split('十') : ['', n]
  return n.includes('十') ? (tens === '' ? 1 : digit(tens)) * 10 + digit(ones) : digit(ones)
}

/** Where a title's own words start: 关于, or the 转发 (批转) of a forwarding notice, whose unit after the verb is the forwarded document's. */
const TITLE_VERB = /关于|转发|批转/

/**
 * Signatures that do not match the units the title names: a signature line lost or glued to
 * another, or a unit read from the wrong place. A unit may be printed shorter in one of the two
 * ('县人民政府办公室' / '兴县人民政府办公室'), and a 目录 may print the units without spaces.
 */
function issuersClash(doc: ParsedDocument): boolean {
  const prefix = titlePrefix(doc)
  if (!prefix || doc.issuers.length === 0) return false
  const issuers = doc.issuers.map((i) => i.replace(/\s+/g, ''))
  const glued = prefix.replace(/[\s、，,]+/g, '')
  if (glued === issuers.join('')) return false
  const units = prefix.split(/[\s、，,]+/).filter((u) => u.length >= 2)
  const same = (a: string, b: string): boolean => a.endsWith(b) || b.endsWith(a)
  // A 目录 names a joint document by its first unit and their count ('甲局等四部门关于…').
  const joint = JOINT_PREFIX.exec(glued)
  if (joint) return !same(joint[1], issuers[0]) || countOf(joint[2]) !== issuers.length
  if (units.length > 1 || issuers.length === 1) {
    return units.length !== issuers.length || !units.every((u) => issuers.some((i) => same(u, i)))
  }
  // Several signatures, one run of units in the title: each must be in it, and fill it.
  return !issuers.every((i) => glued.includes(i)) || issuers.join('').length !== glued.length
}

/**
 * One signature that holds two units: a unit's name begins with its place ('江南省财政厅'), so the
 * place printed again inside it ('江南省财政厅江南省教育厅') starts a second unit.
 */
export function gluedIssuer(issuer: string): boolean {
  const c = issuer.replace(/\s+/g, '')
  return c.length >= 8 && c.indexOf(c.slice(0, 2), 3) > 0
}

function doubts(doc: ParsedDocument, facts: TocFacts, issue?: Pick<IssueMeta, 'year' | 'publishedOn'>): ReasonCode[] {
  const out: ReasonCode[] = dateDoubts(doc, issue)
  if (doc.issuers.some(gluedIssuer)) out.push('ISSUERS_GLUED')
  else if (issuersClash(doc)) out.push('ISSUERS_VS_TITLE')
  if (numberVsIssuers(doc)) out.push('NUMBER_VS_ISSUERS')
  if (titleHoldsTwo(doc.title)) out.push('TITLE_HOLDS_TWO')
  if (titleCut(doc.title, doc.docType)) out.push('TITLE_CUT')
  if (categoryVsIssuers(doc, facts.issueSections)) out.push('CATEGORY_VS_ISSUERS')
  // tocTitle is the entry's, or the promulgated regulation's for a decree. A decree listed by its
  // name alone: its title is the regulation's the decree's text names.
  const byName = facts.entry !== null && doc.tocTitle === facts.entry.title && decreeUntitled(facts.entry)
  const likeness = !facts.entry ? 1 : byName ? Number(quotes(doc, doc.title)) : titleLikeness(doc.tocTitle ?? facts.entry.title, doc.title)
  if (decreeUntitled(doc)) out.push('DECREE_UNTITLED')
  // A 文号 copied from an entry whose title is the body's is the entry's: right unless it was misread.
  if (facts.numberFromToc) out.push(likeness < 1 ? 'NUMBER_NOT_IN_BODY' : facts.numberPlaced ? 'NUMBER_PLACED' : 'NUMBER_FROM_TOC')
  if (facts.numberNextDoor) out.push('NUMBER_NEXT_DOOR')
  if (facts.numberInOther) out.push('NUMBER_IN_OTHER')
  if (facts.hasToc && !facts.entry) out.push('NOT_IN_TOC')
  const runApart = facts.entry && likeness < 1 ? titleRunApart(doc.tocTitle ?? facts.entry.title, doc.title) : 0
  if (likeness < NEAR || runApart >= RUN_APART) out.push('TITLE_DIFFERS_FROM_TOC')
  else if (likeness < 1) out.push('TITLE_NEAR_TOC')
  if (!doc.date) out.push('NO_DATE')
  if (doc.issuers.length === 0) out.push('NO_ISSUER')
  if (!doc.category) out.push('NO_CATEGORY')
  else if (facts.sectionClash) out.push('CATEGORY_DIFFERS')
  if (doc.tocPage !== null && facts.previousPage !== null && doc.tocPage < facts.previousPage) out.push('PAGE_RANGE')
  // The 目录 as the anchor: its page must be the one printed where the title stands.
  if (doc.tocPage !== null && facts.printedPage && facts.printedPage !== String(doc.tocPage)) out.push('NOT_ON_TOC_PAGE')
  if (doc.blocks.length === 0) out.push('EMPTY_BODY')
  else if (brokenParagraphs(doc) >= 2) out.push('BROKEN_PARAGRAPHS')
  out.push(...gapCodes(facts.gaps ?? []))
  // A 转发's forwarded title and 文号 are the genre's: named, not taken for a document missed.
  const own = withoutForwarded(doc)
  if (own !== doc) out.push('FORWARDED_INSIDE')
  if (holdsTitle(own) || wrappedTitleInBody(own.blocks)) out.push('TITLE_IN_BODY')
  if (!doc.docType) out.push(numberedWithoutType(doc) ? 'NUMBERED_WITHOUT_TYPE' : 'TITLE_SHAPE')
  out.push(...orderDoubts(doc, facts, own))
  return out
}

/** What the document's own text says about a split or reading order gone wrong. */
function orderDoubts(doc: ParsedDocument, facts: TocFacts, own: ParsedDocument): ReasonCode[] {
  const out: ReasonCode[] = []
  // A neighbour's 文号 that the neighbour found too: misplaced, but nobody's 文号 was lost.
  if (strayNumber(own)) out.push(facts.strayClaimed ? 'NEIGHBOUR_NUMBER' : 'STRAY_NUMBER')
  if (dateBeforeText(doc)) out.push('DATE_BEFORE_TEXT')
  if (titleWithSentence(doc)) out.push('TITLE_WITH_SENTENCE')
  if (textBeforeRecipients(doc)) out.push('TEXT_BEFORE_RECIPIENTS')
  if (dateOfOtherUnit(doc)) out.push('DATE_OF_OTHER_UNIT')
  // Text after the date is only the order of its paragraphs, unless a second date closes it or
  // a date is missing elsewhere in the issue (the one taken here may be that one).
  // A second closing signed alike (closedTwice) closes another document, whatever stands between.
  const after = textAfterDate(doc)
  if (after === 'closing' || (after && facts.dateLost) || closedTwice(doc)) out.push('TEXT_AFTER_DATE')
  else if (after) out.push('BODY_AFTER_DATE')
  if (recipientsInBody(doc)) out.push('RECIPIENTS_IN_BODY')
  if (publicAstray(doc)) out.push('PUBLIC_ASTRAY')
  if (publicAtHead(doc) === 'only') out.push('PUBLIC_AT_HEAD')
  if (publicNotOwn(doc)) out.push('PUBLIC_MID_BODY')
  else if (publicBeforeDate(doc)) out.push('PUBLIC_BEFORE_DATE')
  if (numberingAcrossDate(doc)) out.push('NUMBERING_ACROSS_DATE')
  if (startsMidSentence(doc)) out.push('STARTS_MID_SENTENCE')
  if (endsMidSentence(doc)) out.push('ENDS_MID_SENTENCE')
  const gap = numberingGap(doc)
  if (gap) out.push(gap === 'start' ? 'NUMBERING_LATE_START' : 'NUMBERING_GAP')
  out.push(...issueDoubts(facts))
  return out
}

/** `issue` (its year and publication date) lets a date be checked against the issue that prints it. */
export function assess(
  doc: ParsedDocument,
  facts: TocFacts,
  issue?: Pick<IssueMeta, 'year' | 'publishedOn'>,
): { confidence: number; reasons: ConfidenceReason[] } {
  const codes = doubts(doc, facts, issue)
  const lost = codes.reduce((sum, c) => sum + WEIGHTS[c], 0)
  const confidence = Math.round(Math.max(0, 1 - lost) * 100) / 100
  return { confidence, reasons: codes.map((code) => ({ code, message: namedMessage(code, doc, facts) ?? MESSAGES[code] })) }
}

const GAP_CODE: Record<GapEvidence, ReasonCode> = { title: 'TOC_ENTRY_IN_BODY', number: 'TOC_ENTRY_IN_BODY', order: 'TOC_ENTRY_LOST', after: 'TOC_ENTRY_AFTER' }

/** One reason per kind of evidence, however many entries it covers. */
function gapCodes(gaps: readonly TocGap[]): ReasonCode[] {
  return [...new Set(gaps.map((g) => GAP_CODE[g.by]))]
}

/** Reasons that name what they saw: the 目录 entries a gap stands for, the heading printed above. */
function namedMessage(code: ReasonCode, doc: ParsedDocument, facts: TocFacts): string | null {
  if (code === 'HEADING_NOT_FOLLOWED') return `正文中本文件之前所印的最后一个栏目标题是“${facts.headingUnfollowed}”，而本文件按前文归入“${doc.category}”（该标题可能未被读到，栏目可能有误）`
  if (code === 'SECTION_VS_HEADING') return `正文中本文件之前所印的栏目是“${facts.sectionHeading}”，而本文件归入“${doc.category}”（目录栏目可能读错，栏目可能有误）`
  const gaps = facts.gaps ?? []
  const named = gaps.filter((g) => GAP_CODE[g.by] === code).map((g) => `“${gapLabel(g.entry)}”`)
  if (named.length === 0) return null
  const list = named.join('、')
  if (code === 'TOC_ENTRY_IN_BODY') return `正文中有目录所列${list}的标题或文号，而该文件未被识别（可能并入了本文件，漏分文件）`
  if (code === 'TOC_ENTRY_LOST') return `目录所列${list}未找到对应正文，在目录中与本文件相邻（其正文可能并入了本文件，或分件有误）`
  return `目录所列${list}未找到对应正文，列在本期所有已识别文件之后（可能并入了本文件，或本期未刊印）`
}

export function isDoubtful(confidence: number): boolean {
  return confidence < DOUBTFUL_BELOW
}

/** The documents of an issue that staff should review first, for the import report. */
export function doubtfulDocuments(documents: ParsedDocument[]): DoubtfulDocument[] {
  return documents
    .filter((d) => d.confidence !== undefined && isDoubtful(d.confidence))
    .map((d) => ({ seq: d.seq, docNumber: d.docNumber, title: d.title, confidence: d.confidence ?? 0, reasons: d.reasons ?? [] }))
}
