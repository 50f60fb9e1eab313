// The one place that blends the search paths into a single ordered list of hits.
import type { SearchHit } from '../../shared/domain'

export type MatchedBy = SearchHit['matchedBy']

/** A document found by one path; `score` orders it within that path (higher first, 0 < score ≤ 1). */
export interface Candidate {
  id: number
  matchedBy: MatchedBy
  score: number
  snippet?: string
}

/**
 * Tier order (lower first): an exact 文号, then title hits, then body hits, then fuzzy and pinyin
 * near misses (interleaved by their own score), then filter-only browsing. A document found by
 * several paths keeps its best tier.
 */
export const TIER: Record<MatchedBy, number> = { docNumber: 0, title: 1, body: 2, fuzzy: 3, pinyin: 3, filter: 4 }
const TIERS = 5

/** Path-local position → score in (0, 1]: the first of a path gets 1, later ones less. */
export function positionScore(index: number): number {
  return 1 / (1 + index)
}

/** Dedupes by id (best tier wins, then higher score) and orders; final score = tier band + score. */
export function rankHits(candidates: readonly Candidate[]): (Candidate & { score: number })[] {
  const best = new Map<number, Candidate>()
  for (const c of candidates) {
    const prev = best.get(c.id)
    if (!prev || TIER[c.matchedBy] < TIER[prev.matchedBy] || (TIER[c.matchedBy] === TIER[prev.matchedBy] && c.score > prev.score)) {
      best.set(c.id, c)
    }
  }
  const band = (c: Candidate): number => TIERS - TIER[c.matchedBy] + Math.min(Math.max(c.score, 0), 0.999)
  return [...best.values()].map((c) => ({ ...c, score: band(c) })).sort((a, b) => b.score - a.score)
}
