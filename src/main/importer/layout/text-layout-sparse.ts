// A page of an issue set in two columns that holds a few lines only (a decree's short first page:
// the 令's name and serial, a paragraph, the signature and date beside it). With so few rows
// pdftotext -layout sets the right column wherever the left one's short lines leave room, cells
// before the gutter the full pages show, so no gutter is found and the page is read row by row,
// the two columns' lines woven. Here such a page is read from its rows holding a line of each
// column: the left part starting at the column's edge as wide as the issue's columns measure.
// So is a document's last page whose right column holds its closing alone (signature, date, the
// public note) at the top, beside a left column running down the page: there too no gutter shows.
import { leadingBlanks } from '../parse/lines'
import { parseDateLine } from '../parse/dates'
import { MAX_INDENT, ems } from './text-layout-rows'
import { closesDocument } from './text-layout-sections'

/** A full left line's width, in ems, this near the issue's column width (digits count wide). */
const FULL_SLACK = 2
/** Rows of text a short page holds fewer of. */
const MAX_ROWS = 16
/** Rows holding a line of each column the page needs. */
const MIN_PAIRED = 2
/** A piece of a row this many cells left of the right column's edge or fewer is still its. */
const EDGE_SLACK = 1

/** Each row's left and right text, or null for a row of the left column or set above the columns. */
type Piece = { left: string; right: string }

/**
 * The page's rows with its columns read left first, or null when the rows do not read as two
 * columns of `width` ems. `keep` marks the rows that stay as they stand (running head, folio).
 */
export function readSparseColumns(rows: readonly string[], keep: readonly boolean[], width: number): string[] | null {
  const text = rows.map((r, i) => (keep[i] ? '' : r.trimEnd()))
  const two = text.map(twoPieces)
  const paired = (w: number): Paired[] => two.flatMap((t, i) => (t && t.lead <= MAX_INDENT + w / 2 ? [{ ...t, i }] : []))
  const atIssue = paired(width)
  // A page of many rows shows its own gutter, or is no page of two columns, unless its right
  // column holds a closing alone; a few rows show the columns by a full left line beside a right
  // one, as wide as the issue's columns or as the page's own (a document set in larger type).
  if (closingBeside(text, atIssue)) return readPieces(rows, keep, text, two, atIssue, width)
  const besideTwo = closingBesideTwo(rows, keep, text, width)
  if (besideTwo !== null) return besideTwo
  if (text.filter((r) => r.trim() !== '').length >= MAX_ROWS) return null
  if (fullBeside(text, atIssue, width)) return readPieces(rows, keep, text, two, atIssue, width)
  const own = ownWidth(text, atIssue, width)
  if (own === null) return null
  const atOwn = paired(own)
  return fullBeside(text, atOwn, own) ? readPieces(rows, keep, text, two, atOwn, own) : null
}

/** Where a row's left piece starts and ends and its right piece starts. */
type Pieces = { lead: number; at: number; end: number }
type Paired = Pieces & { i: number }

/** A row of two pieces: a left piece, three spaces or more, a right one; else null. */
function twoPieces(r: string): Pieces | null {
  const lead = leadingBlanks(r)
  const m = / {3,}(?=\S)/.exec(r.slice(lead))
  return r.trim() === '' || !m ? null : { lead, at: lead + m.index, end: lead + m.index + m[0].length }
}

/**
 * A full line of the left column, `width` ems, with the right column's line a space or two after
 * it (pdftotext sets a right line nearer beside a full left one: swap-xe-unbal-b8's '…应用的支持，
 * 小组办公室提出，…'). A page of one column this wide holds no text past its lines' width.
 */
function fullThenRight(r: string, width: number): Pieces | null {
  const lead = leadingBlanks(r)
  if (r.trim() === '' || lead > MAX_INDENT) return null
  for (const m of r.slice(lead).matchAll(/ {1,2}(?=\S)/g)) {
    const left = r.slice(lead, lead + m.index)
    if (Math.abs(ems(left) - width) <= FULL_SLACK) return { lead, at: lead + m.index, end: lead + m.index + m[0].length }
  }
  return null
}

const leftOf = (text: readonly string[], p: Paired): string => text[p.i].slice(p.lead, p.at)

/** A full line of the left column beside a right line, `width` ems wide. */
function fullBeside(text: readonly string[], paired: readonly Paired[], width: number): boolean {
  return paired.length >= MIN_PAIRED && paired.some((p) => p.lead <= MAX_INDENT && Math.abs(ems(leftOf(text, p)) - width) <= FULL_SLACK)
}

/** The page's own column width, narrower than the issue's: a left and a right piece of two-piece rows as wide, the widest. */
function ownWidth(text: readonly string[], paired: readonly Paired[], width: number): number | null {
  const lefts = paired.filter((p) => p.lead <= MAX_INDENT).map((p) => ems(leftOf(text, p)))
  const rights = new Set(paired.map((p) => ems(text[p.i].slice(p.end).trim())))
  const own = Math.max(...lefts.filter((w) => rights.has(w)))
  return own >= OWN_SHARE * width && own < width - FULL_SLACK ? own : null
}

/** The narrowest a page's own columns may be beside the issue's, as a share of their width. */
const OWN_SHARE = 0.7
/** Lines a closing beside the left column holds at most (signatures, date, public note). */
const CLOSING_ROWS = 8

/**
 * The rows of two pieces are the page's first rows of text and their right pieces end with a
 * date or a public note: a closing set at the top of the right column.
 */
