// What a body line is, told by its neighbours before blocks are built: name-list rows (a name over
// its post), the signature lines stacked above a date, and the title of an attachment or of a
// document printed after the closing.
import type { BlockKind } from '../../../shared/domain'
import type { LineLayout } from '../../../shared/source-line'
import { compact, endsSentence, hasInnerPunct } from './lines'
import { classifyLine, isEntryShape } from './classify'
import { docNumberOfLine, isIssuerText } from './header'
import type { Edge } from './geometry'
import { isName } from './text-breaks'
import { LEAD_INDENT } from './text-widths'

/** A body line as blocks are built from it. */
export interface Line {
  no: number
  text: string
  kind: BlockKind
  /** Blank lines between this line and the previous non-blank one. */
  gap: number
  bulleted: boolean
  /** Where the line is printed (PDF), and whether it runs to its column's edge. */
  layout?: LineLayout
  edge: Edge
  /** Cells of space before the line: -layout text keeps a first line's indent (plain text none). */
  lead?: number
  /** Stands an indent in from the line right under it (-layout text): a paragraph's first line over its rest. */
  setIn?: boolean
  /** Stops an indent short of the full-width line right under it (hard-wrapped text, by widths): a paragraph's first line over its rest. */
  overFull?: boolean
  /** A paragraph of its own in the source (Word). */
  whole?: boolean
  /** Lines of a cut visual line after its first, whose text this line took on (text-flow.ts). */
  pieces: number[]
  /** The first line after a page break (text that keeps its page breaks). */
  pageTop?: boolean
  /** Goes on with the title above it (a forwarded document's title over its 文号, see markTitles). */
  titleGoesOn?: boolean
}

/** Marks name-list rows, signatures and titles by the lines around them. */
export function markLines(lines: Line[]): void {
  markSetIn(lines)
  markNameRows(lines)
  markSignatures(lines)
  markTitles(lines)
}

/**
 * -layout text sets a paragraph's first line in from its column's edge and the rest it wraps to
 * back at the edge: a line an indent in from the line right under it opens something (a
 * paragraph, a list's entry set in alike). The indent takes a cell to two ems' six, as
 * text-flow.ts's endsAtIndent reads it. Plain text starts every line at the edge, but its widths
 * say as much: a line an indent short right over one run to the full width is a first line over
 * its rest (overFull).
 */
function markSetIn(lines: Line[]): void {
  lines.forEach((l, i) => {
    const below = lines[i + 1]
    // A PDF's lines carry their place in their layout, not in spaces.
    if (!below || below.gap > 0 || l.layout) return
    if (l.edge === 'indented' && below.edge === 'full') l.overFull = true
    const setIn = (l.lead ?? 0) - (below.lead ?? 0)
    if (setIn >= 1 && setIn <= 2 * LEAD_INDENT) l.setIn = true
  })
}

/** A post under a name: a short line that is not a sentence and not itself a name. */
function isPost(l: Line | undefined): boolean {
  if (!l || l.kind !== 'paragraph' || isName(l.text) || isEntryShape(l.text)) return false
  // A section number alone ('1.3') labels the next heading: no post is all digits.
  if (/^[\d.．]+$/.test(compact(l.text))) return false
  return !/[。；;]/.test(l.text) && compact(l.text).length <= 30
}

/**
 * Names and posts set in two columns come out one under the other: '梁言顺' / '中央宣传部副部长' /
 * '王作安' / '…'. Two such pairs in a row make the names entries of a name list.
 */
function markNameRows(lines: Line[]): void {
  // Text only: a PDF's layout keeps name and post on their row.
  const pairAt = (i: number): boolean =>
    i >= 0 && i + 1 < lines.length && !lines[i].layout && lines[i].kind === 'paragraph' && isName(lines[i].text) && isPost(lines[i + 1])
  lines.forEach((l, i) => {
    if (pairAt(i) && (pairAt(i + 2) || pairAt(i - 2))) l.kind = 'nameListEntry'
    // A row the text reader put together (text-names.ts): name and post two ideographic spaces apart.
    if (!l.layout && l.kind === 'paragraph' && /\u3000\u3000/.test(l.text) && isEntryShape(l.text)) l.kind = 'nameListEntry'
  })
}

