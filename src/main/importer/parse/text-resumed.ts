// A document that starts mid-column on a page of two columns leaves the text above it unfinished:
// the earlier document goes on at the head of the next column, its closing under it. pdftotext
// writes the page column by column, so the earlier document's rest comes after the later one's
// first lines, and the later one's rest after whatever stands in the next column (a whole
// document, closed): each text is read into the wrong document. The genre says whose text each
// piece is: a closing is signed by the document's issuer, whom its title names ('康宁镇人民政府关于…'),
// and a document cut off mid-sentence with no closing waits for its rest. A run of text that ends in
// a closing signed by another issuer than its document's, taken from where it follows a gap in
// the page or another closing, goes back under the nearest document before it that this issuer
// titles, that has no closing, and whose text breaks off mid-sentence. So does the first of two
// closings running (a document closes once), when the earlier document is of the same issuer; a
// run under the document's own closing goes on over a page turned mid-sentence.
import type { TocEntry } from '../../../shared/domain'
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { isIssuerText } from './header'
import { isSectionLine, splitDocuments, type DocSpan } from './split-documents'
import { noTick, type Tick } from './deadline'
import { joinClosingTail } from './text-closing-tails'
import { CLOSING_NOTE, closingsOf as closingsWith, sectionNames, settle, type Closing } from './text-closings'

/** How many documents back the unfinished one may stand (the page's other column). */
const REACH = 3
/** Bound on the moves made in one issue (each re-reads the documents). */
const MAX_MOVES = 20

/** A document's closings, each with the notes (（此件公开发布）, 信息公开选项：主动公开) right under its date. */
const closingsOf = (lines: readonly SourceLine[], span: DocSpan): Closing[] => closingsWith(lines, span, (t) => CLOSING_NOTE.test(compact(t)))

/** The closing is signed by the issuer (or issuers) a title names. */
const signedBy = (c: Closing, issuer: string): boolean => c.signers.every((s) => issuer.includes(s))

/** The issuer a title names before its 关于, or null. */
function issuerOf(lines: readonly SourceLine[], span: DocSpan): string | null {
  const title = compact(span.header.map((k) => lines[k].text).join(''))
  const at = title.indexOf('关于')
  return at > 0 && isIssuerText(title.slice(0, at)) ? title.slice(0, at) : null
}

/**
 * The document's last line of text, or -1: before a section's name under it (a title cut short
 * by the reading may leave its first lines above that), else its last line not blank.
 */
function lastTextLine(lines: readonly SourceLine[], span: DocSpan, sections: Set<string>): number {
  let end = span.end
  for (let k = span.bodyStart; k < span.end; k++) {
    if (isSectionLine(lines[k].text, sections)) {
      end = k
      break
    }
  }
  for (let k = end - 1; k >= span.bodyStart; k--) if (!isBlank(lines[k].text)) return k
  return -1
}

/** Text cut off mid-sentence: not a sentence's end, nor a closing's date or 附注. */
function breaksOff(text: string): boolean {
  return !endsSentence(text) && !parseDateLine(text) && !CLOSING_NOTE.test(compact(text))
}

/**
 * Where the run closed by `c` starts in `span`: after the nearer of its own closing before it and
 * a gap in the page (a column's or page's end); -1 when neither stands between its start and `c`.
 */
function runStart(lines: readonly SourceLine[], span: DocSpan, own: Closing[], c: Closing): number {
  const before = own.filter((o) => o.end <= c.sig)
  let at = before.length ? before[before.length - 1].end : -1
  const floor = Math.max(span.bodyStart, at)
  for (let k = c.sig - 1; k > floor; k--) {
    if (!isBlank(lines[k].text)) continue
    let gap = k
    while (gap > floor && isBlank(lines[gap - 1].text)) gap--
    // Under its own closing, a run that turns the page mid-sentence goes on over the turn.
    if (before.length > 0 && gap - 1 > floor && turnsPage(lines, gap, k) && breaksOff(lines[gap - 1].text)) {
      k = gap
      continue
    }
    at = k + 1
    break
  }
  return at
}

/** A page break among the blank lines [from, to] (pdftotext's form feed: a line number twice). */
const turnsPage = (lines: readonly SourceLine[], from: number, to: number): boolean =>
  lines.slice(from, to + 1).some((l, j) => lines[from + j - 1]?.no === l.no)

/**
 * The lines with the run closed by `c` (in spans[j]) moved under the nearest document before it
 * that `c`'s signers title, that has no closing and breaks off; or null.
 */
function backTo(lines: SourceLine[], spans: DocSpan[], j: number, c: Closing, own: Closing[], sections: Set<string>): SourceLine[] | null {
  for (let k = j - 1; k >= Math.max(0, j - REACH); k--) {
    const t = spans[k]
    const named = issuerOf(lines, t)
    if (!named || !signedBy(c, named) || closingsOf(lines, t).length) continue
    const last = lastTextLine(lines, t, sections)
    const from = runStart(lines, spans[j], own, c)
    if (last < 0 || !breaksOff(lines[last].text) || from < 0 || from >= c.sig) return null
    return [...lines.slice(0, last + 1), ...lines.slice(from, c.end), ...lines.slice(last + 1, from), ...lines.slice(c.end)]
  }
  return null
}

function moveOne(lines: SourceLine[], spans: DocSpan[], sections: Set<string>): SourceLine[] | null {
  for (let j = 1; j < spans.length; j++) {
    const s = spans[j]
    const issuer = issuerOf(lines, s)
    if (!issuer) continue
    const closings = closingsOf(lines, s)
    const own = closings.filter((c) => signedBy(c, issuer))
    for (const c of closings) {
      // Signed by another issuer; or closed twice running, the first closing an earlier document's of the same issuer.
      const twice = closings.some((o) => o.sig >= c.end && lines.slice(c.end, o.sig).every((l) => isBlank(l.text)))
      const foreign = !c.signers.some((n) => issuer.includes(n))
      const back = foreign || twice ? backTo(lines, spans, j, c, own, sections) : null
      if (back) return back
      if (!foreign) continue
      // Read before the document it ends: a page in columns written the middle column first,
      // the rest of a document that starts in the left one under a heading across the page.
      const from = runStart(lines, s, own, c)
      if (from < 0 || from >= c.sig || !own.some((o) => o.end <= c.sig)) continue
      for (let k = j + 1; k < Math.min(spans.length, j + 1 + REACH); k++) {
        const t = spans[k]
        const named = issuerOf(lines, t)
        if (!named || !signedBy(c, named) || closingsOf(lines, t).length) continue
        const last = lastTextLine(lines, t, sections)
        if (last < 0 || !breaksOff(lines[last].text)) break
        return [...lines.slice(0, from), ...lines.slice(c.end, last + 1), ...lines.slice(from, c.end), ...lines.slice(last + 1)]
      }
    }
  }
  return null
}

export function returnResumedText(lines: SourceLine[], from: number, toc: TocEntry[], tick: Tick = noTick): SourceLine[] {
  if (lines.some((l) => l.layout)) return lines
  const sections = sectionNames(toc)
  return settle(lines, MAX_MOVES, (out) => {
    const spans = splitDocuments(out, from, toc, tick)
    return joinClosingTail(out, spans) ?? moveOne(out, spans, sections)
  })
}
