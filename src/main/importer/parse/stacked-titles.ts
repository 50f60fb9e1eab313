// Two titles stacked over one 文号. When two documents start at the feet of both columns,
// pdftotext may read the feet as one band: one column's title, then the other column's title and
// its bracketed 文号, then the first title's 文号 and first line. The title found over the 文号
// then holds both. The 目录 tells them apart: its upper lines spell a whole title the 目录 lists
// and the text has not found yet, and what stays under it is still a title.
import type { TocEntry } from '../../../shared/domain'
import { compact, type SourceLine } from './lines'
import { docNumberOfLine, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import type { Start } from './split-documents'

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
  })
  return out
}

function isTitle(joined: string, first: string): boolean {
  return startsTitle(first) || docTypeOf(joined) !== null
}

/** The first line in reach under `from` whose 文号 is `docNumber`, not another start's; or -1. */
function numberLine(lines: SourceLine[], from: number, docNumber: string, used: Set<number>): number {
  let seen = 0
  for (let i = from; i < lines.length && seen < NUMBER_REACH; i++) {
    if (lines[i].text.trim() === '') continue
    seen++
    if (!used.has(i) && docNumberOfLine(lines[i].text)?.docNumber === docNumber) return i
  }
  return -1
}
