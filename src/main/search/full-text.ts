// Full text over the FTS5 trigram index: title hits (column filter) first, then body hits by bm25.
import type { Database } from 'better-sqlite3'
import { MARK_END, MARK_START } from '../../shared/domain'
import { charLength } from './normalize-query'
import { positionScore, type Candidate } from './rank'
import { andIn, ftsString, type IdFilter } from './sql'

// Column weights for bm25 (title, doc_number, issuer, body_text): a title hit outweighs the body.
export const BM25 = 'bm25(documents_fts, 10.0, 5.0, 2.0, 1.0)'
// A 1–2 character term inside a multi-term query becomes an OR of the trigrams that start with it.
const MAX_EXPANSION = 300

/** The next string after every string starting with `prefix` (for term range scans). */
export function prefixEnd(prefix: string): string {
  const cps = [...prefix]
  const last = cps.pop() as string
  return cps.join('') + String.fromCodePoint((last.codePointAt(0) as number) + 1)
}

/** Trigram-index terms beginning with a 1–2 character `gram` (lower-cased like the index). */
export function expandShort(db: Database, gram: string): string[] {
  const g = gram.toLowerCase()
  return db
    .prepare('SELECT term FROM documents_fts_terms WHERE term >= ? AND term < ? LIMIT ?')
    .pluck()
    .all(g, prefixEnd(g), MAX_EXPANSION + 1) as string[]
}

/** The MATCH expression for all terms (AND); null when a short term has no trigram at all. */
export function matchExpression(db: Database, terms: readonly string[]): string | null {
  const parts: string[] = []
  for (const t of terms) {
    if (charLength(t) >= 3) {
      parts.push(ftsString(t))
      continue
    }
    const grams = expandShort(db, t)
    if (grams.length === 0 || grams.length > MAX_EXPANSION) return null
    parts.push(`(${grams.map(ftsString).join(' OR ')})`)
  }
  return parts.length ? parts.join(' AND ') : null
}

export interface FullTextResult {
  candidates: Candidate[]
  total: number
}

/**
 * Top `need` hits for `expr`: documents matching it in the title first, each group by bm25 over all
 * columns (so among title hits the one whose body is about the query wins), plus the total.
 */
export function fullTextSearch(db: Database, expr: string, filter: IdFilter | null, need: number): FullTextResult {
  const f = andIn('rowid', filter)
  // One pass over the matches; the title set is a second, cheaper MATCH (title column only).
  // (A window count(*) OVER () here measured slower than the separate count below.)
  const rows = db
    .prepare(
      `SELECT rowid, rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?) AS t
       FROM documents_fts WHERE documents_fts MATCH ?${f.sql} ORDER BY t DESC, ${BM25} LIMIT ?`,
    )
    .raw()
    .all(`{title} : (${expr})`, expr, ...f.params, need) as [number, number][]
  const n =
    rows.length < need
      ? rows.length
      : (db
          .prepare(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?${f.sql}`)
          .pluck()
          .get(expr, ...f.params) as number)
  const candidates = rows.map(([id, t], i): Candidate => ({
    id,
    matchedBy: t ? 'title' : 'body',
    score: positionScore(i),
  }))
  return { candidates, total: n }
}

/** FTS5 snippets (best column, matches in MARK_START … MARK_END) for the chosen hits only. */
export function ftsSnippets(db: Database, expr: string, ids: readonly number[]): Map<number, string> {
  if (!ids.length) return new Map()
  const rows = db
    .prepare(
      `SELECT rowid, snippet(documents_fts, -1, ?, ?, '…', 16) FROM documents_fts
       WHERE documents_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(MARK_START, MARK_END, expr, JSON.stringify(ids)) as [number, string][]
  // Bodies keep one paragraph per line; a snippet reads better on one line.
  return new Map(rows.map(([id, s]) => [id, s.replace(/\s*\n\s*/g, ' ')]))
}

/** The query plan of the full-text statement (shows `VIRTUAL TABLE INDEX` on documents_fts). */
export function explainFullText(db: Database, expr: string): string[] {
  const rows = db
    .prepare(`EXPLAIN QUERY PLAN SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY ${BM25} LIMIT 20`)
    .all(expr) as { detail: string }[]
  return rows.map((r) => r.detail)
}
