// compareIssues: pairs the documents of an old and a new reading of one issue (by 文号, then
// title, then place between paired documents) and says what changed, with the warnings staff
// must see before accepting it. Pure: serves re-reading (重新识别) and replacing (安全替换).
import type {
  ComparedDocument,
  ComparisonWarnings,
  ConfidenceStats,
  DocumentBrief,
  DocumentPair,
  IssueComparison,
  MatchedBy,
} from '../../shared/issue-comparison'
import { docNumberKey, fieldChanges, normalText } from './compare-fields'
import { isDoubtful } from './parse/confidence'

export { toCompared } from './compare-fields'

type Pairing = Map<number, { to: number; by: MatchedBy }> // old index → new index

function brief(d: ComparedDocument): DocumentBrief {
  const doubtful = d.confidence !== null && isDoubtful(d.confidence)
  return { id: d.id, seq: d.seq, docNumber: d.docNumber, title: d.title, confidence: d.confidence, doubtful, reasons: d.reasons }
}

/** Pairs still-unpaired documents whose keys are equal (first with first), keys null never pair. */
function pairBy(
  olds: ComparedDocument[],
  news: ComparedDocument[],
  pairing: Pairing,
  key: (d: ComparedDocument) => string | null,
  by: MatchedBy,
): void {
  const taken = new Set([...pairing.values()].map((p) => p.to))
  const waiting = new Map<string, number[]>()
  news.forEach((d, j) => {
    const k = key(d)
    if (k === null || taken.has(j)) return
    waiting.set(k, [...(waiting.get(k) ?? []), j])
  })
  olds.forEach((d, i) => {
    const k = key(d)
    if (k === null || pairing.has(i)) return
    const j = waiting.get(k)?.shift()
    if (j !== undefined) pairing.set(i, { to: j, by })
  })
}

/**
 * Documents left unpaired between the same two paired neighbours are paired in order when both
 * sides have as many (a title and 文号 both read differently). Only when the pairs so far keep
 * their order on both sides; otherwise "between" means nothing.
 */
function pairByPosition(oldCount: number, newCount: number, pairing: Pairing): void {
  const anchors = [...pairing.entries()].sort((a, b) => a[0] - b[0])
  if (anchors.some((a, k) => k > 0 && a[1].to < anchors[k - 1][1].to)) return
  const bounds = [[-1, -1], ...anchors.map(([i, p]) => [i, p.to]), [oldCount, newCount]]
  for (let k = 1; k < bounds.length; k++) {
    const [oi, nj] = bounds[k - 1]
    const [oi2, nj2] = bounds[k]
    const olds = range(oi + 1, oi2).filter((i) => !pairing.has(i))
    if (olds.length !== nj2 - nj - 1) continue
    olds.forEach((i, n) => pairing.set(i, { to: nj + 1 + n, by: 'position' }))
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k)
}

export function confidenceStats(docs: ComparedDocument[]): ConfidenceStats {
  const values = docs.map((d) => d.confidence).filter((c): c is number => c !== null)
  if (!values.length) return { mean: null, min: null, doubtful: 0 }
  const mean = Math.round((values.reduce((s, c) => s + c, 0) / values.length) * 1000) / 1000
  return { mean, min: Math.min(...values), doubtful: values.filter(isDoubtful).length }
}

const lower = (a: number | null, b: number | null): boolean => a !== null && b !== null && b < a

function warningsOf(counts: { old: number; new: number }, o: ConfidenceStats, n: ConfidenceStats): ComparisonWarnings {
  return {
    fewerDocuments: counts.new < counts.old,
    lowerMeanConfidence: lower(o.mean, n.mean),
    lowerMinConfidence: lower(o.min, n.min),
    moreDoubtful: n.doubtful > o.doubtful,
  }
}

const pct = (c: number | null): string => (c === null ? '—' : `${Math.round(c * 100)}%`)
/** Both values as percentages, with a decimal where whole percents would read the same (99% → 99%). */
const pcts = (a: number | null, b: number | null): string => {
  if (a === null || b === null || pct(a) !== pct(b)) return `${pct(a)} → ${pct(b)}`
  const one = (c: number): string => `${(Math.round(c * 1000) / 10).toFixed(1)}%`
  return `${one(a)} → ${one(b)}`
}

function warningMessages(w: ComparisonWarnings, c: IssueComparison['counts'], o: ConfidenceStats, n: ConfidenceStats): string[] {
  const out: string[] = []
  if (w.fewerDocuments) out.push(`新版本少了 ${c.old - c.new} 份文件（${c.old} → ${c.new}）`)
  if (w.lowerMeanConfidence) out.push(`平均可信度下降（${pcts(o.mean, n.mean)}）`)
  if (w.lowerMinConfidence) out.push(`最低可信度下降（${pcts(o.min, n.min)}）`)
  if (w.moreDoubtful) out.push(`存疑文件增多（${o.doubtful} → ${n.doubtful} 份）`)
  return out
}

/** Compares an old reading of an issue with a new one. Neither list is changed. */
export function compareIssues(olds: ComparedDocument[], news: ComparedDocument[]): IssueComparison {
  const pairing: Pairing = new Map()
  pairBy(olds, news, pairing, (d) => docNumberKey(d.docNumber), 'docNumber')
  pairBy(olds, news, pairing, (d) => normalText(d.title) || null, 'title')
  pairByPosition(olds.length, news.length, pairing)
  const newTaken = new Set([...pairing.values()].map((p) => p.to))
  const pairs: DocumentPair[] = [...pairing.entries()]
    .sort((a, b) => a[1].to - b[1].to)
    .map(([i, p]) => ({ matchedBy: p.by, old: brief(olds[i]), new: brief(news[p.to]), changes: fieldChanges(olds[i], news[p.to]) }))
  const onlyOld = olds.filter((_, i) => !pairing.has(i)).map(brief)
  const onlyNew = news.filter((_, j) => !newTaken.has(j)).map(brief)
  const counts = { old: olds.length, new: news.length }
  const confidence = { old: confidenceStats(olds), new: confidenceStats(news) }
  const warnings = warningsOf(counts, confidence.old, confidence.new)
  const messages = warningMessages(warnings, counts, confidence.old, confidence.new)
  const changed = pairs.filter((p) => p.changes.length > 0).length
  const confidenceSame = pairs.every((p) => p.old.confidence === p.new.confidence)
  return {
    counts,
    pairs,
    changed,
    onlyOld,
    onlyNew,
    confidence,
    warnings,
    warn: messages.length > 0,
    warningMessages: messages,
    same: changed === 0 && !onlyOld.length && !onlyNew.length && confidenceSame,
  }
}
