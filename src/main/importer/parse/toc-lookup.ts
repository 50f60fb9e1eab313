// A document's 目录 entry, looked up by its 文号, else by its title's ending (the 目录 may lead
// a title with its issuer, or the body lose a title's first words): one index for the whole 目录,
// so that a 20 000-entry 目录 is not scanned for each document.
import type { ParsedDocument, TocEntry } from '../../../shared/domain'
import { toHalfWidth } from '../../../shared/doc-number'

function sameTitle(a: string, b: string): boolean {
  const x = toHalfWidth(a)
  const y = toHalfWidth(b)
  return x === y || (Math.min(x.length, y.length) >= 8 && (x.endsWith(y) || y.endsWith(x)))
}

/** Entries in 目录 order; those already matched are dropped from the front as they are met. */
interface Bucket {
  entries: TocEntry[]
  head: number
}

/** Both titles end alike when sameTitle holds: equal, or one ends the other and both have ≥ 8. */
function endingKey(title: string): string {
  return toHalfWidth(title).slice(-8)
}

function add(map: Map<string, Bucket>, key: string, entry: TocEntry): void {
  const bucket = map.get(key)
  if (bucket) bucket.entries.push(entry)
  else map.set(key, { entries: [entry], head: 0 })
}

/**
 * The 目录 entries still free, looked up by 文号 and by title ending: scanning every entry for
 * every document was quadratic on a 20 000-entry 目录.
 */
export function entryFinder(entries: readonly TocEntry[], used: ReadonlySet<TocEntry>): (doc: ParsedDocument) => TocEntry | null {
  const byNumber = new Map<string, Bucket>()
  const byEnding = new Map<string, Bucket>()
  for (const e of entries) {
    if (e.docNumber) add(byNumber, e.docNumber, e)
    add(byEnding, endingKey(e.title), e)
  }
  const first = (bucket: Bucket | undefined, ok: (e: TocEntry) => boolean): TocEntry | null => {
    if (!bucket) return null
    while (bucket.head < bucket.entries.length && used.has(bucket.entries[bucket.head])) bucket.head++
    for (let i = bucket.head; i < bucket.entries.length; i++) {
      const e = bucket.entries[i]
      if (!used.has(e) && ok(e)) return e
    }
    return null
  }
  return (doc) => {
    const byNo = doc.docNumber ? first(byNumber.get(doc.docNumber), () => true) : null
    if (byNo) return byNo
    const titled = (e: TocEntry): boolean => (!e.docNumber || !doc.docNumber) && sameTitle(e.title, doc.title)
    return first(byEnding.get(endingKey(doc.title)), titled)
  }
}

/**
 * The 文号 the 目录 lists for a document (one the body read without its 文号: found by its title),
 * or null: it lends the year of signing to the closing checks (series-closings.ts).
 */
export function listedNumbers(entries: readonly TocEntry[]): (doc: ParsedDocument) => string | null {
  const find = entryFinder(entries, new Set())
  return (doc) => find(doc)?.docNumber ?? null
}

/**
 * Where the 目录 lists a document (its entry's index, found as listedNumbers finds it), or null:
 * two documents read in the other order than the 目录 gives them were read across (series-closings.ts).
 */
export function listedPlaces(entries: readonly TocEntry[]): (doc: ParsedDocument) => number | null {
  const find = entryFinder(entries, new Set())
  const at = new Map(entries.map((e, i) => [e, i]))
  return (doc) => {
    const e = find(doc)
    return e ? (at.get(e) ?? null) : null
  }
}
