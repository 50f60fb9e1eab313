// Rows of text that keeps each line's place on the page (`pdftotext -layout`), one at a time: where
// a page's right column starts (its gutter, in character cells), what each row holds either side
// of it, and how wide a line is. Cells count a hanzi and a digit alike though a hanzi is set twice
// as wide, so widths are told in ems: a full line of a column is about one width in ems.
import { leadingBlanks } from '../parse/lines'
import { inSpacedRhythm } from './text-layout-spaced'

export type Row =
  | { kind: 'blank' }
  | { kind: 'across'; text: string }
  | { kind: 'left'; text: string }
  | { kind: 'right'; text: string }
  | { kind: 'both'; left: string; right: string }

/** A gutter is where right-column text starts on this many rows or more; a run of two columns needs as many rows of each. */
export const MIN_SIDE_ROWS = 4
/** Full lines in a column (or left lines cut at a gutter of two spaces) that measure its width. */
export const MIN_FULL_ROWS = 2
/** The gutter: where right-column text starts, as a share of the page's widest row. */
const GUTTER_FROM = 0.3
const GUTTER_TO = 0.68
/** Cells either side of the gutter's start where a column's text may begin. */
export const WINDOW = 7
/** Right-column text can start this early, as a share of the gutter's place, after a full line. */
const NEAR_SHARE = 0.6
/** A left part this close to the full left line's width, in ems, ends at a one-space gutter. */
const FULL_SLACK = 1.5
/** …and starts this few cells from the page's edge or fewer (a paragraph's first-line indent). */
export const MAX_INDENT = 4
/** No table's columns on the page. */
const NO_STOPS: ReadonlySet<number> = new Set()

/**
 * Where right-column text starts on most rows that have it, inside the page's middle. A name
 * list's rows ('刘　伟　县政府办公室主任', its entries indented in a column of three) start text at
 * several places each and draw that place a few cells past the column's edge, where its other
 * lines start: counted by rows, not places, the edge shows, and the gutter is there.
 */
export function findGutter(rows: readonly string[], widest: number, stops: ReadonlySet<number> = NO_STOPS, leftOf = Infinity): number | null {
  // A table's columns are no column's edge.
  const starts = rows.map((r) => rowStarts(r).filter((s) => !stops.has(s)))
  const lo = Math.round(widest * GUTTER_FROM)
  // leftOf: a gutter of the page's left part only (the first of three columns' two), its window clear of that cell.
  const hi = Math.min(Math.round(widest * GUTTER_TO), leftOf - WINDOW)
  const most = (count: (p: number) => number): { at: number; count: number } => {
    let best = { at: -1, count: 0 }
    for (let p = lo; p <= hi; p++) {
      const n = count(p)
      if (n > best.count) best = { at: p, count: n }
    }
    return best
  }
  const inWindow = (s: number, p: number): boolean => s >= p && s < p + WINDOW
  const best = most((p) => starts.reduce((n, row) => n + row.filter((s) => inWindow(s, p)).length, 0))
  if (best.count < MIN_SIDE_ROWS) return null
  const edge = most((p) => starts.filter((row) => row.some((s) => inWindow(s, p))).length).at
  return edge < best.at && edge > best.at - WINDOW ? edge : best.at
}

/** Where a row's text starts after spaces (its indent, and each run of spaces but a converter's lone one beside a digit). */
export function rowStarts(r: string): number[] {
  const lead = leadingBlanks(r)
  const row = lead > 0 ? [lead] : []
  for (const m of r.trimStart().matchAll(/ +(?=\S)/g)) {
    if (!isLatinSpace(r, lead + m.index, m[0].length)) row.push(lead + m.index + m[0].length)
  }
  return row
}

/**
 * A lone space beside a digit or Latin letter: converters put one between hanzi and digits
 * ('第 724 号'), inside a column. Between two columns it is a space between hanzi, or more.
 */
export function isLatinSpace(row: string, at: number, length: number): boolean {
  return length === 1 && (/[\x21-\x7e]/.test(row[at - 1] ?? '') || /[\x21-\x7e]/.test(row[at + 1] ?? ''))
}

/**
 * The width in ems of a full left-column line, from rows cut at a gutter of two spaces or more:
 * the width most of them have. Null when too few rows tell it.
 */
