// A document that starts mid-column in an issue typeset from Word files, each document a two-column
// section of its own: the page holds two bands, each read down its left column, then its right.
// The upper band is the last document's rest, the lower the next document's start:
//
//   A (left)  …联络员会议，研      |  A (right) 究讨论联席会议议题…  …扶贫办副主任
//   B (left)  国办发〔2018〕127 号 …受到广大科技工作者的  |  B (right) 拥护和欢迎。…
//
// pdftotext writes each column whole, top to bottom: A-left, B-left, A-right, B-right. A person
// reading on from '研' does not find '究' under it but under a new 文号: they look for the line
// that goes on, at the top of the other column, and read the new document after the old one's
// rest. So with a title that starts at the foot of one column and goes on at the top of the
// other, which the 目录 spells whole. Here, on each page, the piece from a 文号 of the 目录 down to
// where the other column starts is moved after the other column's piece that precedes the new
// document's rest, when the other column's top reads on clearly from the line above the 文号 and
// the three joins this makes read clearly better than the three it breaks (text-joins.ts).
// Where the words across the column break are ones the issue prints nowhere else, the band itself
// tells: the new document starts under both columns, so the old one's rest in the other column
// (a block of its own: a blank line stands before it) stands on as many rows as its left part,
// and ends where the lower band goes on: the new document's next numbered paragraph (二、 after
// its left part's 一、), or the line under the old document's closing.
// pdftotext's line-by-line pages are first put in two streams (text-streams.ts): the same then.
import { endsSentence, isBlank, type SourceLine } from './lines'
import { docNumberOfLine } from './header'
import { pageStarts } from './text-pages'
import { PAGE_WIDE } from './text-widths'
import { pageWidths } from './text-page-widths'
import { countBigrams } from './text-bigrams'
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { anchorJoin, endsOwnTitle, type TocAnchors } from './toc-anchors'
import { displayWidth } from './text-flow'
import { marker } from './text-columns'
import { parseDateLine } from './dates'
import { isPublicLabel, marksPublic } from './public-note'

/** How much better (join cost) the page must read with the bands apart before it is reordered. */
const MIN_GAIN = 4
/** Pages with more lines than this are left as they are (the search is square in a page's lines, per 文号). */
const MAX_LINES = 400

/**
 * Lines from `from` on with each page's two bands read in order: the indexes of the lines and their
 * numbers stay, only texts move. Without a 目录 that pairs 文号 with titles, or for text that is
 * not hard-wrapped in columns, the lines come back as they are.
 */
export function readBands(lines: readonly SourceLine[], from: number, anchors: TocAnchors): SourceLine[] {
  const out = [...lines]
  if (anchors.byNumber.size === 0 || lines.some((l) => l.layout)) return out
  const fullAt = pageWidths(lines, from)
  if (fullAt === null) return out
  let grams: ReturnType<typeof countBigrams> | null = null
  const starts = pageStarts(lines)
  starts.forEach((start, p) => {
    const end = starts[p + 1] ?? lines.length
    if (end <= from) return
    const full = fullAt(Math.max(start, from))
    if (full >= PAGE_WIDE) return
    const at: number[] = []
    for (let i = Math.max(start, from); i < end; i++) if (!isBlank(lines[i].text)) at.push(i)
    if (at.length < 4 || at.length > MAX_LINES) return
    const heads = at.flatMap((i, k) => (k > 0 && isAnchoredNumber(lines[i].text, anchors) ? [k] : []))
    if (heads.length === 0) return
    // Counted only when some page has a 文号 mid-column: the count costs a pass over the text.
    grams ??= countBigrams(lines.slice(from).filter((l) => !isBlank(l.text)).map((l) => l.text))
    const broke = at.map((i, k) => k > 0 && i > at[k - 1] + 1)
    const order = bandOrder(at.map((i) => lines[i].text), heads, { full, grams, anchors }, broke)
    if (!order) return
    at.forEach((i, k) => (out[i] = { no: lines[i].no, text: lines[at[order[k]]].text }))
  })
  return out
}

/** How well (join cost, negated) the other column's top must read on from the old document's line. */
const READS_ON = 2
/** A wrapped line may stop short of the column's width by this much (a pulled-back character). */
const FULL_WITHIN = 3

/** A paragraph's first line is indented two ems: four display columns short of the width. */
const INDENT = 4

/**
 * A line that runs to the column's edge (a first line: to its indent) and leaves its sentence
 * open: its text goes on.
 */
function open(text: string, full: number): boolean {
  const t = text.trim()
  return displayWidth(t) >= full - INDENT - FULL_WITHIN && !endsSentence(t)
}

/**
 * A line that may go on from a line left open: it runs to the column's edge too, or ends its
 * sentence (a paragraph's last line); a short line that does neither (a name list's row, a
 * heading) starts something of its own.
 */
function goesOnWith(text: string, full: number): boolean {
  const t = text.trim()
  return displayWidth(t) >= full - FULL_WITHIN || (endsSentence(t) && !ENDS_COLON.test(t))
}

/** A short line ending in a colon opens something (the recipients, a list): it goes on from nothing. */
const ENDS_COLON = /[：:]$/

/** A 文号 the 目录 lists, alone on its line. */
function isAnchoredNumber(text: string, anchors: TocAnchors): boolean {
  const n = docNumberOfLine(text)
  return n !== null && anchors.byNumber.has(n.docNumber)
}

/**
 * The page's lines (`texts`, blank lines left out) in band order, as positions into `texts`, or null
 * when no reordering reads clearly better. `heads` are the positions of the 目录's 文号. For a
 * head h, the other column's start c and the new document's rest r: [h, c) moves after [c, r).
 * `broke` tells the lines a blank line stands before in the text.
 */
