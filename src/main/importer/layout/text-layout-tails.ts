// A page in one column whose line pdftotext -layout cut before a mark set on another baseline (a
// full-width bracket or comma a fallback font sets lower): the line's tail stands on the row under
// it, pushed right to where the line ends ('…放宽人才中介机构限制。' / '        （负责部门：人力资源社'
// / '会保障部…'), and the parser would read a paragraph cut in three: rejoinLineTails puts them back.
// rejoinTails does the same in a page of two columns (and a right line cut in a staircase of
// pieces at its pause marks).
import { leadingBlanks } from '../parse/lines'
import { docNumberOfLine } from '../parse/header'
import { MAX_INDENT, ems, width, type Row } from './text-layout-rows'

/** A tail (a full-width bracket on another baseline) starts this few cells before where the line above ends, or after it. */
const TAIL_BEFORE = 2
const TAIL_AFTER = 1
/** The line and its tail make a full line of the page, give or take this many ems. */
const FULL_SLACK = 1.5
/** Rows of text a page needs before its full line is measured. */
const MIN_LINES = 8

/**
 * The rows with each line's tail, set a row low, put back at its end: the tail is one run of text
 * starting where the line above ends, past that line's indent; the row under it goes on at the
 * page's edge; the two make the page's full line, as a line going on on the next row is.
 */
export function rejoinLineTails(rows: readonly string[], keep: readonly boolean[]): string[] | null {
  const lines = rows.filter((r, i) => r.trim() !== '' && !keep[i])
  if (lines.length < MIN_LINES) return null
  const full = width(lines)
  const edge = Math.min(...lines.map(leadingBlanks))
  const out: string[] = []
  let changed = false
  for (let i = 0; i < rows.length; i++) {
    const [above, tail, below] = [out[out.length - 1], rows[i], rows[i + 1]]
    if (above === undefined || below === undefined || keep[i] || keep[i - 1] || keep[i + 1] || [above, tail, below].some((r) => r.trim() === '')) {
      out.push(rows[i])
      continue
    }
    const at = leadingBlanks(tail)
    const end = above.trimEnd().length
    const joined = above.trimEnd() + tail.trim()
    const fits = at > leadingBlanks(above) + MAX_INDENT && at >= end - TAIL_BEFORE && at <= end + TAIL_AFTER && !/ {2,}/.test(tail.trim())
    const goesOn = leadingBlanks(below) <= edge + 1 && leadingBlanks(above) <= edge + MAX_INDENT
    if (fits && goesOn && Math.abs(ems(joined.trim()) - full) <= FULL_SLACK) {
      out[out.length - 1] = joined
      changed = true
    } else out.push(rows[i])
  }
  return changed ? out : null
}

/** Rows that start at one place past the edge to make it a first-line indent. */
const MIN_INDENT_ROWS = 3

/**
 * Where a page side's paragraphs start: the first-line indents (give or take a cell) that
 * MIN_INDENT_ROWS of its lines or more share. A line starting there is a paragraph's first, not
 * a line's tail set a row low.
 */
function sharedIndents(texts: readonly (string | null)[]): (at: number) => boolean {
  const count = new Map<number, number>()
  for (const t of texts) if (t !== null && leadingBlanks(t) > 0) count.set(leadingBlanks(t), (count.get(leadingBlanks(t)) ?? 0) + 1)
  return (at) => [at - 1, at, at + 1].some((a) => (count.get(a) ?? 0) >= MIN_INDENT_ROWS)
}

/**
 * Rows with each left-column line's tail, set one row low by the converter ('…不超过六批。' /
 * '                    （负' / '责部门：…'), put back at the line's end: the tail starts where the
 * line above ends, the two make no more than a full line, and the row under it starts at the
 * column's edge, going on with the paragraph. A tail standing before the right column's text on
 * its row, past the gutter's start, is cut from it.
 */
