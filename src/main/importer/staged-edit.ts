// Changes staff make to a staged issue before 入库: fields fixed, documents split or merged,
// documents approved. Pure: an issue in, a new issue out (the caller stores it).
import type { Block, BlockSource, ParsedIssue, ReviewMark, StagedDocument, StagedDocumentChanges } from '../../shared/domain'
import { normalizeDocNumber } from '../../shared/doc-number'
import { AppError } from '../../shared/errors'
import { docTypeOf } from './parse/doc-type'
import { fieldsFromBlocks } from './parse/fields-from-blocks'

type StagedParsed = Omit<ParsedIssue, 'documents'> & { documents: StagedDocument[] }

function docAt(issue: StagedParsed, seq: number): StagedDocument {
  const doc = issue.documents.find((d) => d.seq === seq)
  if (!doc) throw new AppError('NOT_FOUND', `这一期中没有第 ${seq} 份文件`)
  return doc
}

function withDocs(issue: StagedParsed, docs: StagedDocument[]): StagedParsed {
  return { ...issue, documents: docs.map((d, i) => ({ ...d, seq: i + 1 })) }
}

const mark = (d: StagedDocument, fields: string[]): string[] => [...new Set([...(d.edited ?? []), ...fields])]

/** Applies the given fields (undefined leaves one as it is); '' or null clears an optional one. */
export function editStagedDocument(issue: StagedParsed, seq: number, c: StagedDocumentChanges): StagedParsed {
  const doc = { ...docAt(issue, seq) }
  const changed: string[] = []
  if (c.title !== undefined && c.title.trim() && c.title.trim() !== doc.title) {
    doc.title = c.title.trim()
    doc.docType = docTypeOf(doc.title)
    changed.push('title')
  }
  if (c.docNumber !== undefined) {
    const raw = c.docNumber?.trim() || null
    const value = raw ? (normalizeDocNumber(raw) ?? raw) : null
    if (value !== doc.docNumber) {
      doc.docNumber = value
      doc.docNumberRaw = raw
      changed.push('docNumber')
    }
  }
  if (c.category !== undefined && (c.category?.trim() || null) !== doc.category) {
    doc.category = c.category?.trim() || null
    changed.push('category')
  }
  if (c.issuers !== undefined) {
    const issuers = c.issuers.map((s) => s.trim()).filter(Boolean)
    if (issuers.join('、') !== doc.issuers.join('、')) {
      doc.issuers = issuers
      doc.issuer = issuers.length ? issuers.join('、') : null
      changed.push('issuers')
    }
  }
  if (c.date !== undefined && (c.date || null) !== doc.date) {
    if (c.date && !/^\d{4}-\d{2}-\d{2}$/.test(c.date)) throw new AppError('BAD_REQUEST', '成文日期应写作 2022-02-15')
    doc.date = c.date || null
    changed.push('date')
  }
  if (!changed.length) return issue
  doc.edited = mark(doc, changed)
  return withDocs(issue, issue.documents.map((d) => (d.seq === seq ? doc : d)))
}

/** Approving clears the document's flags: its doubts stay listed but no longer count. */
export function approveStagedDocument(issue: StagedParsed, seq: number, review: ReviewMark): StagedParsed {
  docAt(issue, seq)
  return withDocs(issue, issue.documents.map((d) => (d.seq === seq ? { ...d, review } : d)))
}

/** Blocks from `atBlock` become a new document after it; its title and 文号 come from its first blocks. */
export function splitStagedDocument(issue: StagedParsed, seq: number, atBlock: number, given: { title?: string; docNumber?: string } = {}): StagedParsed {
  const doc = docAt(issue, seq)
  if (!Number.isInteger(atBlock) || atBlock < 1 || atBlock >= doc.blocks.length) {
    throw new AppError('BAD_REQUEST', '拆分位置须在正文中间')
  }
  const rest = doc.blocks.slice(atBlock)
  const tail = fieldsFromBlocks(rest, given)
  const sources = doc.sources?.length === doc.blocks.length ? doc.sources : undefined
  const first: StagedDocument = { ...doc, blocks: doc.blocks.slice(0, atBlock), sources: sources?.slice(0, atBlock), edited: mark(doc, ['split']) }
  const second: StagedDocument = {
    ...doc,
    ...tail.fields,
    docNumberRaw: tail.fields.docNumber,
    issuers: tail.fields.issuer ? tail.fields.issuer.split('、') : [],
    tocTitle: null,
    tocPage: null,
    consult: null,
    attachments: [],
    citations: [],
    blocks: tail.blocks,
    sources: sourcesAfter(sources, rest, atBlock, tail.blocks),
    // Cut by staff: the parser's judgement was of the whole; nobody has looked at this part yet.
    confidence: undefined,
    reasons: [],
    review: null,
    edited: ['split'],
  }
  const docs = issue.documents.flatMap((d) => (d.seq === seq ? [first, second] : [d]))
  return withDocs(issue, docs)
}

/** Sources of the split-off blocks: fieldsFromBlocks keeps the very block objects it does not take. */
function sourcesAfter(sources: BlockSource[] | undefined, rest: Block[], at: number, blocks: Block[]): BlockSource[] | undefined {
  if (!sources) return undefined
  const kept = new Set(blocks)
  return rest.flatMap((b, i) => (kept.has(b) ? [sources[at + i]] : []))
}

/** The next document was part of this one: its title (and 文号 line) become blocks here again. */
export function mergeStagedDocuments(issue: StagedParsed, seq: number): StagedParsed {
  const first = docAt(issue, seq)
  const second = issue.documents.find((d) => d.seq === seq + 1)
  if (!second) throw new AppError('BAD_REQUEST', '只能与下一份文件合并，这已是最后一份')
  const inserted: Block[] = [
    { kind: 'title', text: second.title },
    ...(second.docNumberRaw ? [{ kind: 'paragraph' as const, text: second.docNumberRaw }] : []),
  ]
  const blocks = [...first.blocks, ...inserted, ...second.blocks]
  const both = first.sources?.length === first.blocks.length && second.sources?.length === second.blocks.length
  // The inserted title lines stood just above the second's body: they take its first block's place.
  const lead = second.sources?.[0]
  const sources = both && lead ? [...(first.sources ?? []), ...inserted.map(() => lead), ...(second.sources ?? [])] : undefined
  const merged: StagedDocument = {
    ...first,
    blocks,
    sources,
    attachments: [...first.attachments, ...second.attachments],
    citations: [...new Set([...first.citations, ...second.citations])],
    edited: mark(first, ['merge']),
  }
  const docs = issue.documents.filter((d) => d.seq !== second.seq).map((d) => (d.seq === seq ? merged : d))
  return withDocs(issue, docs)
}

/** The issue as the archive saves it: staging marks dropped. */
export function toParsedIssue(issue: StagedParsed): ParsedIssue {
  return {
    ...issue,
    documents: issue.documents.map(({ review: _r, edited: _e, ...d }) => d),
  }
}

export type { StagedParsed }
