// A 文号 a converter set apart from its title (text with no 目录, blocks scrambled): standing
// alone over the previous document's closing, where the body text above is read as its title,
// or under its own title's closing. A title found without a 文号 (starts-after-close.ts) close
// by takes it. With a 目录, a listed 文号 alone whose title is nowhere beside it starts there.
import type { TocEntry } from '../../../shared/domain'
import { docNumberOfLine } from './header'
import { compact, type SourceLine } from './lines'
import type { Start } from './split-documents'

/** Lines from an orphan 文号 down to the title that takes it: the closing and 附注 between. */
const REACH_DOWN = 12
/** Lines under a title to look for its 文号: the closing, a 附注 and blank lines between. */
const REACH_UP = 8

/**
 * A start whose 文号 has body text for its title (a title holds no full stop) gives the number to
 * the next start, when that is a title found without one close below; a title without a 文号
 * takes an unused 文号 line under it, past its closing (short lines without punctuation). Changes
 * `starts` (sorted by lead) in place.
 */
export function adoptOrphanNumbers(lines: SourceLine[], starts: Start[]): void {
  for (let k = starts.length - 2; k >= 0; k--) {
    const s = starts[k]
    const t = starts[k + 1]
    if (s.numberIdx < 0 || s.decree || t.numberIdx >= 0 || t.lead - s.numberIdx > REACH_DOWN) continue
    if (!s.header.some((i) => /[。；]/.test(lines[i].text))) continue
    starts[k + 1] = { ...t, numberIdx: s.numberIdx, numberRaw: s.numberRaw, docNumber: s.docNumber }
    starts.splice(k, 1)
  }
  const used = new Set(starts.map((s) => s.numberIdx))
  starts.forEach((t, k) => {
    if (t.numberIdx >= 0 || t.decree) return
    const at = numberBelow(lines, t.header[t.header.length - 1] + 1, starts[k + 1]?.lead ?? lines.length)
    if (at < 0 || used.has(at)) return
    const num = docNumberOfLine(lines[at].text)
    if (num) starts[k] = { ...t, numberIdx: at, numberRaw: num.raw, docNumber: num.docNumber }
  })
}

/** The first 文号 line in [from, to) before any line of running text (punctuated or long); or -1. */
function numberBelow(lines: SourceLine[], from: number, to: number): number {
  for (let i = from; i < Math.min(to, from + REACH_UP); i++) {
    const t = lines[i].text.trim()
    if (docNumberOfLine(t)) return i
    if (/[，。；：:,;]/.test(t) || t.length > 30) return -1
  }
  return -1
}

/**
 * Starts at the 文号 of 目录 entries no start has found (`entries`), each standing alone on a line
 * of plain text that no start holds (`used`): the document's head. Its title is set where the
 * converter wrote it apart (a title in a larger type at a column's foot, off the rows' grid, which
 * pdftotext writes rows later, joined with the next column's lines: '兴政函〔2022〕45号' / … /
 * '兴县人民政府关于公布兴县 保护工作专家…'), so the document starts at its 文号 and takes its
 * title from the 目录 (titlesFromToc). A 文号 the body cites stands inside a sentence, not alone.
 * Text with layout reads its titles by their type: it is left as it is.
 */
export function listedNumberStarts(lines: readonly SourceLine[], from: number, entries: readonly TocEntry[], used: ReadonlySet<number>): Start[] {
  const wanted = new Set(entries.flatMap((e) => (e.docNumber ? [e.docNumber] : [])))
  const out: Start[] = []
  for (let i = from; i < lines.length && wanted.size > 0; i++) {
    if (used.has(i) || lines[i].layout) continue
    const num = docNumberOfLine(lines[i].text)
    if (!num || !wanted.has(num.docNumber) || compact(lines[i].text) !== compact(num.raw)) continue
    out.push({ header: [], numberIdx: i, numberRaw: num.raw, docNumber: num.docNumber, lead: i, decree: false })
    wanted.delete(num.docNumber)
  }
  return out
}
