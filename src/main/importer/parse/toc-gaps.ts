// 目录 entries no document was matched to, and where their text most likely went. A document the
// split missed leaves its lines in a neighbour's body (the one printed before it), so that body
// holds its title or 文号, or at least sits where the entry stands in the 目录's order. An issue
// may list a document it did not print, most often after all it printed (the sample's 17号).
import type { ParsedDocument, TocEntry } from '../../../shared/domain'
import { strayNumbers } from './doubt-signals'

/** How a missed entry was placed: its title or 文号 read in a body, or its place in the 目录. */
export type GapEvidence = 'title' | 'number' | 'order' | 'after'

export interface TocGap {
  entry: TocEntry
  /** The document whose body most likely holds the entry's text, or null when none can. */
  host: ParsedDocument | null
  by: GapEvidence
}

/** A title this short could stand in any body; longer ones name one document. */
const MIN_TITLE = 8

// Brackets, quotes and the width or length of a dash are typesetting.
const flat = (t: string): string =>
  t.normalize('NFKC').replace(/[\s()（）《》“”"'‘’·]/g, '').replace(/[—–－-]+/g, '-')

/**
 * The words of an entry's title a body prints whatever else the 目录 line carried: without a
 * 文号 in brackets after it, a heading glued on from the other column (【…】), or the issuer
 * before 关于 that the body may set on a line of its own.
 */
export function titleCore(title: string): string {
  const bare = title
    .replace(/【[^】]*】/g, '')
    .replace(/[（(][^（）()]*(?:19|20)\d{2}[^（）()]*[）)]\s*$/, '')
    .replace(/[（(][^（）()]*[〔［[]\s*(?:19|20)\d{2}.*$/, '')
  const t = flat(bare)
  const at = t.indexOf('关于')
  return at > 0 && t.length - at >= MIN_TITLE ? t.slice(at) : t
}

/** Most characters of an issuer printed before 关于 inside a cited title's 《. */
const CITED_PREFIX = 40

/** The title printed in the body as a title, not cited in a sentence ('…《××关于…的通知》…', 《》 kept as ⟪⟫). */
function printed(body: string, core: string): boolean {
  for (let at = body.indexOf(core); at >= 0; at = body.indexOf(core, at + 1)) {
    const open = body.lastIndexOf('⟪', at)
    if (open < 0 || open < body.lastIndexOf('⟫', at) || at - open > CITED_PREFIX) return true
  }
  return false
}

/** An entry that names a document: a 文号 or a page, and a title of some length (not a running head read into the 目录). */
function namesDocument(e: TocEntry): boolean {
  return (e.docNumber !== null || e.page !== null) && titleCore(e.title).length >= MIN_TITLE
}

const flatNumber = (n: string): string =>
  n.normalize('NFKC').replace(/\s+/g, '').replace(/[[(【〔［]/g, '〔').replace(/[\])】〕］]/g, '〕')

/**
 * Each entry not `used` (matched, or taken with its decree) that names a document, with its host: the document whose body holds its
 * title, else its 文号 on a line of its own; else the document of the nearest matched entry before it in the 目录
 * (its text ran on there), or after it when none is before; an entry after every matched one
 * ('after') is placed on the last, where the gazette may simply not have printed it.
 */
export function tocGaps(
  entries: readonly TocEntry[],
  documents: readonly ParsedDocument[],
  entryOf: ReadonlyMap<ParsedDocument, TocEntry>,
  used: ReadonlySet<TocEntry> = new Set(entryOf.values()),
): TocGap[] {
  const missed = entries.filter((e) => !used.has(e) && namesDocument(e))
  if (missed.length === 0) return []
  const docOf = new Map([...entryOf].map(([d, e]) => [e, d]))
  const bodies = documents.map((d) => ({ doc: d, text: flat(d.blocks.map((b) => b.text.replace(/《/g, '⟪').replace(/》/g, '⟫')).join('')) }))
  // A 文号 on a line of its own is a document's; one inside a sentence only cites it.
  const numbers = new Map(documents.map((d) => [d, new Set(strayNumbers(d).map(flatNumber))]))
  return missed.map((entry) => {
    const core = titleCore(entry.title)
    const byTitle = core.length >= MIN_TITLE ? bodies.find((b) => printed(b.text, core))?.doc : undefined
    if (byTitle) return { entry, host: byTitle, by: 'title' }
    const no = entry.docNumber ? flatNumber(entry.docNumber) : null
    const byNumber = no ? documents.find((d) => numbers.get(d)?.has(no)) : undefined
    if (byNumber) return { entry, host: byNumber, by: 'number' }
    const at = entries.indexOf(entry)
    const before = entries.slice(0, at).reverse().find((e) => docOf.has(e))
    const after = entries.slice(at + 1).find((e) => docOf.has(e))
    if (before && after) return { entry, host: docOf.get(before) ?? null, by: 'order' }
    if (after) return { entry, host: docOf.get(after) ?? null, by: 'order' }
    return { entry, host: before ? docOf.get(before) ?? null : null, by: 'after' }
  })
}

/** How a missed entry is named to staff: its 文号 when it has one, else its title (without a heading glued on). */
export function gapLabel(entry: TocEntry): string {
  return entry.docNumber ?? entry.title.replace(/【[^】]*】/g, '')
}
