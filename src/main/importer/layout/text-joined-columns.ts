// Text written row by row across a two-column page with ONE space between the columns
// (`pdftotext` default mode on pages whose columns share a baseline grid, as Chromium's CSS
// columns do; pdfplumber's extract_text and converters like it). Where a left-column line is full
// and the right one starts close to the gutter, a row holds both lines joined at one space; where
// the gap is wider (a left line ending its paragraph, a right one indented), each comes on a row
// of its own, the two taking turns. A person reads down the left column, then the right: here each
// run of such rows is rewritten in that order. Joined rows are told by their shape: a left part
// one column wide (measured on the page's own rows), a space, a right part no wider. Rows of one
// column's line alone are given to the column they continue (see text-joined-assign.ts). Pages
// without enough joined rows are left as they are: text written column by column, or across one
// column, where single spaces are common (`2022年 5月`, `兴县财政局 兴县教育局`, `7 号`).
import { FULL_ABOVE, FULL_BELOW, assignColumns, cells, characterPairs, type Slot } from './text-joined-assign'
import { docNumberOfLine } from '../parse/header'
import { readThreeColumns } from './text-joined-three-read'

/**
 * Joined rows a page needs before it is read as two columns; rows, joined rows and their share a
 * run between blank rows needs. Text that sets a blank row between every two (pdftotext on some
 * pages) holds runs of two or three: the text reader takes its columns apart downstream.
 */
const MIN_JOINED = 3
const MIN_RUN_ROWS = 6
const MIN_RUN_JOINED = 3
const MIN_SHARE = 0.2
/** Rows one column wide that measure the column before it can be trusted. */
const MIN_MEASURE = 6
/** Narrowest column read: a table's name column or a list is not one. */
const MIN_COLUMN = 12

/** The text with every page of joined two-column rows read left column first; as it was otherwise. */
export function readJoinedColumns(text: string): string {
  if (!/\S \S/.test(text)) return text
  let changed = false
  let pairs: Map<string, number> | null = null
  const pages = text.split('\f').map((page) => {
    const read = readPage(page, () => (pairs ??= characterPairs(text)))
    if (read !== null) changed = true
    return read ?? page
  })
  return changed ? pages.join('\f') : text
}

/**
 * Share of the non-blank lines of `after` (readJoinedColumns' text) that are no line of `before`:
 * the lines it cut out of rows that joined two or three columns' lines. The parser's own count of
 * a body rebuilt from its words (text-rebuilt.ts) cannot see them: they reach it already cut.
 */
export function joinedRowsShare(before: string, after: string): number {
  if (after === before) return 0
  const was = new Set(before.split(/\r\n?|\n/).map((l) => l.trim()))
  const lines = after.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '' && l !== '\f')
  return lines.length === 0 ? 0 : lines.filter((l) => !was.has(l)).length / lines.length
}

/** One page in reading order, or null when it shows no joined columns. */
function readPage(page: string, pairs: () => ReadonlyMap<string, number>): string | null {
  const rows = page.split(/\r\n?|\n/)
  // A page whose band of three columns comes joined on rows is read so; the rows above it as any page.
  const three = readThreeColumns(rows, pairs, (above) => readPage(above.join('\n'), pairs)?.split('\n') ?? above)
  if (three !== null) return three.join('\n')
  const column = columnWidth(rows)
  if (column === null) return null
  const slots: (Slot | null)[] = rows.map((r) => (r.trim() === '' ? null : slotOf(r.trim(), column)))
  if (slots.filter((s) => s?.kind === 'both').length < MIN_JOINED) return null
  // Runs of rows between blank rows (a banner, a title across the page, the head stand apart),
  // each read on its own; not the page's folio under the last row, nor a row wider than a column.
  const folio = slots.findLastIndex((s) => s !== null)
  const out: string[] = []
  let changed = false
  for (let i = 0; i < rows.length; ) {
    if (!isColumnLine(slots[i], column) || i === folio) {
      out.push(rows[i++])
      continue
    }
    // A 文号 heading the run under a title set across the page stands across it too (centred
    // under the title): it is read before both columns, which begin under it.
    const underSpan = spanAbove(rows, i, column) && slots[i]?.kind === 'one' && docNumberOfLine(rows[i]) !== null
    if (underSpan) {
      out.push(rows[i++])
      if (!isColumnLine(slots[i], column) || i === folio) continue
    }
    let end = i
    while (end < rows.length && end !== folio && isColumnLine(slots[end], column)) end++
    const run = slots.slice(i, end) as Slot[]
    const joined = run.filter((s) => s.kind === 'both').length
    const sides = run.length >= MIN_RUN_ROWS && joined >= MIN_RUN_JOINED && joined >= MIN_SHARE * run.length ? assignColumns(run, column, pairs(), underSpan ? null : lineAbove(rows, i, column)) : null
    if (sides) {
      out.push(...sides.left, '', ...sides.right)
      changed = true
    } else out.push(...rows.slice(i, end))
    i = end
  }
  return changed ? out.join('\n') : null
}