function closingBeside(text: readonly string[], paired: readonly Paired[]): boolean {
  if (paired.length < MIN_PAIRED || paired.length > CLOSING_ROWS) return false
  const rows = text.flatMap((r, i) => (r.trim() === '' ? [] : [i])).slice(0, paired.length)
  if (rows.some((i, k) => paired[k].i !== i)) return false
  const rights = paired.map((p) => text[p.i].slice(p.end).trim())
  return closesDocument(rights[rights.length - 1]) && rights.some((r) => parseDateLine(r) !== null)
}

/** A row's last piece after three spaces or more, text before it: where that run of spaces starts and ends; else null. */
function lastPiece(r: string): Pieces | null {
  const m = [...r.trimEnd().matchAll(/ {3,}(?=\S)/g)].at(-1)
  return m === undefined || r.slice(0, m.index).trim() === '' ? null : { lead: leadingBlanks(r), at: m.index, end: m.index + m[0].length }
}

/**
 * A page of three columns whose right one holds a document's closing alone at its top (its last
 * lines, signature, date, public note) beside the two left ones (a table across both, the next
 * lines under it). A row's first run of spaces parts the left columns' cells, not the closing's
 * column, so closingBeside sees no closing: the rows are cut at their last run of spaces instead,
 * the right pieces the page's first rows, starting no further left than the first one's indent
 * allows, and no later row reaching that far. The left part stays as it stands, the closing after
 * it, so the document it ends is closed by it. So too beside one left column running down the
 * page through rows of cells of its own (a name list's, which closingBeside would count as
 * pieces), a row of the closing set a space or two from a full left line (fullThenRight).
 */
function closingBesideTwo(rows: readonly string[], keep: readonly boolean[], text: readonly string[], width: number): string[] | null {
  const full = text.flatMap((r, i) => (r.trim() === '' ? [] : [i]))
  const top = full.length > 0 ? lastPiece(text[full[0]]) : null
  if (top === null) return null
  const edge = top.end - MAX_INDENT
  // A full left line may have the closing's line a space or two after it (fullThenRight).
  const pieceOf = (i: number): Pieces | null => {
    const last = lastPiece(text[i])
    return last !== null && last.end >= edge ? last : (fullThenRight(text[i], width) ?? last)
  }
  const reaches = (i: number): boolean => (pieceOf(i)?.end ?? leadingBlanks(text[i])) >= edge || fullThenRight(text[i], width) !== null
  const count = full.findIndex((i) => !reaches(i))
  const paired = full.slice(0, count < 0 ? full.length : count).map((i) => ({ ...pieceOf(i)!, i }))
  if (count < 0 || full.slice(count).some(reaches)) return null
  if (!closingBeside(text, paired)) return null
  // The column's edge is where the pieces after three spaces start; a line set nearer starts at it.
  const spaced = paired.filter((p) => p.end >= edge)
  const start = Math.min(...(spaced.length > 0 ? spaced : paired).map((p) => p.end))
  const rights = paired.map((p) => ' '.repeat(Math.max(0, p.end - start)) + text[p.i].slice(p.end))
  if (rights.some((t) => ems(t.trim()) > width + FULL_SLACK)) return null
  const last = full[full.length - 1]
  const cut = new Map(paired.map((p) => [p.i, p.at]))
  const lefts = text.slice(full[0], last + 1).map((r, k) => r.slice(0, cut.get(full[0] + k) ?? r.length).trimEnd())
  const above = rows.slice(0, full[0]).flatMap((r, i) => (keep[i] ? r.trim().split(/ {3,}/) : [r]))
  const below = rows.slice(last + 1).flatMap((r, k) => (keep[last + 1 + k] ? r.trim().split(/ {3,}/) : [r]))
  return [...above, ...lefts, '', ...rights, ...below]
}

function readPieces(rows: readonly string[], keep: readonly boolean[], text: readonly string[], two: readonly (Pieces | null)[], paired: readonly Paired[], width: number): string[] | null {
  const edge = Math.min(...paired.map((p) => p.end))
  const first = paired[0].i
  const last = text.findLastIndex((r) => r.trim() !== '')
  const pieces: (Piece | null)[] = []
  for (let i = first; i <= last; i++) {
    const r = text[i]
    const lead = leadingBlanks(r)
    const t = two[i]
    if (r.trim() === '') pieces.push(null)
    else if (lead >= edge - EDGE_SLACK) pieces.push({ left: '', right: r.slice(edge - EDGE_SLACK).replace(/^ /, '') })
    else if (t === null) pieces.push({ left: r, right: '' })
    // A row whose second piece starts inside the left column is no row of two columns.
    else if (t.end < edge || / {3,}\S/.test(r.slice(t.end))) return null
    else pieces.push({ left: r.slice(0, t.at), right: ' '.repeat(t.end - edge) + r.slice(t.end) })
  }
  const lefts = pieces.filter((p) => p && p.left !== '').map((p) => p!.left)
  const rights = pieces.filter((p) => p && p.right !== '').map((p) => p!.right)
  if (lefts.length < MIN_PAIRED || rights.length < MIN_PAIRED) return null
  // Each line fits a column (a page in one column holds lines twice as wide beside its labels).
  if ([...lefts, ...rights].some((t) => ems(t.trim()) > width + FULL_SLACK)) return null
  const above = rows.slice(0, first).flatMap((r, i) => (keep[i] ? r.trim().split(/ {3,}/) : [r]))
  const below = rows.slice(last + 1).flatMap((r, k) => (keep[last + 1 + k] ? r.trim().split(/ {3,}/) : [r]))
  return [...above, ...lefts, '', ...rights, ...below]
}
