// What the steps that move text between neighbouring documents share (text-resumed.ts,
// text-open-tails.ts, text-early-bodies.ts): a document's closings (signature lines over a date,
// the 附注 under it), the 目录's 栏目 names that stand between documents, and the loop that makes
// one move at a time and reads the documents again after each, up to a bound.
import type { TocEntry } from '../../../shared/domain'
import { compact, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { isIssuerText } from './header'
import type { DocSpan } from './split-documents'

export interface Closing {
  /** Its first signature line, its date's line, and the line past the 附注 under them. */
  sig: number
  date: number
  end: number
  /** Its signature lines (jointly issued documents are signed by each issuer on a line). */
  signers: string[]
}

/** A note under a closing: （此件公开发布）, （本文有删减）, 信息公开选项：主动公开. */
export const CLOSING_NOTE = /^[（(].{1,16}[）)]$|^信息公开/
/** Signature lines over one date at most (a document issued by many). */
const MAX_SIGNERS = 8

/**
 * A document's closings, in order: each date line with one signature line or more over it, and
 * the lines under it that `isNote` takes for its 附注.
 */
export function closingsOf(lines: readonly SourceLine[], span: DocSpan, isNote: (text: string) => boolean): Closing[] {
  const out: Closing[] = []
  for (let i = span.bodyStart + 1; i < span.end; i++) {
    if (!parseDateLine(lines[i].text)) continue
    let sig = i
    while (sig > span.bodyStart && i - sig < MAX_SIGNERS && isIssuerText(compact(lines[sig - 1].text))) sig--
    if (sig === i) continue
    let end = i + 1
    while (end < span.end && isNote(lines[end].text)) end++
    out.push({ sig, date: i, end, signers: lines.slice(sig, i).map((l) => compact(l.text)) })
  }
  return out
}

/** The 栏目 names the 目录 gives. */
export function sectionNames(toc: readonly TocEntry[]): Set<string> {
  return new Set(toc.map((e) => e.category).filter((c): c is string => !!c))
}

/** The lines after one move at a time, until `move` finds none to make or `max` are made. */
export function settle(lines: SourceLine[], max: number, move: (lines: SourceLine[]) => SourceLine[] | null): SourceLine[] {
  let out = lines
  for (let n = 0; n < max; n++) {
    const moved = move(out)
    if (!moved) break
    out = moved
  }
  return out
}
