// The 归档文件目录's rows: one per document, every column built from the document and the rules
// its gazette set once (件号, 保管期限). The document's own fields keep their meaning; 题名 is a
// catalogue column (the title as printed, issuing units first).
import type { Database } from 'better-sqlite3'
import { COLUMN_LABELS, pieceNumber, type CatalogueColumn, type CatalogueRules } from '../../shared/catalogue'
import type { CatalogueScope, DocumentSummary } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { getCatalogueRules } from '../db/catalogue-rules'
import { SUMMARY_SELECT, toDocumentSummary, type DocumentRow } from '../db/documents'
import { issueShown } from '../../shared/issue-shown'

export type CatalogueValues = Record<CatalogueColumn, string | number>

const ORDER = 'ORDER BY g.name, i.year, i.issue_no, d.seq'

function documentsIn(db: Database, scope: CatalogueScope): DocumentSummary[] {
  let rows: DocumentRow[]
  if ('issueId' in scope) {
    rows = db.prepare(`${SUMMARY_SELECT} WHERE d.issue_id = ? ${ORDER}`).all(scope.issueId) as DocumentRow[]
    if (!rows.length && !db.prepare('SELECT 1 FROM issues WHERE id = ?').get(scope.issueId)) {
      throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${scope.issueId}）`)
    }
  } else if ('documentIds' in scope) {
    rows = db
      .prepare(`${SUMMARY_SELECT} WHERE d.id IN (SELECT value FROM json_each(?)) ${ORDER}`)
      .all(JSON.stringify(scope.documentIds)) as DocumentRow[]
  } else rows = db.prepare(`${SUMMARY_SELECT} ${ORDER}`).all() as DocumentRow[]
  return rows.map(toDocumentSummary)
}

/** Pages per document: a scan's catalogued range, else from its 目录 page to the page before the next document's. */
function pageRanges(db: Database, issueIds: number[]): Map<number, [number, number | null]> {
  const out = new Map<number, [number, number | null]>()
  const rows = db
    .prepare(
      `SELECT id, toc_page, LEAD(toc_page) OVER (PARTITION BY issue_id ORDER BY seq) FROM documents
       WHERE issue_id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(JSON.stringify(issueIds)) as [number, number | null, number | null][]
  for (const [id, from, next] of rows) {
    if (from !== null) out.set(id, [from, next === null ? null : Math.max(from, next - 1)])
  }
  const scans = db
    .prepare(
      `SELECT s.document_id, s.page_from, s.page_to FROM scanned_documents s JOIN documents d ON d.id = s.document_id
       WHERE d.issue_id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(JSON.stringify(issueIds)) as [number, number, number][]
  for (const [id, from, to] of scans) out.set(id, [from, to])
  return out
}

const RELATION_NOTE: Record<string, string> = { repeals: '已被{}废止', amends: '已被{}修改', extends: '已由{}延期' }

/** 备注: scanned, repealed / amended / extended by a later document held in the archive. */
function remarksFor(db: Database, docs: DocumentSummary[], scanned: Set<number>): Map<number, string> {
  const numbers = [...new Set(docs.map((d) => d.docNumber).filter((n): n is string => n !== null))]
  const rel = db
    .prepare(
      `SELECT r.doc_number, r.kind, d.doc_number FROM relations r JOIN documents d ON d.id = r.source_id
       WHERE r.doc_number IN (SELECT value FROM json_each(?)) ORDER BY r.kind, d.date`,
    )
    .raw()
    .all(JSON.stringify(numbers)) as [string, string, string | null][]
  const byNumber = new Map<string, string[]>()
  for (const [target, kind, by] of rel) {
    byNumber.set(target, [...(byNumber.get(target) ?? []), RELATION_NOTE[kind].replace('{}', by ?? '后文')])
  }
  return new Map(
    docs.map((d) => [d.id, [...(scanned.has(d.id) ? ['扫描件'] : []), ...(byNumber.get(d.docNumber ?? '') ?? [])].join('；')]),
  )
}

/** 题名 as printed: 「兴县人民政府关于…的通知」. A title not starting with 关于 (a regulation, a 令) is printed alone. */
export function fullTitle(d: Pick<DocumentSummary, 'title' | 'issuer' | 'issuers'>): string {
  const issuers = d.issuers?.length ? d.issuers : d.issuer ? [d.issuer] : []
  if (!issuers.length || !d.title.startsWith('关于') || issuers.some((u) => d.title.startsWith(u))) return d.title
  return `${issuers.join('、')}${d.title}`
}

function valuesOf(d: DocumentSummary, rules: CatalogueRules, pages: [number, number | null] | undefined, remarks: string): CatalogueValues {
  const issue = `${issueShown(d.year, d.issueNo)}${d.totalNo ? `（总第${d.totalNo}期）` : ''}`
  const [from, to] = pages ?? [null, null]
  return {
    pieceNo: pieceNumber(rules.pieceNo, d),
    issuers: (d.issuers?.length ? d.issuers : d.issuer ? [d.issuer] : []).join('、'),
    docNumber: d.docNumber ?? '',
    fullTitle: fullTitle(d),
    date: d.date ?? '',
    pageRange: from === null ? '' : to === null || to === from ? String(from) : `${from}-${to}`,
    pages: from === null || to === null ? '' : to - from + 1,
    gazetteIssue: `${d.gazette}${issue}`,
    category: d.category ?? '',
    docType: d.docType ?? '',
    public: d.public ? '主动公开' : '未标注',
    retention: (d.docType && rules.retentionByDocType[d.docType]) || rules.retentionDefault,
    remarks,
    seq: d.seq,
    title: d.title,
    gazette: d.gazette,
    issue,
  }
}

export interface CatalogueTable {
  columns: CatalogueColumn[]
  header: string[]
  rows: CatalogueValues[]
  /** The gazettes the rows come from, in order (names the file and the PDF's heading). */
  gazettes: string[]
}

/** The catalogue of a scope. Columns: those asked for, else the (first) gazette's own. */
export function catalogueTable(db: Database, scope: CatalogueScope, columns?: CatalogueColumn[]): CatalogueTable {
  const docs = documentsIn(db, scope)
  const gazettes = [...new Set(docs.map((d) => d.gazette))]
  const rules = new Map(gazettes.map((g) => [g, getCatalogueRules(db, g)]))
  const pages = pageRanges(db, [...new Set(docs.map((d) => d.issueId))])
  const scanned = new Set(
    db.prepare('SELECT document_id FROM scanned_documents WHERE document_id IN (SELECT value FROM json_each(?))')
      .pluck().all(JSON.stringify(docs.map((d) => d.id))) as number[],
  )
  const remarks = remarksFor(db, docs, scanned)
  const cols = columns?.length ? columns : (rules.get(gazettes[0])?.columns ?? getCatalogueRules(db, '').columns)
  return {
    columns: cols,
    header: cols.map((c) => COLUMN_LABELS[c]),
    rows: docs.map((d) => valuesOf(d, rules.get(d.gazette) as CatalogueRules, pages.get(d.id), remarks.get(d.id) ?? '')),
    gazettes,
  }
}

/** Header first, then one array per document in the table's column order. */
export function tableMatrix(t: CatalogueTable): (string | number)[][] {
  return [t.header, ...t.rows.map((r) => t.columns.map((c) => r[c]))]
}
