// How wide a hard-wrapped text's lines run: a line's display width, the width (or two) the text
// is set at, and where a line stops against it. Each page's own width is text-page-widths.ts's.
import type { Edge } from './geometry'

/** Lines narrower than this (display columns) are headings, numbers and names, not body lines. */
export const MIN_BODY = 20
/** A wrapped line may stop short of the full width by this much (a pulled-back character, digits). */
export const FULL_WITHIN = 3
/** A paragraph's first line is indented two ems (公文): four columns short of the full width. */
export const INDENT = 4
/** Cells of leading space a first-line indent adds to its column's edge in -layout text (two ems: about four cells). */
export const LEAD_INDENT = 3
/** A two-em indent takes two cells or more: -layout text sets a hanzi in one cell or two. */
export const MIN_LEAD_INDENT = 2
/**
 * A line this wide (display columns: 32 hanzi) spans a page: a column of a page set in two holds
 * some 20–26 hanzi, a page in one column 38–44. Such a page has no second column to untangle.
 */
export const PAGE_WIDE = 64
/**
 * A column of a page set in three holds at most some 18 hanzi (36 display columns; a page in two
 * holds 20–26 a column): a page with wider lines is not in three columns.
 */
export const THREE_WIDE = 38
/** Share of body-wide lines that must sit at the usual length for the text to count as hard-wrapped. */
const MIN_SHARE = 0.3
const MIN_LINES = 8
/** A paragraph's first line stops a two-em indent (four columns) short, or a character more. */
const INDENT_BAND = 6
/** A second width lies further than a first-line indent and a pulled-back character from the first. */
export const APART = 8
/** Share of the body-wide lines a second width must hold: a table's or a title's width holds fewer. */
const SECOND_SHARE = 0.2
/** Lines a page must hold at a width to be read at it. */
export const MIN_PAGE_LINES = 8

/**
 * Display width: CJK and full-width forms take two columns, ASCII one. A lone space is the gap a
 * typesetter puts between hanzi and digits or Latin (pdftotext writes it as a space): half a
 * column; longer runs are layout padding and take none.
 */
export function displayWidth(s: string): number {
  let w = 0
  // Spaces since the last other character; -1 before the first one (leading padding).
  let run = -1
  for (const c of s) {
    if (c === ' ' || c === '\u00a0' || c === '\t') {
      if (run >= 0) run += c === ' ' ? 1 : 2
      continue
    }
    if (run === 1) w += 0.5
    run = 0
    const code = c.codePointAt(0) ?? 0
    w += code >= 0x2e80 || (code >= 0x2010 && code <= 0x2027) ? 2 : 1
  }
  return w
}

/**
 * The full line width of a hard-wrapped text: the commonest width of body-wide lines, or null when
 * too few lines sit near it (within FULL_WITHIN) for the text to be wrapped at a width (one
 * paragraph per line, as the sample is written).
 */
export function fullWidth(widths: readonly number[]): number | null {
  const body = widths.filter((w) => w >= MIN_BODY).map(Math.round)
  if (body.length < MIN_LINES) return null
  const count = new Map<number, number>()
  for (const w of body) count.set(w, (count.get(w) ?? 0) + 1)
  let mode = 0
  for (const [w, n] of count) if (n > (count.get(mode) ?? 0) || (n === count.get(mode) && w > mode)) mode = w
  mode = aboveIndent(count, mode)
  let near = 0
  for (let d = -1; d <= FULL_WITHIN; d++) near += count.get(mode - d) ?? 0
  if (near < MIN_LINES) return null
  if (near >= MIN_SHARE * body.length) return mode
  // A text of short paragraphs (a regulation's 条, name lists) has fewer lines at the full width,
  // but its paragraphs' first lines sit an indent short of it; wrapped text has no line past it,
  // where one paragraph to a line runs lines of every length. A full line whose marks the
  // typesetter tucked holds one ideograph more ('各省、自治区、直辖市人民政府，国务院各部委、各直属'
  // at 50 in a column of 48): it is no line past the width.
  let indented = 0
  for (let d = FULL_WITHIN + 1; d <= INDENT_BAND; d++) indented += count.get(mode - d) ?? 0
  const past = body.filter((w) => w > mode + 2).length
  return near + indented >= MIN_SHARE * body.length && past <= near / 4 ? mode : null
}

/**
 * A text of paragraphs a line or two long (a regulation's 条) holds more first lines, an indent
 * short, than full ones: when an indent's width above the commonest width holds half as many
 * lines, that is the full width and the commonest is its paragraphs' first lines.
 */
function aboveIndent(count: ReadonlyMap<number, number>, mode: number): number {
  let best = mode
  for (let w = mode + FULL_WITHIN; w <= mode + INDENT_BAND - 1; w++) if ((count.get(w) ?? 0) > (count.get(best) ?? 0) || best === mode) best = w
  const n = count.get(best) ?? 0
  return n >= MIN_LINES && n >= (count.get(mode) ?? 0) / 2 ? best : mode
}

/** Lines at or just short of width `w` (one over, three under: as fullWidth counts them). */
export function near(widths: readonly number[], w: number): number {
  return widths.filter((x) => x <= w + 1 && x >= w - 3).length
}

/**
 * The widths a text is set at: the commonest (fullWidth), and a second one far from it that holds
 * at least SECOND_SHARE of the body-wide lines. Empty when the text is not hard-wrapped.
 */
export function columnWidths(widths: readonly number[]): number[] {
  const first = fullWidth(widths)
  if (first === null) return []
  const body = widths.filter((w) => w >= MIN_BODY).map(Math.round)
  const second = secondWidth(body, first)
  const enough = second > 0 && near(body, second) >= SECOND_SHARE * body.length && near(body, second) >= 2 * MIN_PAGE_LINES
  return enough ? [first, second] : [first]
}

/** The commonest body width far from the first (0 when none). */
export function secondWidth(body: readonly number[], first: number): number {
  const count = new Map<number, number>()
  for (const w of body) if (Math.abs(w - first) > APART) count.set(w, (count.get(w) ?? 0) + 1)
  let second = 0
  for (const [w, n] of count) if (n > (count.get(second) ?? 0) || (n === count.get(second) && w > second)) second = w
  return second
}

/** A line ending this much short of the full width ends its paragraph. */
const SHORT_BY = 10

/** Where a line of width `w` stops, against the full width. */
export function edgeOf(w: number, full: number): Edge {
  if (w >= full - FULL_WITHIN) return 'full'
  if (w >= full - INDENT - 2 && w < full - FULL_WITHIN) return 'indented'
  return w <= full - SHORT_BY ? 'short' : 'unknown'
}

/** Full-width marks a typesetter may set half an em wide when they meet. */
export const TUCKABLE = /[“”‘’（）《》「」『』、，。；：]/g
