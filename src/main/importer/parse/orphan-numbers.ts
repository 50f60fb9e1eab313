// A 文号 a converter set apart from its title (text with no 目录, blocks scrambled): standing
// alone over the previous document's closing, where the body text above is read as its title,
// or under its own title's closing. A title found without a 文号 (starts-after-close.ts) close
// by takes it.
import { docNumberOfLine } from './header'
import type { SourceLine } from './lines'
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
