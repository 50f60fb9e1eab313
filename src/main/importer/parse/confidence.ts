// How far a parsed document can be trusted: 1 minus the weight of every doubt found, with the
// reasons (code for programs, Chinese for staff). Below DOUBTFUL_BELOW a document is doubtful.
import type { ConfidenceReason, DoubtfulDocument, ParsedDocument, TocEntry } from '../../../shared/domain'
import { endsSentence } from './lines'

export const DOUBTFUL_BELOW = 0.7

/** What reconcile learnt about one document from the 目录. */
export interface TocFacts {
  /** The issue has a 目录 with entries. */
  hasToc: boolean
  entry: TocEntry | null
  /** The 文号 was not found in the body and was taken from the 目录. */
  numberFromToc: boolean
  /** tocPage of the document before, when it had one. */
  previousPage: number | null
}

/** Each doubt and its weight: one serious doubt (≥ 0.3) makes a document doubtful with any other. */
export const WEIGHTS = {
  NUMBER_NOT_IN_BODY: 0.35,
  NOT_IN_TOC: 0.3,
  TITLE_DIFFERS_FROM_TOC: 0.3,
  NO_DATE: 0.3,
  NO_ISSUER: 0.3,
  NO_CATEGORY: 0.2,
  PAGE_RANGE: 0.2,
  BROKEN_PARAGRAPHS: 0.2,
  EMPTY_BODY: 0.4,
  TITLE_SHAPE: 0.15,
} as const

export type ReasonCode = keyof typeof WEIGHTS

const MESSAGES: Record<ReasonCode, string> = {
  NUMBER_NOT_IN_BODY: '目录列有文号，正文未找到文号',
  NOT_IN_TOC: '目录未列此文件',
  TITLE_DIFFERS_FROM_TOC: '标题与目录不一致',
  NO_DATE: '未找到成文日期',
  NO_ISSUER: '未找到发文机关',
  NO_CATEGORY: '未能确定栏目',
  PAGE_RANGE: '页码异常（早于前一文件）',
  BROKEN_PARAGRAPHS: '段落疑似断开',
  EMPTY_BODY: '正文为空',
  TITLE_SHAPE: '标题不以文种结尾',
}

/** Same title up to the issuer prefix the 目录 may print before 关于 (and full-width forms). */
function titleAgrees(toc: string, title: string): boolean {
  const a = toc.normalize('NFKC')
  const b = title.normalize('NFKC')
  return a === b || a.endsWith(b) || b.endsWith(a)
}

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

function doubts(doc: ParsedDocument, facts: TocFacts): ReasonCode[] {
  const out: ReasonCode[] = []
  if (facts.numberFromToc) out.push('NUMBER_NOT_IN_BODY')
  if (facts.hasToc && !facts.entry) out.push('NOT_IN_TOC')
  // tocTitle is the entry's, or the promulgated regulation's for a decree.
  if (facts.entry && !titleAgrees(doc.tocTitle ?? facts.entry.title, doc.title)) out.push('TITLE_DIFFERS_FROM_TOC')
  if (!doc.date) out.push('NO_DATE')
  if (doc.issuers.length === 0) out.push('NO_ISSUER')
  if (!doc.category) out.push('NO_CATEGORY')
  if (doc.tocPage !== null && facts.previousPage !== null && doc.tocPage < facts.previousPage) out.push('PAGE_RANGE')
  if (doc.blocks.length === 0) out.push('EMPTY_BODY')
  else if (brokenParagraphs(doc) >= 2) out.push('BROKEN_PARAGRAPHS')
  if (!doc.docType) out.push('TITLE_SHAPE')
  return out
}

export function assess(doc: ParsedDocument, facts: TocFacts): { confidence: number; reasons: ConfidenceReason[] } {
  const codes = doubts(doc, facts)
  const lost = codes.reduce((sum, c) => sum + WEIGHTS[c], 0)
  const confidence = Math.round(Math.max(0, 1 - lost) * 100) / 100
  return { confidence, reasons: codes.map((code) => ({ code, message: MESSAGES[code] })) }
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
