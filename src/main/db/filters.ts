// SQL WHERE clauses for SearchFilters over `documents d JOIN issues i`, shared by lists and facets.
import type { SearchFilters } from '../../shared/domain'

export interface SqlPart {
  where: string
  params: (string | number)[]
}

/** Builds the conditions for `f`; `omit` leaves one dimension out (a facet ignores its own filter). */
export function filterSql(f: SearchFilters, omit?: keyof SearchFilters): SqlPart {
  const conds: string[] = []
  const params: (string | number)[] = []
  const add = (key: keyof SearchFilters, cond: string, ...values: (string | number)[]): void => {
    if (key === omit || f[key] === undefined || f[key] === null || f[key] === '') return
    conds.push(cond)
    params.push(...values)
  }
  add('gazette', 'i.gazette_id = (SELECT id FROM gazettes WHERE name = ?)', String(f.gazette))
  add('year', 'i.year = ?', Number(f.year))
  add('issueId', 'd.issue_id = ?', Number(f.issueId))
  add('category', 'd.category = ?', String(f.category))
  // A jointly issued document counts for each of its issuers.
  add(
    'issuer',
    '(d.issuer = ? OR EXISTS (SELECT 1 FROM json_each(d.issuers_json) j WHERE j.value = ?))',
    String(f.issuer),
    String(f.issuer),
  )
  add('docType', 'd.doc_type = ?', String(f.docType))
  add('dateFrom', 'd.date >= ?', String(f.dateFrom))
  add('dateTo', 'd.date <= ?', String(f.dateTo))
  // Found through the partial index documents_confidence, so the few doubtful rows drive every
  // query (a facet would otherwise walk its own column index over all 100,000 rows).
  // 0.7: DOUBTFUL_BELOW in importer/parse/confidence.ts.
  if (f.doubtful === true && omit !== 'doubtful') {
    conds.push('d.id IN (SELECT id FROM documents WHERE confidence < 0.7 AND reviewed_at IS NULL)')
  }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params }
}
