// A document's parts run in one order: title, 文号, addressees, body, signature, date, 附注. A
// title never stands inside a sentence. Where a later document starts mid-column on a page of two
// columns, pdftotext may write its title between the earlier document's column foot, cut off
// mid-sentence, and that sentence's rest at the head of the next column: the rest is then read
// as the later document's first paragraphs. The genre says whose text it is: the line before the
// title runs to the column's edge with its sentence open, the text under the title (past its 文号
// and addressees) is no paragraph's start (no number, no indent: it runs to the edge too), and
// the earlier document's numbering goes on in it ((一) above the title, (二) and (三) under it;
// the later document's own numbers start at one). That run goes back under the earlier document:
// the open paragraph's rest, each paragraph numbered on with the paragraph under it, and a closing
// right under them (a document's body never stands empty under its addressees).
import type { TocEntry } from '../../../shared/domain'
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { isIssuerText } from './header'
import { displayWidth } from './text-flow'
import { pageWidths } from './text-page-widths'
import { numberOf, type Numbered } from './text-label-order'
import { isSectionLine, splitDocuments, type DocSpan } from './split-documents'
import { marksPublic } from './public-note'
import { noTick, type Tick } from './deadline'
import { sectionNames, settle } from './text-closings'

/** A wrapped line may stop short of the full width by this much (a pulled-back character). */
const FULL_WITHIN = 3
/** Addressee lines under the 文号 at most ('各乡（镇）人民政府，县直各有关单位：' may wrap). */
const MAX_ADDRESSEE_LINES = 3
/** Bound on the moves made in one issue (each re-reads the documents). */
const MAX_MOVES = 20

/** Text cut off mid-sentence: not a sentence's end, nor a closing's date or 附注. */
const breaksOff = (text: string): boolean => !endsSentence(text) && !parseDateLine(text) && !marksPublic(text)

/** A closing's line: a signature (an issuer's name alone), a date or a 附注. */
const closes = (text: string): boolean => isIssuerText(compact(text)) || parseDateLine(text) !== null || marksPublic(text)

/** The lines [a, b) hold a closing's date with a section's name below it. */
function closedBefore(lines: readonly SourceLine[], a: number, b: number, sections: Set<string>): boolean {
  let dated = false
  for (let k = a; k < b; k++) {
    if (parseDateLine(lines[k].text)) dated = true
    else if (dated && isSectionLine(lines[k].text, sections)) return true
  }
  return false
}

/** The document's last line of text, or -1. */
function lastTextLine(lines: readonly SourceLine[], span: DocSpan): number {
  for (let k = span.end - 1; k >= span.bodyStart; k--) if (!isBlank(lines[k].text)) return k
  return -1
}

/** The next line not blank from `k` on, before `end`; `end` when none. */
function nextText(lines: readonly SourceLine[], k: number, end: number): number {
  while (k < end && isBlank(lines[k].text)) k++
  return k
}

/** The first line of a document's body past its addressees, or -1 when the body has none. */
function bodyHead(lines: readonly SourceLine[], span: DocSpan): number {
  const first = nextText(lines, span.bodyStart, span.end)
  if (first >= span.end) return -1
  for (let k = first, n = 0; k < span.end && n < MAX_ADDRESSEE_LINES; k = nextText(lines, k + 1, span.end), n++) {
    const t = lines[k].text.trim()
    if (/[：:]$/.test(t)) return nextText(lines, k + 1, span.end) < span.end ? nextText(lines, k + 1, span.end) : -1
    if (endsSentence(t)) break
  }
  return first
}

/** The last number of each family the lines [a, b) print, in order. */
function lastNumbers(lines: readonly SourceLine[], a: number, b: number): Map<string, number> {
  const out = new Map<string, number>()
  for (let k = a; k < b; k++) {
    const n = numberOf(lines[k].text)
    if (n) out.set(n.family, n.n)
  }
  return out
}

/** The lines [a, b) print a number that follows on from the earlier document's `numbers`. */
function numbersOn(lines: readonly SourceLine[], a: number, b: number, numbers: Map<string, number>): boolean {
  for (let k = a; k < b; k++) {
    const n = numberOf(lines[k].text)
    if (n && n.n > 1 && numbers.get(n.family) === n.n - 1) return true
  }
  return false
}

/**
 * Where the paragraph holding line `k` ends: past its first line that ends a sentence short of the
 * column's edge (a sentence may end at the edge mid-paragraph), or before a numbered paragraph.
 */
