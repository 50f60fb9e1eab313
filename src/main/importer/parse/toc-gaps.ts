// 目录 entries no document was matched to, and where their text most likely went. A document the
// split missed leaves its lines in a neighbour's body (the one printed before it), so that body
// holds its title or 文号, or at least sits where the entry stands in the 目录's order. An issue
// may list a document it did not print, most often after all it printed (the sample's 17号).
import type { ParsedDocument, TocEntry } from '../../../shared/domain'
import { strayNumbers } from './doubt-signals'
import type { SourceLine } from './lines'

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
 * Each entry not `used` (matched, or taken with its decree) that names a document, with its host:
 * the document whose body holds its title, else its 文号 on a line of its own; else where it
 * stands (placeOf). One after every document found ('after') goes to the last, where the gazette
 * may simply not have printed it.
 */
export function tocGaps(
  entries: readonly TocEntry[],
  documents: readonly ParsedDocument[],
  entryOf: ReadonlyMap<ParsedDocument, TocEntry>,
  used: ReadonlySet<TocEntry> = new Set(entryOf.values()),
  leftover = '',
): TocGap[] {
  const missed = entries.filter((e) => !used.has(e) && namesDocument(e))
  if (missed.length === 0) return []
  const rest = flat(leftover)
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
    const place = placeOf(entry, entries, documents, entryOf)
    // After every document found, the last one closing twice (a signature and another date after
    // its own): the missed document's closing, so its text is there, not left unprinted. Its title
    // or 文号 in the text no document took (cut as the back matter, left before the first): the
    // importer lost it.
    const unowned = (core.length >= MIN_TITLE && rest.includes(core)) || (no !== null && flatNumber(rest).includes(no))
    if (place.by === 'after' && place.host && (closings(place.host) > 1 || unowned)) return { entry, host: place.host, by: 'order' }
    return { entry, ...place }
  })
}

/** Closings in a body: a signature then a date, each date another than those before. */
function closings(doc: ParsedDocument): number {
  const dates = new Set<string>()
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'date' && doc.blocks[i - 1]?.kind === 'signature') dates.add(b.text.replace(/\s+/g, ''))
  })
  return dates.size
}

/**
 * Where a missed entry's text would run on: in the document printed before the one of the next
 * matched entry in the 目录 (its text stands before that one's start), unless the 目录 gives that
 * document a later page; else in the last document printed on the last 目录 page at or before
 * the entry's (the 目录's order and the body's may differ); before every document, the first.
 */
function placeOf(entry: TocEntry, entries: readonly TocEntry[], documents: readonly ParsedDocument[], entryOf: ReadonlyMap<ParsedDocument, TocEntry>): { host: ParsedDocument | null; by: GapEvidence } {
  const docOf = new Map([...entryOf].map(([d, e]) => [e, d]))
  const at = entries.indexOf(entry)
  const before = entries.slice(0, at).reverse().find((e) => docOf.has(e))
  const after = entries.slice(at + 1).find((e) => docOf.has(e))
  const next = after ? docOf.get(after) : undefined
  const previousInBody = next ? documents[documents.indexOf(next) - 1] : undefined
  // The document printed before the next one found, unless the 目录 puts it on a later page.
  if (previousInBody && (previousInBody.tocPage === null || entry.page === null || previousInBody.tocPage <= entry.page)) return { host: previousInBody, by: 'order' }
  const pages = documents.flatMap((d) => (d.tocPage !== null ? [d.tocPage] : []))
  if (entry.page !== null && pages.length > 0) {
    const last = Math.max(...pages)
    const page = Math.max(-1, ...pages.filter((p) => p <= entry.page!))
    const candidates = documents.filter((d) => d.tocPage === (page < 0 ? Math.min(...pages) : page))
    return { host: page < 0 ? candidates[0] : candidates[candidates.length - 1], by: entry.page > last ? 'after' : 'order' }
  }
  if (!after) return { host: before ? docOf.get(before) ?? null : null, by: 'after' }
  return { host: previousInBody ?? next ?? null, by: 'order' }
}

/**
 * The text after the front matter that no document took (lines outside every span and outside
 * the 目录): where a document cut off with the back matter, or left before the first
 * start, still stands.
 */
export function leftoverText(raw: readonly SourceLine[], lines: readonly SourceLine[], spans: readonly { lead: number; end: number }[], from: number, toc: { start: number; end: number }): string {
  const taken = new Set<number>()
  for (const s of spans) for (let i = s.lead; i < s.end; i++) taken.add(lines[i].no)
  const inToc = (i: number): boolean => toc.start >= 0 && i >= toc.start && i <= Math.max(toc.start, toc.end)
  return raw.filter((l, i) => i >= from && !inToc(i) && !taken.has(l.no)).map((l) => l.text).join('\n')
}

/** How a missed entry is named to staff: its 文号 when it has one, else its title (without a heading glued on). */
export function gapLabel(entry: TocEntry): string {
  return entry.docNumber ?? entry.title.replace(/【[^】]*】/g, '')
}