export function fullLeft(kinds: readonly Row[]): number | null {
  const count = new Map<number, number>()
  for (const k of kinds) if (k.kind === 'both') count.set(Math.round(ems(k.left)), (count.get(Math.round(ems(k.left))) ?? 0) + 1)
  const [width, n] = [...count].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] > a[0]) ? b : a), [0, 0])
  return n >= MIN_FULL_ROWS ? width : null
}

/** A right column's line after a full left line and a lone space beside a mark: this many ems or more. */
const MIN_RIGHT = 4

/**
 * Whether a lone space at `at` is where a full left line (as wide as `column`, from the edge)
 * meets a right line of half a column or more: not a left line's last cell run over.
 */
function fullMeetsRight(text: string, at: number, lead: number, column: number | null | undefined): boolean {
  if (column == null || lead > MAX_INDENT) return false
  // After a half-width mark (web text's ',' for '，') that the row sets with no space after it
  // elsewhere, the space is no converter's space: a paragraph's short last line of the right
  // column ('会资本实施项目。') is cut off there too. (XeTeX's text spaces after each ', '.)
  const mark = text[at - 1] ?? ''
  const bare = /[^0-9A-Za-z\s]/.test(mark) && mark < '\u2000' && text.slice(0, at - 1).includes(mark) && !text.slice(0, at - 1).includes(`${mark} `)
  const rest = bare ? MIN_RIGHT : column / 2
  return Math.abs(ems(text.slice(0, at)) - column) <= FULL_SLACK && ems(text.slice(at + 1)) >= rest
}

export function rowKind(row: string, gutter: number, column: number | null | undefined, stops: ReadonlySet<number> = NO_STOPS): Row {
  const text = row.trimEnd()
  if (text.trim() === '') return { kind: 'blank' }
  const lead = leadingBlanks(text)
  // A table's column set in the left column, just before the gutter, is the left column's.
  const table = (at: number): boolean => at < gutter && stops.has(at)
  if (lead >= gutter - 2 && !table(lead)) return { kind: 'right', text: text.slice(Math.min(lead, gutter)) }
  // The gutter is a run of spaces that ends near where the right column starts (a full left line
  // can push the right one a few cells either way), or that reaches past it (a short line pushed
  // far right, as a signature is). Of the runs that fit, one of two spaces or more before a lone
  // one, then the one ending nearest the gutter: a row of a page in three columns has a run
  // between each two, and a signature in the middle column stays there.
  // A lone space between hanzi ranks above one beside a digit (a converter's '第 724 号' space).
  const rank = (a: { at: number; end: number }): number => (a.end - a.at >= 2 ? 3 : isLatinSpace(text, a.at, 1) ? 1 : 2)
  // A run of spaces the gutter lies inside is at it, however far it reaches past (a name list's
  // line beside a 文号 set in from the right column's edge: '何亚非   外交部部长助理     国函…').
  const off = (a: { at: number; end: number }): number => (a.end - a.at >= 3 && a.at < gutter && a.end >= gutter ? 0 : Math.abs(a.end - gutter))
  const better = (a: { at: number; end: number }, b: { at: number; end: number }): boolean => {
    const [wa, wb] = [rank(a), rank(b)]
    return wa > wb || (wa === wb && off(a) < off(b))
  }
  const piece = markBesideRight(text, lead, gutter)
  if (piece) return piece
  let cut: { at: number; end: number; shift: number } | null = null
  for (const m of text.matchAll(/ +/g)) {
    const end = m.index + m[0].length
    if (m.index <= lead) continue
    if (m[0].length === 1 && column === undefined) continue
    if (isLatinSpace(text, m.index, m[0].length) && !fullMeetsRight(text, m.index, lead, column)) continue
    if (m[0].length === 1 && insideSpacing(text, m.index)) continue
    // Nor is a run that keeps a letter-spaced band's rhythm ('公      厅      函      件').
    if (inSpacedRhythm(text, m.index, m[0].length)) continue
    if (table(end)) continue
    // A line with digits in it runs on a cell further for each two (a cell each, half an em
    // wide): the right column's text after it starts that much past the window.
    const shift = halfCells(text.slice(lead, m.index))
    // A full line of hanzi takes half the cells its width does on the page, so a right line after
    // it at one space can start well before the gutter's share: the full left line tells it.
    const near = (end >= gutter * NEAR_SHARE || (m[0].length === 1 && !isLatinSpace(text, m.index, 1) && fullMeetsRight(text, m.index, lead, column))) && end - shift <= gutter + WINDOW
    const over = m[0].length >= 3 && m.index <= gutter + 1 && end >= gutter
    if ((near || over) && (!cut || better({ at: m.index, end }, cut))) cut = { at: m.index, end, shift: end > gutter + WINDOW && !over ? shift : 0 }
  }
  if (cut) cut = pairPushed(text, cut, gutter) ?? cut
  if (cut) return pageBack(text, cut, gutter) ?? { kind: 'both', left: text.slice(0, cut.at), right: ' '.repeat(Math.max(0, cut.end - cut.shift - gutter)) + text.slice(cut.end) }
  // A 栏目 heading (【国务院文件】) stands on a line of its own: glued onto the end of a short line
  // of the left column, set on another baseline, it is the other column's.
  const glued = /^(.*[^\s【])(【[^【】\d]{2,16}】)$/.exec(text)
  if (glued && text.length <= gutter) return { kind: 'both', left: glued[1], right: glued[2] }
  return text.length > gutter + 2 ? { kind: 'across', text } : { kind: 'left', text }
}

