// A document's 目录 entry, found by its 文号 or, for one read without its 文号, by its title: the
// 目录 lends the 文号 (and so the year of signing) to the closing checks (series-closings.ts).
import type { ParsedDocument, TocEntry } from '../../../shared/domain'
import { compact } from './lines'

/** Fewest characters of a title that name its 目录 entry. */
const MIN_TITLE = 8

/**
 * The index of a document's 目录 entry: the one with its 文号, else the one entry whose title its
 * title ends (the entry's title may lead with the issuer); -1 when none.
 */
export function listedEntries(entries: readonly TocEntry[]): (doc: ParsedDocument) => number {
  const byNumber = new Map<string, number>()
  // By their last characters: a 目录 of thousands of entries is not scanned for each document.
  const byEnd = new Map<string, number[]>()
  entries.forEach((e, k) => {
    if (e.docNumber && !byNumber.has(e.docNumber)) byNumber.set(e.docNumber, k)
    const key = compact(e.title).slice(-MIN_TITLE)
    const same = byEnd.get(key)
    if (same) same.push(k)
    else byEnd.set(key, [k])
  })
  return (doc) => {
    if (doc.docNumber) return byNumber.get(doc.docNumber) ?? -1
    const title = compact(doc.title)
    if (title.length < MIN_TITLE) return -1
    const found = (byEnd.get(title.slice(-MIN_TITLE)) ?? []).filter((k) => compact(entries[k].title).endsWith(title))
    return found.length === 1 ? found[0] : -1
  }
}

/** The 文号 the 目录 lists for a document read without one, or null. */
export function listedNumbers(entries: readonly TocEntry[]): (doc: ParsedDocument) => string | null {
  const entryOf = listedEntries(entries)
  return (doc) => {
    const k = entryOf(doc)
    return k >= 0 ? entries[k].docNumber : null
  }
}
