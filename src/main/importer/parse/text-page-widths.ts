// The full line width of each page of a hard-wrapped text. An issue may set some pages in two
// columns and others in three (a replies section in narrow columns): a person sees each page's own
// line length, and a line that fills a two-column page's column would span two columns of a
// three-column page. Here a second width counts when many lines sit at it, far from the first;
// each page then reads at the width most of its lines sit at. A text set at one width is read at
// that width throughout, as before.
import { isBlank, type SourceLine } from './lines'
import { pageStarts } from './text-pages'
import { APART, columnWidths, displayWidth, FULL_WITHIN, INDENT, MIN_BODY, MIN_PAGE_LINES, near, secondWidth } from './text-widths'

/** Share of a page's body-wide lines that sit at a narrower width for the page to be read at it. */
const PAGE_SHARE = 0.6
/**
 * Whether a page's lines keep their place (text from pdftotext -layout, its columns read out one
 * after the other): many start past the edge, as indents and a right column's lines do. Text
 * without layout starts every line at the edge, a page of three columns may come interleaved, and
 * the streams read there keep the text's width.
 */
function placed(lines: readonly SourceLine[], from: number, to: number): boolean {
  let n = 0
  for (let i = from; i < to; i++) if (/^ \S|^ {2}/.test(lines[i].text)) n++
  return n >= MIN_PAGE_LINES
}

/** A column of running text holds twelve hanzi a line or more (display columns): a table's cells or a name list's fewer. */
const MIN_NARROW = 24

/** Lines of a narrow page a title across its columns may set wider than its columns. */
const MAX_WIDER = 2

/**
 * A page of a section set in narrower columns than the text's (three columns a page or two long in
 * an issue of two), too short for the text to count a second width: most of the page's body lines,
 * and many, sit at the text's next commonest width, narrower than its own. That width, or null.
 * A page whose lines keep their place (`placed`: its columns read one after the other) set in
 * narrower columns holds no line past their width but a title's line or two: one with more holds a
 * column of the text's width beside lines that only stop near the narrower one (a name list's
 * entries beside a column of text).
 */
function narrowPage(page: readonly number[], body: readonly number[], first: number, placed = false): number | null {
  const second = secondWidth(body.filter((w) => w >= MIN_NARROW), first)
  if (second === 0 || second >= first) return null
  if (placed && page.filter((w) => w > second + FULL_WITHIN).length > MAX_WIDER) return null
  const n = near(page, second)
  // A -layout page's paragraphs open an indent in from the narrower width: those lines are no sign of another.
  const counted = page.filter((w) => w >= MIN_BODY && !(placed && Math.abs(w - (second - INDENT)) <= 1))
  return n >= 2 * MIN_PAGE_LINES && n >= PAGE_SHARE * counted.length ? second : null
}
/** Lines at the narrower width a page of short lines (a name list in narrow columns) must still hold. */
const MIN_NARROW_FULL = 4

/**
 * A page of -layout text set in narrower columns than the text's whose lines are mostly short (a
 * name list or a 任免's entries, a column or two of them), too few at the narrower width for
 * narrowPage: no line reaches the text's width, none but a title's line or two passes the text's
 * next commonest width, narrower, and a few sit at it. That width, or null. A page set at the text's
 * width holds lines at it; one of short lines under it (a table, a list) has lines past the next.
 */
function narrowOnly(page: readonly number[], body: readonly number[], first: number): number | null {
  const second = secondWidth(body.filter((w) => w >= MIN_NARROW), first)
  if (second === 0 || second >= first || page.filter((w) => w >= MIN_BODY).length < 2 * MIN_PAGE_LINES) return null
  if (near(page, first) > 0 || page.filter((w) => w > second + 1).length > MAX_WIDER) return null
  return near(page, second) >= MIN_NARROW_FULL ? second : null
}

/**
 * The full width for each line index from `from` on: its page's (see the file's comment), or null
 * when the text is not hard-wrapped. Lines before `from` do not count towards the widths. With
 * `tops` (a paragraph's edges are judged), the wide top of a page read at the narrower width
 * (wideTopEnd) is read at the wider one, and a page of -layout text set in narrower columns than
 * the text's (narrowPage, narrowOnly), or whose head band is (narrowTop), at its own: the streams'
 * split keeps the text's width there.
 * Without `tops`, such a page of plain text (a section in three columns a few pages long in an
 * issue of two, its columns' lines interleaved) is read at its own width, so that the streams split
 * it as three columns; its edges stay judged at the text's.
 */
