// Two columns that pdftotext wrote in the order of their lines' heights on the page: a line of
// the left column, a line of the right, or a few of each, and now and then both on one text line
// ('撑。没有农业机械化…近年来， 业产前产中产后…'). Each column on its own is in order; only
// their lines are shuffled together. A person untangles them by reading on: a line that stops
// mid-sentence at the column's edge goes on with the line that completes its word, not with a
// numbered new paragraph. Here each page's run of column-wide lines is split into two streams,
// left and right, so that the joins read best (text-joins.ts scores a join), and read left first.
import { isBlank, type SourceLine } from './lines'
import { displayWidth } from './text-flow'
import { PAGE_WIDE, THREE_WIDE, columnWidths } from './text-widths'
import { narrowBottom, pageWidths, wideTopEnd } from './text-page-widths'
import { pageStarts } from './text-pages'
import { countBigrams } from './text-bigrams'
import { joinCost, type JoinContext, type Unit } from './text-joins'
import { stayCost } from './text-stays'
import { aroundRun, joinedStreams, leftFirst, twoStreams, type Around } from './text-two-streams'
import { letterSpaced, splitMerged } from './text-merged'
import { undoCrossings } from './text-crossings'
import { mendNumbering } from './text-label-order'
import { bandStreams } from './text-band-streams'
import { pieceRuns } from './text-pieces3'
import { threeColumns, type ThreeReading } from './text-three-columns'
import { stitchAcrossNumbers } from './text-stitch3'
import { docNumberOfLine, startsTitle } from './header'
import { headingAcross } from './text-columns'
import { docTypeOf } from './doc-type'
import { anchorDefects, headsParted, spelledLine, type TocAnchors } from './toc-anchors'
import { numberOverTitle, numbersUnderTitles } from './text-number-first'
import { byTocReading, inColumns, inTocOrder } from './text-toc-reading'
import { gainNeeded, inTurnAtTop, keepsToc } from './text-stream-gain'
import { headsMended, inTurnNearTop } from './text-head-mends'
import { bannerBetween, bannerInColumn } from './text-banner-column'
import { headBlockReading } from './text-head-blocks'
import { unequalColumns } from './text-unequal-columns'
import { lateBesideTitle } from './text-title-late'
import { lateUnderEnd } from './text-end-late'
import { LIST_ALONE_SHARE, lineByLine, nameListRun, proseRun } from './text-run-shapes'

/**
 * A 文号 alone on its line, not in brackets: a document's masthead, set across the page above its
 * title (a 文号 in brackets under a title may sit in a column).
 */