/** The page's last line of text above row `i`, if one column wide or less. */
function lineAbove(rows: readonly string[], i: number, column: number): string | null {
  const above = rows.slice(0, i).findLast((r) => r.trim() !== '')?.trim()
  return above !== undefined && cells(above) <= column + FULL_ABOVE ? above : null
}

/** Whether the page's last line of text above row `i` is wider than a column: set across the page. */
function spanAbove(rows: readonly string[], i: number, column: number): boolean {
  const above = rows.slice(0, i).findLast((r) => r.trim() !== '')?.trim()
  return above !== undefined && cells(above) > column + FULL_ABOVE
}

function isColumnLine(slot: Slot | null, column: number): boolean {
  return slot != null && (slot.kind === 'both' || cells(slot.text) <= column + FULL_ABOVE)
}

/**
 * The column's width in cells: the width most of the page's rows without a space come to (those
 * are one column's line alone); null when no width stands out.
 */
function columnWidth(rows: readonly string[]): number | null {
  const counts = new Map<number, number>()
  const add = (w: number): void => {
    if (w >= MIN_COLUMN) counts.set(Math.round(w), (counts.get(Math.round(w)) ?? 0) + 1)
  }
  for (const raw of rows) {
    const row = raw.trim()
    if (row !== '' && !row.includes(' ')) add(cells(row))
  }
  // A column's lines come one column wide, two cells narrower where a paragraph opens indented,
  // now and then a cell wider where a mark hangs past the edge.
  const near = (w: number): number => (counts.get(w) ?? 0) + (counts.get(w + 1) ?? 0) / 2 + (counts.get(w - 2) ?? 0)
  let best: [number, number] | null = null
  for (const w of counts.keys()) if (!best || near(w) > best[1] || (near(w) === best[1] && w > best[0])) best = [w, near(w)]
  return best && best[1] >= MIN_MEASURE ? best[0] : null
}

/**
 * A row as one column's line or as two joined at one space: the space where the left part is one
 * column wide and the right part no wider. A space between two ideographs or marks is preferred to
 * one beside a digit or Latin letter (those sit inside a line: `2022 年`).
 */
export function slotOf(row: string, column: number): Slot {
  // A row that fits in one column is one line, whatever spaces it holds; so is a 目录 entry (a
  // tab or a dotted leader before its page), and a table's row as -layout text keeps it, its
  // cells three spaces apart or more (columns joined at one space never hold such a run).
  if (cells(row) <= column + FULL_ABOVE || /\t|(?:[.·…] ?){4}|\S {3,}\S/.test(row)) return { kind: 'one', text: row }
  let cut: { at: number; score: number } | null = null
  for (const m of row.matchAll(/(?<=\S) (?=\S)/g)) {
    const left = cells(row.slice(0, m.index))
    const right = cells(row.slice(m.index + 1))
    if (left < column - FULL_BELOW || left > column + FULL_ABOVE || right > column + FULL_ABOVE) continue
    const latin = /[\x21-\x7e]/.test(row[m.index - 1]) || /[\x21-\x7e]/.test(row[m.index + 1])
    const score = Math.abs(left - column) + (latin ? 1 : 0)
    if (!cut || score < cut.score) cut = { at: m.index, score }
  }
  // A line set larger inside a column meets the other column at the one space between two
  // ideographs; a cut past it, one column wide only by the larger type's width, is not the join
  // (`兴县人民政府关于申请省道嵒大线魏家 对省道 254 魏家滩至…`: the right line's own spaces
  // beside a number would cut it a column wide).
  const larger = largerLineCut(row, column)
  if (cut && larger !== null && larger < cut.at) return { kind: 'both', left: row.slice(0, larger), right: row.slice(larger + 1), larger: true }
  if (cut) return { kind: 'both', left: row.slice(0, cut.at), right: row.slice(cut.at + 1) }
  if (larger !== null) return { kind: 'both', left: row.slice(0, larger), right: row.slice(larger + 1), larger: true }
  return { kind: 'one', text: row }
}

/**
 * Where a row wider than a column whose one space between two ideographs or marks leaves two
 * parts that each fit one is cut: a line set in a larger type (a title inside a column) beside the
 * other column's line; null when the row is not so.
 */
function largerLineCut(row: string, column: number): number | null {
  const spaces = [...row.matchAll(/(?<=[^\x00-\x7e]) (?=[^\x00-\x7e])/g)]
  if (spaces.length !== 1) return null
  const at = spaces[0].index
  const left = cells(row.slice(0, at))
  const right = cells(row.slice(at + 1))
  return !row.slice(0, at).includes(' ') && left >= column / 2 && left <= column + FULL_ABOVE && right <= column + FULL_ABOVE ? at : null
}
