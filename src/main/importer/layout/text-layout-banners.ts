// A 栏目 banner in text that keeps each line's place (pdftotext -layout): a section's name in
// brackets ('【国务院文件】') on a strip across the page, set between the columns of the documents
// above it (balanced, ended) and those of the next section below. Its row holds the name alone,
// flush left (the row above it holds text on both sides of the gutter: the columns above end on
// one row; the row below it text past the gutter) or centred on the page (past the left column's
// middle, with columns above or below): a heading inside the left column would stand beside the
// right column's lines, not on a row the other columns leave empty. A name framed by ornaments
// ('◇ 市政府令 ◇') centred over a 目录 of three columns may cross the gutter between them.

import { MAX_INDENT, type Row } from './text-layout-rows'
import { leadingBlanks } from '../parse/lines'
import { docNumberOfLine, isIssuerText } from '../parse/header'
import { parseDateLine } from '../parse/dates'

/** A 栏目's name in its brackets, alone on the row. */
const BANNER = /^【[^【】\d]{2,16}】$/

/** A 栏目's name between two like ornaments, alone on the row ('◇ 上级文件 ◇', '■ 人事任免 ■', '〓县政府文件〓'). */
const FRAMED = /^([◇◆■□▲△▼〓●○★☆])\s*[\u4e00-\u9fff（）、]{2,16}\s*\1$/

/** Whether a row holds text past the gutter. */
const pastGutter = (r: Row | undefined): boolean => r?.kind === 'right' || r?.kind === 'both'

/**
 * The rows with each banner across the page set 'across': the columns above and below it are read
 * apart. `gutter`: where the page's right column starts, in cells; `rows`: the page's rows.
 */
export function bannersAcross(kinds: readonly Row[], gutter: number, rows: readonly string[] = []): Row[] {
  const near = (i: number, step: 1 | -1): Row | undefined => {
    let j = i + step
    while (j >= 0 && j < kinds.length && kinds[j].kind === 'blank') j += step
    return kinds[j]
  }
  return kinds.map((k, i) => {
    // A 栏目 framed by its ornaments centred on the page ('◇ 市政府令 ◇'), the closing one past the gutter.
    if (k.kind === 'both' && FRAMED.test((rows[i] ?? '').trim())) return { kind: 'across', text: rows[i] }
    if (k.kind === 'right' && rightBanner(kinds, i, gutter) && (thirdColumnNear(rows, i, gutter) || beforeEdge(kinds, i, gutter, rows))) return { kind: 'across', text: k.text }
    if (k.kind === 'left' && NUMBERED.test(k.text.trim()) && centredOver(k.text, kinds, i, gutter, near)) return { kind: 'across', text: k.text }
    // Bare, it may start a little before the right column's edge (beforeEdge), read as the right column's.
    const bareAt = k.kind === 'left' || (k.kind === 'right' && beforeEdge(kinds, i, gutter, rows))
    if (bareAt && bareBanner(rows[i] ?? k.text, kinds, i, gutter, near)) return { kind: 'across', text: rows[i] ?? k.text }
    if (k.kind === 'left' && flushNumbered(k.text, kinds, i, near)) return { kind: 'across', text: k.text }
    if (k.kind !== 'left' || !BANNER.test(k.text.trim())) return k
    const lead = leadingBlanks(k.text)
    // Flush left under columns balanced on one row, or centred on the page: it starts past the
    // left column's middle (one centred in its column starts before it).
    // The right column's own banner on the row below makes it the left column's (a 目录 whose
    // columns each open a 栏目 there): under a banner across, both columns start their text.
    const below = near(i, 1)
    const rightsOwn = below?.kind === 'right' && BANNER.test(below.text.trim())
    const flush = lead <= MAX_INDENT && near(i, -1)?.kind === 'both' && pastGutter(below) && !rightsOwn
    const centred = lead >= gutter / 2 && (pastGutter(near(i, -1)) || pastGutter(near(i, 1)))
    return flush || centred ? { kind: 'across', text: k.text } : k
  })
}

/**
 * A 栏目's name after its numeral centred on the page (past the left column's middle) under columns
 * that end above it: a blank row sets it apart from them, and the last row above holds text past
 * the gutter. A numbered heading of the left column starts at its edge or is centred in it; one of
 * a middle column (three columns) stands between that column's lines, no blank row over it. A
 * banner two blank rows or more below the columns stands between bands read each at its own
 * gutter (gapBands), the band above it too short to show its columns by itself.
 */