/** Joint documents stack up to nine signing units above the date. */
const MAX_SIGNATURES = 9

/**
 * The page sets the signature block apart with the date: right-aligned, or indented as far as the
 * date (PDF). Such a line above the date signs even when its words are not a unit's name
 * (several units on one line, a person: 省长 ××).
 */
function setAside(l: Line, date: Line): boolean {
  if (!l.layout || !date.layout) return false
  const right = (x: LineLayout): boolean => x.align === 'right' || x.indent >= SIGNATURE_INDENT
  return right(l.layout) && right(date.layout)
}

/** Ems of indent that put a line in the signature block's place (a third of a 公文 line or more). */
const SIGNATURE_INDENT = 8

/** Lines right above a date that name the issuing unit are its signature. */
function markSignatures(lines: Line[]): void {
  lines.forEach((l, i) => {
    if (l.kind !== 'date') return
    for (let k = i - 1, n = 0; k >= 0 && n < MAX_SIGNATURES; k--, n++) {
      const t = lines[k].text
      const plain = lines[k].kind === 'paragraph' && !hasInnerPunct(t) && compact(t).length <= 30
      if (!plain || (n > 0 && !isIssuerText(compact(t)) && !setAside(lines[k], l))) break
      lines[k].kind = 'signature'
    }
  })
}

/**
 * A line that may be a title: a plain paragraph line, or one made a heading only by its face and
 * set centred (a regulation's or attachment's title in 黑体 or 楷体, as Word-made gazettes set them).
 */
function isTitleCandidate(l: Line | undefined): boolean {
  if (!l || endsSentence(l.text)) return false
  const byFace = (l.kind === 'heading1' || l.kind === 'heading2') && l.layout?.align === 'centre' && classifyLine(l.text, false) === 'paragraph'
  if (l.kind !== 'paragraph' && !byFace) return false
  const c = compact(l.text)
  return c.length >= 4 && c.length <= 60 && !/[，。；,;]/.test(c)
}

/** An attachment's or attached plan's own title: after 附件, or after the signature block. */
function markTitles(lines: Line[]): void {
  lines.forEach((l, i) => {
    if (l.kind === 'attachmentHeading' && isTitleCandidate(lines[i + 1])) lines[i + 1].kind = 'title'
    if (l.kind !== 'date') return
    let k = i + 1
    while (k < lines.length && lines[k].kind === 'note') k += noteLength(lines, k)
    if (k + 1 < lines.length && isTitleCandidate(lines[k])) {
      lines[k].kind = 'title'
      markTitleOverNumber(lines, k)
    }
  })
}

/** Lines a title in hard-wrapped text runs over at most (a narrow column's forwarded title). */
const TITLE_LINES_MAX = 4

/**
 * Hard-wrapped text: a title after a closing whose next lines, none with clause punctuation, stand
 * over a 文号 alone is the title of a document printed inside this one (a 转发's forwarded notice,
 * '国务院办公厅关于全面推行行政执法公示' / '制度执法全过程记录制度…' / '国办发〔2018〕118 号'):
 * those lines are the title's.
 */
function markTitleOverNumber(lines: Line[], k: number): void {
  if (lines[k].layout) return
  for (let j = k + 1; j < lines.length && j <= k + TITLE_LINES_MAX; j++) {
    const l = lines[j]
    if (docNumberOfLine(l.text) !== null) {
      for (let i = k + 1; i < j; i++) lines[i].titleGoesOn = true
      return
    }
    if (l.kind !== 'paragraph' || l.gap > 0 || /[，。；：,;:！？]/.test(l.text) || compact(l.text).length > 40) return
  }
}

/** Lines a note spans: an unclosed '（联系人：…' runs on to its closing bracket. */
function noteLength(lines: Line[], i: number): number {
  let depth = 0
  for (let k = i; k < lines.length && k < i + 3; k++) {
    depth += (lines[k].text.match(/[（(]/g) ?? []).length - (lines[k].text.match(/[）)]/g) ?? []).length
    if (depth <= 0) return k - i + 1
  }
  return 1
}
