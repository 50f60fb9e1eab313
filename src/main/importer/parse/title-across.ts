// A title set across the page over three columns, its 文号 centred under it: pdftotext writes the
// title, then the left column's lines beside the 文号's row (a recipient line, the first
// paragraphs, a name list), and the 文号 only after them, tens of lines under its title. The
// lines right over the 文号 are then the column's ('（二）专家委员（按姓氏笔划为' / '序）'), no
// title; the 目录, which pairs the 文号 with its title, says where the title stands.
import { folded, isBlank, type SourceLine } from './lines'
import { spellsTitle } from './toc-anchors'

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
