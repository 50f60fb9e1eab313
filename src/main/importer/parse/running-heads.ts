// The running heads a PDF prints on every page (the reader takes them out of the text and hands
// them on per line): the gazette's name with its year and 期, and often the section's name. They
// stand in when the issue lacks its cover (an extract) or its 目录 (the section is then the head
// printed over the document's pages).
import type { ParsedDocument } from '../../../shared/domain'
import { GAZETTE_WORD, parseCover, type Cover } from './cover'
import { compact, type SourceLine } from './lines'

/** Each distinct head in page order, as lines the cover reader can take. */
function headLines(lines: readonly SourceLine[]): SourceLine[] {
  const seen = new Set<string>()
  const out: SourceLine[] = []
  for (const l of lines) {
    for (const text of l.layout?.heads ?? []) {
      if (seen.has(text)) continue
      seen.add(text)
      out.push({ no: l.no, text })
    }
  }
  return out
}

/** The name, year and 期 from its running heads, for a file without its cover. */
export function coverFromHeads(lines: readonly SourceLine[]): Cover {
  const heads = headLines(lines)
  return { ...parseCover(heads, heads.length), lines: [] }
}

/** A head that names a section: Chinese, short, not the gazette's name, no issue or page numbers. */
export function sectionHead(text: string, gazette: string): string | null {
  const t = compact(text).replace(/^[【〔［\[]|[】〕］\]]$/g, '')
  if (t.length < 2 || t.length > 20 || /\d|期|页/.test(t) || GAZETTE_WORD.test(t) || t.includes(gazette)) return null
  return /^[\u4e00-\u9fff、（）()]+$/.test(t) ? t : null
}

/**
 * Without a 目录, the section of each document with none: the section head printed most often
 * over the pages its lines are on (gazettes that alternate heads print it on every other page).
 */
export function sectionsFromHeads(docs: { doc: ParsedDocument; lines: readonly SourceLine[] }[], gazette: string): void {
  for (const { doc, lines } of docs) {
    if (doc.category) continue
    const count = new Map<string, number>()
    const pages = new Set<number>()
    for (const l of lines) {
      if (!l.layout || pages.has(l.layout.page)) continue
      pages.add(l.layout.page)
      for (const h of l.layout.heads ?? []) {
        const name = sectionHead(h, gazette)
        if (name) count.set(name, (count.get(name) ?? 0) + 1)
      }
    }
    const best = [...count].sort((a, b) => b[1] - a[1])[0]
    if (best) doc.category = best[0]
  }
  // A one-page document under the gazette's head: sections run on, so between two documents of
  // one section it is of that section too.
  docs.forEach(({ doc }, i) => {
    const before = docs[i - 1]?.doc.category
    if (!doc.category && before && before === docs[i + 1]?.doc.category) doc.category = before
  })
}
