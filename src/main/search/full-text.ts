// Full text over the FTS5 trigram index: title hits (column filter) first, then body hits by bm25.
import type { Database } from 'better-sqlite3'
import { MARK_END, MARK_START } from '../../shared/domain'
import { charLength } from './normalize-query'
import { positionScore, type Candidate } from './rank'
import { andIn, ftsString, type IdFilter } from './sql'

// Column weights for bm25 (title, doc_number, issuer, body_text): a title hit outweighs the body.
export const BM25 = 'bm25(documents_fts, 10.0, 5.0, 2.0, 1.0)'
// For choosing the first page only: a title match scores at least ~0.55 × IDF × weight, while a
// phrase's best non-title score is (5 + 2 + 1) × 2.2 × IDF, so with weight 100 the documents
// matching in the title come first in one ordered pass, without a second title-only MATCH.
const BM25_TITLE_FIRST = 'bm25(documents_fts, 100.0, 5.0, 2.0, 1.0)'
// Extra rows read past the page so title hits can be re-ordered by the ordinary weights.
const SLACK = 30
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

/** True when every query term stands in the title (FTS5 trigram matching is case-insensitive). */
function inTitle(title: string, terms: readonly string[]): boolean {
  const t = title.toLowerCase()
  return terms.every((term) => t.includes(term.toLowerCase()))
}

function titlesOf(db: Database, ids: readonly number[]): Map<number, string> {
  const rows = db
    .prepare('SELECT doc_id, title FROM search_keys WHERE doc_id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(ids)) as [number, string][]
  return new Map(rows)
}

/**
 * Top `need` hits for `expr`: documents matching in the title first, each group by bm25 over all
 * columns (so among title hits the one whose body is about the query wins), plus the total.
 */
export function fullTextSearch(
  db: Database,
  expr: string,
  terms: readonly string[],
  filter: IdFilter | null,
  need: number,
): FullTextResult {
  const f = andIn('rowid', filter)
  const rows = db
    .prepare(
      `SELECT rowid, ${BM25} FROM documents_fts WHERE documents_fts MATCH ?${f.sql}
       ORDER BY ${BM25_TITLE_FIRST} LIMIT ?`,
    )
    .raw()
    .all(expr, ...f.params, need + SLACK) as [number, number][]
  const n =
    rows.length < need + SLACK
      ? rows.length
      : (db
          .prepare(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?${f.sql}`)
          .pluck()
          .get(expr, ...f.params) as number)
  const titles = titlesOf(db, rows.map(([id]) => id))
  const ranked = rows
    .map(([id, rank]) => ({ id, rank, title: inTitle(titles.get(id) ?? '', terms) }))
    .sort((a, b) => Number(b.title) - Number(a.title) || a.rank - b.rank)
    .slice(0, need)
  const candidates = ranked.map((r, i): Candidate => ({
    id: r.id,
    matchedBy: r.title ? 'title' : 'body',
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
