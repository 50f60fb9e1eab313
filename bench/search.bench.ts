// Search on 100,000 generated documents: import rate, latency per query kind, bare FTS5, RSS.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { openDb } from '../src/main/db/open'
import { BM25, matchExpression } from '../src/main/search/full-text'
import { refreshSearchIndex } from '../src/main/search/keys'
import { warmSearchIndex } from '../src/main/search/memory-index'
import { searchDocuments } from '../src/main/search/search'
import { generateArchive, COUNTIES, type BuildStats } from './lib/archive'
import { generateParsedArchive } from './lib/parsed-archive'
import * as Q from './lib/queries'

const DOCS = Number(process.env.BENCH_DOCS ?? 100_000)
const DATA = join(import.meta.dirname, '.data')
const FILE = join(DATA, `search-${DOCS}.db`)
const STATS = `${FILE}.json`

async function openArchive(): Promise<{ db: Database; stats: BuildStats & { via: string }; cached: boolean }> {
  if (existsSync(FILE) && existsSync(STATS)) {
    return { db: openDb(FILE), stats: JSON.parse(readFileSync(STATS, 'utf8')), cached: true }
  }
  mkdirSync(DATA, { recursive: true })
  for (const f of [FILE, `${FILE}-wal`, `${FILE}-shm`]) rmSync(f, { force: true })
  const db = openDb(FILE)
  const parsed = await generateParsedArchive(db, DOCS)
  const stats = parsed
    ? { ...parsed, via: 'parseIssue + saveIssue' }
    : {
        ...generateArchive(db, DOCS, (d, ids) => refreshSearchIndex(d, ids)),
        via: 'truth JSON + direct inserts (bench/lib)',
      }
  db.pragma('wal_checkpoint(TRUNCATE)')
  writeFileSync(STATS, JSON.stringify(stats))
  return { db, stats, cached: false }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

interface Figures {
  p50: number
  p95: number
  max: number
  hitRate: number
}

function measure(queries: string[], run: (q: string) => { ms: number; hits: number }): Figures {
  const times: number[] = []
  let withHits = 0
  for (const q of queries) {
    const r = run(q)
    times.push(r.ms)
    if (r.hits > 0) withHits++
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], hitRate: withHits / queries.length }
}

const fmt = (f: Figures): string =>
  `p50 ${f.p50.toFixed(1)} ms  p95 ${f.p95.toFixed(1)} ms  max ${f.max.toFixed(1)} ms  (${Math.round(f.hitRate * 100)}% with hits)`

function viaSearch(db: Database) {
  return (q: string) => {
    const r = searchDocuments(db, { query: q, limit: 20 })
    return { ms: r.tookMs, hits: r.hits.length }
  }
}

function bareFts(db: Database) {
  const stmt = db.prepare(`SELECT rowid, ${BM25} FROM documents_fts WHERE documents_fts MATCH ? ORDER BY ${BM25} LIMIT 20`)
  return (q: string) => {
    const expr = matchExpression(db, [q]) as string
    const t0 = performance.now()
    const rows = stmt.all(expr)
    return { ms: performance.now() - t0, hits: rows.length }
  }
}

export async function run(): Promise<void> {
  const { db, stats, cached } = await openArchive()
  const count = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  console.log(`archive: ${count} documents (${stats.via}) in ${FILE}`)
  console.log(`import rate: ${Math.round(stats.docsPerSecond)} docs/s (${stats.seconds.toFixed(0)} s${cached ? ', cached build' : ''})`)
  const rss0 = process.memoryUsage().rss
  const buildMs = warmSearchIndex(db)
  console.log(`in-memory index (Fuse + pinyin + chars) built in ${buildMs.toFixed(0)} ms, +${((process.memoryUsage().rss - rss0) / 2 ** 20).toFixed(0)} MB RSS`)

  const fullText = Q.fullTextQueries()
  const sets: [string, string[]][] = [
    ['full-text (3+ chars)', fullText],
    ['short (1-2 chars)', Q.SHORT_QUERIES],
    ['fuzzy (one wrong char)', Q.fuzzyQueries()],
    ['3–4 char word, 1 wrong', Q.typoWordQueries()],
    ['pinyin', Q.pinyinQueries()],
    ['文号 (any spelling)', Q.docNumberQueries(COUNTIES.map(([, p]) => p), [2000, 2005, 2010, 2015, 2020, 2022])],
  ]
  const search = viaSearch(db)
  for (const [, qs] of sets) for (const q of qs) search(q) // one warm-up pass: SQLite and OS page cache
  const results: Record<string, Figures> = {}
  for (const [name, qs] of sets) {
    results[name] = measure(qs, search)
    console.log(`${name.padEnd(24)} n=${qs.length}  ${fmt(results[name])}`)
  }
  const bare = measure(fullText, bareFts(db))
  console.log(`${'bare FTS5 MATCH (same)'.padEnd(24)} n=${fullText.length}  ${fmt(bare)}`)
  const ft = results['full-text (3+ chars)']
  console.log(`full-text / bare FTS5: p50 ×${(ft.p50 / bare.p50).toFixed(2)}  p95 ×${(ft.p95 / bare.p95).toFixed(2)}`)
  console.log(`RSS with the archive open after all queries: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`)
  db.close()
}
