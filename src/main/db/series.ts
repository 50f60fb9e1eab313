// Series at a glance: per gazette, the years and 期 held and the ones missing in between.
import type { Database } from 'better-sqlite3'
import type { GazetteSeries, SeriesYear } from '../../shared/domain'

interface Row {
  gazette: string
  year: number
  issue_no: number
  id: number
}

/**
 * The expected number of 期 per year is the highest 期 seen in any year of that gazette (4 for a
 * quarterly, 12 for a monthly): a year's gaps are 1..expected not held. The last year counts only
 * up to its highest 期 held (later ones may not be out yet); years between the first and last
 * with nothing held are reported whole.
 */
export function listSeries(db: Database): GazetteSeries[] {
  const rows = db
    .prepare(
      `SELECT g.name AS gazette, i.year, i.issue_no, i.id FROM issues i JOIN gazettes g ON g.id = i.gazette_id
       ORDER BY g.name, i.year, i.issue_no`,
    )
    .all() as Row[]
  const byGazette = new Map<string, Row[]>()
  for (const r of rows) byGazette.set(r.gazette, [...(byGazette.get(r.gazette) ?? []), r])
  return [...byGazette].map(([gazette, list]) => seriesOf(gazette, list))
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

function seriesOf(gazette: string, list: Row[]): GazetteSeries {
  const expected = Math.max(...list.map((r) => r.issue_no))
  const firstYear = list[0].year
  const lastYear = list[list.length - 1].year
  const years: SeriesYear[] = range(firstYear, lastYear).map((year) => {
    const held = list.filter((r) => r.year === year).map((r) => ({ issueNo: r.issue_no, issueId: r.id }))
    const upTo = year === lastYear ? Math.max(...held.map((h) => h.issueNo)) : expected
    const have = new Set(held.map((h) => h.issueNo))
    const missing = range(1, upTo).filter((n) => !have.has(n))
    return { year, held, missing, wholeYearMissing: held.length === 0 }
  })
  return {
    gazette,
    expectedPerYear: expected,
    firstYear,
    lastYear,
    years,
    heldCount: list.length,
    missingCount: years.reduce((n, y) => n + y.missing.length, 0),
  }
}
