// A document's parts run in one order: title, 文号, addressees, body, signature, date, 附注; and a
// document closes once. Where a document starts at the foot of a page's left column and goes on at
// the head of the right one, pdftotext may write the right column's text (its body, signed and
// dated) before the left column's foot (its title): the body then reads as the earlier
// document's last paragraphs, and the later title stands over nothing. The genre says whose the
// body is: a document's body never stands empty under its title, and the earlier document, closed
// already, does not sign a second time. So a run that ends in a second closing of a document,
// standing right over a title with no body under it, goes under that title: from the gap in the
// page (a blank line) or the first closing's end before it, past the section names, 附注 and 文号
// the page's foot left at its head.
import type { TocEntry } from '../../../shared/domain'
import { compact, isBlank, type SourceLine } from './lines'
import { docNumberOfLine } from './header'
import { isSectionLine, splitDocuments, type DocSpan } from './split-documents'
import { marksPublic } from './public-note'
import { noTick, type Tick } from './deadline'
import { CLOSING_NOTE, closingsOf as closingsWith, sectionNames, settle, type Closing } from './text-closings'

/** Bound on the moves made in one issue (each re-reads the documents). */
const MAX_MOVES = 10

/** A document's closings, each with the blank lines, public markers and notes right under its date. */
const closingsOf = (lines: readonly SourceLine[], span: DocSpan): Closing[] =>
  closingsWith(lines, span, (t) => isBlank(t) || marksPublic(t) || CLOSING_NOTE.test(compact(t)))

/** Only blank lines and section names in [a, b). */
function nothingIn(lines: readonly SourceLine[], a: number, b: number, sections: Set<string>): boolean {
  for (let k = a; k < b; k++) if (!isBlank(lines[k].text) && !isSectionLine(lines[k].text, sections)) return false
  return true
}

/** What a page's foot leaves at the head of a run: a section's name, a 附注, a 文号, blank lines. */
const leftAtFoot = (text: string, sections: Set<string>): boolean =>
  isBlank(text) || isSectionLine(text, sections) || marksPublic(text) || docNumberOfLine(text) !== null

function moveOne(lines: SourceLine[], spans: DocSpan[], sections: Set<string>): SourceLine[] | null {
  for (let j = 1; j < spans.length; j++) {
    const s = spans[j]
    if (!nothingIn(lines, s.bodyStart, s.end, sections)) continue
    const t = spans[j - 1]
    const closings = closingsOf(lines, t)
    if (closings.length < 2) continue
    const c = closings[closings.length - 1]
    if (!nothingIn(lines, c.end, t.end, sections)) continue
    // The run starts past the closing before it and past the last gap in the page above it.
    let from = closings[closings.length - 2].end
    for (let k = c.sig - 1; k > from; k--) {
      if (isBlank(lines[k].text)) {
        from = k + 1
        break
      }
    }
    const gap = from
    while (from < c.sig && leftAtFoot(lines[from].text, sections)) from++
    if (from >= c.sig) continue
    // A 文号 left at the run's head is the next title's (set above it at the page's foot): it
    // stays over the title that follows the run; the rest of the foot stays where it stood.
    const foot = lines.slice(gap, from)
    const numbers = foot.filter((l) => docNumberOfLine(l.text) !== null)
    const kept = foot.filter((l) => docNumberOfLine(l.text) === null)
    const head = s.end
    return [...lines.slice(0, gap), ...kept, ...lines.slice(c.end, head), ...lines.slice(from, c.end), ...numbers, ...lines.slice(head)]
  }
  return null
}

/**
 * Lines with each body read before its own title, signed a second time under the earlier
 * document, put under that title (see the file's comment). Text with layout is returned as it is.
 */
export function returnEarlyBodies(lines: SourceLine[], from: number, toc: TocEntry[], tick: Tick = noTick): SourceLine[] {
  if (lines.some((l) => l.layout)) return lines
  const sections = sectionNames(toc)
  return settle(lines, MAX_MOVES, (out) => moveOne(out, splitDocuments(out, from, toc, tick), sections))
}
