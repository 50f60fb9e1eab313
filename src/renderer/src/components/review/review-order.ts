// The review screen's order: doubtful documents not yet approved first (least confident first),
// then the rest in issue order. Pure, so tests run in Node.
import type { StagedDocument } from '../../../../shared/domain'

export const DOUBTFUL_BELOW = 0.7

export function isStillDoubtful(d: StagedDocument): boolean {
  return d.confidence !== undefined && d.confidence < DOUBTFUL_BELOW && !d.review
}

export function reviewOrder(docs: StagedDocument[]): StagedDocument[] {
  const doubtful = docs.filter(isStillDoubtful).sort((a, b) => (a.confidence ?? 1) - (b.confidence ?? 1) || a.seq - b.seq)
  return [...doubtful, ...docs.filter((d) => !isStillDoubtful(d))]
}

/** 0.65 → '65%'; no judgement (a document split off by staff) → '—'. */
export function percent(confidence: number | undefined): string {
  return confidence === undefined ? '—' : `${Math.round(confidence * 100)}%`
}

export function confidenceColor(d: StagedDocument): string {
  if (d.review) return 'teal'
  if (d.confidence === undefined) return 'gray'
  if (d.confidence < DOUBTFUL_BELOW) return 'red'
  return d.confidence < 1 ? 'yellow' : 'green'
}
