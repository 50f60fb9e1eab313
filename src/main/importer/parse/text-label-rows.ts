// A row of two columns that holds a 条 in each, written line by line by pdftotext: the labels stand
// a little higher than their row and are written ahead of it, often rows ahead (the left one's
// far enough to be left bare), then the row's two texts left to right, each alone between blank
// lines and each short of the column by a label: '第十九条' (bare, some rows up) … '第二十五条' /
// '' / '国务院专利行政部门和地方人' / '' / '专利代理机构有下列行为之'. Taken one at a time, the label
// before the row takes its first text, the left column's. A person reads the lower number on the
// left: the bare label before takes the row's first text, the label over the row its second.
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { numberOf } from './text-numbers'
import { INDENT, THREE_WIDE, displayWidth } from './text-widths'
import { MARKED, ONE_COLUMN, closes, fillsRow, ofHeader } from './text-label-among'

/** A 条's label alone on its line. */
const BARE_ARTICLE = /^第[一二三四五六七八九十百零〇]+条$/
/** Lines (not blank) back from the row's label the bare one may stand. */
const BACK_WINDOW = 16

/**
 * For the lone 条 label at `label` whose text would be line `first`: when `first` and the line a
 * blank line under it both fill a label's row and go on, and a bare 条 label of a lower number
 * stands before `label` on its page, the bare label's text is `first` and the label's the line
 * under it. Null otherwise. Pages in two columns only.
 */
export function sharedRow(lines: readonly SourceLine[], label: number, first: number, at: ((i: number) => number) | null): { bare: number; own: number } | null {
  if (!at || at(label) >= ONE_COLUMN || at(label) <= THREE_WIDE) return null
  const second = first + 2
  if (second >= lines.length || !isBlank(lines[first + 1].text) || isBlank(lines[second].text)) return null
  // One page: a page break is two places of one line number.
  if (lines[first + 1].no === lines[first].no || lines[second].no === lines[first + 1].no) return null
  const n = numberOf(compact(lines[label].text))?.n
  if (n === undefined) return null
  const bare = bareBefore(lines, label, n)
  if (bare < 0) return null
  const rowText = (lab: number, k: number): boolean => {
    const t = lines[k].text.trim()
    const c = compact(t)
    if (MARKED.test(c) || closes(t) || ofHeader(t) || endsSentence(t)) return false
    return fillsRow(at(lab) - displayWidth(lines[lab].text.trim()) - displayWidth(t))
  }
  // The second text is no full line of the column (the other column's) nor a paragraph's first.
  if (displayWidth(lines[second].text.trim()) >= at(label) - INDENT) return null
  return rowText(bare, first) && rowText(label, second) ? { bare, own: second } : null
}

/** The nearest bare 条 label before `label` on its page with a number below `n`, or -1. */
function bareBefore(lines: readonly SourceLine[], label: number, n: number): number {
  for (let k = label - 1, seen = 0; k > 0 && seen < BACK_WINDOW; k--) {
    if (lines[k + 1].no === lines[k].no) return -1
    if (isBlank(lines[k].text)) continue
    seen++
    const c = compact(lines[k].text)
    if (!BARE_ARTICLE.test(c)) continue
    const m = numberOf(c)?.n
    // Two labels written one after the other are two rows' labels in turn, not this row's.
    return m !== undefined && m < n && seen > 1 ? k : -1
  }
  return -1
}
