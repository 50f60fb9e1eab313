// Text that keeps each line's place on the page (`pdftotext -layout` and converters like it): a
// two-column page comes out as rows holding a left-column line, spaces, then a right-column line,
// or one column's line alone, pushed past the gutter by spaces when it is the right one. A person
// reads down the left column, then the right. Here each run of such rows is rewritten in that
// order, so the parser sees the columns one after the other, as in text written column by column.
// Positions are character cells, and only roughly: a row of full-width characters and one with
// digits put the right column a few cells apart, so the gutter is a window, not a column.

import { bannerName, bannersAcross } from './text-layout-banners'
import { readBannerBands } from './text-layout-banner-bands'
import { centredHead, rightColumnTitles, spacedHeading, spanningHeads, wideLines } from './text-layout-heads'
import { cutAt, numberOrder, sectionCuts, type NumberOrder } from './text-layout-sections'
import { bandsOf, gapBands } from './text-layout-bands'
import { MAX_INDENT, ems, findGutter, fullLeft, rowKind, signedBeside, type Row } from './text-layout-rows'
import { columnBreak, joinSplitRow, tidySide } from './text-layout-sides'
import { listRowsLeft } from './text-layout-list-rows'
import { nameRows } from './text-layout-names'
import { joinTableRows, tableStops } from './text-layout-tables'
import { leadingBlanks } from '../parse/lines'
import { lowerMarks } from './text-layout-marks'
import { bandUnder, issueThreeWidth, threeBand, type ThreeBand } from './text-layout-three'
import { readSparseColumns } from './text-layout-sparse'
import { rejoinLineTails, rejoinTails } from './text-layout-tails'
import { splitGluedTocRows } from './text-layout-toc-rows'
import { besideList, fitsColumns, headBesideBody, isColumn, isHeadBand, isTwoColumns, MIN_ROWS, sideWidth, splitRun, takesTurns } from './text-layout-runs'

/** The text with every two-column run of rows read left column first; as it was otherwise. */
export function readLayoutColumns(text: string): string {
  if (!/ {3}/.test(text)) return text
  let changed = false
  let last: Columns | null = null
  const split = text.split('\f')
  const heads = runningHeads(split)
  const order = numberOrder(split)
  // Pages read as none, and the column widths the pages read in two columns show.
  const unread = new Map<number, { rows: string[]; keep: boolean[] }>()
  const widths: number[] = []
  const pagesRows = split.map((page) => lowerMarks(page.split(/\r\n?|\n/)))
  const threeWidth = issueThreeWidth(pagesRows)
  const pages = split.map((page, p) => {
    const given = page.split(/\r\n?|\n/)
    const rows = pagesRows[p]
    const lowered = rows.length !== given.length || rows.some((r, i) => r !== given[i])
    const keep = edges(rows, heads)
    // A band of three columns joined on rows (gutters one cell wide) is read by itself, column by
    // column; the rows above and under it as any page's (threeRows).
    const three = threeBand(rows, keep, threeWidth)
    if (three !== null) {
      changed = true
      return nameRows(threeRows(rows, keep, three, (r, k) => readRows(r, k, 0, last, { page: p, order })?.rows ?? null)).join('\n')
    }
    const readAt = (r: readonly string[], k: readonly boolean[]): ReturnType<typeof readRows> => readRows(r, k, 0, last, { page: p, order }) ?? readRows(r, k, 0, last, { page: p, order, firstGutter: true })
    // A banner parting bands of other columns (three over two): each band read at its own gutter.
    const banded = readBannerBands(rows, keep, (r, k) => readAt(r, k)?.rows ?? null)
    if (banded !== null) {
      changed = true
      return nameRows(joinTableRows(banded)).join('\n')
    }
    const read = readAt(rows, keep)
    if (read === null && lowered) changed = true
    if (read === null) unread.set(p, { rows, keep })
    if (read === null) return lowered ? rows.join('\n') : page
    changed = true
    if (read.shown) widths.push(read.shown.width)
    last = read.shown ?? last
    return nameRows(joinTableRows(read.rows)).join('\n')
  })
  // A page of a few lines in an issue set in two columns, its right column set nearer (a decree's).
  const width = widths.sort((a, b) => a - b)[Math.floor(widths.length / 2)]
  // A page in one column with a line's tail set a row low has it put back.
  for (const [p, { rows, keep }] of unread) {
    const read = (width === undefined ? null : readSparseColumns(rows, keep, width)) ?? rejoinLineTails(rows, keep)
    if (read !== null) [pages[p], changed] = [read.join('\n'), true]
  }
  return changed ? pages.join('\f') : text
}

