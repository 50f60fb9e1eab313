// 1–2 character queries (禁毒, 土地, 煤), which the trigram MATCH cannot answer directly.
//
// Options measured on 100,000 generated documents (bench/search.bench.ts, 2 cores):
//   LIKE '%煤%' on documents / documents_fts .......... 440 ms (reads every row, body included)
//   bigram+unigram table (gram, doc_id, n) ............ ~1,700 distinct grams per document →
//                                                       ~170M rows, several GB: refused
//   fts5vocab 'instance' over trigrams starting with q . 禁毒 4 ms, 取暖 20 ms, 通知 52 ms, 煤 90 ms,
//                                                       政府 250 ms (cost ∝ occurrences)
//   LIKE on the small search_keys.title rows ........... 16 ms
//   MATCH (OR of trigrams starting with q) count ....... 政府 23 ms, 煤 7 ms; ORDER BY rowid DESC
//                                                       LIMIT stops early
// Kept: titles by LIKE on search_keys (catches a title ending in q, where no trigram starts
// with it); body occurrences counted exactly from fts5vocab 'instance' when the trigram term
// index says they are few enough, otherwise (a gram in most documents) body hits come newest
// first from the MATCH above and the count is not used. Occurrences in the last two characters
// of a body are not seen (no trigram starts there).
import type { Database } from 'better-sqlite3'
import { prefixEnd } from './full-text'
import type { Candidate } from './rank'
import { andIn, datesOf, ftsString, type IdFilter } from './sql'

const MAX_INSTANCES = 120_000
const MAX_DOC_POSTINGS = 60_000
const MAX_TERMS = 2_000
const MAX_DATED = 5_000

export interface ShortResult {
  candidates: Candidate[]
  total: number
}

interface Scored {
  id: number
  title: boolean
  count: number
}

function titleHits(db: Database, gram: string, filter: IdFilter | null): Map<number, number> {
  const f = andIn('doc_id', filter)
  const like = `%${gram.replace(/[\\%_]/g, '\\$&')}%`
  const rows = db
    .prepare(`SELECT doc_id, title FROM search_keys WHERE title LIKE ? ESCAPE '\\'${f.sql}`)
    .raw()
    .all(like, ...f.params) as [number, string][]
  return new Map(rows.map(([id, title]) => [id, title.split(gram).length - 1]))
}

function bodyCounts(db: Database, gram: string, filter: IdFilter | null): Map<number, number> {
  const f = andIn('doc', filter)
  const rows = db
    .prepare(
      `SELECT doc, count(*) FROM documents_fts_instances
       WHERE term >= ? AND term < ? AND col <> 'title'${f.sql} GROUP BY doc`,
    )
    .raw()
    .all(gram, prefixEnd(gram), ...f.params) as [number, number][]
  return new Map(rows)
}

/** Orders by title hit, then count, then date (dates fetched only around the cut at `need`). */
function order(db: Database, scored: Scored[], need: number): Scored[] {
  scored.sort((a, b) => Number(b.title) - Number(a.title) || b.count - a.count || b.id - a.id)
  if (scored.length <= need) return withDates(db, scored)
  const cut = scored[need - 1]
  let end = need
  while (end < scored.length && scored[end].title === cut.title && scored[end].count === cut.count) end++
  // Beyond MAX_DATED equal keys, newer ids stand in for newer dates.
  return withDates(db, scored.slice(0, Math.min(end, MAX_DATED))).slice(0, need)
}

function withDates(db: Database, list: Scored[]): Scored[] {
  const dates = datesOf(db, list.map((s) => s.id))
  const d = (s: Scored): string => dates.get(s.id) ?? ''
  return list.sort((a, b) => Number(b.title) - Number(a.title) || b.count - a.count || d(b).localeCompare(d(a)))
}

/** Body hits of a very common gram, newest first, and their number. */
function commonGram(db: Database, gram: string, filter: IdFilter | null, need: number): { ids: number[]; n: number } {
  const terms = db
    .prepare('SELECT term FROM documents_fts_terms WHERE term >= ? AND term < ? LIMIT ?')
    .pluck()
    .all(gram, prefixEnd(gram), MAX_TERMS) as string[]
  const expr = terms.map(ftsString).join(' OR ')
  const f = andIn('rowid', filter)
  const from = `FROM documents_fts WHERE documents_fts MATCH ?${f.sql}`
  const ids = db.prepare(`SELECT rowid ${from} ORDER BY rowid DESC LIMIT ?`).pluck().all(expr, ...f.params, need) as number[]
  const n = (db.prepare(`SELECT count(*) ${from}`).pluck().get(expr, ...f.params) as number) ?? 0
  return { ids, n }
}

export function shortSearch(db: Database, rawGram: string, filter: IdFilter | null, need: number): ShortResult {
  const gram = rawGram.toLowerCase()
  const titles = titleHits(db, gram, filter)
  const stats = db
    .prepare('SELECT count(*), sum(doc), sum(cnt) FROM documents_fts_terms WHERE term >= ? AND term < ?')
    .raw()
    .get(gram, prefixEnd(gram)) as [number, number | null, number | null]
  const [terms, postings, instances] = [stats[0], stats[1] ?? 0, stats[2] ?? 0]
  if (terms > 0 && (instances > MAX_INSTANCES || postings > MAX_DOC_POSTINGS)) {
    const body = commonGram(db, gram, filter, need)
    const ranked = order(db, [...titles].map(([id, count]) => ({ id, title: true, count })), need)
    const titleIds = new Set(ranked.map((s) => s.id))
    const ids = [...ranked.map((s) => s.id), ...body.ids.filter((id) => !titleIds.has(id))].slice(0, need)
    const candidates = ids.map((id, i) => ({ id, matchedBy: titleIds.has(id) ? 'title' : 'body', score: 1 - i / (ids.length + 1) }) as Candidate)
    return { candidates, total: Math.max(body.n, titles.size) }
  }
  const counts = terms > 0 ? bodyCounts(db, gram, filter) : new Map<number, number>()
  const all = new Map<number, Scored>()
  for (const [id, count] of counts) all.set(id, { id, title: false, count })
  for (const [id, count] of titles) all.set(id, { id, title: true, count: count + (counts.get(id) ?? 0) })
  const ranked = order(db, [...all.values()], need)
  const candidates = ranked.map((s, i): Candidate => ({
    id: s.id,
    matchedBy: s.title ? 'title' : 'body',
    score: 1 - i / (ranked.length + 1),
  }))
  return { candidates, total: all.size }
}