export function pageWidths(lines: readonly SourceLine[], from = 0, tops = false): ((i: number) => number) | null {
  const width = (i: number): number => Math.round(displayWidth(lines[i].text))
  const body: number[] = []
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i].text)) body.push(width(i))
  const widths = columnWidths(body)
  if (widths.length === 0) return null
  const [first] = widths
  const starts = pageStarts(lines)
  const pages = starts.map((start, p) => {
    const end = starts[p + 1] ?? lines.length
    const page: number[] = []
    for (let i = Math.max(start, from); i < end; i++) if (!isBlank(lines[i].text)) page.push(width(i))
    return page
  })
  const bodyWide = body.filter((w) => w >= MIN_BODY).map(Math.round)
  const halves =
    widths.length === 1
      ? pages.map((page, p) => {
          const [start, end] = [starts[p], starts[p + 1] ?? lines.length]
          // Layout text's page in narrower columns has its edges judged at its width; plain text's
          // is split into its streams at it (its lines interleaved: the edges read no better so).
          const kept = placed(lines, start, end)
          const narrow = kept ? tops : !tops
          return halfWidth(page, first) ?? (narrow ? narrowOnly(page, bodyWide, first) : null) ?? wholeWidth(lines, start, end, first) ?? (narrow ? narrowPage(page, bodyWide, first, kept) : null)
        })
      : []
  const narrowFoot = widths.length === 1 && tops ? narrowFootWidth(bodyWide, first) : null
  const feet = starts.map((start, p) => {
    const end = starts[p + 1] ?? lines.length
    const foot = narrowFoot !== null && halves[p] === null && placed(lines, start, end) ? narrowBottom(lines, Math.max(start, from), end, first, [narrowFoot]) : null
    return foot !== null && pastFoot(lines, foot.from, end, foot.width) ? null : foot
  })
  const heads = starts.map((start, p) => {
    const end = starts[p + 1] ?? lines.length
    return narrowFoot !== null && halves[p] === null && placed(lines, start, end) ? narrowTop(lines, Math.max(start, from), end, first, narrowFoot) : null
  })
  if (widths.length === 1 && halves.every((h) => h === null) && feet.every((f) => f === null) && heads.every((h) => h === null)) return () => first
  const perPage = pages.map((page, p) => {
    let best = halves[p] ?? first
    let most = 0
    for (const w of widths.length > 1 ? widths : []) {
      const n = near(page, w)
      if (n >= MIN_PAGE_LINES && n > most) [best, most] = [w, n]
    }
    return best
  })
  const pageOf = new Int32Array(lines.length)
  starts.forEach((start, p) => pageOf.fill(p, start, starts[p + 1] ?? lines.length))
  const wide = Math.max(...widths)
  const topEnds = starts.map((start, p) => (tops && widths.length > 1 ? wideTopEnd(lines, Math.max(start, from), starts[p + 1] ?? lines.length, perPage[p], wide) : start))
  const bottoms = starts.map((start, p) => (tops && widths.length > 1 ? narrowBottom(lines, Math.max(start, from), starts[p + 1] ?? lines.length, perPage[p], widths) : feet[p]))
  return (i: number): number => {
    const p = pageOf[i]
    const head = heads[p]
    if (head && i < head.to) return head.width
    if (i < topEnds[p]) return wide
    const bottom = bottoms[p]
    return bottom !== null && i >= bottom.from ? bottom.width : perPage[p]
  }
}

/**
 * Whether a -layout page's foot read at a narrower width holds more lines past it than a title's
 * line or two: a column of the text's width goes on beside it (a name list's entries, that stop near
 * the narrower width, beside a column of text), and the foot is not set in narrower columns.
 */
function pastFoot(lines: readonly SourceLine[], from: number, to: number, width: number): boolean {
  let n = 0
  for (let i = from; i < to; i++) if (!isBlank(lines[i].text) && displayWidth(lines[i].text) > width + FULL_WITHIN) n++
  return n > MAX_WIDER
}

/**
 * The narrower width a page of -layout text set at the text's one width may end in (three columns
 * under a banner, below two; the section's later pages in three read at it by narrowPage): the
 * text's next commonest width of running text, narrower than its own, at which the text holds
 * lines enough for a page. Null when there is none.
 */
function narrowFootWidth(body: readonly number[], first: number): number | null {
  const second = secondWidth(body.filter((w) => w >= MIN_NARROW), first)
  return second > 0 && second < first && near(body, second) >= 2 * MIN_PAGE_LINES ? second : null
}

/**
 * The band at a page's foot set at a narrower width of the text's than the page is read at (three
 * columns under a banner, below two): the lines after the page's last line at its own width, when
 * MIN_PAGE_LINES of them or more sit at the narrower width and none at the page's.
 */
export function narrowBottom(lines: readonly SourceLine[], from: number, to: number, full: number, widths: readonly number[]): { from: number; width: number } | null {
  const at = (i: number, w: number): boolean => {
    const x = Math.round(displayWidth(lines[i].text))
    return !isBlank(lines[i].text) && x <= w + 1 && x >= w - 3
  }
  let b = to
  while (b > from && !at(b - 1, full)) b--
  if (b <= from) return null
  for (const w of widths) {
    if (w >= full - 3) continue
    let n = 0
    for (let i = b; i < to; i++) if (at(i, w)) n++
    if (n >= MIN_PAGE_LINES) return { from: b, width: w }
  }
  return null
}