/**
 * Per page of `given`, whether readLayoutColumns read it in columns (`laid`, its output): the page
 * changed, and held rows of text either side of a run of spaces. Such a page comes out column by
 * column, as a person reads it: plain text's reading of pages written block by block has nothing
 * left to mend there (parse-issue.ts keepRead). Its other column readings still mend pages read
 * imperfectly, so they still run.
 */
export function pagesReadInColumns(given: string, laid: string): boolean[] {
  const before = given.split('\f')
  return laid.split('\f').map((page, p) => page !== before[p] && /\S {3,}\S/.test(before[p] ?? ''))
}

/**
 * A page holding a band of three joined columns (threeBand): the rows above it read as any page's
 * (`read`, or each kept row's pieces on lines of their own), the band column by column, and the
 * rows under it as any page's too (a banner, the next document's columns); or, where a banner and
 * a title part two bands of three (a section's head between documents), as a band of their own,
 * read the same way.
 */
function threeRows(rows: readonly string[], keep: readonly boolean[], three: ThreeBand, read: (rows: readonly string[], keep: readonly boolean[]) => string[] | null): string[] {
  const above = rows.slice(0, three.start)
  const top = read(above, keep.slice(0, three.start)) ?? above.flatMap((r, i) => (keep[i] ? r.trim().split(/ {3,}/) : [r]))
  const [below, kept] = [rows.slice(three.end), keep.slice(three.end)]
  const next = bandUnder(below, kept, three.column)
  const under = next === null ? read(below, kept) ?? below : threeRows(below, kept, next, read)
  return [...top, '', ...three.columns.flatMap((c, k) => (k > 0 ? ['', ...c] : c)), '', ...under]
}

/** Where a page's columns meet (in cells) and how wide the left one is (in ems). */
interface Columns {
  gutter: number
  width: number
}

/**
 * Where a page is read: its index and the 目录's order of the 文号 (text-layout-sections.ts).
 * firstGutter: read at the gutter left of the one the most rows start past. A page of three
 * columns whose right one holds a form (its labels letter-spaced, a cell start on every piece)
 * draws the count to the second gutter, and its sides, read there, make no two columns; cut at
 * the first gutter instead, the right side holds the other two and is read again.
 */
interface Place {
  page: number
  order: NumberOrder
  firstGutter?: boolean
}

/**
 * Rows with each run of two columns read left first, or null when none is. A column read out of
 * a run is read again the same way: the right part of a three-column page holds two.
 */
