// Two columns cut at different heights: LibreOffice does not balance a Word section's columns at a
// continuous section break, so the 栏目 above ends low in column 1 and high in column 0, and the
// next 栏目 starts under each (a staircase). Read top to bottom, column 0 would run from an
// unfinished document into the next one's title. Reading order: column 0 above its cut, column 1
// above its cut, then column 0 and column 1 below them.
import type { Block } from './columns'
import { groupLines, type Line } from './pdf-lines'
import { isPublicLabel } from '../parse/public-note'
import { median } from '../../../shared/stats'

// A title line is at least this much larger than the column's body text.
const TITLE_SIZE = 1.1
// A 文号 alone on its line, printed over the title ('兴人社发〔2022〕25号').
const NUMBER_LINE = /^\S{1,16}[〔［[（(]\s*(19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*号$/
// A document's last lines: its date, its public marker.
const DATE_LINE = /^[（(]?[\d〇零○一二三四五六七八九十]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日[）)]?$/
const NOTE_LINE = /^[（(]此件.{0,12}[）)]$/
// A line that closes a sentence or a document: nothing of it goes on elsewhere.
const CLOSED = /[。！？；;：:）)」』”]$/

const textOf = (l: Line): string => l.runs.map((r) => r.str).join('').replace(/\s+/g, '')

const ends = (t: string): boolean => DATE_LINE.test(t) || NOTE_LINE.test(t) || isPublicLabel(t)

/** A document's start at line i carries a 文号: on that line, or right under its title's lines (an attached plan's title has none). */
function withNumber(lines: Line[], i: number, body: number): boolean {
  if (NUMBER_LINE.test(textOf(lines[i]))) return true
  let j = i
  while (j < lines.length && lines[j].size >= TITLE_SIZE * body) j++
  return j < lines.length && NUMBER_LINE.test(textOf(lines[j]))
}

/**
 * Where column 0 opens the next document (its 文号 line or title) under a document left open: the
 * line above is no date, no public marker and ends no sentence (a signature, a cut sentence); or
 * the document above began in this column and has not reached its date (its paragraph happened to
 * end at the cut: in one column's flow a document with a 文号 closes with its date before the next begins).
 */
function openCut(lines: Line[], body: number, rightTop: Line | undefined): number {
  let closedSeen = false
  // A document began in this column (its 文号 or title) and no date or public marker has closed it.
  let startedOpen = false
  for (let i = 1; i < lines.length; i++) {
    const t = textOf(lines[i])
    const title = lines[i].size >= TITLE_SIZE * body && t.length >= 4
    if (ends(t)) startedOpen = false
    if (!NUMBER_LINE.test(t) && !title) continue
    const above = textOf(lines[i - 1])
    const titleAbove = lines[i - 1].size >= TITLE_SIZE * body
    const starts = !titleAbove && !NUMBER_LINE.test(above)
    if (starts && startedOpen && !ends(above)) return i
    if (starts) startedOpen = withNumber(lines, i, body)
    // A 文号 between a title's first lines and another title (a 文号 under its own title has the
    // text below it): the title above goes on in column 1, cut by the section's end, so column 1
    // opens with a title's line too. Over the page's first 文号, a 栏目 banner set in column 0
    // (swap-xe-unbal-b7, -b9) is as large, and column 1 goes on with body text.
    const titleBelow = i + 1 < lines.length && lines[i + 1].size >= TITLE_SIZE * body
    const titleGoesOn = rightTop !== undefined && rightTop.size >= TITLE_SIZE * body
    if (titleAbove && titleBelow && titleGoesOn && NUMBER_LINE.test(t)) return i
    // The line above a title's second line is its first: only a title's first line counts.
    if (titleAbove || NUMBER_LINE.test(above)) continue
    // A document that starts after a closed one is the same 栏目's: below it only a title cut
    // by the 栏目's end (above) still marks the staircase.
    if (ends(above) || CLOSED.test(above)) closedSeen = true
    else if (!closedSeen) return i
  }
  return -1
}

/**
 * Where column 0 opens a document (its 文号 line, or its title's first line) under a sentence's end,
 * with no date or public marker above it in the column: the document above began on an earlier
 * page and has not closed here.
 */
function unclosedCut(lines: Line[], body: number): number {
  for (let i = 1; i < lines.length; i++) {
    const t = textOf(lines[i])
    if (ends(t)) return -1
    const title = lines[i].size >= TITLE_SIZE * body && t.length >= 4
    if (!NUMBER_LINE.test(t) && !title) continue
    const above = textOf(lines[i - 1])
    return lines[i - 1].size < TITLE_SIZE * body && CLOSED.test(above) && withNumber(lines, i, body) ? i : -1
  }
  return -1
}

/**
 * Where column 1 carries on column 0's lower text: the first line after a document's date or
 * public marker that is body text set at the column's left edge, or `indented` a first-line indent
 * in (no 文号, title or 附件).
 */
function resumeCut(lines: Line[], body: number, indented: boolean): number {
  const left = Math.min(...lines.map((l) => l.runs[0]?.x ?? Infinity))
  for (let i = 1; i < lines.length; i++) {
    if (!ends(textOf(lines[i - 1]))) continue
    const line = lines[i]
    const t = textOf(line)
    if (NUMBER_LINE.test(t) || /^附件/.test(t) || ends(t) || line.size >= TITLE_SIZE * body) continue
    // At the left edge, or a paragraph's first-line indent (an attached plan's text after its title).
    if ((line.runs[0]?.x ?? Infinity) <= left + (indented ? INDENT_EMS : 0.5) * line.size) return i
  }
  return -1
}

// Tops within this share of the type size are level.
const LEVEL = 0.35

/**
 * The line of column 1 that starts level with column 0's cut, right after a document's date or
 * public marker: a Word section's columns start at one height (not a 文号 or 附件 of its own, nor
 * the public marker that closes the document above). An attached plan closes with no date: its
 * last sentence ends, and the next section's first paragraph opens a first-line indent in.
 */
function levelCut(lines: Line[], cut: Line, afterSentence = true): number {
  const top = (l: Line): number => l.y + l.size
  const left = Math.min(...lines.map((l) => l.runs[0]?.x ?? Infinity))
  const indented = (l: Line): boolean => {
    const x = l.runs[0]?.x ?? -Infinity
    return x >= left + 1.5 * l.size && x <= left + INDENT_EMS * l.size
  }
  for (let i = 1; i < lines.length; i++) {
    const t = textOf(lines[i])
    const above = textOf(lines[i - 1])
    const closed = ends(above) || (afterSentence && CLOSED.test(above) && indented(lines[i]))
    if (!closed || ends(t) || NUMBER_LINE.test(t) || /^附件/.test(t)) continue
    if (Math.abs(top(lines[i]) - top(cut)) <= LEVEL * cut.size) return i
  }
  return -1
}

// A paragraph's first line starts at most this many ems in (公文 indents two).
const INDENT_EMS = 2.5

// A closing block's lines are short: signing units, the date, the public marker.
const CLOSING_CHARS = 20
// At most nine units sign a document jointly, each wrapped once in a narrow column, over the date
// and the public marker: a column of more lines is no closing, however short they are.
const CLOSING_LINES = 20
// Runs of one line this many ems apart are two cells of a row (a name list's name and post).
const CELL_GAP_EMS = 1

/** A line in cells: a name list's row ('马志明　院士、…'), which no signature is. */
function inCells(line: Line): boolean {
  const runs = line.runs.filter((r) => r.str.trim() !== '').sort((a, b) => a.x - b.x)
  return runs.some((r, k) => k > 0 && r.x - (runs[k - 1].x + runs[k - 1].width) > CELL_GAP_EMS * r.size)
}

/**
 * Lines that only close a document: short signature lines, its date, perhaps its public marker.
 * A narrow column's lines are all short: a name list's rows ending in its document's date are not
 * a closing of the document above (swap-xe-unbal-b9, a column of 39 rows).
 */
export function closingBlock(lines: Line[]): boolean {
  const texts = lines.map(textOf)
  const date = texts.findIndex((t) => DATE_LINE.test(t))
  if (date < 0 || texts.length - date > 2 || !ends(texts[texts.length - 1])) return false
  return lines.length <= CLOSING_LINES && texts.every((t) => t.length <= CLOSING_CHARS) && !lines.some(inCells)
}

/** Column pairs of two-column blocks cut at staircase heights, split into four blocks in reading order. */
export function stairBlocks(blocks: Block[]): Block[] {
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const [a, b] = [blocks[i], blocks[i + 1]]
    const pair = a.columns === 2 && !a.spans && a.column === 0 && b && !b.spans && b.column === 1
    if (!pair) {
      out.push(a)
      continue
    }
    const left = groupLines(a.runs)
    const right = groupLines(b.runs)
    const body = median([...left, ...right].map((l) => l.size))
    let c0 = openCut(left, body, right[0])
    // Column 0 opens the next document under a sentence ended by a document that has not closed in
    // it (begun on a page before): a staircase only where column 1 closes that document and goes on
    // level with the cut (levelCut, after the closing; not a paragraph ended at the cut).
    const closedLevel = c0 <= 0 ? unclosedCut(left, body) : -1
    if (closedLevel > 0 && levelCut(right, left[closedLevel], false) > 0) c0 = closedLevel
    const last = left[left.length - 1]
    // Under a title cut by the 栏目's end, column 1 may resume with a paragraph's indented first line.
    const titleCut = c0 > 0 && left[c0 - 1].size >= TITLE_SIZE * body
    let c1 = c0 > 0 && last && !CLOSED.test(textOf(last)) && !ends(textOf(last)) ? resumeCut(right, body, titleCut) : -1
    // Column 0's lower text ends a sentence: where column 1 goes on is where the next section's
    // columns start, level with column 0's cut (a heading or an indented paragraph there).
    if (c1 <= 0 && c0 > 0) c1 = levelCut(right, left[c0])
    const runs = (ls: Line[]): Block['runs'] => ls.flatMap((l) => l.runs)
    // Column 0's lower part only the next document's head (its 文号, title lines) at the page's
    // foot, its title going on at the next page's top: column 1 closes the document above.
    const headOnly = c0 > 0 && left.slice(c0).every((l) => NUMBER_LINE.test(textOf(l)) || l.size >= TITLE_SIZE * body)
    const closesAbove = right.length > 0 && ends(textOf(right[right.length - 1]))
    if (c1 <= 0 && c0 > 0 && (closingBlock(right) || (headOnly && closesAbove))) {
      // Column 1 holds only the signatures and date that close column 0's upper document, or all
      // the rest of it, down to its closing.
      out.push({ ...a, runs: runs(left.slice(0, c0)) }, b, { ...a, runs: runs(left.slice(c0)) })
      i++
      continue
    }
    if (c1 <= 0) {
      out.push(a)
      continue
    }
    out.push(
      { ...a, runs: runs(left.slice(0, c0)) },
      { ...b, runs: runs(right.slice(0, c1)) },
      { ...a, runs: runs(left.slice(c0)) },
      { ...b, runs: runs(right.slice(c1)) },
    )
    i++
  }
  return out
}
