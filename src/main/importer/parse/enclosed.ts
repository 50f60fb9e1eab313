// A document printed inside another: the State Council's notice a province forwards (转发), set
// after the forwarding notice's signature and date with its own title, 文号, signature and date.
// The 目录 lists the forwarding document only, and its text cites the enclosed one's 文号
// ('现将《国务院办公厅关于…》（国办发〔2018〕118号）转发给你们'). A start the 目录 does not list
// (neither its 文号 nor its title), whose 文号 the text just before it cites, opens no document.
// With no 目录 to ask, the forwarding notice's own title says it: a start whose title the notice
// before it names after its 转发 (批转), and whose 文号 that notice's text cites, is the one forwarded.
import type { TocEntry } from '../../../shared/domain'
import { findDocNumbers, toHalfWidth } from '../../../shared/doc-number'
import { compact, type SourceLine } from './lines'
import { namesForwarded } from './forwarded-parts'

interface StartLike {
  header: number[]
  numberIdx: number
  docNumber: string | null
  lead: number
  decree: boolean
}

// A 目录 title is known by its last characters (the body's title may lack the issuer prefix).
const TITLE_TAIL = 10

/** The starts (sorted by lead) that are documents enclosed in the one before them. */
export function enclosedStarts<S extends StartLike>(lines: SourceLine[], starts: S[], toc: TocEntry[]): Set<S> {
  const out = new Set<S>()
  if (toc.length === 0) return forwardedStarts(lines, starts)
  const numbers = new Set(toc.map((e) => e.docNumber).filter((n): n is string => n !== null))
  const tails = toc.map((e) => toHalfWidth(compact(e.title)).slice(-TITLE_TAIL)).filter((t) => t.length >= 6)
  for (let k = 1; k < starts.length; k++) {
    const s = starts[k]
    if (!s.docNumber || s.decree || numbers.has(s.docNumber)) continue
    const title = headerText(lines, s)
    // A forwarded 通知 ends as the forwarding one's title does ('转发…的通知'): that entry is theirs.
    const previous = headerText(lines, starts[k - 1])
    if (tails.some((t) => title.includes(t) && !previous.includes(t))) continue
    if (citedBefore(lines, starts[k - 1], s)) out.add(s)
  }
  return out
}

/** With no 目录: the starts whose title the forwarding notice before them names, and whose 文号 it cites. */
function forwardedStarts<S extends StartLike>(lines: SourceLine[], starts: S[]): Set<S> {
  const out = new Set<S>()
  for (let k = 1; k < starts.length; k++) {
    const s = starts[k]
    if (!s.docNumber || s.decree) continue
    if (namesForwarded(headerText(lines, starts[k - 1]), headerText(lines, s)) && citedBefore(lines, starts[k - 1], s)) out.add(s)
  }
  return out
}

/** Whether the text from the previous start to this one (its own 文号 aside) cites this one's 文号. */
function citedBefore(lines: SourceLine[], previous: StartLike, s: StartLike): boolean {
  const before = lines.slice(previous.lead, s.lead).filter((_, j) => previous.lead + j !== previous.numberIdx)
  return findDocNumbers(compact(before.map((l) => l.text).join(''))).some((n) => n.docNumber === s.docNumber)
}

function headerText(lines: SourceLine[], s: StartLike): string {
  return toHalfWidth(compact(s.header.map((i) => lines[i].text).join('')))
}
