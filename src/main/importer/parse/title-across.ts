// A title set across the page over three columns, its 文号 centred under it: pdftotext writes the
// title, then the left column's lines beside the 文号's row (a recipient line, the first
// paragraphs, a name list), and the 文号 only after them, tens of lines under its title. The
// lines right over the 文号 are then the column's ('（二）专家委员（按姓氏笔划为' / '序）'), no
// title; the 目录, which pairs the 文号 with its title, says where the title stands.
import { folded, isBlank, type SourceLine } from './lines'
import { spellsTitle } from './toc-anchors'
import { startsTitle } from './header'
import type { Start } from './split-documents'
import type { TocAnchors } from './toc-anchors'
import { THREE_WIDE } from './text-widths'
import { pageWidths } from './text-page-widths'

/** Lines a title may take. */
const MAX_TITLE_LINES = 3
/** How far (lines) above its 文号 a title may stand: a column's length on a page. */
const REACH = 80


/** A 文号 in brackets: set centred under its title (one alone stands over it, or in the 版记). */
const BRACKETED = /^\s*[（(]/
/** Lines the recipients (主送机关, ending in a colon) may take under a title. */
const RECIPIENT_LINES = 2

/**
 * The text under the title opens the document: its recipients, ending in a colon within
 * RECIPIENT_LINES lines (a column's text read there instead goes on from elsewhere).
 */
function opensWithRecipients(lines: readonly SourceLine[], from: number, to: number): boolean {
  let seen = 0
  for (let k = from; k < to && seen < RECIPIENT_LINES; k++) {
    if (isBlank(lines[k].text)) continue
    if (/[：:]\s*$/.test(lines[k].text)) return true
    seen++
  }
  return false
}

/** The title spelt by `header`'s lines is the 目录's (whole, or from its 关于 on). */
function spells(lines: readonly SourceLine[], header: number[], title: string): boolean {
  return spellsTitle(folded(header.map((k) => lines[k].text).join('')), title)
}

/**
 * The lines above a 文号 line (from `floor` on, within REACH) that spell the 目录's title of that
 * 文号, when the header found right over it does not: [] when the 目录 does not list it or no lines
 * spell it (or the header found already does).
 */
export function tocTitleAbove(lines: readonly SourceLine[], numIdx: number, floor: number, header: number[], title: string | undefined): number[] {
  if (!title || !BRACKETED.test(lines[numIdx].text) || (header.length > 0 && spells(lines, header, title))) return []
  for (let i = numIdx - 1; i >= Math.max(floor, numIdx - REACH); i--) {
    if (isBlank(lines[i].text) || !title.startsWith(folded(lines[i].text).slice(0, 4))) continue
    const span: number[] = []
    let text = ''
    for (let k = i; k < numIdx && span.length < MAX_TITLE_LINES; k++) {
      if (isBlank(lines[k].text)) continue
      text += folded(lines[k].text)
      span.push(k)
      if (text === title) return opensWithRecipients(lines, k + 1, numIdx) ? span : []
      if (!title.startsWith(text)) break
    }
  }
  return []
}

/**
 * Where the 目录's `title` stands whole in the text (-1: nowhere): up to MAX_TITLE_LINES lines that
 * follow one another and spell it. A 文号 whose lines beside it read as no title (a column's
 * prose, '应链，成为扩大消费的新亮点、成为' over '兴政办发〔2022〕9号') while its title stands whole
 * further on was written by pdftotext out of its column's place (a three-column page left as
 * written): the document starts at that title, not at a line of the document before.
 */
export function titleSpeltApart(lines: readonly SourceLine[], from: number, title: string): number {
  if (title.length < 8) return -1
  for (let i = from; i < lines.length; i++) {
    // Its first line opens the title (关于…, or the title's own first characters), as startsByTitle asks.
    const first = folded(lines[i].text)
    if (first.length < 4 || !(title.startsWith(first.slice(0, 6)) || (startsTitle(lines[i].text) && title.includes(first)))) continue
    let text = ''
    for (let k = i; k < lines.length && k < i + MAX_TITLE_LINES && !isBlank(lines[k].text); k++) {
      text += folded(lines[k].text)
      if (spellsTitle(text, title)) return i
      if (!title.includes(text)) break
    }
  }
  return -1
}

/** Each text's page widths (text-page-widths.ts), worked out once: asked per 文号 without a title. */
const widthsOf = new WeakMap<readonly SourceLine[], { from: number; at: ((i: number) => number) | null }>()

/**
 * Where the 目录's title (`listed`) of the 文号 on line `i` stands apart from it (titleSpeltApart),
 * asked of plain text only, on a page set in three columns, when the header beside the 文号 holds
 * no piece of that title (a title the reading cut); else -1.
 */
export function titleApartOf(lines: readonly SourceLine[], i: number, from: number, header: readonly number[], listed: string): number {
  if (lines[i].layout || header.some((k) => folded(lines[k].text).length >= 4 && listed.includes(folded(lines[k].text)))) return -1
  if (widthsOf.get(lines)?.from !== from) widthsOf.set(lines, { from, at: pageWidths(lines, from) })
  const fullAt = widthsOf.get(lines)!.at
  return fullAt && fullAt(i) < THREE_WIDE ? titleSpeltApart(lines, from, listed) : -1
}

/**
 * A 文号 with no title beside it that stands before a document the 目录 lists before it, while its
 * title, whole further on, stands after that one (pdftotext wrote a three-column page's 文号 out
 * of its column's place): the title starts the document, found by startsByTitle.
 */
export function outOfOrder(s: Start, at: number | undefined, starts: Start[], anchors: TocAnchors): boolean {
  if (at === undefined || s.docNumber === null) return false
  const k = anchors.byNumber.get(s.docNumber) ?? -1
  const rank = (t: Start): number => (t.docNumber === null ? -1 : (anchors.byNumber.get(t.docNumber) ?? -1))
  const before = starts.filter((t) => t !== s && rank(t) >= 0 && rank(t) < k && t.lead > s.lead)
  const after = starts.filter((t) => t !== s && rank(t) > k && t.lead < at)
  return before.length > 0 && after.length === 0 && before.every((t) => t.lead < at)
}
