// SQL pieces shared by the search paths: the filter as an id subquery, hit hydration, FTS5 strings.
import type { Database } from 'better-sqlite3'
import type { SearchFilters } from '../../shared/domain'
import { filterSql } from '../db/filters'

export interface IdFilter {
  sql: string // `SELECT d.id …` — use as `x IN (${sql})`
  params: (string | number)[]
}

/** The filters as a subquery of document ids; null when no filter is set. */
export function filterIds(f: SearchFilters): IdFilter | null {
  const { where, params } = filterSql(f)
  if (!where) return null
  return { sql: `SELECT d.id FROM documents d JOIN issues i ON i.id = d.issue_id ${where}`, params }
}

/** `AND <col> IN (…)` for an optional filter, with its params. */
export function andIn(col: string, f: IdFilter | null): { sql: string; params: (string | number)[] } {
  return f ? { sql: ` AND ${col} IN (${f.sql})`, params: f.params } : { sql: '', params: [] }
}

/** An FTS5 string literal: double quotes inside are doubled. */
export function ftsString(term: string): string {
  return `"${term.replace(/"/g, '""')}"`
}

export interface HitFields {
  id: number
  docNumber: string | null
  title: string
  issuer: string | null
  date: string | null
  category: string | null
  gazette: string
  year: number
  issueNo: number
}

/** Listing fields for the chosen hits only (never body_text), keyed by id. */
export function hydrate(db: Database, ids: readonly number[]): Map<number, HitFields> {
  const rows = db
    .prepare(
      `SELECT d.id, d.doc_number AS docNumber, d.title, d.issuer, d.date, d.category,
              g.name AS gazette, i.year, i.issue_no AS issueNo
       FROM documents d JOIN issues i ON i.id = d.issue_id JOIN gazettes g ON g.id = i.gazette_id
       WHERE d.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as HitFields[]
  return new Map(rows.map((r) => [r.id, r]))
}

/** Dates of candidates from the small search_keys rows (for ordering ties by date). */
export function datesOf(db: Database, ids: readonly number[]): Map<number, string> {
  const rows = db
    .prepare('SELECT doc_id, date FROM search_keys WHERE doc_id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(ids)) as [number, string | null][]
  return new Map(rows.map(([id, d]) => [id, d ?? '']))
}
