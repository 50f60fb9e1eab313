// Near misses through Fuse (typos: 农民工公资 → 农民工工资) and pinyin (nmggz, qingjiequnuan).
import Fuse, { type FuseResult } from 'fuse.js'
import { markRanges, markSpan } from './snippet'
import { FUSE_OPTIONS, type Entry, type MemoryIndex } from './memory-index'
import { pinyinSpan } from './pinyin-keys'
import type { Candidate } from './rank'

// Fuse scans every record it is given (0.5–1 s for 100,000 documents here), so beyond this size
// it only sees the documents sharing the most characters with the query.
const DIRECT_LIMIT = 3_000
const PREFILTER_KEEP = 800
const MIN_SHARED = 0.5
const MAX_FUSE_SCORE = 0.5
// Fuse weighs the title key 3 of 5.5, so one wrong character in a 3-character word (raw 0.33)
// scores 0.33^(3/5.5) ≈ 0.55 overall; for such short queries Fuse's own threshold (no second
// error in 3) is the cut. Longer queries keep 0.5: one wrong character in 4+ scores under it.
const MAX_FUSE_SCORE_SHORT = 0.6
const SHORT = 3

/** Ids whose short fields contain at least half the query's distinct characters, best first. */
export function prefilter(idx: MemoryIndex, text: string, allowed: Set<number> | null): number[] {
  const chars = [...new Set(text.replace(/\s+/g, ''))].slice(0, 200)
  const need = Math.max(1, Math.ceil(chars.length * MIN_SHARED))
  // Typed arrays indexed by id: ~2 ms for 100,000 documents where Map counting took ~20 ms.
  const counts = new Uint8Array(idx.maxId + 1)
  const seen = new Uint8Array(idx.maxId + 1) // last character (1-based) that counted an id
  chars.forEach((c, k) => {
    for (const id of idx.chars.get(c) ?? []) {
      if (seen[id] === k + 1) continue // an id listed twice (re-added after a change)
      seen[id] = k + 1
      counts[id]++
    }
  })
  const buckets: number[][] = []
  for (let id = counts.length - 1; id >= 0; id--) {
    const n = counts[id]
    if (n < need || !idx.entries.has(id) || (allowed && !allowed.has(id))) continue
    ;(buckets[n] ??= []).push(id) // ids descending: among equals, newer documents first
  }
  const out: number[] = []
  for (let n = buckets.length - 1; n >= need && out.length < PREFILTER_KEEP; n--) {
    if (buckets[n]) out.push(...buckets[n].slice(0, PREFILTER_KEEP - out.length))
  }
  return out
}

/** Fuse over some records of the shared index: records are reused, nothing is re-normalised. */
function searchSubset(idx: MemoryIndex, ids: readonly number[], text: string, limit: number): FuseResult<Entry>[] {
  const docs: Entry[] = []
  const records = []
  for (const id of ids) {
    const r = idx.records.get(id)
    const e = idx.entries.get(id)
    if (!r || !e) continue
    records.push({ ...r, i: docs.length })
    docs.push(e)
  }
  type Serialized = Parameters<typeof Fuse.parseIndex<Entry>>[0]
  const keys = idx.fuse.getIndex().keys as unknown as Serialized['keys']
  const index = Fuse.parseIndex<Entry>({ keys, records })
  return new Fuse(docs, FUSE_OPTIONS, index).search(text, { limit })
}

function fuzzySnippet(r: FuseResult<Entry>): string {
  const m = r.matches?.find((x) => x.key === 'title')
  const ranges = (m?.indices ?? []).filter(([s, e]) => e > s)
  return ranges.length ? markRanges(r.item.title, ranges) : r.item.title
}

export function fuzzySearch(idx: MemoryIndex, text: string, need: number, allowed: Set<number> | null): Candidate[] {
  const direct = idx.entries.size <= DIRECT_LIMIT
  const results = direct
    ? idx.fuse.search(text, { limit: allowed ? idx.entries.size : need })
    : searchSubset(idx, prefilter(idx, text, allowed), text, need)
  const cut = [...text].length <= SHORT ? MAX_FUSE_SCORE_SHORT : MAX_FUSE_SCORE
  return results
    .filter((r) => (r.score ?? 1) <= cut && (!allowed || allowed.has(r.item.id)))
    .slice(0, need)
    .map((r) => ({ id: r.item.id, matchedBy: 'fuzzy', score: 1 - (r.score ?? 1), snippet: fuzzySnippet(r) }))
}

/** How well a pinyin query fits an entry: 0 = not at all; initials beat full syllables. */
function pinyinFit(e: Entry, q: string): number {
  if (e.titleInitials.startsWith(q)) return 0.9
  if (e.titleInitials.includes(q)) return 0.8
  if (e.titlePinyin.includes(q)) return 0.8
  if (e.issuerInitials.includes(q) || e.issuerPinyin.includes(q)) return 0.4
  return 0
}

export function pinyinSearch(idx: MemoryIndex, q: string, need: number, allowed: Set<number> | null): Candidate[] {
  if (q.length < 2) return []
  const found: { e: Entry; fit: number }[] = []
  for (const e of idx.entries.values()) {
    if (allowed && !allowed.has(e.id)) continue
    const fit = pinyinFit(e, q)
    if (fit > 0) found.push({ e, fit })
  }
  found.sort((a, b) => b.fit - a.fit || b.e.date.localeCompare(a.e.date) || b.e.id - a.e.id)
  return found.slice(0, need).map(({ e, fit }) => {
    const span = pinyinSpan(e.title, q)
    const snippet = span ? markSpan(e.title, span[0], span[1], 60) : e.title
    return { id: e.id, matchedBy: 'pinyin' as const, score: fit, snippet }
  })
}