function readRows(rows: readonly string[], keep: readonly boolean[], depth: number, before: Columns | null, place?: Place): { rows: string[]; shown: Columns | null } | null {
  const full = rows.filter((r) => r.trim() !== '')
  if (full.length === 0) return null
  // A page of a few rows (an issue's last lines) is read in the columns the page before showed.
  const short = full.length < MIN_ROWS
  if (short && (before === null || !isTail(rows, keep, before.gutter))) return null
  const widest = Math.max(...full.map((r) => r.trimEnd().length))
  const stops = tableStops(rows)
  const found = short ? before!.gutter : findGutter(full, widest, stops)
  const gutter = place?.firstGutter && !short && found !== null ? findGutter(full, widest, stops, found) : found
  if (gutter === null) return null
  const column = fullLeft(rows.map((r) => rowKind(r, gutter, undefined, stops)))
  const first = rows.findIndex((r) => r.trim() !== '')
  const cut = wideLines(listRowsLeft(rows, rows.map((r, i): Row => (keep[i] || (i === first && (spacedHeading(r) || centredHead(r, gutter, widest))) ? { kind: 'across', text: r } : rowKind(r, gutter, column, stops)))))
  // A row rejoinTails left as it was, read as the right column's, may hold a signature beside it.
  const tails = rejoinTails(rows, cut, gutter, column).map((k, i) => (k === cut[i] && k.kind === 'right' ? signedBeside(rows[i], gutter) ?? k : k))
  const kinds = splitGluedTocRows(rows, pushedPieces(rows, gutter, column, bannersAcross(rightColumnTitles(rows, spanningHeads(rows, tails), gutter), gutter, rows)))
  // Runs: rows between rows set across the page.
  const runs: { start: number; end: number; two: boolean }[] = []
  for (let i = 0; i < kinds.length; ) {
    if (kinds[i].kind === 'across') {
      i++
      continue
    }
    let end = i
    while (end < kinds.length && kinds[end].kind !== 'across') end++
    runs.push({ start: i, end, two: isTwoColumns(kinds.slice(i, end), depth > 0) })
    i = end
  }
  // A page's two columns, once shown by a run, are its columns in a run too short to show them;
  // a side read again takes them from the whole side when it finds their gutter (a band over a
  // banner whose middle column is a list: no full line measures it).
  const shown = runs.find((r) => r.two)
  const width = shown ? sideWidth(kinds.slice(shown.start, shown.end)) : short || (depth > 0 && before?.gutter === gutter) ? before!.width : null
  const out: string[] = []
  let changed = false
  // A side too short to show its columns by itself (a band above a banner) is read in the
  // columns the page's whole side shows.
  let inner: Columns | null | undefined
  const innerColumns = (): Columns | null => (inner ??= readRows(kinds.map(sideOf), kinds.map(() => false), depth + 1, null)?.shown ?? null)
  const again = (side: string[]): string[] => (depth < 1 ? readRows(side, side.map(() => false), depth + 1, innerColumns())?.rows : null) ?? side
  // A band of a page in three columns whose first column holds a few rows (a document's tail)
  // beside the middle and right columns (the next document's head): no row crosses the gutter,
  // and the right side read again splits into the page's columns.
  const sidesApart = (run: Row[], of: number | null): boolean => {
    if (of === null || depth > 0 || !run.some((r) => r.kind === 'both' || r.kind === 'left')) return false
    const { right } = splitRun(run)
    return again(right) !== right
  }
  // A band of a page in three columns whose right column ends short (a document's tail) beside a
  // left side holding the other two, its first a name table wrapped in a narrow column (a name's
  // rest under it, '王慧 县住建局局长' / '平'): no full line measures the columns, nor does a run
  // of the whole page show two. Every row of the left side holds two lines apart (MIN_ROWS rows
  // or more), and the side read again splits into the page's first columns.
  const leftSplits = (run: Row[]): boolean => {
    if (depth > 0 || !run.some((r) => r.kind === 'both')) return false
    const { left } = splitRun(run)
    const text = left.filter((t) => t.trim() !== '')
    return text.length >= MIN_ROWS && text.every((t) => / {3,}\S/.test(t.trim())) && again(left) !== left
  }
  // A page of three columns whose right one is set on other baselines than the two beside it
  // (a title's lines pushed it a half line down): pdftotext writes the two left columns on rows of
  // their own, the right one's lines on the rows between, and a row holds all three only where
  // the baselines meet. A row cut before the gutter holds the first two columns (a short line of
  // the first, then the second's): it is the left side's whole. The left side read again splits
  // into the page's first two columns; the right side is one column.
  const leftApart = (run: Row[], from: number): Row[] | null => {
    if (depth > 0 || !takesTurns(run)) return null
    const sides = run.map((r, k): Row => {
      if (r.kind !== 'both') return r
      const text = rows[from + k].trimEnd()
      return text.length - r.right.trimStart().length < gutter - 2 ? { kind: 'left', text } : r
    })
    const { left, right } = splitRun(sides)
    return isColumn(right) && again(left) !== left ? sides : null
  }
  const read = (run: Row[]): void => {
    const { left, right } = splitRun(run)
    // A side read again into columns had each closed there; the rows between them stay.
    const [l, r] = [again(left), again(right)]
    const [lt, rt] = joinSplitRow(l === left ? tidySide(left) : l, r === right ? tidySide(right) : r)
    out.push(...lt, ...columnBreak(lt, rt), ...rt)
  }
  // A running head set at both ends of the page's first row is two pieces of furniture, as text
  // written column by column has them: each on its line, so each is known again page after page.
  const across = (from: number, to: number): string[] => rows.slice(from, to).flatMap((r, k) => (keep[from + k] ? r.trim().split(/ {3,}/) : [r]))
  let at = 0
  for (const { start, end, two } of runs) {
    out.push(...across(at, start))
    at = end
    const run = kinds.slice(start, end)
    let apart: Row[] | null = null
    // A band a Word section opens under balanced columns, told by the 目录's order (text-layout-sections.ts).
    const cuts = two && place ? sectionCuts(run, place.page, place.order) : []
    const bands = cuts.length > 0 ? cutAt(run, cuts) : two ? bandsOf(run, depth === 0) : []
    if (cuts.length > 0 || (bands.length > 1 && bands.every((b) => isTwoColumns(b) || fitsColumns(b, width) || isHeadBand(b)))) {
      for (const [k, b] of bands.entries()) {
        if (k > 0) out.push('', '')
        if (isHeadBand(b)) out.push(...b.flatMap((r) => (r.kind === 'blank' ? [''] : r.kind === 'both' ? [] : [r.text])))
        else {
          // A 栏目's banner heading the band stands over its columns.
          const top = b.findIndex((r) => r.kind !== 'blank')
          const banner = b[top]?.kind === 'left' && bannerName(b[top].text)
          if (banner) out.push(...b.slice(0, top + 1).map((r) => (r.kind === 'left' ? r.text : '')), '')
          read(banner ? b.slice(top + 1) : b)
        }
      }
    }
    else if (two || fitsColumns(run, width) || headBesideBody(run, width) || sidesApart(run, width) || (depth === 0 && besideList(run, before?.width ?? null)) || leftSplits(run)) read(run)
    else if ((apart = leftApart(run, start))) read(apart)
    else {
      // Bands set apart by two blank rows or more, each in columns of its own (two over a
      // banner, where the page's gutter is the gutter of the three below it), are read each at
      // the gutter its rows show.
      const gaps = depth === 0 ? gapBands(rows, start, end) : []
      const bands = gaps.length > 1 ? gaps : []
      const own = bands.map(([from, to]) => readRows(rows.slice(from, to), keep.slice(from, to), depth, null)?.rows ?? null)
      if (bands.length < 2 || own.every((b) => b === null)) {
        out.push(...rows.slice(start, end))
        continue
      }
      for (const [k, [from, to]] of bands.entries()) out.push(...(own[k] ?? rows.slice(from, to)))
    }
    changed = true
  }
  out.push(...across(at, rows.length))
  return changed ? { rows: out, shown: shown && width !== null ? { gutter, width } : null } : null
}

