// A page of an issue set in two columns that holds a few lines only (a decree's short first page:
// the 令's name and serial, a paragraph, the signature and date beside it). With so few rows
// pdftotext -layout sets the right column wherever the left one's short lines leave room, cells
// before the gutter the full pages show, so no gutter is found and the page is read row by row,
// the two columns' lines woven. Here such a page is read from its rows holding a line of each
// column: the left part starting at the column's edge as wide as the columns measure.
import { leadingBlanks } from '../parse/lines'
import { MAX_INDENT, ems } from './text-layout-rows'

/** A full left line's width, in ems, this near the column width (digits count wide). */
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
  // A page of many rows shows its own gutter, or is no page of two columns.
  if (text.filter((r) => r.trim() !== '').length >= MAX_ROWS) return null
  // A row of two pieces: a left piece starting inside the left column, spaces, a right one.
  const two = text.map((r) => {
    const lead = leadingBlanks(r)
    const m = / {3,}(?=\S)/.exec(r.slice(lead))
    return r.trim() === '' || !m ? null : { lead, at: lead + m.index, end: lead + m.index + m[0].length }
  })
  const paired = two.flatMap((t, i) => (t && t.lead <= MAX_INDENT + width / 2 ? [{ ...t, i }] : []))
  if (paired.length < MIN_PAIRED) return null
  const edge = Math.min(...paired.map((p) => p.end))
  // A full line of the left column beside a right line: as wide as the columns.
  const full = paired.some((p) => p.lead <= MAX_INDENT && Math.abs(ems(text[p.i].slice(p.lead, p.at)) - width) <= FULL_SLACK)
  if (!full) return null
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
