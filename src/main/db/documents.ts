// Documents: filtered, sorted listings and one document with its body and citations.
import type { Database } from 'better-sqlite3'
import type { SortKey } from '../../shared/api'
import type {
  BlockSource,
  Block,
  Citation,
  CitationSource,
  ConfidenceReason,
  DocumentSummary,
  GazetteDocument,
  Page,
  SearchFilters,
} from '../../shared/domain'
import { normalizeDocNumber } from '../../shared/doc-number'
import { AppError } from '../../shared/errors'
import { filterSql } from './filters'
import { relationsOf } from './relations'

export interface DocumentRow {
  id: number
  issue_id: number
  gazette: string
  year: number
  issue_no: number
  total_no: number | null
  seq: number
  doc_number: string | null
  title: string
  toc_title: string | null
  category: string | null
  doc_type: string | null
  issuer: string | null
  recipients: string | null
  date: string | null
  public: number
  toc_page: number | null
  consult_unit: string | null
  consult_phone: string | null
  issuers_json: string
  confidence: number | null
  reasons_json: string
}

/** Columns of a DocumentSummary; the search engineer may reuse it to map hits. */
export const SUMMARY_SELECT = `SELECT d.id, d.issue_id, g.name AS gazette, i.year, i.issue_no, i.total_no,
  d.seq, d.doc_number, d.title, d.toc_title, d.category, d.doc_type, d.issuer, d.recipients, d.date,
  d.public, d.toc_page, d.consult_unit, d.consult_phone, d.issuers_json, d.confidence, d.reasons_json
  FROM documents d JOIN issues i ON i.id = d.issue_id JOIN gazettes g ON g.id = i.gazette_id`

export function toDocumentSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    issueId: r.issue_id,
    gazette: r.gazette,
    year: r.year,
    issueNo: r.issue_no,
    totalNo: r.total_no,
    seq: r.seq,
    docNumber: r.doc_number,
    title: r.title,
    tocTitle: r.toc_title,
    category: r.category,
    docType: r.doc_type,
    issuer: r.issuer,
    recipients: r.recipients,
    date: r.date,
    public: r.public === 1,
    tocPage: r.toc_page,
    consult: r.consult_unit === null ? null : { unit: r.consult_unit, phone: r.consult_phone },
    issuers: JSON.parse(r.issuers_json) as string[],
    confidence: r.confidence,
    reasons: JSON.parse(r.reasons_json) as ConfidenceReason[],
  }
}

/** An issue's documents in order, each with its blocks (the reread compares them with a new reading). */
export function issueDocuments(db: Database, issueId: number): (DocumentSummary & { blocks: Block[] })[] {
  const rows = db
    .prepare(`${SUMMARY_SELECT.replace('d.reasons_json', 'd.reasons_json, d.blocks_json')} WHERE d.issue_id = ? ORDER BY d.seq`)
    .all(issueId) as (DocumentRow & { blocks_json: string })[]
  return rows.map((r) => ({ ...toDocumentSummary(r), blocks: JSON.parse(r.blocks_json) as Block[] }))
}

// Documents without a 文号 sort after numbered ones whichever the direction.
const ORDER: Record<SortKey, (dir: string) => string> = {
  docNumber: (dir) =>
    `d.agency IS NULL, d.agency ${dir}, d.doc_year ${dir}, d.doc_serial ${dir}, i.year, i.issue_no, d.seq`,
  // Descending, NULL sorts last by itself, and without the IS NULL term the date index's order is used
  // (only the first page's ties are sorted).
  date: (dir) => `${dir === 'DESC' ? '' : 'd.date IS NULL, '}d.date ${dir}, i.year ${dir}, i.issue_no ${dir}, d.seq`,
  title: (dir) => `d.title ${dir}, d.id`,
  issue: (dir) => `i.year ${dir}, i.issue_no ${dir}, g.name, d.seq ${dir}`,
}

const HINTS: Partial<Record<SortKey, string>> = { date: 'INDEXED BY documents_date', docNumber: 'INDEXED BY documents_doc_sort' }

export interface ListRequest extends SearchFilters {
  sort?: SortKey
  desc?: boolean
  offset?: number
  limit?: number
}

