// A title that starts low in a column while the column beside it still runs on: pdftotext writes
// the two columns' lines row by row there, a line of the other column, a line of the title, the
// other again ('1. 兴县发展和改革局' / '兴县人民政府办公室关于调整' / '2. 兴县工业和信息化局' /
// '兴县小水网工程建设领导小组' / …), one block. The 目录 spells the title whole: where its lines
// stand every other line, the block from the row the title starts on is two columns woven line by
// line, and is read column by column: the other column's lines first (they go on from the text
// above), then the title's with what follows it.
import type { TocEntry } from '../../../shared/domain'
import { folded, isBlank, type SourceLine } from './lines'
import { MAX_TOC_ENTRIES } from './toc-anchors'
import { pageStarts } from './text-pages'

/** A title's line holds at least this many characters (a short piece may be anyone's). */
const MIN_PIECE = 4
/** Lines a woven title may take. */
const MAX_TITLE_LINES = 5

/** A line set off by spaces: a place on the page kept in the text. */
const INDENTED = /^\s{3}/


/**
 * The 目录's titles, whole and from their 关于 on (a page may set the issuer apart), by their first
 * MIN_PIECE characters: a line is looked up, not tried against every title.
 */
function titleForms(entries: readonly TocEntry[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  if (entries.length > MAX_TOC_ENTRIES) return out
  const add = (t: string): void => {
    const key = t.slice(0, MIN_PIECE)
    const list = out.get(key) ?? []
    if (!list.includes(t)) list.push(t)
    out.set(key, list)
  }
  for (const e of entries) {
    const t = folded(e.title)
    if (t.length < 2 * MIN_PIECE) continue
    add(t)
    const at = t.indexOf('关于')
    if (at > 0) add(t.slice(at))
  }
  return out
}

/**
 * Whether lines i, i + 2, i + 4… spell one of the titles whole (at least two lines), while line
 * i + 1 does not go on with line i's piece: the lines between are another column's.
 */
function wovenTitleAt(lines: readonly SourceLine[], i: number, end: number, titles: Map<string, string[]>): number {
  const first = folded(lines[i].text)
  if (first.length < MIN_PIECE) return -1
  for (const t of titles.get(first.slice(0, MIN_PIECE)) ?? []) {
    if (!t.startsWith(first)) continue
    const between = folded(lines[i + 1]?.text ?? '')
    if (between === '' || t.startsWith(first + between)) continue
    let acc = first
    for (let k = i + 2, n = 1; k < end && n < MAX_TITLE_LINES; k += 2, n++) {
      if (isBlank(lines[k].text) || isBlank(lines[k - 1].text)) break
      acc += folded(lines[k].text)
      if (acc === t) return k
      if (!t.startsWith(acc)) break
    }
  }
  return -1
}

/**
 * Lines from `from` on with each block in which a 目录 title's lines stand every other line read
 * column by column from the row before the title's first line to the block's end. Indexes and
 * line numbers stay. Text with layout is returned as it is.
 */
export function unweaveTitles(lines: readonly SourceLine[], from: number, entries: readonly TocEntry[]): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  const titles = titleForms(entries)
  if (titles.size === 0) return out
  const starts = pageStarts(lines)
  starts.forEach((start, p) => {
    const pageEnd = starts[p + 1] ?? lines.length
    for (let i = Math.max(start, from) + 1; i + 2 < pageEnd; i++) {
      if (isBlank(lines[i].text) || isBlank(lines[i - 1].text)) continue
      const last = wovenTitleAt(lines, i, pageEnd, titles)
      if (last < 0) continue
      // The woven rows: from the other column's line on the title's first row to the block's end.
      let end = last + 1
      while (end < pageEnd && !isBlank(lines[end].text)) end++
      const rows: number[] = []
      for (let k = i - 1; k < end; k++) rows.push(k)
      // Text that keeps each line's place on the page (pdftotext -layout) sets a column's line
      // off by spaces: its columns are read by their places (text-layout-columns.ts), not here.
      if (rows.some((k) => INDENTED.test(lines[k].text))) continue
      const order = [...rows.filter((_, j) => j % 2 === 0), ...rows.filter((_, j) => j % 2 === 1)]
      rows.forEach((slot, j) => (out[slot] = { no: lines[slot].no, text: lines[order[j]].text }))
      i = end
    }
  })
  return out
}