const isMastheadNumber = (text: string): boolean => !/^\s*[（(]/.test(text) && docNumberOfLine(text) !== null

/** A line this much past the column's width spans both columns (a title): it ends a run. */
const WIDE_BY = 4
/** Runs shorter than this are left as they are: too little text to tell the columns apart. */
const MIN_UNITS = 4
/**
 * A page holds fewer lines than this; a longer run is text without page breaks, left as it is
 * (the reading costs the square of a run's length).
 */
const MAX_UNITS = 400

/**
 * Lines from `from` on with each page's shuffled columns put in reading order. Indexes before
 * `from` and every line's number stay; a blank line is put between the two columns. Text with
 * layout, without page breaks, or not hard-wrapped, is returned as it is. With the 目录's pairs
 * of 文号 and title (`anchors`), a run is left as it is when two streams would part a 文号 from
 * its title: a page the converter wrote in order reads as two streams by chance (toc-anchors.ts).
 */
export function readStreams(lines: readonly SourceLine[], from = 0, anchors?: TocAnchors, afterFolio?: ReadonlySet<number>): SourceLine[] {
  const out = [...lines]
  // Text without page breaks is not pdftotext's page by page (parse-issue deinterleaves it).
  const starts = pageStarts(lines)
  if (starts.length < 2 || lines.some((l) => l.layout)) return out
  const body = lines.slice(from).filter((l) => !isBlank(l.text))
  // Each page at its own width: two-column and three-column pages differ (text-widths.ts).
  const fullAt = pageWidths(lines, from)
  if (fullAt === null) return out
  const widths = columnWidths(body.map((l) => displayWidth(l.text)))
  const wide = Math.max(...widths)
  const runs: { run: Unit[]; end: number; full: number; top: boolean }[] = []
  const parts: [number, number, number, number, boolean][] = []
  // Pages whose two columns are set at unequal widths, by their end (text-unequal-columns.ts).
  const unequalAt = new Map<number, readonly [number, number]>()
  starts.forEach((start, p) => {
    const end = starts[p + 1] ?? lines.length
    if (end <= from) return
    const unequal = unequalColumns(lines, Math.max(start, from), end, widths)
    if (unequal) {
      // Read at the wider column's width: the narrower's lines are no band of their own.
      unequalAt.set(end, unequal)
      parts.push([Math.max(start, from), end, unequal[0], end, true])
      return
    }
    const full = fullAt(Math.max(start, from))
    // The page's first run is read with the text before and after it (leftFirst).
    for (const [a, b, w] of pageParts(lines, Math.max(start, from), end, full, wide, Math.min(...widths))) parts.push([a, b, w, end, a === Math.max(start, from)])
  })
  if (parts.length === 0) return out
  // A line wider than a column that the 目录 spells whole is a title's line set across the page.
  const listed = (text: string): boolean => anchors !== undefined && spelledLine(anchors, text)
  // Counted only when some page may need it: the count costs a pass over the whole text.
  const grams = countBigrams(body.map((l) => l.text))
  // Three columns first (text-streams3.ts): a run that reads clearly better so, and where two
  // such runs show that pages at its width are set in three, any run that reads no worse so.
  const threes = parts.map(([a, b, w]) => threeColumnRuns(lines, a, b, { full: w, grams }, w >= wide, afterFolio))
  const clearAt = new Map<number, number>()
  parts.forEach(([, , w], k) => clearAt.set(w, (clearAt.get(w) ?? 0) + threes[k].filter((t) => t.reading?.clear).length))
  parts.forEach(([a, b, w, end, first], k) => {
    const taken = threes[k].map((t) => (t.reading && (t.reading.clear || (clearAt.get(w) ?? 0) >= FILE_THREE) ? t.reading.seq : null))
    if (taken.every((seq) => seq === null)) {
      runsOf(lines, a, b, w, w > THREE_WIDE ? afterFolio : undefined, listed).forEach((run, r) => {
        if (run.length >= MIN_UNITS && run.length <= MAX_UNITS) runs.push({ run, end, full: w, top: first && r === 0 })
      })
      return
    }
    // A part in three columns: the two-column reading keeps to the lines no three-stream run holds.
    const held: [number, number][] = []
    // Two runs parted by a 文号 set in a column are read down each column across it (text-stitch3.ts).
    for (const { run, seq } of stitchAcrossNumbers(lines, threes[k].map((t, j) => ({ run: t.run, seq: taken[j], streams: t.reading?.streams })))) {
      if (!seq) continue
      writeRun(out, lines, run, end, seq)
      held.push([run[0].line, run[run.length - 1].line])
    }
    for (const run of runsOf(lines, a, b, w, undefined, listed)) {
      const [lo, hi] = [run[0].line, run[run.length - 1].line]
      if (held.some(([x, y]) => lo <= y && hi >= x)) continue
      if (run.length >= MIN_UNITS && run.length <= MAX_UNITS) runs.push({ run, end, full: w, top: false })
    }
  })
  for (let k = 0; k < runs.length; k++) {
    const { run, end, full, top } = runs[k]
    const unequal = unequalAt.get(end)
    const ctx = { full, grams, toc: anchors, ...(unequal ? { unequal } : {}) }
    // Two runs parted by a 栏目 banner that may stand in the right column (text-banner-column.ts).
    const next = runs[k + 1]
    const banner = next && next.end === end ? bannerBetween(lines, run, next.run) : null
    if (banner === null) {
      readRun(out, lines, run, end, ctx, anchors, top)
      continue
    }
    const above = readingOfRun(out, lines, run, end, ctx, anchors, top)
    const below = readingOfRun(out, lines, next.run, end, { ...ctx, full: next.full }, anchors, next.top)
    const down = above && below ? bannerInColumn(above, lines[banner].text, below) : null
    if (down) writeRun(out, lines, [...run, ...next.run], end, down)
    else {
      if (above) writeRun(out, lines, run, end, above)
      if (below) writeRun(out, lines, next.run, end, below)
    }
    k++
  }
  return out
}

/** Runs that read clearly better in three streams before the text counts as set in three columns. */
const FILE_THREE = 2

/** A page part's runs of pieces (text-streams3.ts), each with its reading in three streams or null. */
function threeColumnRuns(lines: readonly SourceLine[], a: number, b: number, ctx: JoinContext, throughout = false, afterFolio?: ReadonlySet<number>): { run: Unit[]; reading: ThreeReading | null }[] {
  if (ctx.full > THREE_WIDE) return []
  return pieceRuns(lines, a, b, ctx.full).map((run) => {
    for (const u of run) if (afterFolio?.has(u.line)) u.foot = true
    if (!proseRun(run, ctx.full)) return { run, reading: null }
    return { run, reading: threeColumns(run, ctx, (r) => (r[0].column === 1 ? null : twoStreams(r, ctx))?.cost ?? Infinity, throughout) }
  })
}

/**
 * A page read at the narrow width of a text that also has wider pages (three columns under two,
 * as a section in three columns starts mid-page) in its parts: [from, to, width]. Its top, down to
 * the last line at the wide width, is read at that width when most of its lines sit at it
 * (text-page-widths.ts wideTopEnd).
 */
export function pageParts(lines: readonly SourceLine[], from: number, to: number, full: number, wide: number, narrow = wide): [number, number, number][] {
  const b = wideTopEnd(lines, from, to, full, wide)
  if (b !== from) return [[from, b, wide], [b, to, full]]
  // Or a page read at the wide width whose foot is set narrower (a section in three columns
  // starting under two): its foot is read at the narrow width (text-page-widths.ts narrowBottom).
  const foot = narrow < full ? narrowBottom(lines, from, to, full, [narrow]) : null
  return foot && foot.from > from ? [[from, foot.from, full], [foot.from, to, foot.width]] : [[from, to, full]]
}

/** Masthead lines are short: the issuer's name and 文件, centred over the page. */
const MASTHEAD_SHORT = 0.5

/** A masthead line: a short name in hanzi alone, no punctuation, no date (a signature's date is no masthead). */
function isMastheadLine(u: Unit, full: number): boolean {
  const t = u.text.trim()
  return !u.mergedRight && displayWidth(t) <= MASTHEAD_SHORT * full && /^[\u4e00-\u9fff\s]+$/.test(t) && !/年.*月.*日$/.test(t)
}

/**
 * A page's runs of column-wide lines (a merged line counts as two units), apart at wide lines and
 * at a masthead: a 文号 alone on its line whose block (back to a blank line) holds only masthead
 * lines before it. A 文号 under a column-wide title, or alone, may sit in a column: it stays.
 * A 栏目 heading set across the page (text-columns.ts headingAcross) parts two bands: a cut too.
 * `listed`: a line the 目录 spells whole is a title's, set across the page: never two merged.
 */
export function runsOf(lines: readonly SourceLine[], from: number, to: number, full: number, afterFolio?: ReadonlySet<number>, listed?: (text: string) => boolean): Unit[][] {
  const runs: Unit[][] = []
  let run: Unit[] = []
  let blank = false
  // Where the current block starts in the run (-1: before the run), and whether all its units so
  // far are masthead lines: kept as the run grows, so that no 文号 line looks back over the run.
  let blockStart = -1
  let blockMast = false
  const push = (u: Unit): void => {
    if (u.blankBefore) [blockStart, blockMast] = [run.length, true]
    blockMast = blockMast && isMastheadLine(u, full)
    run.push(u)
  }
  const cut = (keep: number): void => {
    if (keep > 0) runs.push(run.slice(0, keep))
    run = []
    blockStart = -1
  }
  for (let i = from; i < to; i++) {
    const text = lines[i].text
    if (isBlank(text)) {
      blank = true
      continue
    }
    const merged = splitMerged(text, full)
    const parts = merged && listed?.(text) ? null : merged
    // The masthead (the issuer's 文件 line, then the 文号) is set across the page: out of the run.
    // A letter-spaced justified line runs past the column's width in the text, yet is one of its lines.
    if (!parts && !blank && blockStart >= 0 && blockMast && isMastheadNumber(text)) cut(blockStart)
    else if (!parts && headingAcross({ lines, full }, i)) cut(run.length)
    else if (!parts && ((displayWidth(text) > full + WIDE_BY && !letterSpaced(text.trim())) || spansOverNumber(lines, i, to, full))) cut(run.length)
    else if (parts) {
      push({ line: i, text: parts[0], column: 0, blankBefore: blank, mergedRight: false })
      push({ line: i, text: parts[1], column: 1, blankBefore: false, mergedRight: true })
    } else push({ line: i, text, blankBefore: blank, mergedRight: false, ...(afterFolio?.has(i) ? { foot: true } : {}) })
    blank = false
  }
  if (run.length) runs.push(run)
  for (const r of runs) r.forEach((u, k) => (u.alone = u.blankBefore && (k + 1 === r.length || r[k + 1].blankBefore)))
  return runs
}

/**
 * A title (关于…, or ending in a 文种) wider than the column with a 文号 line under it: set across
 * the page, a band of columns ends above it, however little it runs past the column's width.
 */
function spansOverNumber(lines: readonly SourceLine[], i: number, to: number, full: number): boolean {
  const t = lines[i].text.trim()
  if (displayWidth(t) <= full + 1 || (!startsTitle(t) && docTypeOf(t.replace(/\s+/g, '')) === null)) return false
  for (let k = i + 1; k < to && k <= i + 2; k++) if (!isBlank(lines[k].text)) return docNumberOfLine(lines[k].text) !== null
  return false
}

/**
 * The run's reading: two streams when they read clearly better than the run's own order. With a
 * 目录 (`anchors`), a reading that parts what the 目录 keeps together (a 文号 from its title, a
 * title's lines) is not taken; and a run the text's own joins leave as it is, but whose order
 * parts them, is read again with the 目录's word on each join: a converter that writes a page
 * block by block shuffles whole pieces of columns, whose joins alone say too little.
 */
function readingOf(run: Unit[], ctx: JoinContext, anchors?: TocAnchors, around: Around = {}, top = false): string[] | null {
  // A run of short lines (a name list, table cells, a 目录) is read as two columns only when a
  // line is merged across the gutter: its joins alone say nothing of prose order.
  const merged = run.some((u) => u.mergedRight)
  const prose = proseRun(run, ctx.full)
  // A list written line by line (a name list in each column, one line between blank lines):
  // its joins say nothing, but lines alone in turn are the two columns' lines in turn. So are a
  // name list's rows, written in turn under blocks (nameListRun).
  const listed = !merged && !prose && ctx.full < PAGE_WIDE && (lineByLine(run, LIST_ALONE_SHARE) || nameListRun(run))
  const trusted = merged || prose || listed
  const readAs = (r: Unit[]): { columns: number[]; cost: number } | null => (lineByLine(r) ? mended(r, joinedStreams(r, ctx), ctx) : twoStreams(r, ctx))
  const written = run
  let read = trusted ? readAs(run) : null
  // A line written late beside a title in the other column goes back up where it was due
  // (text-title-late.ts): the run is read so from here on, its cost as written still the text's.
  // Not in a run with lines holding both columns: a converter that writes both on one line
  // (pdftotext -layout) writes the page row by row, and no line late.
  const late = read && prose && !merged ? lateBesideTitle(run, ctx, read.cost, readAs) : null
  if (late) [run, read] = [late.run, late.reading]
  // So does a line written right after its paragraph's short last line under it (text-end-late.ts).
  const traded = read && prose && !merged ? lateUnderEnd(run, ctx, read, readAs) : null
  if (traded) [run, read] = [traded.run, traded.reading]
  // The streams' numbering read over the whole run mends what the joins alone crossed (text-label-order.ts).
  const best = read && { columns: mendNumbering(run, read.columns, ctx), cost: read.cost }
  let plain: string[] | null = null
  let asIs = 0
  for (let k = 1; k < written.length; k++) asIs += joinCost(ctx, written[k - 1], written[k])
  // The list's own order is read as one column: its stays between lines alone count too. So are
  // a prose run's written nearly throughout line by line (a name list beside a 通知's opening):
  // the list's rows, joined, read no better in turn than as written, yet their turns are the columns'.
  if (listed || (prose && lineByLine(written, LIST_ALONE_SHARE))) for (let k = 1; k < written.length; k++) asIs += stayCost(written[k - 1], written[k], ctx.full)
  if (best) {
    const gain = asIs - best.cost
    if (merged || gain >= gainNeeded(run.length, inTurnAtTop(run, best.columns) ? best.columns : undefined)) plain = inColumns(run, merged ? best.columns : leftFirst(run, best.columns, ctx, around))
    // Taken for its few switches alone (the columns' first lines in turn, then block by block): not when it parts what the 目录 keeps together or goes
    // back in the 目录's order more than the text as written.
    if (plain && !merged && gain < gainNeeded(run.length) && !keepsToc(run, plain, anchors)) plain = null
    // Taken for the head it mends (a title and its 文号 the text as written parts, text-head-mends.ts).
    if (!plain && !merged && anchors && gain >= gainNeeded(0) && inTurnNearTop(best.columns)) plain = mendingHead(run, inColumns(run, leftFirst(run, best.columns, ctx, around)), anchors)
  }
  if (!anchors) return plain
  // The reading to better: the text's own joins', else the text's order.
  const base = plain ?? run.map((u) => u.text)
  const defects = anchorDefects(base, anchors)
  // A run under a band line (a 栏目 heading or a title across the page) that opens with a 文号 the
  // 目录 lists, its title printed beside it: the document starts there, mid-page. A reading that
  // parts the two has crossed the columns; one that keeps them together, parts nothing else the
  // 目录 keeps together and opens the document as the genre does is taken. (At a page's top the
  // 文号 written first may stand at the right column's top: that is left to the joins.)
  const writtenText = written.map((u) => u.text)
  // Elsewhere, a head the text prints whole as one block that the reading parts is mended so too (text-head-blocks.ts).
  const opens = !top && anchors.byNumber.has(docNumberOfLine(run[0].text)?.docNumber ?? '')
  const mend = headBlockReading(run, ctx, anchors, base, opens)
  if (mend) return mend
  // On a page whose lines are too wide for a column of two (a 公文's 28 hanzi), a reading that
  // parts a 文号 from the title the text as written spells out right under it has crossed columns
  // the page does not have (a document's 版记, then the next one's 文号 and title, read 'better'
  // split in two): the text's order stays.
  if (plain && ctx.full > COLUMN_WIDE && headsParted(anchors, writtenText, plain) > 0) return null
  if (defects === 0) return plain && best && lineByLine(run, MEND_ALONE_SHARE) ? (inTocOrder(run, ctx, best, plain, anchors) ?? plain) : plain
  const pick = byTocReading(run, ctx, anchors, (seq) => anchorDefects(seq, anchors))
  return pick && pick.defects < defects ? pick.seq : plain
}

/**
 * A reading that puts back together a document's head the text as written parts (a title and its
 * 文号, the other column's first lines between them), parting nothing else the 目录 keeps
 * together and keeping its order: the 目录's word outweighs joins that read only a little better.
 */
function mendingHead(run: Unit[], seq: string[], anchors: TocAnchors): string[] | null {
  const written = run.map((u) => u.text)
  return headsMended(anchors, written, seq) > 0 && anchorDefects(seq, anchors) === 0 && keepsToc(run, seq, anchors) ? seq : null
}

/**
 * A reading of a run written line by line, its streams' crossings undone (text-crossings.ts). Its
 * cost stays the reading's own: whether the run is read as two streams at all, and how near a
 * reading the 目录 asks for must come, are the joins' word, as before.
 */
function mended(run: Unit[], reading: { columns: number[]; cost: number } | null, ctx: JoinContext): { columns: number[]; cost: number } | null {
  if (!reading) return reading
  const { columns } = undoCrossings(run, reading.columns, ctx)
  return { columns, cost: reading.cost }
}

/**
 * Share of a run's units alone that a reading is mended for the 目录's order at: a page written
 * line by line nearly throughout, where a stay in one column is most often a misread join.
 */
const MEND_ALONE_SHARE = 0.6
/** Reads one run as two streams when they read clearly better than the run's own order. */
function readRun(out: SourceLine[], lines: readonly SourceLine[], run: Unit[], pageEnd: number, ctx: JoinContext, anchors?: TocAnchors, top = false): void {
  const seq = readingOfRun(out, lines, run, pageEnd, ctx, anchors, top)
  if (seq) writeRun(out, lines, run, pageEnd, seq)
}

/** A run's reading, or null where it stays as written. */
function readingOfRun(out: SourceLine[], lines: readonly SourceLine[], run: Unit[], pageEnd: number, ctx: JoinContext, anchors?: TocAnchors, top = false): string[] | null {
  // A 文号 written just under its title's block, the other column's line between (text-number-first.ts):
  // a page in two columns only, where the lines between are the one other column's.
  const under = ctx.full > THREE_WIDE ? numbersUnderTitles(run.map((u) => u.text), ctx.toc ?? anchors) : null
  if (under && under.size > 0) ctx = { ...ctx, underTitles: under }
  // A page of two bands (a Word section starting mid-page) reads band by band (text-band-streams.ts).
  const seq = bandStreams(run, ctx, anchors) ?? readingOf(run, ctx, anchors, top ? aroundRun(out, lines, run, pageEnd) : {}, top)
  // A 文号 found first at the page's top, its title further down, goes over it (text-number-first.ts).
  return (top ? numberOverTitle(seq ?? run.map((u) => u.text), anchors) : null) ?? seq
}

/** Writes a run's reading over its lines and the blank lines after it on the page (when they hold it). */
function writeRun(out: SourceLine[], lines: readonly SourceLine[], run: Unit[], pageEnd: number, seq: string[]): void {
  // The places the run may fill: its own lines and the blank lines after it on the page.
  let last = run[run.length - 1].line
  while (last + 1 < pageEnd && isBlank(lines[last + 1].text) && last + 1 - run[0].line < seq.length) last++
  if (last - run[0].line + 1 < seq.length) return
  for (let i = run[0].line, k = 0; i <= last; i++, k++) out[i] = { no: lines[i].no, text: seq[k] ?? '' }
}

/** A column of a page in two holds at most 26 hanzi (display columns). */
const COLUMN_WIDE = 52