/**
 * The band at a -layout page's head set at a narrower width of the text's than the page is read at
 * (three columns over a banner, two under it: the section before ends in three): the lines before
 * the page's first line nearer its own width than the narrower one (the banner, or the title over
 * the wider columns), when MIN_PAGE_LINES of them or more sit at the narrower width and no more
 * than a title's line or two stand past it.
 */
function narrowTop(lines: readonly SourceLine[], from: number, to: number, full: number, narrow: number): { to: number; width: number } | null {
  const width = (i: number): number => Math.round(displayWidth(lines[i].text))
  const body = (i: number): boolean => !isBlank(lines[i].text)
  let b = from
  while (b < to && !(body(b) && width(b) > (full + narrow) / 2)) b++
  if (b >= to) return null
  let n = 0
  let past = 0
  let firsts = 0
  let counted = 0
  for (let i = from; i < b; i++) {
    if (!body(i)) continue
    const w = width(i)
    if (w <= narrow + 1 && w >= narrow - 3) n++
    else if (w > narrow + FULL_WITHIN) past++
    // Paragraphs' first lines, an indent in, are no sign of another width (see narrowPage).
    if (Math.abs(w - (narrow - INDENT)) <= 1) firsts++
    else if (w >= MIN_BODY) counted++
  }
  // Most of the band's lines fill the narrower columns, and paragraphs run on over several lines
  // after their first: a name list's entries spread over many widths, as many short as long.
  const prose = n >= MIN_PAGE_LINES && n >= PAGE_SHARE * counted && n >= FIRST_OVER * firsts
  return prose && past <= MAX_WIDER ? { to: b, width: narrow } : null
}

/** How many times its paragraphs' first lines a narrow band's lines at its width must number. */
const FIRST_OVER = 2

/** Lines a page's wide top must hold at the wide width, and how many times its narrow lines. */
const MIN_TOP = 8
const TOP_OVER = 2

/**
 * Where the wide top of a page read at the narrow width `full` ends (`from` when it has none): a
 * text that also has wider pages may start a section in narrower columns mid-page (three columns
 * under two). The top runs down to the last line at the wide width, when most of its lines sit at
 * it.
 */
export function wideTopEnd(lines: readonly SourceLine[], from: number, to: number, full: number, wide: number): number {
  if (full >= wide) return from
  const near = (i: number, w: number): boolean => {
    const x = displayWidth(lines[i].text)
    return !isBlank(lines[i].text) && x <= w + 1 && x >= w - 3
  }
  let b = to
  while (b > from && !near(b - 1, wide)) b--
  let atWide = 0
  let atNarrow = 0
  for (let i = from; i < b; i++) {
    if (near(i, wide)) atWide++
    else if (near(i, full)) atNarrow++
  }
  return atWide < MIN_TOP || atWide < TOP_OVER * atNarrow ? from : b
}

/** A page this wide (display columns: 32 hanzi) is set in one column; two columns hold 20–26 hanzi. */
const ONE_COLUMN = 64
/** Two columns and their gutter fill the page: a column is half its width, a gutter of up to six columns less. */
const GUTTER = 12

/** Share of a page's body-wide lines at a column's width: a table's cells spread over many widths. */
const HALF_SHARE = 0.5

/**
 * A page with more lines far wider than the text's width than lines at it, none of them two
 * columns' lines joined at a space: a short page set in one column in a text of two (a
 * document's last lines in a section set across the page) reads at its widest line; else null.
 */
function wholeWidth(lines: readonly SourceLine[], from: number, to: number, first: number): number | null {
  const page = lines.slice(from, to).filter((l) => !isBlank(l.text))
  const wider = page.filter((l) => displayWidth(l.text) > first + APART)
  if (wider.length <= near(page.map((l) => Math.round(displayWidth(l.text))), first) || wider.some((l) => JOINED.test(l.text))) return null
  return Math.max(...wider.map((l) => Math.round(displayWidth(l.text))))
}

/** Two columns' lines on one text line, joined at a space between ideographs or marks. */
const JOINED = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef] +[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/

/**
 * A page of a text set in one column whose lines sit at half its width, a gutter less: a section
 * set in two columns (a wide table's notice, a name list), too short for the text to count a second
 * width. Its width, or null. A page of table cells or a list has lines at many widths: most of a
 * two-column page's lines fill its column.
 */
function halfWidth(page: readonly number[], first: number): number | null {
  if (first < ONE_COLUMN) return null
  let best: number | null = null
  let most = 0
  for (let w = Math.ceil((first - GUTTER) / 2); 2 * w <= first; w++) {
    const n = near(page, w)
    if (n > most) [best, most] = [w, n]
  }
  const body = page.filter((w) => w >= MIN_BODY).length
  return best !== null && most >= MIN_PAGE_LINES && most >= HALF_SHARE * body && most > near(page, first) ? best : null
}
