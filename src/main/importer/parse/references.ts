// Finds where a text repeals (废止), amends (修订/修改) or extends (延长有效期) a cited 文号. Pure.
import type { RelationKind } from '../../../shared/domain'
import { findDocNumbers, type DocNumberMatch } from '../../../shared/doc-number'

export interface DetectedRelation {
  kind: RelationKind
  docNumber: string
}

// Checked in this order: a clause that repeals one text and extends another is rare, and 废止
// is the strongest statement about validity.
const KINDS: [RelationKind, RegExp][] = [
  ['repeals', /废止|停止执行|不再执行/],
  ['extends', /有效期[^，。；]{0,8}(延长|延续|顺延)|(延长|延续)[^，。；]{0,12}有效期|有效期至/],
  ['amends', /修订|修改/],
]

// "根据…（…号）" cites a basis; a validity word later in that clause is about the new text.
const BASIS = /^(根据|依据|按照|依照|参照|贯彻|落实|为贯彻|为落实)/

/** Every 文号 cited in `texts` (canonical, first occurrence order), except `own`. */
export function findCitedNumbers(texts: string[], own: string | null): string[] {
  // A Set keeps first-occurrence order and stays linear on a line of 40 000 citations.
  const out = new Set<string>()
  for (const t of texts) for (const m of findDocNumbers(t)) out.add(m.docNumber)
  if (own !== null) out.delete(own)
  return [...out]
}

/** Titles in 《》 may themselves say 废止/修订 ("关于废止…的决定"); they are names, not statements. */
function blankTitles(text: string): string {
  return text.replace(/《[^《》]*》/g, (m) => '《' + '　'.repeat(Math.max(0, m.length - 2)) + '》')
}

function kindOf(clause: string): RelationKind | null {
  for (const [kind, re] of KINDS) if (re.test(clause)) return kind
  return null
}

function clauseAround(text: string, index: number, stops: RegExp): { start: number; end: number } {
  let start = index
  while (start > 0 && !stops.test(text[start - 1])) start--
  let end = index
  while (end < text.length && !stops.test(text[end])) end++
  return { start, end }
}

/** The relation a 文号 at `m` takes part in: its comma clause first, else its sentence when it is the only 文号. */
function relationAt(text: string, plain: string, m: DocNumberMatch, all: DocNumberMatch[]): RelationKind | null {
  const comma = clauseAround(plain, m.index, /[，,。；;！？\n]/)
  const before = plain.slice(comma.start, m.index)
  const after = plain.slice(m.index + m.raw.length, comma.end)
  if (!BASIS.test(before.trim())) {
    const k = kindOf(after) ?? kindOf(before)
    if (k) return k
  }
  const sentence = clauseAround(plain, m.index, /[。；;！？\n]/)
  const inSentence = all.filter((o) => o.index >= sentence.start && o.index < sentence.end)
  if (inSentence.length !== 1 || BASIS.test(plain.slice(sentence.start, m.index).trim())) return null
  return kindOf(plain.slice(m.index + m.raw.length, sentence.end))
}

/** Relations stated in a document's paragraphs to the 文号 it cites (never to itself). */
export function detectRelations(texts: string[], own: string | null): DetectedRelation[] {
  const out: DetectedRelation[] = []
  for (const text of texts) {
    const plain = blankTitles(text)
    const matches = findDocNumbers(text)
    for (const m of matches) {
      const docNumber = m.docNumber
      if (docNumber === own) continue
      const kind = relationAt(text, plain, m, matches)
      if (kind && !out.some((r) => r.kind === kind && r.docNumber === docNumber)) out.push({ kind, docNumber })
    }
  }
  return out
}