/** Documents matching the filters, sorted and paged; `limit` omitted means all. */
export function listDocuments(db: Database, req: ListRequest = {}): Page<DocumentSummary> {
  const { where, params } = filterSql(req)
  const sort = ORDER[req.sort ?? 'issue'] ?? ORDER.issue
  const limit = req.limit === undefined ? -1 : Math.max(0, Math.floor(req.limit))
  const offset = Math.max(0, Math.floor(req.offset ?? 0))
  const order = sort(req.desc ? 'DESC' : 'ASC')
  // The whole archive by date or 文号: without a hint SQLite walks the (issue_id, seq) index and reads
  // every document row for its sort key (1–3 s at 100,000); these indexes hold the key, issue and seq.
  const hint = where ? '' : (HINTS[req.sort ?? 'issue'] ?? '')
  // Sort and page over the ids and sort keys alone, then read the page's rows: sorting the full
  // summaries of 100,000 documents to keep 200 took ~6× longer at deep offsets.
  const rows = db
    .prepare(
      `${SUMMARY_SELECT} WHERE d.id IN (
         SELECT d.id FROM documents d ${hint} JOIN issues i ON i.id = d.issue_id JOIN gazettes g ON g.id = i.gazette_id
         ${where} ORDER BY ${order} LIMIT ? OFFSET ?)
       ORDER BY ${order}`,
    )
    .all(...params, limit, offset) as DocumentRow[]
  const total = (
    db
      .prepare(`SELECT COUNT(*) AS n FROM documents d JOIN issues i ON i.id = d.issue_id ${where}`)
      .get(...params) as { n: number }
  ).n
  return { items: rows.map(toDocumentSummary), total }
}

interface BodyRow {
  doc_number_raw: string | null
  issuers_json: string
  attachments_json: string
  blocks_json: string
  sources_json: string | null
  reviewed_by: string | null
  reviewed_at: string | null
}

/** One document with its body, the 文号 it cites (resolved when held) and the documents citing it. */
export function getDocument(db: Database, id: number): GazetteDocument {
  const row = db.prepare(`${SUMMARY_SELECT} WHERE d.id = ?`).get(id) as DocumentRow | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这份文件（编号 ${id}）`)
  const body = db
    .prepare('SELECT doc_number_raw, issuers_json, attachments_json, blocks_json, sources_json, reviewed_by, reviewed_at FROM documents WHERE id = ?')
    .get(id) as BodyRow
  const blocks = JSON.parse(body.blocks_json) as Block[]
  const summary = toDocumentSummary(row)
  const scan = db.prepare('SELECT page_from, page_to FROM scanned_documents WHERE document_id = ?').get(id) as
    | { page_from: number; page_to: number }
    | undefined
  return {
    ...summary,
    docNumberRaw: body.doc_number_raw,
    issuers: JSON.parse(body.issuers_json) as string[],
    attachments: JSON.parse(body.attachments_json) as string[],
    paragraphs: blocks.map((b) => b.text),
    blocks,
    sources: body.sources_json ? (JSON.parse(body.sources_json) as BlockSource[]) : null,
    reviewedBy: body.reviewed_by,
    reviewedAt: body.reviewed_at,
    citations: citationsOf(db, id),
    citedBy: summary.docNumber ? citedBy(db, summary.docNumber, id) : [],
    ...relationsOf(db, id, summary.docNumber),
    scanned: scan !== undefined,
    pageFrom: scan?.page_from ?? null,
    pageTo: scan?.page_to ?? null,
  }
}

function citationsOf(db: Database, id: number): Citation[] {
  // The newest issue wins when a 文号 occurs twice (a reprint).
  return db
    .prepare(
      `SELECT c.doc_number AS docNumber,
         (SELECT t.id FROM documents t JOIN issues ti ON ti.id = t.issue_id WHERE t.doc_number = c.doc_number
          ORDER BY ti.year DESC, ti.issue_no DESC LIMIT 1) AS targetId
       FROM citations c WHERE c.source_id = ? ORDER BY c.position`,
    )
    .all(id) as Citation[]
}

function citedBy(db: Database, docNumber: string, id: number): CitationSource[] {
  return db
    .prepare(
      `SELECT DISTINCT d.id, d.doc_number AS docNumber, d.title FROM citations c
       JOIN documents d ON d.id = c.source_id WHERE c.doc_number = ? AND d.id <> ? ORDER BY d.id`,
    )
    .all(docNumber, id) as CitationSource[]
}

/** Resolves a 文号 in any spelling to a document id (newest issue first), or null. */
export function findByDocNumber(db: Database, text: string): number | null {
  const docNumber = normalizeDocNumber(text)
  if (!docNumber) return null
  const row = db
    .prepare(
      `SELECT d.id FROM documents d JOIN issues i ON i.id = d.issue_id WHERE d.doc_number = ?
       ORDER BY i.year DESC, i.issue_no DESC, d.id LIMIT 1`,
    )
    .get(docNumber) as { id: number } | undefined
  return row?.id ?? null
}

/** An id written as digits, or else a 文号; null when neither finds a document. */
export function resolveDocumentRef(db: Database, ref: string): number | null {
  const trimmed = ref.trim()
  if (/^\d+$/.test(trimmed)) {
    const hit = db.prepare('SELECT id FROM documents WHERE id = ?').pluck().get(Number(trimmed))
    if (typeof hit === 'number') return hit
  }
  return findByDocNumber(db, trimmed)
}