/** A piece of a line pushed a row down starts this many cells in from the side's edge or more. */
const PUSHED_FROM = 2 * MAX_INDENT + 1

/**
 * A right-column line that pdftotext cut after a full-width mark and wrote on the rows under it,
 * each piece further right ('步增多，' / '监测的内容也逐步增加，' / '监'): the middle piece starts
 * inside the left column and runs past the gutter, so it reads as a row set across, and a row set
 * across parts the page's runs. Between a row of both columns and a row of text, with no blank
 * row either side and starting well in from the edge (no title set across, which stands apart
 * or starts at the edge), it is the right column's.
 */
function pushedPieces(rows: readonly string[], gutter: number, column: number | null, kinds: readonly Row[]): Row[] {
  return kinds.map((k, i) => {
    if (k.kind !== 'across' || i === 0) return k
    const next = kinds[i + 1]
    if (next === undefined || next.kind === 'blank' || next.kind === 'across') return k
    const text = rows[i].trimEnd()
    const lead = leadingBlanks(text)
    // Under a full left line alone, the pushed line runs on past the gutter, as the right column's
    // lines do: a 栏目's banner set in the left column ('【部门文件】') stops short of it.
    const under = kinds[i - 1].kind === 'both' || (fillsLeft(kinds[i - 1], column) && text.length > gutter && !bannerName(text))
    return under && lead >= PUSHED_FROM && !/ {2,}/.test(text.trim()) ? { kind: 'right', text: text.slice(lead) } : k
  })
}

