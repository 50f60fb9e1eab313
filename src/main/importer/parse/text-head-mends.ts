// A document's head that the text as written parts and a two-stream reading puts back together:
// pdftotext writes a page by height, so at a page's top the other column's first lines may stand
// between a title and its 文号 ('产业的指导意见' / '总规模达到 2 万亿元…' / '国办发〔2018〕121 号').
// The 目录 says the 文号 goes with its title: a reading that joins them, where the text parts them
// by other lines, is right there, however little its joins read better elsewhere.
import { isBlank } from './lines'
import { docNumberOfLine } from './header'
import { anchorJoin, type TocAnchors } from './toc-anchors'

/** What the 目录 says of a 文号 read beside a line of its own title (toc-anchors.ts NUMBER_BY_TITLE). */
const BY_OWN_TITLE = 0

/** 文号 lines the 目录 lists with a title, read beside a line of it in `texts` (blank lines skipped). */
function numbersByTitle(texts: readonly string[], anchors: TocAnchors): Set<string> {
  const lines = texts.filter((t) => !isBlank(t))
  const out = new Set<string>()
  lines.forEach((t, k) => {
    const num = docNumberOfLine(t)
    if (!num || !anchors.byNumber.has(num.docNumber)) return
    const near = [lines[k - 1], lines[k + 1]].filter((n) => n !== undefined)
    if (near.some((n) => anchorJoin(anchors, n, t) < BY_OWN_TITLE)) out.add(t)
  })
  return out
}

/**
 * 文号 lines the reading `read` prints beside a line of their own title that the text as written
 * (`written`) prints beside none: heads the reading mends. A 文号 printed twice is not counted.
 */
export function headsMended(anchors: TocAnchors, written: readonly string[], read: readonly string[]): number {
  if (anchors.titles.length === 0) return 0
  const before = numbersByTitle(written, anchors)
  const once = (t: string): boolean => written.filter((w) => w === t).length === 1
  return [...numbersByTitle(read, anchors)].filter((t) => !before.has(t) && once(t)).length
}

/** The run's first units a converter writing the page by height puts in turn, a few of each column. */
const TOP_UNITS = 10
/** Switches between the columns among them: the columns' first lines in turn, not whole blocks. */
const TOP_SWITCHES = 4

/**
 * The reading takes the run's first lines from the two columns in turn, a few at a time: a page
 * top written by height (a title beside the other column's first lines), not two blocks traded
 * (county-lo-2col.txt 293–397: two documents' blocks, whose joins alone read better by chance).
 */
export function inTurnNearTop(columns: readonly number[]): boolean {
  let switches = 0
  for (let k = 1; k < Math.min(columns.length, TOP_UNITS); k++) if (columns[k] !== columns[k - 1]) switches++
  return switches >= TOP_SWITCHES
}
