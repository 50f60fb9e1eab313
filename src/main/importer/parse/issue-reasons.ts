// The reasons reconcile.ts can give an issue's document, from what it found comparing the document
// with its page, its 目录 entry and its siblings (IssueFacts): each reason's weight against the
// confidence and the message staff read in the 待核对 list. The checks themselves are in
// issue-doubts.ts, doubt-signals.ts and page-facts.ts.

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
  /**
   * The next two documents' closings were moved between them and this one kept its own: the next
   * one's true closing, read into this document, may be the one this one holds.
   */
  nextMoved?: boolean
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
  /**
   * No 目录 was read and no 栏目 banner stands over it or any document before it: its 栏目 is the
   * one name the running heads print over the whole issue, which does not change with the 栏目.
   */
  sectionFromHead?: boolean
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
  NEXT_CLOSING_MOVED: 0.35,
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
  SECTION_FROM_HEAD: 0.35,
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
  NEXT_CLOSING_MOVED: '后一文件的落款是在别处找到的，它原有的落款可能被读进了本文件（日期可能属于后一文件）',
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
  SECTION_FROM_HEAD: '未读到目录，正文中本文件之上也未印栏目标题：栏目取自页眉，而页眉全期各页印同一栏目名，不随栏目变化（栏目可能有误）',
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
  if (facts.nextMoved) out.push('NEXT_CLOSING_MOVED')
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
  if (facts.sectionFromHead) out.push('SECTION_FROM_HEAD')
  return out
}