/**
 * A full left-column line alone on its row, as wide as the page's full left lines (`column`, in
 * ems) or wider, its digits taking more cells than on the page ('于调整白银经济政策问题的复函》
 * （国办函〔1994〕69'): the right column's line beside it found no room there, and pdftotext
 * wrote it on the row under it, pushed left into the left column (pushedPieces).
 */
function fillsLeft(r: Row, column: number | null): boolean {
  return column !== null && r.kind === 'left' && ems(r.text.trimEnd()) >= column
}

/** A row's right-column text, keeping its place past the gutter; nothing when it has none. */
function sideOf(r: Row): string {
  return r.kind === 'right' ? r.text : r.kind === 'both' ? r.right : ''
}

/** A paragraph's first-line indent in a page side's few rows: two ems, this many cells at most. */
const FIRST_INDENT = MAX_INDENT + 2

/**
 * Whether a page's few rows read as the other pages' columns: each starts at the left column's
 * edge or a first-line indent in from it, and one goes on past the gutter after a run of spaces
 * (a signature beside the last lines).
 */
function isTail(rows: readonly string[], keep: readonly boolean[], gutter: number): boolean {
  const text = rows.filter((r, i) => r.trim() !== '' && !keep[i])
  // The side of a page read again keeps its place past the page's first gutter: its edge is its
  // least indented row's. A row ending before the gutter (a signature) is the left column's. So
  // is a row whose lines each keep to one side of the gutter, a run of spaces between: a closing
  // set centred in the two columns a band over a banner balances ('兴县发展和改革局' beside
  // '二〇二二年五月十二日', '兴县财政局' beside '（此件公开发布）').
  const edge = Math.min(...text.map(leadingBlanks))
  const apart = (r: string): boolean => [...r.matchAll(/\S+(?: \S+)*/g)].every((m) => m.index + m[0].length < gutter - 1 || m.index >= gutter - 2)
  const fits = (r: string): boolean => leadingBlanks(r) - edge <= FIRST_INDENT || leadingBlanks(r) >= gutter - 2 || r.trimEnd().length <= gutter || apart(r)
  return text.length > 0 && text.every(fits) && text.some((r) => / {3,}\S/.test(r.trim()))
}

/**
 * A page's first and last rows of text, set apart by a blank row: its head and folio stay put. So
 * does a first row the issue's pages open with again and again (the running head), set apart or
 * not: on a page of a few rows (a document's signature carried over) it stands on the row above.
 */
function edges(rows: readonly string[], heads: ReadonlySet<string> = new Set()): boolean[] {
  const blank = (i: number): boolean => (rows[i] ?? '').trim() === ''
  const first = rows.findIndex((_, i) => !blank(i))
  const last = rows.findLastIndex((_, i) => !blank(i))
  return rows.map((_, i) => (i === first && (blank(i + 1) || heads.has(headKey(rows[i])))) || (i === last && blank(i - 1)))
}

/** Pages a first row must open for it to be the running head. */
const MIN_HEAD_PAGES = 3

/** A row's text with its spaces taken out, as a running head is compared. */
function headKey(row: string): string {
  return row.replace(/\s+/g, '')
}

/** The first rows of text (spaces aside) that open MIN_HEAD_PAGES pages or more: the running heads. */
function runningHeads(pages: readonly string[]): Set<string> {
  const count = new Map<string, number>()
  for (const page of pages) {
    const first = page.split(/\r\n?|\n/).find((r) => r.trim() !== '')
    if (first === undefined) continue
    count.set(headKey(first), (count.get(headKey(first)) ?? 0) + 1)
  }
  return new Set([...count].filter(([, n]) => n >= MIN_HEAD_PAGES).map(([k]) => k))
}
