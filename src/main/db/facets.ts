// Navigation counts: 公报 → years → 期, categories, issuers, docTypes. Each facet is narrowed by the
// other filters but not its own, so choosing one category still shows the others to switch to.
import type { Database } from 'better-sqlite3'
import type { Facet, Facets, SearchFilters, YearFacet } from '../../shared/domain'
import { filterSql } from './filters'

// Joining issues makes SQLite read every document row (2 GB at 100,000 documents, bodies
// included) to find its issue_id; without the join, counts come from the covering column indexes.
// Only the year filter needs the issues table.
const fromFor = (where: string): string =>
  /\bi\./.test(where) ? 'FROM documents d JOIN issues i ON i.id = d.issue_id' : 'FROM documents d'

const and = (where: string): string => (where ? `${where} AND` : 'WHERE')

function valueFacet(db: Database, f: SearchFilters, key: 'category' | 'docType', column: string): Facet[] {
  const { where, params } = filterSql(f, key)
  return db
    .prepare(
      `SELECT ${column} AS value, COUNT(*) AS count ${fromFor(where)} ${and(where)} ${column} IS NOT NULL
       GROUP BY ${column} ORDER BY count DESC, value`,
    )
    .all(...params) as Facet[]
}

// Issuers are split on these when stored (parser, scans, corrections): a name without them is one issuer.
const JOINT = `'*[、，,]*'`

function issuerFacet(db: Database, f: SearchFilters): Facet[] {
  const { where, params } = filterSql(f, 'issuer')
  const from = fromFor(where)
  // Counted per issuer string from the issuer index (a few hundred groups); the separator test runs
  // on those strings, not on every document. Jointly issued documents (found back through the
  // index by their string) have their issuers_json read, each of their issuers counting once.
  return db
    .prepare(
      `WITH per AS (SELECT d.issuer AS issuer, COUNT(*) AS n ${from} ${and(where)} d.issuer IS NOT NULL GROUP BY d.issuer),
            joint AS (SELECT issuer FROM per WHERE issuer GLOB ${JOINT})
       SELECT value, SUM(count) AS count FROM (
         SELECT issuer AS value, n AS count FROM per WHERE issuer NOT GLOB ${JOINT}
         UNION ALL
         SELECT value, COUNT(*) AS count FROM (
           SELECT DISTINCT d.id, j.value AS value ${from}, json_each(d.issuers_json) j ${and(where)}
             d.issuer IN (SELECT issuer FROM joint)) GROUP BY value
         UNION ALL
         SELECT d.issuer AS value, COUNT(*) AS count ${from} ${and(where)}
           d.issuer IN (SELECT issuer FROM joint) AND json_array_length(d.issuers_json) = 0 GROUP BY d.issuer)
       GROUP BY value ORDER BY count DESC, value`,
    )
    .all(...params, ...params, ...params) as Facet[]
}

function addTo(years: YearFacet[], r: { year: number; id: number; issueNo: number; count: number }): void {
  let y = years.find((x) => x.year === r.year)
  if (!y) years.push((y = { year: r.year, count: 0, issues: [] }))
  y.count += r.count
  y.issues.push({ id: r.id, issueNo: r.issueNo, count: r.count })
}

/** 公报 → 年 → 期 with counts, and the years of all gazettes together. */
function issueFacets(db: Database, f: SearchFilters): Pick<Facets, 'gazettes' | 'years'> {
  const { where, params } = filterSql({ ...f, issueId: undefined }, 'year')
  const rows = db
    .prepare(
      `SELECT g.name AS gazette, i.year, i.id, i.issue_no AS issueNo, c.count FROM
         (SELECT d.issue_id, COUNT(*) AS count ${fromFor(where)} ${where} GROUP BY d.issue_id) c
       JOIN issues i ON i.id = c.issue_id JOIN gazettes g ON g.id = i.gazette_id
       ORDER BY i.year DESC, i.issue_no DESC, g.name`,
    )
    .all(...params) as { gazette: string; year: number; id: number; issueNo: number; count: number }[]
  const years: YearFacet[] = []
  const gazettes: Facets['gazettes'] = []
  for (const r of rows) {
    addTo(years, r)
    let g = gazettes.find((x) => x.gazette === r.gazette)
    if (!g) gazettes.push((g = { gazette: r.gazette, count: 0, years: [] }))
    g.count += r.count
    addTo(g.years, r)
  }
  gazettes.sort((a, b) => a.gazette.localeCompare(b.gazette, 'zh-CN'))
  return { gazettes, years }
}

export function getFacets(db: Database, f: SearchFilters = {}): Facets {
  return {
    ...issueFacets(db, f),
    categories: valueFacet(db, f, 'category', 'd.category'),
    issuers: issuerFacet(db, f),
    docTypes: valueFacet(db, f, 'docType', 'd.doc_type'),
  }
}
