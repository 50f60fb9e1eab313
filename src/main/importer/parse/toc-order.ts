// The 目录 lists an issue's documents in the order the body prints them: a document whose entry
// stands elsewhere in the 目录 than its place in the body says that one of the two was misread (a
// 目录 line read out of place takes the 栏目 heading it lands under, an entry matched to the wrong
// document), so its 栏目, title and 文号 taken from the entry are in doubt.
import type { ParsedDocument, TocEntry } from '../../../shared/domain'

// Longer than any issue's 目录: the check is quadratic (see toc-anchors MAX_TOC_ENTRIES).
const MAX_MATCHED = 400

/**
 * Documents whose 目录 entry breaks the order the others keep: in body order, the entries' places
 * in the 目录 should rise. Flagged: those off some longest rising run and in conflict with another
 * document listed on another 目录 page (like issue-doubts outOfOrder for dates): when two runs are
 * as long, both candidates. Two documents begun on one page may be read in either order (columns
 * read across): their fields stay right, and their entries say nothing against each other.
 */
export function tocOrderOdd(documents: readonly ParsedDocument[], entryOf: ReadonlyMap<ParsedDocument, TocEntry>, entries: readonly TocEntry[]): Set<ParsedDocument> {
  const place = new Map(entries.map((e, k) => [e, k]))
  const docs = documents.filter((d) => entryOf.has(d))
  const out = new Set<ParsedDocument>()
  if (docs.length < 3 || docs.length > MAX_MATCHED) return out
  const at = docs.map((d) => place.get(entryOf.get(d) as TocEntry) ?? 0)
  const n = at.length
  const ends = at.map(() => 1)
  const starts = at.map(() => 1)
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (at[j] < at[i]) ends[i] = Math.max(ends[i], ends[j] + 1)
  for (let i = n - 1; i >= 0; i--) for (let j = i + 1; j < n; j++) if (at[i] < at[j]) starts[i] = Math.max(starts[i], starts[j] + 1)
  const longest = Math.max(...ends)
  const onRun = at.map((_, i) => ends[i] + starts[i] - 1 === longest)
  const atLevel = new Map<number, number>()
  at.forEach((_, i) => onRun[i] && atLevel.set(ends[i], (atLevel.get(ends[i]) ?? 0) + 1))
  at.forEach((a, i) => {
    if (onRun[i] && atLevel.get(ends[i]) === 1) return
    const page = entryOf.get(docs[i])?.page ?? null
    const apart = (j: number): boolean => {
      const other = entryOf.get(docs[j])?.page ?? null
      return page === null || other === null || other !== page
    }
    if (at.some((b, j) => ((j < i && b > a) || (j > i && b < a)) && apart(j))) out.add(docs[i])
  })
  return out
}

/**
 * The documents in the order the body prints them, as far as the 目录 tells it: a run of documents
 * listed as begun on one page (each matched to an entry giving that page) is put in their entries'
 * order, since a page's columns read across may give them in either order (see tocOrderOdd). Those
 * with no entry or no page stay where they were read.
 */
export function pageOrder(documents: readonly ParsedDocument[], entryOf: ReadonlyMap<ParsedDocument, TocEntry>, entries: readonly TocEntry[]): ParsedDocument[] {
  const place = new Map(entries.map((e, k) => [e, k]))
  const pageOf = (d: ParsedDocument): number | null => entryOf.get(d)?.page ?? null
  const out: ParsedDocument[] = []
  for (let i = 0; i < documents.length; ) {
    const page = pageOf(documents[i])
    let j = i + 1
    while (page !== null && j < documents.length && pageOf(documents[j]) === page) j++
    const run = documents.slice(i, j)
    out.push(...run.sort((a, b) => (place.get(entryOf.get(a) as TocEntry) ?? 0) - (place.get(entryOf.get(b) as TocEntry) ?? 0)))
    i = j
  }
  return out
}
