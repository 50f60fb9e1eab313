// Where the documents are printed: gazettes put the 目录 at the front, on the cover, or at the
// back of the issue. The body is what lies outside the 目录 (and the cover before a front one).
import { compact, isBlank, type SourceLine } from './lines'
import type { NoiseTest } from './noise'
import type { Toc } from './toc'

/** Lines [from, to) hold the documents. */
export interface BodyRange {
  from: number
  to: number
}

/** Characters of text in lines [from, to), running heads and folios aside. */
function inkBetween(lines: SourceLine[], from: number, to: number, isNoise: NoiseTest): number {
  let n = 0
  for (let i = Math.max(from, 0); i < to; i++) if (!isBlank(lines[i].text) && !isNoise(lines[i].text)) n += compact(lines[i].text).length
  return n
}

/** The 目录 heading's first line: a letter-spaced '目' stands a few lines above the '录' found. */
function headingTop(lines: SourceLine[], start: number): number {
  for (let k = start - 1; k >= 0 && k >= start - 5; k--) if (compact(lines[k].text) === '目') return k
  return start
}

/**
 * The body: after the 目录 when it comes first (the cover before it holds no documents), before
 * it when more text stands before its heading than after its last entry (a back 目录, followed
 * at most by the back cover). Without a 目录, everything.
 */
export function bodyRange(lines: SourceLine[], toc: Toc, tocStart: number, isNoise: NoiseTest): BodyRange {
  if (tocStart < 0) return { from: 0, to: lines.length }
  if (toc.end < 0) return { from: tocStart + 1, to: lines.length }
  const top = headingTop(lines, tocStart)
  const before = inkBetween(lines, 0, top, isNoise)
  const after = inkBetween(lines, toc.end + 1, lines.length, isNoise)
  return before > after ? { from: 0, to: top } : { from: toc.end + 1, to: lines.length }
}

/**
 * The front matter (lines before `before`, the first document) prints a 目录 heading: '目录',
 * '目次', or the first letter of a letter-spaced one ('目' alone; its '录' may be on a page the
 * converter lost). With no entry read, the 目录 was there and is gone.
 */
export function tocHeadingBefore(lines: readonly SourceLine[], before: number): boolean {
  for (let i = 0; i < Math.min(before, lines.length); i++) if (/^(?:目录|目次|目)$/.test(compact(lines[i].text))) return true
  return false
}