function centredOver(text: string, kinds: readonly Row[], i: number, gutter: number, near: (i: number, step: 1 | -1) => Row | undefined): boolean {
  return leadingBlanks(text) >= gutter / 2 && kinds[i - 1]?.kind === 'blank' && kinds[i - 2]?.kind !== 'blank' && pastGutter(near(i, -1))
}

/** A 栏目's name set bare (no brackets, numeral or ornaments): a few hanzi alone on the row. */
const BARE_NAME = /^[\u4e00-\u9fff]{2,8}$/

/**
 * A 栏目's name set bare in a larger face on a strip across the page ('人事任免', '国务院文件'),
 * under columns that end above it: two blank rows or more set it apart from them, one of the last
 * rows above holds text past the gutter (the columns may end a few rows apart), and it starts a third of the way to the gutter or further (a
 * heading centred in the left column starts nearer its edge). No issuer's name (a signature set
 * toward the gutter) and no date under it.
 */
function bareBanner(text: string, kinds: readonly Row[], i: number, gutter: number, near: (i: number, step: 1 | -1) => Row | undefined): boolean {
  const name = text.trim()
  if (!BARE_NAME.test(name) || isIssuerText(name) || leadingBlanks(text) < gutter / 3) return false
  if (!columnsAbove(kinds, i) || runsOnPast(kinds, i)) return false
  const below = near(i, 1)
  if (below === undefined || below.kind === 'blank') return false
  const under = below.kind === 'both' ? below.left : below.text
  if (kinds[i - 1]?.kind === 'blank' && kinds[i - 2]?.kind === 'blank') return parseDateLine(under) === null
  return centredOnPage(text, gutter) && docNumberOfLine(below.kind === 'both' ? `${below.left} ${below.right}` : below.text) !== null
}

/**
 * A bare name set right under the columns (a Word section's banner, the columns above it balanced,
 * no blank row between) is a banner when it stands centred on the page, reaching the gutter from
 * past the left column's middle, and a 文号 opens the document under it: a line of the left column
 * centred in it stops short of the gutter, and what a banner heads is a document.
 */
function centredOnPage(text: string, gutter: number): boolean {
  const lead = leadingBlanks(text)
  return lead >= gutter / 2 && lead + 2 * text.trim().length >= gutter
}

/** A right column's line's last character that ends no sentence: an ideograph or a pause (，、). */
const RUNS_ON = /[\u4e00-\u9fff，、]$/u

/** Characters a column's line holds to be taken for a full one (no title's or signature's). */
const MIN_RUN_ON = 12

/**
 * Whether the right column runs on past row `i` (the last line of a title set larger in the
 * middle column, or the blank rows its line spacing left across the page: '的函'): its nearest line
 * above is a full line ending mid-sentence and its nearest line under starts where that one does,
 * a full line too. Columns that end above a banner end their text there.
 */
export function runsOnPast(kinds: readonly Row[], i: number): boolean {
  // On a page of three columns the text past the gutter holds the middle column's line, then the
  // right one's after spaces: the middle one, next to the gutter, is the one that runs on.
  const nextToGutter = (t: string): string => t.trimEnd().replace(/(\S) {3,}\S.*$/u, '$1')
  const right = (r: Row): string | null => (r.kind === 'right' ? nextToGutter(r.text) : r.kind === 'both' ? nextToGutter(r.right) : null)
  // The right column's nearest line either way, past one row of text with none (the title's last line).
  const nearest = (step: 1 | -1): string | null => {
    let other = 0
    for (let j = i + step; j >= 0 && j < kinds.length && other <= 1; j += step) {
      if (kinds[j].kind === 'blank') continue
      const text = right(kinds[j])
      if (text !== null) return text
      other++
    }
    return null
  }
  const [up, down] = [nearest(-1), nearest(1)]
  if (up === null || down === null || / {2}/.test(up.trim()) || / {2}/.test(down.trim())) return false
  const lead = (t: string): number => t.length - t.trimStart().length
  return up.trim().length >= MIN_RUN_ON && down.trim().length >= MIN_RUN_ON && RUNS_ON.test(up.trim()) && Math.abs(lead(up) - lead(down)) <= 1
}

/** Rows of text looked at above a bare banner for the right column's. */
const ABOVE_ROWS = 3

/** Whether one of the last ABOVE_ROWS rows of text above row `i` holds text past the gutter. */
function columnsAbove(kinds: readonly Row[], i: number): boolean {
  let seen = 0
  for (let j = i - 1; j >= 0 && seen < ABOVE_ROWS; j--) {
    if (kinds[j].kind === 'blank') continue
    if (pastGutter(kinds[j])) return true
    seen++
  }
  return false
}

