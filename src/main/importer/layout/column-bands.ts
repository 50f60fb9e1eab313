// Two column bands on one page: Word's continuous section break balances the columns above it and
// starts them again below (the next 栏目's first document), so the page is read as the upper
// band's columns, then the lower band's — not column 0 top to bottom, then column 1.
import type { Line, TextRun } from './pdf-lines'
import { isPublicLabel } from '../parse/public-note'
import { median } from '../../../shared/stats'

// Across a band break every column steps down by more than this many of its line pitches.
const BREAK_STEP = 1.3
// A blank band across every column: each steps down by more than this many pitches.
const BLANK_BAND = 2
// Balanced columns end within this many pitches of each other, and start again within TOPS.
// Under a blank band LaTeX may leave one column a line longer (lines it will not break).
const BALANCED = 0.6
const BALANCED_BLANK = 1.5
const TOPS = 1
// The lower band opens with a heading or title: its first line in column 0 is this much larger
// than the page's body text (a 五号 body under a 小四 title is 1.14), or the 文号 printed on its
// own line above the title. A paragraph gap in both columns at one height is not enough.
const HEADING_SIZE = 1.1
const NUMBER_LINE = /^\S{1,16}[〔［[（(]\s*(19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*号$/
// A full line starts at most this many ems in (a first-line indent); a 文号 set flush right does not.
const INDENT_EMS = 2.5
// Of an em: measurement noise at the column's right edge, far below a character's width.
const EDGE_SLACK = 0.02
const SENTENCE_END = /[。；：！？!?;:”’」』）)]/
// A 目录 entry's page at the line's end, after dot leaders or set as the folio ('. . . ·12·',
// '…的通知·7·'): the entry ends there, however full its line, and does not run on.
const TOC_PAGE_END = /(?:(?:[.…⋯·•]\s?){3,}\s*\d{1,4}|[·•]\s?\d{1,4}\s?[·•])$/
// A document's last line: its date, or its public marker.
const CLOSING_LINE = /^[（(]?[\d〇零○一二三四五六七八九十]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日[）)]?$|^[（(]此件.{0,12}[）)]$/

interface Mark {
  k: number
  y: number
  size: number
  /** Ends of the line's ink in this column, and its last character. */
  x0: number
  x1: number
  last: string
  /** The line's text in this column. */
  text: string
}

/** Each column's baselines (line index, y, size), top to bottom. */
function columnMarks(lines: Line[], columnOf: (run: TextRun) => number, columns: number): Mark[][] {
  const marks: Mark[][] = Array.from({ length: columns }, () => [])
  lines.forEach((line, k) => {
    const mine = new Map<number, Mark>()
    for (const run of line.runs) {
      const text = run.str.trim()
      if (text === '') continue
      const c = columnOf(run)
      const m = mine.get(c)
      if (!m) mine.set(c, { k, y: line.y, size: run.size, x0: run.x, x1: run.x + run.width, last: text[text.length - 1], text })
      else {
        m.text += text
        if (run.x + run.width > m.x1) Object.assign(m, { x1: run.x + run.width, last: text[text.length - 1] })
      }
    }
    for (const [c, m] of mine) marks[c].push(m)
  })
  return marks
}

function pitch(marks: Mark[]): number {
  const steps = marks.slice(1).map((m, i) => marks[i].y - m.y).filter((d) => d > 0)
  return median(steps) || 1.5 * (median(marks.map((m) => m.size)) || 10)
}

/**
 * The step in column `col` that matches column 0's step from `a0` down to `t0`: a gap wider
 * than `minStep` between body lines (not a title's wrapped lines, not a title beside column
 * 0's: the lower band's next column carries on column 0's text), ending and starting level
 * with column 0's.
 */
function matchingStep(col: Mark[], minStep: number, a0: Mark, t0: Mark, p: number, heading: number, wide: boolean): [Mark, Mark] | null {
  for (let i = 1; i < col.length; i++) {
    const [a, b] = [col[i - 1], col[i]]
    if (a.y - b.y <= minStep || a.size >= heading || b.size >= heading) continue
    if (Math.abs(a.y - a0.y) <= (wide ? BALANCED_BLANK : BALANCED) * p && Math.abs(b.y - t0.y) <= TOPS * p) return [a, b]
  }
  return null
}

/**
 * Word's balanced section may leave no blank under it: column `col`'s upper text ends (a short
 * line, a date, a sentence's end: the 栏目's last document closes there) level with column 0's
 * cut sentence, and its next line starts level with column 0's heading, one pitch down. Where
 * column 0 ends in a blank instead (LibreOffice moved the lines that would not fit), column
 * `col`'s line must close a document (its date or public marker) or its text must break off.
 */
function closingStep(col: Mark[], a0: Mark, t0: Mark, p: number, heading: number, wide: boolean): [Mark, Mark] | null {
  for (let i = 1; i < col.length; i++) {
    const [a, b] = [col[i - 1], col[i]]
    if (a.size >= heading || b.size >= heading || runsOn(col, a)) continue
    if (wide && !CLOSING_LINE.test(a.text) && !isPublicLabel(a.text) && !breaksOff(col, a, b)) continue
    // Beside column 0's blank, column `col`'s text may end anywhere from level with column 0's to above its heading.
    const level = wide ? a.y <= a0.y + BALANCED * p && a.y > t0.y + BALANCED * p : Math.abs(a.y - a0.y) <= BALANCED * p
    if (level && Math.abs(b.y - t0.y) <= BALANCED * p) return [a, b]
  }
  return null
}

/**
 * A paragraph's last line (short, its sentence ended) followed by a line at the column's left
 * edge with no first-line indent: the text does not go on from one to the other.
 */
function breaksOff(col: Mark[], a: Mark, b: Mark): boolean {
  const right = Math.max(...col.map((m) => m.x1))
  const left = Math.min(...col.map((m) => m.x0))
  return SENTENCE_END.test(a.last) && a.x1 < right - a.size && b.x0 <= left + 0.5 * b.size
}

/**
 * The line above the heading runs to the column's right edge without ending its sentence: the
 * text goes on at the next column's top, so the columns above form a band of their own. (A
 * title set inside one column follows the end of the document before it: a date, a full stop.)
 */
function runsOn(col: Mark[], line: Mark): boolean {
  const right = Math.max(...col.map((m) => m.x1))
  const left = Math.min(...col.map((m) => m.x0))
  // Compared with a little slack: a line one character short is measured at exactly that edge,
  // and an OFD's positions, rounded to 0.001 mm, land a hair either side of it.
  const full = line.x1 >= right - (1 + EDGE_SLACK) * line.size && line.x0 <= left + INDENT_EMS * line.size
  return full && !SENTENCE_END.test(line.last) && !TOC_PAGE_END.test(line.text)
}

/** A numbered heading ('五、政策保障', '（二）工作要求') whose sentence is not ended: its text follows at the next column's top. */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；：！？!?;:]{2,16}$/
const headsNext = (line: Mark): boolean => NUMBERED_HEADING.test(line.text)

// Column 0's line beside the last column's closing ends within this share of the column's width.
const SHORT_STOP = 0.5

const closes = (m: Mark): boolean => CLOSING_LINE.test(m.text) || isPublicLabel(m.text)

/**
 * Word's balanced section whose last document closes in the last column: column 0's text stops
 * short (a name list's line, under half the column; not a closing of its own) and the last column's closing line (its
 * date or public marker) stands level with it, its next line level with column 0's heading.
 * A heading under a document that closed in column 0 is a title inside one column, and a column
 * whose text runs on past the heading's height shows no closing there.
 */
function closedBeside(marks: Mark[][], a0: Mark, t0: Mark, p: number, heading: number): number {
  const right = Math.max(...marks[0].map((m) => m.x1))
  const left = Math.min(...marks[0].map((m) => m.x0))
  // A line a character or two short may still be cut where it runs on: only a short one stops.
  if (closes(a0) || a0.x1 - left > (right - left) * SHORT_STOP) return -1
  const last = marks[marks.length - 1]
  const k = last.findIndex((b, i) => i > 0 && closes(last[i - 1]) && b.size < heading &&
    Math.abs(last[i - 1].y - a0.y) <= BALANCED * p && Math.abs(b.y - t0.y) <= BALANCED * p)
  if (k < 0) return -1
  const steps = [[a0, t0], [last[k - 1], last[k]]]
  for (let c = 1; c < marks.length - 1; c++) {
    const step = closingStep(marks[c], a0, t0, p, heading, false)
    if (!step) return -1
    steps.push(step)
  }
  const cut = Math.min(...steps.map(([, b]) => b.k))
  return steps.every(([a]) => a.k < cut) ? cut : -1
}

// Title lines of one face differ in size by less than this share.
const SAME_SIZE = 0.05

/**
 * Word's balanced section whose first document's title is cut by the page's foot: column 0's
 * lines from the heading down are its 文号 and title lines only, and every other column's title
 * lines of the same size start level with them, under a paragraph's or a document's end, the
 * title going on there (the band's next column). A column whose top is a title line carries on
 * a title cut at column 0's foot instead: the columns then run from top to bottom.
 */
function titleBeside(marks: Mark[][], i: number, p: number, heading: number): number {
  const [a0, t0] = [marks[0][i - 1], marks[0][i]]
  const foot = marks[0].slice(i)
  const titles = foot.filter((m) => m.size >= heading)
  if (titles.length === 0 || foot.some((m) => m.size < heading && !NUMBER_LINE.test(m.text))) return -1
  const size = titles[0].size
  const steps = [[a0, t0] as [Mark, Mark]]
  for (let c = 1; c < marks.length; c++) {
    const col = marks[c]
    if (col[0].size >= heading || NUMBER_LINE.test(col[0].text)) return -1
    const j = col.findIndex((b, k) => k > 0 && Math.abs(b.size - size) <= SAME_SIZE * size && col[k - 1].size < heading &&
      Math.abs(b.y - t0.y) <= BALANCED * p && (closes(col[k - 1]) || SENTENCE_END.test(col[k - 1].last)))
    if (j < 0) return -1
    steps.push([col[j - 1], col[j]])
  }
  const cut = Math.min(...steps.map(([, b]) => b.k))
  return steps.every(([a]) => a.k < cut) ? cut : -1
}

/**
 * Where column 0's heading at marks[0][i] opens a lower band: the index of the band's first
 * line, or -1 when the other columns run on past it (a title set inside one column). Either a
 * blank band crosses every column (LaTeX's multicols ended and begun again), or every column
 * steps down a little where column 0's text runs on past the heading (Word's balanced section).
 */
function breakAt(marks: Mark[][], pitches: number[], i: number, heading: number): number {
  const [a0, t0] = [marks[0][i - 1], marks[0][i]]
  const wide = a0.y - t0.y > BLANK_BAND * pitches[0]
  const p = Math.max(...pitches)
  // A numbered heading at column 0's foot heads the text at the next column's top: that column's
  // upper text may end a line above it, as a blank band's may (Word's paragraph spacing).
  const headed = !wide && headsNext(a0)
  if (!wide && !runsOn(marks[0], a0) && !headed) {
    const closed = closedBeside(marks, a0, t0, p, heading)
    return closed >= 0 ? closed : titleBeside(marks, i, p, heading)
  }
  const steps = [[a0, t0] as [Mark, Mark]]
  for (let c = 1; c < marks.length; c++) {
    const step =
      matchingStep(marks[c], (wide ? BLANK_BAND : BREAK_STEP) * pitches[c], a0, t0, p, heading, wide || headed) ??
      closingStep(marks[c], a0, t0, p, heading, wide)
    // Column 0's sentence cut at the 文号 goes on at the next column's top, and there the lower
    // band's title goes on level with column 0's, under that text's end (titleBeside).
    if (!step) return wide ? -1 : titleBeside(marks, i, p, heading)
    steps.push(step)
  }
  const cut = Math.min(...steps.map(([, b]) => b.k))
  return steps.every(([a]) => a.k < cut) ? cut : -1
}

/**
 * Indices of the lines (of one section between spanning lines) that open a lower band of
 * columns; empty on a page whose columns run from top to bottom.
 */
export function bandBreaks(lines: Line[], columnOf: (run: TextRun) => number, columns: number): number[] {
  if (columns < 2 || lines.length < 8) return []
  const marks = columnMarks(lines, columnOf, columns)
  if (marks.some((m) => m.length < 4)) return []
  const pitches = marks.map(pitch)
  const body = median(marks.flat().map((m) => m.size))
  const out: number[] = []
  marks[0].forEach((m, i) => {
    // The heading's first line (the line above it is body text), or a 文号 line over a heading.
    if (i === 0 || marks[0][i - 1].size >= HEADING_SIZE * body) return
    const numberOverTitle = NUMBER_LINE.test(m.text) && (marks[0][i + 1]?.size ?? 0) >= HEADING_SIZE * body
    if (m.size < HEADING_SIZE * body && !numberOverTitle) return
    const direct = breakAt(marks, pitches, i, HEADING_SIZE * body)
    const cut = direct >= 0 ? direct : bannerBreak(marks, pitches, i, HEADING_SIZE * body)
    if (cut >= 0 && !out.includes(cut)) out.push(cut)
  })
  return out
}

/** A 栏目's banner in brackets ('【 国 务 院 办 公 厅 函 件 】'), set no larger than the body. */
const BANNER = /^【[^【】]{2,20}】$/

/** Column 0's line above the heading at marks[0][i] is a 栏目's banner set small, body text above it. */
function bannerOver(marks: Mark[][], i: number, heading: number): boolean {
  const above = marks[0][i - 1]
  return i >= 2 && above.size < heading && BANNER.test(above.text.replace(/\s+/g, '')) && marks[0][i - 2].size < heading
}

/**
 * A 栏目's banner set small in column 0 right over the lower band's first title (LaTeX's band
 * break under a 【栏目】 line): the other columns start again level with the title, not the
 * banner, so the break is told with the banner left out of column 0; -1 when there is none.
 */
function bannerBreak(marks: Mark[][], pitches: number[], i: number, heading: number): number {
  if (!bannerOver(marks, i, heading)) return -1
  return breakAt([marks[0].filter((_, k) => k !== i - 1), ...marks.slice(1)], pitches, i - 1, heading)
}
