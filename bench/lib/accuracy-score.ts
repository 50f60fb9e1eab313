// Scores one imported file against its truth (tests/fixtures/typeset/**/NAME.truth.json): documents
// found (matched by 文号, else by title), fields right, source paragraphs that come out whole, and
// documents invented beyond the truth; and whether the importer's confidence is honest: how many
// wrong fields sit in documents it called confident (silent errors), and invented documents too.

import { isDoubtful } from '../../src/main/importer/parse/confidence'

export interface TruthDoc {
  seq: number
  docNumber: string | null
  title: string
  category: string
  issuers: string[]
  date: string
  public: boolean
  paragraphs: string[]
}

export interface OutDoc {
  docNumber: string | null
  title: string
  category: string | null
  issuers: string[]
  date: string | null
  public: boolean
  paragraphs: string[]
  /** The importer's confidence (0–1), when it gave one. */
  confidence?: number | null
  /** The reason codes the importer gave with its confidence (for ACCURACY_DETAIL). */
  reasonCodes?: string[]
}

export interface Score {
  truthDocs: number
  found: number
  fieldsRight: number
  fieldsTotal: number
  paragraphsWhole: number
  paragraphsTotal: number
  invented: number
  /** Fields wrong in found documents, and of those the ones in documents not marked doubtful. */
  fieldsWrong: number
  fieldsWrongSilent: number
  /** Invented documents not marked doubtful. */
  inventedSilent: number
  /** Documents the importer gave, and how many of them it marked doubtful (flagging all is no answer). */
  docsOut: number
  docsDoubtful: number
  /** Found documents marked doubtful whose every field is right (flags that cost staff a look for nothing). */
  docsFlaggedRight: number
  /** Truth documents not found whose neighbour (the document found for the one before it, else
   *  after it), where their text most likely went, is not marked doubtful: a loss nobody sees. */
  lostSilent: number
}

function confident(out: OutDoc): boolean {
  return out.confidence === undefined || out.confidence === null || !isDoubtful(out.confidence)
}

export const FIELDS = ['docNumber', 'title', 'category', 'issuers', 'date', 'public'] as const

/** NFKC, no whitespace: layout spaces and full/half width do not count against a field. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/\s+/g, '')
}

function normNumber(s: string | null): string {
  return norm(s).replace(/[[(【〔]/g, '〔').replace(/[\])】〕]/g, '〕')
}

function titleRight(out: OutDoc, truth: TruthDoc): boolean {
  const t = norm(truth.title)
  const o = norm(out.title)
  if (o === t) return true
  const prefix = norm(truth.issuers.join(''))
  return o === prefix + t
}

function fieldRight(field: (typeof FIELDS)[number], out: OutDoc, truth: TruthDoc): boolean {
  switch (field) {
    case 'docNumber':
      return normNumber(out.docNumber) === normNumber(truth.docNumber)
    case 'title':
      return titleRight(out, truth)
    case 'category':
      return norm(out.category) === norm(truth.category)
    case 'issuers':
      return norm(out.issuers.join('|')) === norm(truth.issuers.join('|'))
    case 'date':
      return out.date === truth.date
    case 'public':
      return out.public === truth.public
  }
}

/** Per field, how many found documents have it wrong, and (detail) what came out against the truth. */
export function wrongFields(outs: OutDoc[], truths: TruthDoc[]): { counts: Record<string, number>; detail: string[] } {
  const used = new Set<number>()
  const counts: Record<string, number> = Object.fromEntries(FIELDS.map((f) => [f, 0]))
  const detail: string[] = []
  for (const truth of truths) {
    const i = outs.findIndex((o, k) => !used.has(k) && matches(o, truth))
    if (i < 0) {
      detail.push(`  seq ${truth.seq} not found: ${truth.title}`)
      continue
    }
    used.add(i)
    const wrongBefore = detail.length
    for (const f of FIELDS) {
      if (fieldRight(f, outs[i], truth)) continue
      counts[f]++
      const show = (d: OutDoc | TruthDoc): string => JSON.stringify(d[f])
      detail.push(`  seq ${truth.seq} ${f}: ${show(outs[i])} ≠ ${show(truth)}${confident(outs[i]) ? ' (silent)' : ''}`)
    }
    const reasons = (outs[i].reasonCodes ?? []).join(' ')
    if (detail.length === wrongBefore) {
      if (!confident(outs[i])) detail.push(`  seq ${truth.seq} flagged, all right: ${reasons}`)
    } else detail.push(`  seq ${truth.seq} reasons: ${reasons || '—'}`)
  }
  return { counts, detail }
}

function matches(out: OutDoc, truth: TruthDoc): boolean {
  if (truth.docNumber && out.docNumber && normNumber(out.docNumber) === normNumber(truth.docNumber)) return true
  return titleRight(out, truth)
}

function wholeParagraphs(out: OutDoc, truth: TruthDoc): number {
  const left = new Map<string, number>()
  for (const p of out.paragraphs) left.set(norm(p), (left.get(norm(p)) ?? 0) + 1)
  let whole = 0
  for (const p of truth.paragraphs) {
    const n = left.get(norm(p)) ?? 0
    if (n > 0) {
      whole++
      left.set(norm(p), n - 1)
    }
  }
  return whole
}

export function score(outs: OutDoc[], truths: TruthDoc[]): Score {
  const used = new Set<number>()
  const s: Score = {
    truthDocs: truths.length, found: 0, fieldsRight: 0, fieldsTotal: truths.length * FIELDS.length,
    paragraphsWhole: 0, paragraphsTotal: 0, invented: 0, fieldsWrong: 0, fieldsWrongSilent: 0, inventedSilent: 0,
    docsOut: outs.length, docsDoubtful: outs.filter((o) => !confident(o)).length, docsFlaggedRight: 0, lostSilent: 0,
  }
  const found: number[] = []
  for (const truth of truths) {
    s.paragraphsTotal += truth.paragraphs.length
    const i = outs.findIndex((o, k) => !used.has(k) && matches(o, truth))
    found.push(i)
    if (i < 0) continue
    used.add(i)
    s.found++
    const right = FIELDS.filter((f) => fieldRight(f, outs[i], truth)).length
    s.fieldsRight += right
    s.fieldsWrong += FIELDS.length - right
    if (confident(outs[i])) s.fieldsWrongSilent += FIELDS.length - right
    else if (right === FIELDS.length) s.docsFlaggedRight++
    s.paragraphsWhole += wholeParagraphs(outs[i], truth)
  }
  found.forEach((i, t) => {
    if (i >= 0) return
    const beside = [...found.slice(0, t)].reverse().find((k) => k >= 0) ?? found.slice(t + 1).find((k) => k >= 0)
    if (beside === undefined || confident(outs[beside])) s.lostSilent++
  })
  s.invented = outs.length - used.size
  s.inventedSilent = outs.filter((o, k) => !used.has(k) && confident(o)).length
  return s
}
