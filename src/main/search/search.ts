// searchDocuments: one query through the 文号, full-text or short, pinyin and fuzzy paths, blended.
import type { Database } from 'better-sqlite3'
import type { SearchHit, SearchQuery, SearchResult } from '../../shared/domain'
import { docNumberSearch } from './doc-number-search'
import { fullTextSearch, ftsSnippets, matchExpression } from './full-text'
import { fuzzySearch, pinyinSearch } from './fuzzy'
import { memoryIndex } from './memory-index'
import { charLength, normalizeQuery, type NormalizedQuery } from './normalize-query'
import { rankHits, type Candidate } from './rank'
import { shortSearch } from './short-query'
import { markNeedle } from './snippet'
import { filterIds, hydrate, type IdFilter } from './sql'
import { shorterWords } from './shorter'
import { typoCorrections } from './typo'

const DEFAULT_LIMIT = 20
const MAX_LIMIT = 200

interface TextResult {
  candidates: Candidate[]
  total: number
  expr: string | null // the FTS expression, for snippet()
  needle: string | null // the short gram, for hand-made snippets
}

function textSearch(db: Database, nq: NormalizedQuery, filter: IdFilter | null, need: number): TextResult {
  // A recognised 文号 is also looked up in bodies, canonically spelled (documents citing it).
  const terms = nq.docNumber?.exact ? [nq.docNumber.exact] : nq.terms
  if (terms.length === 1 && charLength(terms[0]) <= 2) {
    const r = shortSearch(db, terms[0], filter, need)
    return { ...r, expr: null, needle: terms[0] }
  }
  const expr = matchExpression(db, terms)
  if (!expr) return { candidates: [], total: 0, expr: null, needle: null }
  return { ...fullTextSearch(db, expr, terms, filter, need), expr, needle: null }
}

function allowedIds(db: Database, filter: IdFilter | null): Set<number> | null {
  return filter ? new Set(db.prepare(filter.sql).pluck().all(...filter.params) as number[]) : null
}

/** Near-miss paths: pinyin for ASCII-letter queries, Fuse when exact paths found too little. */
function nearMisses(db: Database, nq: NormalizedQuery, filter: IdFilter | null, need: number, found: number): Candidate[] {
  const wantFuzzy = found < need && charLength(nq.text) >= 2
  if (!nq.pinyin && !wantFuzzy) return []
  const idx = memoryIndex(db)
  const allowed = allowedIds(db, filter)
  const out = nq.pinyin ? pinyinSearch(idx, nq.pinyin, need, allowed) : []
  if (wantFuzzy && !nq.pinyin) out.push(...fuzzySearch(idx, nq.text, need, allowed))
  return out
}

function browse(db: Database, filter: IdFilter | null, limit: number, offset: number): { ids: number[]; total: number } {
  const from = filter ? `FROM (${filter.sql}) f JOIN documents d ON d.id = f.id` : 'FROM documents d'
  const params = filter?.params ?? []
  const ids = db
    .prepare(`SELECT d.id ${from} ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, limit, offset) as number[]
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(...params) as number
  return { ids, total }
}

/** Snippets for hits that have none yet: FTS5 snippet() or a marked window of title/body. */
function fillSnippets(db: Database, hits: Candidate[], text: TextResult): Map<number, string> {
  const out = new Map<number, string>()
  const missing = hits.filter((h) => !h.snippet)
  if (text.expr) for (const [id, s] of ftsSnippets(db, text.expr, missing.map((h) => h.id))) out.set(id, s)
  if (text.needle) {
    const rows = db
      .prepare('SELECT id, title, body_text FROM documents WHERE id IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(missing.map((h) => h.id))) as [number, string, string][]
    for (const [id, title, body] of rows) {
      const s = markNeedle(title, text.needle, 60) ?? markNeedle(body, text.needle)
      if (s) out.set(id, s)
    }
  }
  return out
}

/**
 * Nothing found at all: one character may be wrong (the likeliest word's documents are shown),
 * else the parts of the query that do find documents are offered.
 */
function nothingFound(
  db: Database,
  nq: NormalizedQuery,
  filter: IdFilter | null,
  need: number,
): { suggestions: string[]; shorter: string[]; text: TextResult | null } {
  const suggestions = typoCorrections(db, nq.terms[0], filter).map((c) => c.word)
  if (suggestions.length) return { suggestions, shorter: [], text: textSearch(db, normalizeQuery(suggestions[0]), filter, need) }
  const shorter = shorterWords(nq.text, (w) => textSearch(db, normalizeQuery(w), filter, 1).total > 0)
  return { suggestions, shorter, text: null }
}

export function searchDocuments(db: Database, q: SearchQuery): SearchResult {
  const started = performance.now()
  const limit = Math.min(Math.max(1, Math.floor(q.limit ?? DEFAULT_LIMIT)), MAX_LIMIT)
  const offset = Math.max(0, Math.floor(q.offset ?? 0))
  const need = offset + limit
  const nq = normalizeQuery(q.query ?? '')
  const filter = filterIds(q)
  let ranked: Candidate[]
  let total: number
  let text: TextResult = { candidates: [], total: 0, expr: null, needle: null }
  let suggestions: string[] = []
  let shorter: string[] = []
  if (!nq.text) {
    const b = browse(db, filter, limit, offset)
    ranked = b.ids.map((id, i) => ({ id, matchedBy: 'filter', score: 1 - i / (b.ids.length + 1) }))
    total = b.total
  } else {
    const byNumber = nq.docNumber ? docNumberSearch(db, nq.docNumber, filter) : []
    text = textSearch(db, nq, filter, need)
    // An exact 文号 found is the answer; near misses of a number would only add noise.
    const exactFound = nq.docNumber?.exact && byNumber.length > 0
    const near = exactFound ? [] : nearMisses(db, nq, filter, need, byNumber.length + text.total)
    let all = rankHits([...byNumber, ...text.candidates, ...near])
    const seen = new Set(text.candidates.map((c) => c.id))
    total = text.total + all.filter((c) => !seen.has(c.id)).length
    if (total === 0 && nq.terms.length === 1) {
      const help = nothingFound(db, nq, filter, need)
      suggestions = help.suggestions
      shorter = help.shorter
      if (help.text) {
        text = help.text
        all = help.text.candidates.map((c) => ({ ...c, matchedBy: 'fuzzy' }))
        total = help.text.total
      }
    }
    ranked = all.slice(offset, offset + limit)
  }
  const fields = hydrate(db, ranked.map((c) => c.id))
  const snippets = fillSnippets(db, ranked, text)
  const hits: SearchHit[] = []
  for (const c of ranked) {
    const f = fields.get(c.id)
    if (!f) continue
    hits.push({ ...f, score: c.score, snippet: c.snippet ?? snippets.get(c.id) ?? f.title, matchedBy: c.matchedBy })
  }
  const help = { ...(suggestions.length ? { suggestions } : {}), ...(shorter.length ? { shorter } : {}) }
  return { tookMs: performance.now() - started, total, hits, ...help }
}