/**
 * A 栏目's name after its numeral set flush left on a row of its own between two bands of columns
 * (a Chromium page's '五、人事任免' under the columns of the section before, the next section's
 * columns right under it): two blank rows set it apart from the columns above, which end on one
 * row (text past the gutter on the last row above), and the row under it holds text past the
 * gutter. A numbered heading of the left column is indented as its paragraphs are, or has its
 * column's lines right above it, and the other columns' lines beside it.
 */
function flushNumbered(text: string, kinds: readonly Row[], i: number, near: (i: number, step: 1 | -1) => Row | undefined): boolean {
  if (!NUMBERED.test(text.trim()) || leadingBlanks(text) > 0) return false
  if (kinds[i - 1]?.kind !== 'blank' || kinds[i - 2]?.kind !== 'blank') return false
  return near(i, -1)?.kind === 'both' && pastGutter(near(i, 1))
}

/** A 栏目's name after its numeral ('三、县（市、区）文件'), alone on the row. */
const NUMBERED = /^[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff（）、]{2,16}$/

/** A 栏目's name after one ornament, alone on the row ('◆乡镇街道文件', '▲人事任免'). */
const MARKED = /^[◇◆■□▲△▼〓●○★☆]\s*[\u4e00-\u9fff（）、]{2,16}$/

/** Whether a row's text is a 栏目's name alone: in its brackets, after its numeral or ornament, or framed. */
export function bannerName(text: string): boolean {
  const t = text.trim()
  return BANNER.test(t) || NUMBERED.test(t) || FRAMED.test(t) || MARKED.test(t)
}

/**
 * A banner centred across a page of three columns whose name starts just past the first gutter
 * (the cells count its hanzi narrower than they print): its row holds nothing else, it starts
 * before the middle column's end, and a blank row sets it apart from the columns above or below
 * (a heading inside the middle column stands between that column's lines).
 */
function rightBanner(kinds: readonly Row[], i: number, gutter: number): boolean {
  const row = kinds[i]
  if (row.kind !== 'right') return false
  const text = row.text
  const lead = leadingBlanks(text)
  const name = text.trim()
  if (!(BANNER.test(name) || NUMBERED.test(name)) || lead >= 2 * gutter) return false
  return kinds[i - 1]?.kind === 'blank' || kinds[i + 1]?.kind === 'blank'
}

/** Rows of the right column that start at its edge, at least. */
const EDGE_ROWS = 3

/**
 * A banner centred across a page of two columns, its name starting a little before the right
 * column's edge (the cells count its hanzi narrower than they print), between rows of both
 * columns: a heading of the right column starts at its edge or in from it.
 */
function beforeEdge(kinds: readonly Row[], i: number, gutter: number, rows: readonly string[]): boolean {
  const count = new Map<number, number>()
  for (const [j, k] of kinds.entries()) {
    if (j === i || (k.kind !== 'right' && k.kind !== 'both')) continue
    const at = k.kind === 'both' ? gutter + leadingBlanks(k.right) : leadingBlanks(rows[j] ?? '')
    count.set(at, (count.get(at) ?? 0) + 1)
  }
  const held = [...count].filter(([, n]) => n >= EDGE_ROWS).map(([at]) => at)
  if (held.length === 0) return false
  const edge = Math.min(...held)
  const beside = (step: 1 | -1): boolean => {
    let j = i + step
    while (kinds[j]?.kind === 'blank') j += step
    return kinds[j]?.kind === 'both'
  }
  return leadingBlanks(rows[i] ?? '') < edge - 1 && (beside(-1) || beside(1))
}

// Rows looked at on each side of a banner for the page's third column, and the hanzi a line of it holds at least.
const NEAR_ROWS = 8
const LINE_HANZI = 4

/**
 * A page of three columns about row `i`: a row near it holds a line of text starting at the
 * third column (twice the first gutter in), not only a page number (a 目录 of two columns).
 */
function thirdColumnNear(rows: readonly string[], i: number, gutter: number): boolean {
  for (let j = Math.max(0, i - NEAR_ROWS); j < Math.min(rows.length, i + NEAR_ROWS + 1); j++) {
    if (j === i) continue
    for (const m of rows[j].matchAll(/ {2,}(\S+)/g)) {
      const at = (m.index ?? 0) + m[0].length - m[1].length
      if (at >= 2 * gutter - 2 && (m[1].match(/[\u4e00-\u9fff]/g) ?? []).length >= LINE_HANZI) return true
    }
  }
  return false
}
