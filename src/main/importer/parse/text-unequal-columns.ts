// Two columns set at unequal widths (a Word section's columns, one wider than the other: 25 hanzi
// beside 17), which pdftotext wrote line by line as their rows fall. The page's lines then sit at
// two widths, one after the other all down the page; read at either width alone, the other
// column's full lines look like lines across the page (too wide) or like paragraphs' short last
// lines (too narrow), and its streams come apart wrong. Such a page is read at the wider width,
// each stream's lines judged at its own column's width (text-two-streams.ts).
import { endsSentence, hasInnerPunct, isBlank, type SourceLine } from './lines'
import { displayWidth, near, PAGE_WIDE } from './text-widths'

/** Lines a page must hold at each of the two widths. */
const MIN_AT_EACH = 8
/** The fewer lines at one width are at least this share of the lines at the other. */
const MIN_SHARE = 0.3
/**
 * Turns from one width to the other, as a share of the fewer lines: columns written line by line
 * turn all down the page; a page of two bands (a section in narrower columns under wider ones,
 * text-page-widths.ts wideTopEnd and narrowBottom) turns once or twice.
 */
const MIN_TURNS = 0.5

/**
 * The page's two column widths, wider first, when its lines between `from` and `to` sit at the
 * text's two widths (text-widths.ts columnWidths), many at each, turning from one to the other all
 * down the page; else null.
 */
export function unequalColumns(lines: readonly SourceLine[], from: number, to: number, widths: readonly number[]): readonly [number, number] | null {
  if (widths.length < 2) return null
  const wide = Math.max(...widths)
  const narrow = Math.min(...widths)
  if (wide >= PAGE_WIDE) return null
  const page: number[] = []
  for (let i = from; i < to; i++) if (!isBlank(lines[i].text)) page.push(Math.round(displayWidth(lines[i].text)))
  const atWide = near(page, wide)
  const atNarrow = near(page, narrow)
  const fewer = Math.min(atWide, atNarrow)
  if (fewer < MIN_AT_EACH || fewer < MIN_SHARE * Math.max(atWide, atNarrow)) return null
  if (openAt(lines, from, to, narrow) < MIN_OPEN) return null
  return turns(page, wide, narrow) >= MIN_TURNS * fewer ? [wide, narrow] : null
}

/**
 * Lines at the narrower width that stop mid-sentence, a mark inside: the narrower column's wrapped
 * prose. A page of one width whose headings, captions and name-list rows happen to sit at the
 * text's narrower width (prov-xe-toc2col-b page 7) has few: they stop at their own end.
 */
const MIN_OPEN = 6

function openAt(lines: readonly SourceLine[], from: number, to: number, width: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const t = lines[i].text.trim()
    if (t && near([Math.round(displayWidth(t))], width) > 0 && !endsSentence(t) && hasInnerPunct(t)) n++
  }
  return n
}

/** How often the page's lines at one of the two widths follow one at the other. */
function turns(page: readonly number[], wide: number, narrow: number): number {
  let n = 0
  let last = -1
  for (const w of page) {
    const at = near([w], wide) > 0 ? 0 : near([w], narrow) > 0 ? 1 : -1
    if (at < 0) continue
    if (last >= 0 && at !== last) n++
    last = at
  }
  return n
}

/** A line this much past a column's width is no line of it. */
const PAST_BY = 4

/** Whether a unit's line fits a column of width `full`. */
export function fitsColumn(text: string, full: number): boolean {
  return displayWidth(text.trim()) <= full + PAST_BY
}

/**
 * Cost of a line that stops at the narrower column's edge mid-sentence, read in the wider column:
 * a wrapped line of prose runs to its own column's edge, so it is the narrower column's full line
 * (a title's line, no inner mark, may stop anywhere).
 */
const OPEN_AT_OTHER_EDGE = 4

/** What reading `text` in a column of width `full` costs, the other column being `other` wide. */
export function misfitCost(text: string, full: number, other: number): number {
  const t = text.trim()
  if (other >= full || endsSentence(t) || !hasInnerPunct(t)) return 0
  return near([Math.round(displayWidth(t))], other) > 0 ? OPEN_AT_OTHER_EDGE : 0
}

/**
 * `b` repeats `a`, the line written right before it, word for word: two documents of one issuer
 * closing side by side, their signatures on one row ('兴县人民政府' twice). A column never
 * prints its own line twice, so the two are the two columns' lines.
 */
export function repeatsLine(a: string, b: string): boolean {
  const t = b.trim()
  return t.length >= MIN_REPEATED && t === a.trim()
}

/** Characters a repeated line holds at least: a lone mark or digit may repeat in a column. */
const MIN_REPEATED = 2

/** A line this much short of the narrower column's width is short: a closing's, a title's. */
const SHORT_BY = 6
/** What leaving the column between two such lines costs: a little, as staying across a blank does. */
export const SHORT_PAIR_SWITCH = 1

/**
 * Two lines pdftotext wrote in one block, both short of the narrower column's width (`narrow`): a
 * signature, a date, a title's or a head's line. Such short lines of the two columns, closings and
 * heads side by side, fall into one block of pdftotext's, so the block says little of their column.
 */
export function shortPair(a: string, b: string, narrow: number): boolean {
  return displayWidth(a.trim()) <= narrow - SHORT_BY && displayWidth(b.trim()) <= narrow - SHORT_BY
}
