// A 文号 set over its title at the top of a page's right column, found first on the page. A layout
// that prints the 文号 above the title ('国办函〔2004〕36 号' / '国务院办公厅关于同意以哈尔滨市名义'),
// the title opening the right column of a page whose left column still holds the document before,
// has pdftotext write the 文号 before the left column's first line, as it stands highest on the
// page ('国办函〔2004〕36 号' / '的水坪洼地及周围坡地上房屋的开裂情况。房'). The joins have no word on a
// page's first line (text-streams.ts leaves it to them): read so, the new document opens at the
// page's top and takes the left column's rest, the last document's signature and date with it.
// The 目录 says which title the 文号 is of: when the reading puts that title's first line further
// down, other lines between, the 文号 goes down to stand right over it, as printed.
import { folded, isBlank } from './lines'
import { docNumberOfLine } from './header'
import { tocTitleOf, type TocAnchors } from './toc-anchors'

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
