// A document found by its 文号 whose title lines are not where the 文号 has them: a converter that
// writes a page block by block may put the title after the body, or a wrapped title may lose its
// first line, and the lines above the 文号 are then body text. The 目录 lists the document under
// the same 文号 with its whole title: it is the issue's own word for what the document is called.
import type { ParsedDocument, TocEntry } from '../../../shared/domain'
import { readHeader, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { compact } from './lines'

/** The header read reads as a title: it opens with 关于 (or an issuer and 关于) or ends with a 文种. */
const readsAsTitle = (title: string): boolean => startsTitle(title) || docTypeOf(title) !== null

/** Below this share of character pairs in common, the title read is another text than the 目录's. */
const MIN_LIKENESS = 0.5

/** Dice likeness of two titles' character pairs (0: none shared, 1: the same pairs). */
function likeness(a: string, b: string): number {
  const pairs = (s: string): string[] => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2))
  const left = new Map<string, number>()
  for (const p of pairs(b)) left.set(p, (left.get(p) ?? 0) + 1)
  let shared = 0
  for (const p of pairs(a)) {
    const n = left.get(p) ?? 0
    if (n === 0) continue
    shared++
    left.set(p, n - 1)
  }
  const total = pairs(a).length + pairs(b).length
  return total === 0 ? 1 : (2 * shared) / total
}

/**
 * Documents whose title is body text, another text than the 目录's (two titles run together, the
 * next document's first line), or a part of the 目录 title (a wrapped title lost a line, or
 * the plan a 印发 notice prints was read for the notice), take the title and issuers of the 目录
 * entry with their 文号. Changes the documents in place.
 */
export function titlesFromToc(documents: ParsedDocument[], entries: TocEntry[]): void {
  const byNumber = new Map<string, TocEntry>()
  for (const e of entries) if (e.docNumber && !byNumber.has(e.docNumber)) byNumber.set(e.docNumber, e)
  for (const doc of documents) {
    const entry = doc.docNumber ? byNumber.get(doc.docNumber) : undefined
    // A decree's title is the regulation it promulgates; the 目录 lists the decree by name.
    if (!entry || doc.docType === '令') continue
    const listed = readHeader([entry.title], true)
    const read = compact(doc.title)
    const part = read.length < listed.title.length && listed.title.includes(read)
    if (read === listed.title || (readsAsTitle(read) && !part && likeness(read, listed.title) >= MIN_LIKENESS)) continue
    doc.title = listed.title
    doc.docType = docTypeOf(listed.title)
    if (listed.issuers.length > 0) {
      doc.issuers = listed.issuers
      doc.issuer = listed.issuers.join('、')
    }
  }
}
