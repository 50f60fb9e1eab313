// Navigation counts: years → 期, categories, issuers, docTypes. Each facet is narrowed by the
// other filters but not its own, so choosing one category still shows the others to switch to.
import type { Database } from 'better-sqlite3'
import type { Facet, Facets, SearchFilters } from '../../shared/domain'
import { filterSql } from './filters'

const FROM = 'FROM documents d JOIN issues i ON i.id = d.issue_id'

function valueFacet(db: Database, f: SearchFilters, key: 'category' | 'docType', column: string): Facet[] {
  const { where, params } = filterSql(f, key)
  const extra = `${where ? `${where} AND` : 'WHERE'} ${column} IS NOT NULL`
  return db
    .prepare(
      `SELECT ${column} AS value, COUNT(*) AS count ${FROM} ${extra}
       GROUP BY ${column} ORDER BY count DESC, value`,
    )
    .all(...params) as Facet[]
}

function issuerFacet(db: Database, f: SearchFilters): Facet[] {
  const { where, params } = filterSql(f, 'issuer')
  // Jointly issued documents count once for each issuer; documents without issuers[] use `issuer`.
  return db
    .prepare(
      `SELECT value, COUNT(DISTINCT id) AS count FROM (
         SELECT d.id, j.value AS value ${FROM}, json_each(d.issuers_json) j ${where}
         UNION ALL
         SELECT d.id, d.issuer AS value ${FROM} ${where ? `${where} AND` : 'WHERE'}
           d.issuer IS NOT NULL AND json_array_length(d.issuers_json) = 0)
       GROUP BY value ORDER BY count DESC, value`,
    )
    .all(...params, ...params) as Facet[]
}

function yearFacet(db: Database, f: SearchFilters): Facets['years'] {
  const { where, params } = filterSql({ ...f, issueId: undefined }, 'year')
  const rows = db
    .prepare(
      `SELECT i.year, i.id, i.issue_no AS issueNo, COUNT(*) AS count ${FROM} ${where}
       GROUP BY i.id ORDER BY i.year DESC, i.issue_no DESC`,
    )
    .all(...params) as { year: number; id: number; issueNo: number; count: number }[]
  const years: Facets['years'] = []
  for (const r of rows) {
    let y = years.find((x) => x.year === r.year)
    if (!y) years.push((y = { year: r.year, count: 0, issues: [] }))
    y.count += r.count
    y.issues.push({ id: r.id, issueNo: r.issueNo, count: r.count })
  }
  return years
}

export function getFacets(db: Database, f: SearchFilters = {}): Facets {
  return {
    years: yearFacet(db, f),
    categories: valueFacet(db, f, 'category', 'd.category'),
    issuers: issuerFacet(db, f),
    docTypes: valueFacet(db, f, 'docType', 'd.doc_type'),
  }
}
