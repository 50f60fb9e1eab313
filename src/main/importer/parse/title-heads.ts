// A title a converter cut in two: its tail ('土地使用期限的批复') stands over the 文号, its head
// ('国务院关于授权香港特别行政区实施' / '管辖的深圳湾口岸港方口岸区范围和') elsewhere on the page,
// among another document's lines. The head starts as a title does (issuers and 关于) and does not
// end in a 文种; the tail has no 关于 and ends in one. Plain text only: a page keeps its title whole.
import type { ParsedDocument } from '../../../shared/domain'
import { compact, isBlank, type SourceLine } from './lines'
import { readHeader, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { pageStarts } from './text-pages'
import type { DocSpan } from './split-documents'

/** Lines a title's head may take (a joint title's four units and its 关于 wrap to three). */
const MAX_HEAD = 3

/** The lines of a cut title's head on the page [from, to), outside every header; or null. */
function headOnPage(lines: readonly SourceLine[], from: number, to: number, headers: Set<number>, tail: string): number[] | null {
  for (let i = from; i < to; i++) {
    if (headers.has(i) || !startsTitle(lines[i].text)) continue
    const head: number[] = []
    for (let k = i; k < to && head.length < MAX_HEAD && !isBlank(lines[k].text) && !headers.has(k); k++) {
      head.push(k)
      const text = head.map((n) => compact(lines[n].text)).join('')
      if (docTypeOf(text) !== null || /[。；：:]/.test(text)) break
      if (docTypeOf(text + tail) !== null && (k + 1 >= to || isBlank(lines[k + 1].text) || /^\d+$/.test(compact(lines[k + 1].text)))) return head
    }
  }
  return null
}

/**
 * Documents whose title is a cut tail take the head printed elsewhere on the title's page: title
 * and issuers read again from head and tail. Changes the documents in place.
 */
export function joinTitleHeads(lines: readonly SourceLine[], spans: DocSpan[], docs: ParsedDocument[]): void {
  const starts = pageStarts(lines)
  if (starts.length < 2) return
  const headers = new Set(spans.flatMap((s) => s.header))
  spans.forEach((span, k) => {
    const doc = docs[k]
    const tail = compact(doc.title)
    // Issuers read from the title itself say it is whole; those of the signature alone do not.
    const titled = readHeader(span.header.map((i) => lines[i].text), true).issuers
    if (span.decree || span.header.length === 0 || tail.includes('关于') || titled.length > 0 || docTypeOf(tail) === null) return
    const at = span.header[0]
    const p = starts.findLastIndex((s) => s <= at)
    const head = headOnPage(lines, Math.max(starts[p] ?? 0, 0), starts[p + 1] ?? lines.length, headers, tail)
    if (!head) return
    const read = readHeader([...head.map((n) => lines[n].text), tail], true)
    doc.title = read.title
    doc.docType = docTypeOf(read.title)
    // The stacked signature spells each unit a joint title runs together: it stays where read.
    if (doc.issuers.length > 0) return
    doc.issuers = read.issuers
    doc.issuer = read.issuers.length > 0 ? read.issuers.join('、') : null
  })
}
