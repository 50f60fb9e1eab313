// A document printed inside another: the State Council's notice a province forwards (转发), set
// after the forwarding notice's signature and date with its own title, 文号, signature and date.
// The 目录 lists the forwarding document only, and its text cites the enclosed one's 文号
// ('现将《国务院办公厅关于…》（国办发〔2018〕118号）转发给你们'). A start the 目录 does not list
// (neither its 文号 nor its title), whose 文号 the text just before it cites, opens no document.
import type { TocEntry } from '../../../shared/domain'
import { findDocNumbers, toHalfWidth } from '../../../shared/doc-number'
import { compact, type SourceLine } from './lines'

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
  if (toc.length === 0) return out
  const numbers = new Set(toc.map((e) => e.docNumber).filter((n): n is string => n !== null))
  const tails = toc.map((e) => toHalfWidth(compact(e.title)).slice(-TITLE_TAIL)).filter((t) => t.length >= 6)
  for (let k = 1; k < starts.length; k++) {
    const s = starts[k]
    if (!s.docNumber || s.decree || numbers.has(s.docNumber)) continue
    const title = headerText(lines, s)
    // A forwarded 通知 ends as the forwarding one's title does ('转发…的通知'): that entry is theirs.
    const previous = headerText(lines, starts[k - 1])
    if (tails.some((t) => title.includes(t) && !previous.includes(t))) continue
    const before = lines.slice(starts[k - 1].lead, s.lead).filter((_, j) => starts[k - 1].lead + j !== starts[k - 1].numberIdx)
    const text = compact(before.map((l) => l.text).join(''))
    if (findDocNumbers(text).some((n) => n.docNumber === s.docNumber)) out.add(s)
  }
  return out
}

function headerText(lines: SourceLine[], s: StartLike): string {
  return toHalfWidth(compact(s.header.map((i) => lines[i].text).join('')))
}
