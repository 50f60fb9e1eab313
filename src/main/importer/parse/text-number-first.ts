// A 文号 set over its title at the top of a page's right column, found first on the page. A layout
// that prints the 文号 above the title ('国办函〔2004〕36 号' / '国务院办公厅关于同意以哈尔滨市名义'),
// the title opening the right column of a page whose left column still holds the document before,
// has pdftotext write the 文号 before the left column's first line, as it stands highest on the
// page ('国办函〔2004〕36 号' / '的水坪洼地及周围坡地上房屋的开裂情况。房'). The joins have no word on a
// page's first line (text-streams.ts leaves it to them): read so, the new document opens at the
// page's top and takes the left column's rest, the last document's signature and date with it.
// The 目录 says which title the 文号 is of: when the reading puts that title's first line further
// down, other lines between, the 文号 goes down to stand right over it, as printed.
// A 文号 set under its title at the top of the right column, beside a paragraph the left column
// goes on with, is written after the title's block between two lines of that paragraph
// ('季运动会的复函' / '板梁之间有水平开裂现象。出现裂缝房屋分布' / '国办函〔2004〕36 号' / '的水坪洼地…'):
// the joins read the 文号 on from the left line left open at the edge (a page's line as written),
// and the new document opens inside the left column's paragraph. The 目录 says whose title ends a
// line or two above: that 文号 is priced apart from a sentence left open (numberAfterOpen).
import { endsSentence, folded, isBlank } from './lines'
import { docNumberOfLine } from './header'
import { tocTitleOf, type TocAnchors } from './toc-anchors'
import { displayWidth, FULL_WITHIN } from './text-widths'

/** Lines under the 文号 its title's first line may stand within: the left column's, then the right's. */
const TITLE_WITHIN = 60
/** A title line's least length (hanzi) to be told as the title's opening. */
const MIN_OPENING = 6

/**
 * The reading `seq` of a page's first run with the bare 文号 it opens with moved down to right over
 * its title's first line (a line the 目录's title of that 文号 opens with), or null when no such
 * 文号 opens it, its title follows it right away, or another document's 文号 stands between.
 */
export function numberOverTitle(seq: readonly string[], anchors: TocAnchors | undefined): string[] | null {
  if (!anchors || anchors.titles.length === 0) return null
  const first = seq.findIndex((t) => !isBlank(t))
  if (first < 0) return null
  const t = seq[first].trim()
  // A bare 文号: one in brackets is a title's last line, set under it.
  const num = /^[（(]/.test(t) ? null : docNumberOfLine(t)
  const title = num && tocTitleOf(anchors, num.docNumber)
  if (!title) return null
  const opens = (s: string): boolean => {
    const f = folded(s)
    return f.length >= MIN_OPENING && title.startsWith(f)
  }
  const next = seq.findIndex((s, k) => k > first && !isBlank(s))
  if (next < 0 || opens(seq[next])) return null
  for (let k = next + 1, seen = 1; k < seq.length && seen < TITLE_WITHIN; k++) {
    if (isBlank(seq[k])) continue
    seen++
    if (docNumberOfLine(seq[k]) !== null) return null
    if (opens(seq[k])) return [...seq.slice(0, first), ...seq.slice(first + 1, k), seq[first], ...seq.slice(k)]
  }
  return null
}

/** Lines written before a 文号 its title's last line may stand within: one of the other column's between. */
const UNDER_WITHIN = 3
/** A title's last line's least length (hanzi) to be told as that title's end. */
const MIN_TAIL = 3
/**
 * Cost of a 文号 under its title read right after a line left open at the column's edge: a wrapped
 * sentence goes on with its rest, as a numbered paragraph after it would (text-joins.ts OPEN_THEN_LABEL).
 */
const OPEN_THEN_NUMBER = 4

/**
 * The bare 文号 lines of a run (its texts as written) set a line or two under the last line of the
 * title the 目录 gives them, each with that title: the title's block written, then at most two
 * lines of the other column, then the 文号 (one in brackets is read with its title's block).
 */
export function numbersUnderTitles(texts: readonly string[], anchors: TocAnchors | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (!anchors || anchors.titles.length === 0) return out
  texts.forEach((text, i) => {
    const t = text.trim()
    const num = t === '' || /^[（(]/.test(t) ? null : docNumberOfLine(t)
    const title = num && tocTitleOf(anchors, num.docNumber)
    if (!title) return
    for (let k = i - 1, seen = 0; k >= 0 && seen < UNDER_WITHIN; k--) {
      if (isBlank(texts[k])) continue
      seen++
      const f = folded(texts[k])
      if (f.length >= MIN_TAIL && title.endsWith(f)) {
        out.set(text, title)
        return
      }
    }
  })
  return out
}

/**
 * What reading the 文号 `number` right after the line `open` costs, in one column, where the run
 * sets that 文号 under its title (`underTitles`, numbersUnderTitles): a line at the column's full
 * measure that stops mid-sentence goes on with its sentence, not into another document's head;
 * the title's own last line (a full one) goes on into its 文号.
 */
export function numberAfterOpen(underTitles: ReadonlyMap<string, string> | undefined, full: number, open: string, number: string): number {
  const title = underTitles?.get(number)
  if (!title) return 0
  const t = open.trim()
  if (displayWidth(t) < full - FULL_WITHIN || endsSentence(t) || title.endsWith(folded(t))) return 0
  return OPEN_THEN_NUMBER
}