function paragraphEnd(lines: readonly SourceLine[], k: number, end: number, fullAt: (i: number) => number): number {
  for (let i = k; i < end; i++) {
    const t = lines[i].text
    if (isBlank(t) || !endsSentence(t)) continue
    const next = nextText(lines, i + 1, end)
    if (displayWidth(t.trim()) < fullAt(i) - FULL_WITHIN || next >= end || numberOf(lines[next].text)) return i + 1
  }
  return -1
}

/**
 * The end of the earlier document's rest that starts at `head` in `span`: its paragraph's end,
 * then each paragraph numbered on from the earlier document's numbers with the paragraph under it,
 * then a closing right under them. -1 when the rest runs into a closing's date first (whose it is
 * is closing-fit.ts's question) or never ends.
 */
function restEnd(lines: readonly SourceLine[], span: DocSpan, head: number, numbers: Map<string, number>, fullAt: (i: number) => number): number {
  let end = paragraphEnd(lines, head, span.end, fullAt)
  if (end < 0 || lines.slice(head, end).some((l) => parseDateLine(l.text))) return -1
  const seen = new Map(numbers)
  for (let k = end; k < span.end; k++) {
    const t = lines[k].text
    if (isBlank(t)) continue
    if (parseDateLine(t)) break
    const n: Numbered | null = numberOf(t)
    if (!n) continue
    const p = seen.get(n.family)
    // The later document's own numbering starts at 1 in a family the earlier one did not use.
    if (p === undefined || n.n !== p + 1) break
    seen.set(n.family, n.n)
    const after = paragraphEnd(lines, endsSentence(t) ? k : nextText(lines, k + 1, span.end), span.end, fullAt)
    if (after < 0 || lines.slice(k, after).some((l) => parseDateLine(l.text))) break
    end = after
    k = after - 1
  }
  // A closing right under the rest is the earlier document's: the later one's body is below.
  let k = nextText(lines, end, span.end)
  let signed = false
  while (k < span.end && closes(lines[k].text)) {
    signed = true
    k = nextText(lines, k + 1, span.end)
  }
  if (signed && lines.slice(end, k).some((l) => parseDateLine(l.text))) end = k
  return end
}

function moveOne(lines: SourceLine[], spans: DocSpan[], fullAt: (i: number) => number, sections: Set<string>): SourceLine[] | null {
  for (let j = 1; j < spans.length; j++) {
    const t = spans[j - 1]
    const s = spans[j]
    const last = lastTextLine(lines, t)
    if (last < 0) continue
    const open = lines[last].text.trim()
    if (!breaksOff(open) || displayWidth(open) < fullAt(last) - FULL_WITHIN) continue
    // A document closes once, and a section's name stands between documents: past its date and a
    // section's name under it, the earlier document has no sentence left open (the lines there are
    // the next section's, read in before its title from other columns).
    if (closedBefore(lines, t.bodyStart, last, sections)) continue
    // Only blank lines between the open line and the later document's first line.
    if (nextText(lines, last + 1, s.lead) < s.lead) continue
    const head = bodyHead(lines, s)
    if (head < 0) continue
    const rest = lines[head].text.trim()
    // A paragraph's first line is indented: a line that goes on with a sentence runs to the edge
    // (or ends there, the sentence's last line).
    if (numberOf(rest) || closes(rest) || (displayWidth(rest) < fullAt(head) - FULL_WITHIN && !endsSentence(rest))) continue
    const numbers = lastNumbers(lines, t.bodyStart, last + 1)
    const end = restEnd(lines, s, head, numbers, fullAt)
    if (end < 0) continue
    // The earlier document's numbering goes on past the title: its sentence goes on there too.
    if (!numbersOn(lines, head, end, numbers)) continue
    return [...lines.slice(0, last + 1), ...lines.slice(head, end), ...lines.slice(last + 1, head), ...lines.slice(end)]
  }
  return null
}

/**
 * Lines with each earlier document's rest, read under a later document's title, put back under
 * the earlier one (see the file's comment). Text with layout is returned as it is.
 */
export function returnOpenTails(lines: SourceLine[], from: number, toc: TocEntry[], tick: Tick = noTick): SourceLine[] {
  if (lines.some((l) => l.layout)) return lines
  if (pageWidths(lines, from) === null) return lines
  const sections = sectionNames(toc)
  return settle(lines, MAX_MOVES, (out) => {
    // The widths are measured again after each move: a page's lines may have moved off it.
    const fullAt = pageWidths(out, from)
    return fullAt && moveOne(out, splitDocuments(out, from, toc, tick), fullAt, sections)
  })
}