export function bandOrder(texts: readonly string[], heads: readonly number[], ctx: JoinContext, broke?: readonly boolean[]): number[] | null {
  const n = texts.length
  const units: Unit[] = texts.map((text, k) => ({ line: k, text, blankBefore: false, mergedRight: false }))
  const j = (a: number, b: number): number => (b >= n ? 0 : joinCost(ctx, units[a], units[b]))
  const isHead = new Set(heads)
  // Rows the page's lines stand on: a heading's numeral alone shares its row with its words.
  const rowsTo: number[] = [0]
  texts.forEach((t, k) => rowsTo.push(rowsTo[k] + (NUMERAL_ALONE.test(t.trim()) ? 0 : 1)))
  const rows = (a: number, b: number): number => rowsTo[b] - rowsTo[a]
  let best: [number, number, number] | null = null
  let bestGain = -Infinity
  for (const h of heads) {
    // The old document must go on past the line above the new one's 文号: that line runs to the
    // column's edge mid-sentence, or is a line of a title the 目录 spells on in the other column.
    // The new document's own title ending right over its 文号 goes on nowhere, however wide it is
    // set (across both columns, text already read in columns: swap-2col-bands2.layout.txt).
    const goesOn = open(texts[h - 1], ctx.full) && !(ctx.anchors && endsOwnTitle(ctx.anchors, texts[h - 1], texts[h]))
    for (let c = h + 2; c < n; c++) {
      // The other column's piece above the new document's rest holds no document's start.
      if (isHead.has(c)) break
      if (goesOn ? !goesOnWith(texts[c], ctx.full) : !(ctx.anchors && anchorJoin(ctx.anchors, texts[h - 1], texts[c]) < 0)) continue
      const leftOpen = open(texts[c - 1], ctx.full)
      const broken = j(h - 1, h) + j(c - 1, c)
      const made = j(h - 1, c)
      // The other column's top reads on from the line above the 文号 clearly, or it is no top;
      // a top whose words the issue prints nowhere else may still be one, in a balanced band.
      const clear = made <= -READS_ON
      // The converter writes a column as a block of its own: its top stands after a blank line.
      const top = goesOn && made <= UNSEEN && broke?.[c] === true
      if (!clear && !top) continue
      for (let r = c + 1; r <= n; r++) {
        if (isHead.has(r - 1)) break
        const gain = broken + j(r - 1, r) - made - j(r - 1, h) - j(c - 1, r)
        if (gain <= bestGain || gain <= BAND_GAIN) continue
        // The old document's rest ends where the new one's goes on: not mid-sentence at the edge.
        // The new document's rest, when there is one, goes on from its left part's last line.
        const restOn = r === n || (!open(texts[r - 1], ctx.full) && leftOpen && goesOnWith(texts[r], ctx.full))
        // A band whose columns stand on as many rows, and whose ends the text's structure marks,
        // need only read no worse than the text's order.
        const banded = top && balanced(rows(0, h), rows(c, r)) && bandEnds(texts, h, c, r, ctx.full, restOn)
        if ((clear && restOn && gain > MIN_GAIN) || banded) [best, bestGain] = [[h, c, r], gain]
      }
    }
  }
  if (!best) return null
  const [h, c, r] = best
  const idx = Array.from({ length: n }, (_, k) => k)
  return [...idx.slice(0, h), ...idx.slice(c, r), ...idx.slice(h, c), ...idx.slice(r)]
}

/** A heading's numeral alone on its line ('一、' + tab: pdftotext parts it from its words). */
const NUMERAL_ALONE = /^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])$/
/** How much better a balanced band's reading must read than the text's order. */
const BAND_GAIN = 0
/** A join whose words the issue prints nowhere else costs this much (text-bigrams.ts' floor). */
const UNSEEN = 1
/** Rows the two columns of a band may differ by (a heading's space above and below it). */
const BALANCE = 2

/**
 * The upper band's two columns end at one height, or the new document could not start under
 * both: the old document's rest in the other column stands on as many rows as its left part.
 */
function balanced(left: number, right: number): boolean {
  return Math.abs(left - right) <= BALANCE
}

/**
 * The upper band's right column [c, r) ends where the lower band's goes on: the old document's
 * rest ends its paragraph, and the new document's rest goes on from its left part (restOn) or
 * starts a paragraph of its own: its numbered paragraph follows the left part's (一、 then 二、),
 * not the old document's, or the old document closed (its date or 附注) right above it.
 */
function bandEnds(texts: readonly string[], h: number, c: number, r: number, full: number, restOn: boolean): boolean {
  if (r === texts.length || restOn) return true
  // A 附注 under the date is the old document's still: its closing ends it.
  if (open(texts[r - 1], full) || open(texts[c - 1], full) || closes(texts[r])) return false
  const m = marker(texts[r])
  if (m && lastNumber(texts, h, c, m.type) === m.n - 1 && lastNumber(texts, c, r, m.type) !== m.n - 1) return true
  return closes(texts[r - 1])
}

/** The number of the last paragraph of this marker type in texts [from, to), or null. */
function lastNumber(texts: readonly string[], from: number, to: number, type: string): number | null {
  for (let k = to - 1; k >= from; k--) {
    const m = marker(texts[k])
    if (m?.type === type) return m.n
  }
  return null
}

/** A document's last line: its date, or its public 附注. */
function closes(text: string): boolean {
  return parseDateLine(text) !== null || isPublicLabel(text) || marksPublic(text)
}
