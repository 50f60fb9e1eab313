// Documents printed without a 文号 and missing from the 目录 (or in an issue with no 目录): a
// reader sees one begin where the previous one has closed. After a date line (the signature's)
// or a section heading, past the notes and headings that may follow, stands a full title: its issuer, 关于,
// a 文种, and, on a page, set in the title's type. A title under an 附件 label is the
// attachment's; one with no issuer before 关于 is a forwarded text inside the document.
import { compact, endsSentence, type SourceLine } from './lines'
import { docNumberOfLine, isHeaderStop, isIssuerText } from './header'
import { parseDateLine } from './dates'
import { docTypeOf } from './doc-type'
import { isSectionLine } from './sections'
import { isPublicLabel } from './public-note'

/** Lines a title may take, and lines (notes, headings) allowed between the date and the title. */
const MAX_TITLE_LINES = 3
const MAX_BETWEEN = 3

/** Header line indices of the documents that start after a close, not among `used` lines. */
export function titlesAfterClose(lines: SourceLine[], from: number, sections: Set<string>, used: Set<number>): number[][] {
  const out: number[][] = []
  for (let i = from; i < lines.length; i++) {
    // A document closes with its date (or the 附注 under it); a section heading closes the section before it.
    if (parseDateLine(lines[i].text) === null && !isSectionLine(lines[i].text, sections) && !isClosingNote(lines[i].text)) continue
    const start = titleStart(lines, i + 1, sections)
    if (start < 0 || used.has(start)) continue
    const span = fullTitle(lines, start)
    if (span.length > 0 && !span.some((k) => used.has(k))) {
      out.push(span)
      i = span[span.length - 1]
    }
  }
  return out
}

/**
 * A 附注 under a closing ('（此件公开发布）', '公开属性：主动公开'): it closes the document even
 * where a converter moved the signature and date away.
 */
export function isClosingNote(text: string): boolean {
  const c = compact(text)
  return /^[（(]此件[\u4e00-\u9fff]{2,6}[）)]$/.test(c) || (isPublicLabel(c) && /[:：][\u4e00-\u9fff]{2,6}[）)]?$/.test(c))
}

/** The first line after a date that is neither a note nor a section heading, or -1. */
function titleStart(lines: SourceLine[], from: number, sections: Set<string>): number {
  let between = 0
  for (let i = from; i < lines.length && between <= MAX_BETWEEN; i++) {
    const t = lines[i].text
    if (t.trim() === '') continue
    const c = compact(t)
    if (/^附件/.test(c)) return -1
    if (isSectionLine(t, sections) || /^[（(].{2,30}[）)]$/.test(c) || isPublicLabel(c)) {
      between++
      continue
    }
    return i
  }
  return -1
}

/** Up to 3 lines naming an issuer before 关于 and ending in a 文种, set as a title when on a page. */
function fullTitle(lines: SourceLine[], start: number): number[] {
  const first = compact(lines[start].text)
  const at = first.indexOf('关于')
  if (at <= 0 || !isIssuerText(first.slice(0, at).replace(/\s+/g, ''))) return []
  const span: number[] = []
  let text = ''
  for (let i = start; i < lines.length && span.length < MAX_TITLE_LINES; i++) {
    const t = lines[i].text
    if (t.trim() === '') continue
    if (span.length > 0 && (isHeaderStop(t) || docNumberOfLine(t))) break
    if (endsSentence(t) || /[:：]$/.test(t.trim())) break
    text += compact(t)
    span.push(i)
    if (docTypeOf(text) !== null) return titleSet(lines, span) ? span : []
  }
  return []
}

/** On a page, a title stands out: larger, bold or centred (text files give no such hint). */
function titleSet(lines: SourceLine[], span: number[]): boolean {
  const layout = lines[span[0]].layout
  if (!layout) return true
  return layout.relSize >= 1.1 || layout.bold || layout.align === 'centre'
}
