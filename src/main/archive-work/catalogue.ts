// 档案目录: one row per document (序号, 文号, 标题, 发文机关, 成文日期, 期, 页码, 公开属性) as CSV or XLSX.
import type { Database } from 'better-sqlite3'
import type { CatalogueScope } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { SUMMARY_SELECT, toDocumentSummary, type DocumentRow } from '../db/documents'
import { toCsv } from './csv'
import { toXlsx } from './xlsx'

export const CATALOGUE_HEADER = ['序号', '文号', '标题', '发文机关', '成文日期', '期', '页码', '公开属性']

const ORDER = 'ORDER BY g.name, i.year, i.issue_no, d.seq'

function rowsFor(db: Database, scope: CatalogueScope): DocumentRow[] {
  if ('issueId' in scope) {
    const rows = db.prepare(`${SUMMARY_SELECT} WHERE d.issue_id = ? ${ORDER}`).all(scope.issueId) as DocumentRow[]
    if (!rows.length && !db.prepare('SELECT 1 FROM issues WHERE id = ?').get(scope.issueId)) {
      throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${scope.issueId}）`)
    }
    return rows
  }
  if ('documentIds' in scope) {
    return db
      .prepare(`${SUMMARY_SELECT} WHERE d.id IN (SELECT value FROM json_each(?)) ${ORDER}`)
      .all(JSON.stringify(scope.documentIds)) as DocumentRow[]
  }
  return db.prepare(`${SUMMARY_SELECT} ${ORDER}`).all() as DocumentRow[]
}

/** The catalogue as strings (numbers for 序号), header first. */
export function catalogueRows(db: Database, scope: CatalogueScope): (string | number)[][] {
  const pages = new Map(
    (db.prepare('SELECT document_id, page_from, page_to FROM scanned_documents').raw().all() as [number, number, number][]).map(
      ([id, from, to]) => [id, from === to ? String(from) : `${from}-${to}`],
    ),
  )
  const body = rowsFor(db, scope).map((r, i) => {
    const d = toDocumentSummary(r)
    const issue = `${d.year}年第${d.issueNo}期${d.totalNo ? `（总第${d.totalNo}期）` : ''}`
    const page = pages.get(d.id) ?? (d.tocPage === null ? '' : String(d.tocPage))
    return [i + 1, d.docNumber ?? '', d.title, d.issuer ?? '', d.date ?? '', issue, page, d.public ? '主动公开' : '未标注']
  })
  return [CATALOGUE_HEADER, ...body]
}

function baseName(db: Database, scope: CatalogueScope): string {
  if (!('issueId' in scope)) return '档案目录'
  const r = db.prepare('SELECT year, issue_no FROM issues WHERE id = ?').get(scope.issueId) as { year: number; issue_no: number }
  return `档案目录_${r.year}年第${r.issue_no}期`
}

export async function exportCatalogue(
  db: Database,
  scope: CatalogueScope,
  format: 'xlsx' | 'csv',
): Promise<{ fileName: string; bytesBase64: string }> {
  const rows = catalogueRows(db, scope)
  const bytes = format === 'csv' ? toCsv(rows) : await toXlsx(rows, '档案目录')
  return { fileName: `${baseName(db, scope)}.${format}`, bytesBase64: Buffer.from(bytes).toString('base64') }
}
