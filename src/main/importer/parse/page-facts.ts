// What the page says of each document (PDF): the printed page numbers it runs over and how its
// title is set. Doubts drawn from these compare a document with its 目录 entry and with the other
// titles of the same issue, so they hold for any layout: no word lists.
import type { ParsedDocument } from '../../../shared/domain'
import type { SourceLine } from './lines'

export interface PageFacts {
  /** Printed page numbers of its first and last lines, when the pages show numbers. */
  firstPage: number | null
  lastPage: number | null
  /** Its title lines' font size as a share of the body size, and their face. */
  titleSize: number | null
  titleFont: string | null
}

/** A printed page number ('3', not 'iii' or 'A3'). */
function pageNo(line: SourceLine | undefined): number | null {
  const label = line?.layout?.pageLabel
  return label && /^\d{1,4}$/.test(label) ? Number(label) : null
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** One document's facts from its lines [lead, end) and its title lines. */
export function pageFactsOf(lines: readonly SourceLine[], lead: number, end: number, header: readonly number[]): PageFacts {
  let firstPage: number | null = null
  let lastPage: number | null = null
  for (let i = lead; i < end; i++) {
    const n = pageNo(lines[i])
    if (n === null) continue
    if (firstPage === null) firstPage = n
    lastPage = n
  }
  const title = header.flatMap((i) => {
    const l = lines[i]?.layout
    return l && !l.measured ? [l] : []
  })
  const titleSize = title.length ? median(title.map((l) => l.relSize)) : null
  const titleFont = title.length ? `${title[0].fontName ?? title[0].font}${title[0].bold ? '+b' : ''}` : null
  return { firstPage, lastPage, titleSize, titleFont }
}

/** A title set no larger than the body while the titles stand out: a body line taken for a title. */
const PLAIN = 1.05
const TITLED = 1.15

/**
 * Titles set unlike the others: as small as the body while the other titles stand out, or
 * in a face no other title has while at least three others share one face. Decrees are set apart.
 */
export function oddTitles(documents: readonly ParsedDocument[], facts: Map<ParsedDocument, PageFacts>): Set<ParsedDocument> {
  const out = new Set<ParsedDocument>()
  const titled = documents.filter((d) => d.docType !== '令' && facts.get(d)?.titleSize != null)
  if (titled.length < 4) return out
  const sizes = titled.map((d) => facts.get(d)?.titleSize ?? 0)
  const fonts = new Map<string, number>()
  for (const d of titled) {
    const f = facts.get(d)?.titleFont ?? ''
    fonts.set(f, (fonts.get(f) ?? 0) + 1)
  }
  const usual = median(sizes) >= TITLED
  const others = titled.length - 1
  const mainFace = Math.max(...fonts.values())
  for (const d of titled) {
    const f = facts.get(d)
    if (!f) continue
    const sameFace = (fonts.get(f.titleFont ?? '') ?? 0) - 1
    if ((usual && (f.titleSize ?? 0) <= PLAIN) || (sameFace === 0 && mainFace >= 3 && mainFace >= others - 1)) out.add(d)
  }
  return out
}

/**
 * Its pages do not fit the 目录: it ends before the page the next document starts on less one (text
 * lost or moved), or runs past that page (the next document's text read into it). Only where the
 * next document starts on the page its 目录 entry gives, so the 目录 is right there (one set before
 * the last layout pass is off for every document after: NOT_ON_TOC_PAGE says so).
 */
export function pagesVsToc(doc: ParsedDocument, f: PageFacts | undefined, next: ParsedDocument | undefined, nextF: PageFacts | undefined): boolean {
  if (!f || f.lastPage === null || doc.tocPage === null || !next || next.tocPage === null || !nextF) return false
  if (next.tocPage < doc.tocPage || nextF.firstPage !== next.tocPage) return false
  return f.lastPage > next.tocPage || f.lastPage < next.tocPage - 1
}