/** A stop or closing mark ending the left part, and the piece after it opening with a bracket or pause mark. */
const STOP_END = /[。；：！？）》”]$/
const PAIR_OPENS = /^[（，、][\u3400-\u9fff“《（]+$/

/** A left line's piece pushed out before the gutter's window holds this many characters or fewer. */
const SHORT_PIECE = 3

/**
 * A left line's last piece pushed a few cells out: XeTeX sets a bracket close against the stop
 * before it, and pdftotext places it by its glyph's box, whose left half is blank, so a run of
 * spaces parts them ('统计方法。    （生   城市…'). The run after the piece, ending inside the
 * window where the right column's lines start, parts the columns; the piece is the left line's.
 */
function pairPushed(text: string, cut: { at: number; end: number; shift: number }, gutter: number): { at: number; end: number; shift: number } | null {
  const next = / {2,}/.exec(text.slice(cut.end))
  if (!next) return null
  const at = cut.end + next.index
  const end = at + next[0].length
  const piece = text.slice(cut.end, at)
  const pair = STOP_END.test(text.slice(0, cut.at)) && PAIR_OPENS.test(piece)
  // Or any piece of a few hanzi or marks that starts before the window (digits there are the
  // right column's own, pushed: '要          12    项重要的民生调查').
  const short = cut.end < gutter && piece.length <= SHORT_PIECE && /^[^\x21-\x7e]+$/.test(piece)
  if (!(pair || short) || end < gutter || end >= gutter + WINDOW) return null
  return { at, end, shift: 0 }
}

/** A pause or closing mark alone, one space, then more text. */
const LONE_MARK = /^[，、。；）》”’] \S/
/** A staircase's last piece stands this many cells in from the column's edge or more. */
const PIECE_FROM = 2 * MAX_INDENT + 1

/**
 * A row holding a left line's last staircase piece, a lone mark set well in from the edge, one
 * space, then the right column's line ('                        ， 20 时 35 分。据三峡…'): the
 * space beside a digit is no gutter by itself, and read across, the row would part the page's
 * columns. The mark is the left column's (rejoinTails puts it back at its line's end).
 */
function markBesideRight(text: string, lead: number, gutter: number): Row | null {
  if (lead < PIECE_FROM || lead >= gutter || !LONE_MARK.test(text.slice(lead)) || text.length <= gutter) return null
  return { kind: 'both', left: text.slice(0, lead + 1), right: ' '.repeat(Math.max(0, lead + 2 - gutter)) + text.slice(lead + 2) }
}

/**
 * A lone space inside a letter-spaced line ('环 保 总 局 会 同 发 展 改 革 委、', a justified line
 * of a narrow column stretched out): one character and a lone space before it, a character or
 * two and a lone space after it. Where the spaced line meets the next column, one side is set
 * solid ('…改 革 委、 研究提出了…').
 */
function insideSpacing(text: string, at: number): boolean {
  return text[at - 2] === ' ' && text[at - 3] !== ' ' && /^\S{1,2} \S/.test(text.slice(at + 1))
}

/**
 * The cells a text's half-width characters (digits, Latin letters, the lone spaces beside them)
 * take beyond their width in ems: one for every two, runs of spaces (a gap between columns) aside.
 */
function halfCells(text: string): number {
  return Math.floor(text.replace(/ {2,}/g, '').split('').filter((ch) => ch <= '\u2000').length / 2)
}