export function rejoinTails(rows: readonly string[], kinds: readonly Row[], gutter: number, column: number | null): Row[] {
  if (column === null) return [...kinds]
  const out = [...kinds]
  const leftOf = (k: Row | undefined): string | null => (k?.kind === 'left' ? k.text : k?.kind === 'both' ? k.left : null)
  const indent = sharedIndents(kinds.map(leftOf))
  for (let i = 1; i + 1 < out.length; i++) {
    const k = out[i]
    let tail = leftOf(k)
    let rest: Row = { kind: 'blank' }
    if (k.kind === 'both') rest = { kind: 'right', text: k.right }
    else if (k.kind === 'right') {
      const text = rows[i].trimEnd()
      const at = leadingBlanks(text)
      const m = / {3,}/.exec(text.slice(at))
      if (at >= gutter || !m || at + m.index > gutter + TAIL_AFTER) continue
      tail = text.slice(0, at + m.index)
      const end = at + m.index + m[0].length
      rest = { kind: 'right', text: ' '.repeat(Math.max(0, end - gutter)) + text.slice(end) }
    }
    const above = leftOf(out[i - 1])
    const below = leftOf(out[i + 1])
    if (tail === null || above === null || below === null) continue
    const at = leadingBlanks(tail)
    const end = above.trimEnd().length
    // The tail stands past a first line's indent from the line's start; the row under it starts
    // at the column's edge, no further in than that line (the paragraph goes on), and the tail
    // is one run of text (not a name and a post).
    // A 文号 alone is a line of its own, centred under the title it ends ('…的承诺函' / '  兴政函（2022）53 号').
    if (at <= leadingBlanks(above) + MAX_INDENT || leadingBlanks(below) > Math.min(leadingBlanks(above), MAX_INDENT) || / {2,}/.test(tail.trim()) || indent(at) || docNumberOfLine(tail)?.raw === tail.trim()) continue
    if (at < end - TAIL_BEFORE || at > end + TAIL_AFTER || ems(above.trim() + tail.trim()) > column + FULL_SLACK) continue
    const prev = out[i - 1]
    out[i - 1] = prev.kind === 'both' ? { ...prev, left: above.trimEnd() + tail.trim() } : { kind: 'left', text: above.trimEnd() + tail.trim() }
    out[i] = rest
  }
  return rejoinRightTails(rows, out, column)
}

/** A full-width mark (or quote) set on another baseline, where a converter starts a line's tail. */
const FULL_MARK = /[\u2018-\u201d\u3001-\u301f\uff01-\uff1f]/

/**
 * The same for the right side's lines (the last column of a page, or the two of a page in three
 * read as one side): a line's tail set a row low starts where the line above ends on the page, the
 * line above is the right side's, beside a left line, a full-width mark ends it or starts the tail
 * (set on another baseline), the two make no more than a column's full line, and the side's next
 * line starts at its edge (a cell past the gutter or none). The line goes down to its tail's row,
 * with what follows the tail there (the next column's line, cut from it when the side is read
 * again): a blank row left would end the left column's paragraph. Cells are the rows' own, so a
 * right line pushed left of the gutter by a long left one is measured where it stands.
 */
function rejoinRightTails(rows: readonly string[], kinds: Row[], column: number): Row[] {
  const out = [...kinds]
  const rightOf = (k: Row | undefined): string | null => (k?.kind === 'right' ? k.text : k?.kind === 'both' ? k.right : null)
  const indent = sharedIndents(kinds.map((k) => rightOf(k)).map((t) => (t !== null && t.trim() !== '' ? t : null)))
  for (let i = 1; i + 1 < out.length; i++) {
    const [prev, k] = [out[i - 1], out[i]]
    if (k.kind !== 'right' || k !== kinds[i] || prev.kind !== 'both' || prev.right.trim() === '') continue
    const above = prev.right
    // The side's next line, past rows that hold none.
    let j = i + 1
    while (j < out.length && out[j].kind === 'left') j++
    const below = rightOf(out[j])
    if (below === null || below.trim() === '') continue
    const at = leadingBlanks(rows[i])
    const end = rows[i - 1].trimEnd().length
    const tail = rows[i].trim().split(' ')[0]
    const stair = stairStep(above.trim(), rows[i].trim(), at, end, column)
    if (!stair && (at <= end - above.trim().length + MAX_INDENT || leadingBlanks(below) > Math.min(Math.max(leadingBlanks(above), 1), MAX_INDENT) || indent(leadingBlanks(k.text)))) continue
    if (at < end - TAIL_BEFORE || at > end + TAIL_AFTER || ems(above.trim() + tail) > column + FULL_SLACK) continue
    if (!FULL_MARK.test(above.trim().slice(-1)) && !FULL_MARK.test(tail[0])) continue
    out[i - 1] = { kind: 'left', text: prev.left }
    out[i] = { kind: 'right', text: above.trimEnd() + rows[i].slice(at).trimEnd() }
  }
  return out
}

/** A pause mark: pdftotext cuts a justified line where the glue after one stretched. */
const PAUSE_MARK = /[，、；]$/

/**
 * A right line's first piece, short, and the rest set a row down as a staircase's next step
 * ('…不落实， 分；' / '                       阳泉煤业集团公司总经理王体轩、董事长王'): the rest
 * starts at the cell of the piece's last character, the piece ends on a pause mark (where the
 * glue stretched; a paragraph's last line ends on a full stop), and the two fill the column.
 * A paragraph's first line under a short last one stands in by an indent instead, and a first
 * row pushed left by a long left line leaves the side's next row past its edge, so neither
 * test applies to it.
 */
function stairStep(above: string, rest: string, at: number, end: number, column: number): boolean {
  if (at !== end - 1 || !PAUSE_MARK.test(above) || / {2,}/.test(rest)) return false
  const width = ems(above + rest)
  return width >= column - 1 && width <= column + FULL_SLACK
}
