// Two titles stacked over one 文号. When two documents start at the feet of both columns,
// pdftotext may read the feet as one band: one column's title, then the other column's title and
// its bracketed 文号, then the first title's 文号 and first line. The title found over the 文号
// then holds both. The 目录 tells them apart: its upper lines spell a whole title the 目录 lists
// and the text has not found yet, and what stays under it is still a title.
import type { TocEntry } from '../../../shared/domain'
import { compact, isBlank, type SourceLine } from './lines'
import { docNumberOfLine, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { parseDateLine } from './dates'
import { marksPublic } from './public-note'
import type { Start } from './split-documents'

/** Lines under two side-by-side titles' 文号 where the first one's closing may stand (a column or two). */
const CLOSING_REACH = 200

/** Lines under the lower title's 文号 where the upper title's own 文号 may stand. */
const NUMBER_REACH = 6

/**
 * Starts whose header begins with a whole 目录 title of `missing` (entries no start has found)
 * are cut in two: the upper title becomes a start of its own, numbered by the 目录's 文号 when an
 * unused line a little under the lower title's 文号 spells it. Returns the new starts; changes
 * `starts` in place.
 */
export function splitStackedTitles(lines: SourceLine[], starts: Start[], missing: TocEntry[]): Start[] {
  if (missing.length === 0) return []
  const byTitle = new Map(missing.map((e) => [compact(e.title), e]))
  const used = new Set(starts.map((s) => s.numberIdx))
  const out: Start[] = []
  starts.forEach((s, k) => {
    if (s.decree || s.numberIdx < 0 || s.header.length < 2) return
    for (let p = 1; p < s.header.length; p++) {
      const entry = byTitle.get(s.header.slice(0, p).map((i) => compact(lines[i].text)).join(''))
      if (!entry) continue
      const rest = s.header.slice(p)
      if (!isTitle(rest.map((i) => compact(lines[i].text)).join(''), lines[rest[0]].text)) return
      starts[k] = { ...s, header: rest, lead: s.lead === s.header[0] ? rest[0] : s.lead }
      const upper: Start = { header: s.header.slice(0, p), numberIdx: -1, numberRaw: null, docNumber: null, lead: s.header[0], decree: false }
      const at = entry.docNumber ? numberLine(lines, s.numberIdx + 1, entry.docNumber, used) : -1
      const num = at >= 0 ? docNumberOfLine(lines[at].text) : null
      out.push(num ? { ...upper, numberIdx: at, numberRaw: num.raw, docNumber: num.docNumber } : upper)
      if (num) used.add(at)
      byTitle.delete(compact(entry.title))
      return
    }
    const side = sideBySide(lines, s, byTitle, used)
    if (!side) return
    starts[k] = { ...s, header: s.header.slice(0, s.header.indexOf(side.header[0])) }
    out.push(side)
    used.add(side.numberIdx)
    byTitle.delete(compact(side.header.map((i) => lines[i].text).join('')))
  })
  return out
}

/**
 * Two titles side by side (the heads of two columns, read across): the first column's title,
 * then the next one's, then their two bracketed 文号 in the same order. The header's lower lines
 * spell a whole 目录 title not found yet, whose 文号 stands a little under the header's own. The
 * first column is read first down to its closing, so the second document starts after that
 * closing (the first date line under the 文号 and the 附注 right under it), or at its 文号.
 */
function sideBySide(lines: SourceLine[], s: Start, byTitle: Map<string, TocEntry>, used: Set<number>): Start | null {
  for (let p = 1; p < s.header.length; p++) {
    const entry = byTitle.get(s.header.slice(p).map((i) => compact(lines[i].text)).join(''))
    if (!entry?.docNumber) continue
    const upper = s.header.slice(0, p)
    if (!isTitle(upper.map((i) => compact(lines[i].text)).join(''), lines[upper[0]].text)) return null
    const at = numberLine(lines, s.numberIdx + 1, entry.docNumber, used)
    const num = at >= 0 ? docNumberOfLine(lines[at].text) : null
    if (!num) return null
    return { header: s.header.slice(p), numberIdx: at, numberRaw: num.raw, docNumber: num.docNumber, lead: afterClosing(lines, at + 1) ?? at, decree: false }
  }
  return null
}

/** The line after the first closing from `from` on (a date line, and a public 附注 right under it). */
function afterClosing(lines: SourceLine[], from: number): number | null {
  for (let i = from; i < Math.min(lines.length, from + CLOSING_REACH); i++) {
    if (docNumberOfLine(lines[i].text)) return null
    if (!parseDateLine(lines[i].text)) continue
    let j = i + 1
    while (j < lines.length && isBlank(lines[j].text)) j++
    return j < lines.length && marksPublic(lines[j].text) ? j + 1 : i + 1
  }
  return null
}

function isTitle(joined: string, first: string): boolean {
  return startsTitle(first) || docTypeOf(joined) !== null
}

/** The first line in reach under `from` whose 文号 is `docNumber`, not another start's; or -1. */
function numberLine(lines: SourceLine[], from: number, docNumber: string, used: Set<number>): number {
  let seen = 0
  for (let i = from; i < lines.length && seen < NUMBER_REACH; i++) {
    if (isBlank(lines[i].text)) continue
    seen++
    if (!used.has(i) && docNumberOfLine(lines[i].text)?.docNumber === docNumber) return i
  }
  return -1
}