/**
 * A left column's short line set flush right, ending at the gutter (a signature, '国务院'), beside
 * the right column's line: it starts a cell or two before the gutter, and the spaces after it end
 * where the right column starts. A right column's own line runs on past that place (the gap to a
 * third column is a column's width further). Asked of a row read as the right column's, once a
 * line's tail set a row low (rejoinTails, which takes such a piece back to its line) is known.
 */
export function signedBeside(row: string, gutter: number): Row | null {
  const text = row.trimEnd()
  const lead = leadingBlanks(text)
  if (lead >= gutter || lead < gutter - 2) return null
  const gap = / {3,}/.exec(text.slice(lead))
  if (!gap) return null
  const at = lead + gap.index
  const end = at + gap[0].length
  if (end < gutter || end > gutter + WINDOW) return null
  return { kind: 'both', left: text.slice(0, at), right: ' '.repeat(end - gutter) + text.slice(end) }
}

/**
 * A 目录 entry of the left column ends with its 文号's bracket (or a leader) and then its page,
 * set where the right column starts when the entry's last line is short: the page is the left
 * entry's, not the first word of the right column's line ('（2022）49号）  7  （兴政办函…）').
 */
const PAGE_AFTER_ENTRY = /[）)…．.·]$/
const PAGE_FIRST = /^(\d{1,3})(?: {2,}|$)/

function pageBack(text: string, cut: { at: number; end: number }, gutter: number): Row | null {
  const left = text.slice(0, cut.at)
  const page = PAGE_FIRST.exec(text.slice(cut.end))
  if (!page || !PAGE_AFTER_ENTRY.test(left)) return null
  const starts = cut.end + page[0].length
  const own = text.slice(0, cut.end + page[1].length)
  return starts >= text.length ? { kind: 'left', text: own } : { kind: 'both', left: own, right: ' '.repeat(Math.max(0, starts - gutter)) + text.slice(starts) }
}

/** A side's width: the width of its full lines, a few longer ones (a date set in digits) aside. */
export function width(lines: readonly string[]): number {
  const widths = lines.map(inked).sort((a, b) => a - b)
  return widths[Math.floor(widths.length * 0.9)]
}

/**
 * A line's length in cells with a 目录's leader (`. . . .`, spaced dots counting two cells each)
 * taken as one cell a dot: leaders make a column's lines look twice as wide as the other's.
 */
export function inked(text: string): number {
  return ems(text.trim().replace(/(?:[.·…]\s){3,}/g, (m) => '…'.repeat(m.length / 2)))
}

/**
 * A text's width in ems: a hanzi or full-width mark takes one, a digit, Latin letter or space
 * half of one. Cells count each as one, so a line with a date in it looks wider than it is.
 */
export function ems(text: string): number {
  let half = 0
  for (const ch of text) if (ch <= '\u2000' || (ch >= '\uff61' && ch <= '\uffdc')) half++
  return text.length - half / 2
}

/** A 目录 row's right-hand cells: a 文号 or a decree's serial, maybe, then the page as printed. */
const TOC_CELLS = /^(?:\S{0,12}[〔［[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号|第\s*\d{1,4}\s*号)?\s*(?:[（(]\s*\d{1,4}\s*[）)]|[·•]\s?\d{1,4}\s?[·•]|[-－—]\s?\d{1,4}\s?[-－—]|第\s*\d{1,4}\s*页|\d{1,4})$/
/** Share of a side's lines that must be such cells for it to be a 目录's cells, not a column. */
const CELL_SHARE = 0.6
/** A 栏目's banner: this many characters at most. */
const MAX_BANNER = 12

/**
 * Whether a right side's lines are a 目录's 文号 and page cells (a list set in three columns:
 * the title, the 文号 top-aligned with it, the page flush right): a title's words and its cells
 * stay on their row, as a person reads them, not read as two columns of text.
 */
export function tocCells(rights: readonly string[]): boolean {
  const cells = rights.filter((t) => TOC_CELLS.test(t.trim()))
  // A 栏目's banner centred over the list starts past the titles too: a short line with no figure.
  const words = rights.filter((t) => !TOC_CELLS.test(t.trim()) && !(t.trim().length <= MAX_BANNER && !/\d/.test(t)))
  return cells.length >= MIN_FULL_ROWS && cells.length >= CELL_SHARE * (cells.length + words.length)
}
