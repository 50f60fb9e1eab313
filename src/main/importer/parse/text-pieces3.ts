// Plain text of three-column pages cut into the units the three-stream reading orders: a text
// line's pieces (pdftotext puts a space between two hanzi only at the gutter), and a page part's
// runs of column-wide pieces, a justified line cut at its stretched gaps made one again.
import { endsSentence, isBlank, type SourceLine } from './lines'
import { displayWidth } from './text-widths'
import { docNumberOfLine, startsTitle } from './header'
import { isBodyHeading } from './sections'
import { parseDateLine } from './dates'
import { marksPublic } from './public-note'
import { docTypeOf } from './doc-type'
import type { Unit } from './text-joins'

/** A piece this much past the column's width spans columns (a title): it ends a run. */
const WIDE_BY = 4
/** Tucked punctuation lets a justified line's pieces add up to a little past the width. */
const PIECE_SLACK = 3
const PUNCT_END = /[，、。；）》”’]$/
const PUNCT_START = /^[，、。；：（《“‘]/
/** Columns of the page: a row's units, and a text line's pieces at most (piecesOf). */
const COLUMNS = 3
/**
 * A space with a hanzi or a full-width mark on each side: the typesetter puts none there. A
 * closing quote before it, or an opening one after it (“ ” ‘ ’, set full-width in a Chinese
 * font), counts as such a mark: '…悬挂专用号牌机动 “应急”组成。'.
 */
const GUTTER = /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2019\u201d])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2018\u201c])/

/** Spaces between half a line's characters or more: a justified line spread letter by letter. */
function letterSpaced(t: string): boolean {
  const chars = t.replace(/\s+/g, '').length
  return chars >= 4 && (t.match(/\S\s+(?=\S)/g) ?? []).length * 2 >= chars
}

/**
 * A text line's pieces: pdftotext puts a space between two hanzi only at a gap no line of type
 * holds, the gutter between columns, so a line is cut there. A line spread letter by letter is
 * one piece, and so is one cut into more pieces than the page has columns: a justified line
 * stretched at some of its gaps only ('时 间 为 2022年 5月 15日 至 2022年 6月 15', its digits
 * unspaced) is spread so, never four columns' lines (read as such, no three-column reading fits
 * the page at all, and the whole page is read as two columns).
 */
export function piecesOf(text: string): string[] {
  const t = text.trim()
  if (letterSpaced(t)) return [t]
  const pieces = t.split(GUTTER).filter((p) => p !== '')
  return pieces.length > COLUMNS ? [t] : pieces
}

/**
 * A page part's runs of column-wide pieces, each a unit; a piece after the first on a text line
 * is in another column (mergedRight). pdftotext cuts a justified line at its stretched gaps
 * ('金融结合、' / '知识产权运用与保护、' / '面向'): such pieces on lines one under the other are one
 * unit again. A piece wider than a column (a title over the page) ends a run.
 */
export function pieceRuns(lines: readonly SourceLine[], from: number, to: number, full: number): Unit[][] {
  const runs: Unit[][] = []
  let run: Unit[] = []
  let blank = false
  // The last line was a title over the page, its sentence not ended: a line of half a column or
  // less right under it that ends in a 文种 ('的通知') is the title's last line, centred over the
  // columns, in none of them (a longer one may be a column's line pdftotext wrote in the title's block).
  let titleOpen = false
  for (let i = from; i < to; i++) {
    const text = lines[i].text
    if (isBlank(text)) {
      blank = true
      continue
    }
    const split = piecesOf(text)
    const pieces = oneColumnLine(split, full) ? [text.trim()] : split
    const tail = titleOpen && !blank && pieces.length === 1 && 2 * displayWidth(pieces[0]) <= full && docTypeOf(pieces[0]) !== null
    titleOpen = false
    if (tail) continue
    // A 文号 alone stands under its title, a title wider than a column over the page: either ends
    // the run, and the lines set with it (no blank line between: a section's name, the title's
    // other lines) are not the columns'.
    const number = pieces.length === 1 && !/^[（(]/.test(pieces[0]) && docNumberOfLine(pieces[0]) !== null && !titleInColumn(lines, i + 1, to, full) && !numbersInColumns(lines, i + 1, to, full)
    if (number || pieces.some((p) => displayWidth(p) > full + WIDE_BY) || bannerAcross(lines, i, to, full)) {
      titleOpen = !number && pieces.length === 1 && !/[。：:；]$/.test(pieces[0])
      let keep = run.length
      if (!blank) {
        while (keep > 0 && !run[keep - 1].blankBefore) keep--
        keep = Math.max(0, keep - 1)
      }
      if (keep > 0) runs.push(run.slice(0, keep))
      run = []
    } else {
      pieces.forEach((p, k) => {
        const last = run[run.length - 1]
        // The first piece of a text line may go on a justified line the line above began.
        if (k === 0 && !blank && last && samePrintedLine(last.text, p, full)) last.text += p
        else run.push({ line: i, text: p, blankBefore: k === 0 && blank, mergedRight: k > 0 })
      })
    }
    blank = false
  }
  if (run.length) runs.push(run)
  for (const r of runs) if (writtenWithoutBlocks(r)) for (const u of r) if (!u.mergedRight) u.blankBefore = true
  for (const r of runs) interleaveTitles(r, full)
  // A page part's first lines alone and short, hanzi only (a running head naming the section, a
  // banner), stand over the columns, in none of them: the row-by-row reading starts under them.
  while (runs.length && runs[0].length && overColumns(runs[0], full)) runs[0].shift()
  for (const r of runs) r.forEach((u, k) => (u.alone = u.blankBefore && (k + 1 === r.length || r[k + 1].blankBefore)))
  return runs
}

/**
 * A text line whose pieces (piecesOf) together fit one column's width is one column's line, its spaces the
 * print's own ('根据《中共中央办公厅 国务院', a name list's '副组长：马兴勇 县政府副县长'): two
 * columns' lines on one text line take more than the width, the left one running to the column's
 * edge unless it ends its paragraph.
 */
function oneColumnLine(pieces: readonly string[], full: number): boolean {
  if (pieces.length < 2) return false
  // A gap at a mark is a justified line's stretched gap, or a paragraph's end: columns apart.
  if (pieces.slice(0, -1).some((p) => /[，、。；：:！？）》”’]$/.test(p)) || pieces.slice(1).some((p) => PUNCT_START.test(p))) return false
  return pieces.reduce((w, p) => w + displayWidth(p), 0) <= full
}

/** How many lines after a banner a row's other columns may take before the next document's 文号. */
const ROW_AFTER = 3

/**
 * A 栏目 banner ('三、县政府文件') set across the page between two bands of columns: the line before
 * it ends a sentence or stops short (the band above closed), and the next document's 文号 or
 * title comes within a row under it, pdftotext writing the row's other columns first.
 */
function bannerAcross(lines: readonly SourceLine[], i: number, to: number, full: number): boolean {
  const t = lines[i].text.trim()
  if (piecesOf(t).length > 1 || !isBodyHeading(t)) return false
  let k = i - 1
  while (k >= 0 && isBlank(lines[k].text)) k--
  if (k >= 0 && displayWidth(lines[k].text.trim()) >= full - 3 && !endsSentence(lines[k].text)) return false
  for (let n = i + 1, seen = 0; n < to && seen <= ROW_AFTER; n++) {
    const next = lines[n].text.trim()
    if (isBlank(next)) continue
    if (docNumberOfLine(next) !== null || startsTitle(next)) return true
    seen++
  }
  return false
}

/** A title set in a column takes at most this many of its lines. */
const TITLE_LINES = 4

/**
 * The lines from `i` on (past blank lines) are a title set inside one column: each within the
 * column's width, no mark of a sentence in them, and within TITLE_LINES they end in a 文种. The
 * 文号 over such a title starts a document mid-column: a line of its column, not a cut across
 * the page (the other columns' rows beside it read on).
 */
function titleInColumn(lines: readonly SourceLine[], i: number, to: number, full: number): boolean {
  while (i < to && isBlank(lines[i].text)) i++
  let title = ''
  for (let k = 0; k < TITLE_LINES && i + k < to && !isBlank(lines[i + k].text); k++) {
    const t = lines[i + k].text.trim()
    if (piecesOf(t).length > 1 || displayWidth(t) > full || /[。，；：:]/.test(t)) return false
    title += t
    if (docTypeOf(title) !== null) return true
  }
  return false
}

/**
 * The line from `i` on (past blank lines) is another 文号 alone over a title set inside a column:
 * two documents start side by side mid-page, pdftotext writing their 文号 row first ('兴政函〔2022〕45号'
 * / '兴政函〔2022〕55号', then each title): the first 文号 is its column's line too.
 */
function numbersInColumns(lines: readonly SourceLine[], i: number, to: number, full: number): boolean {
  while (i < to && isBlank(lines[i].text)) i++
  if (i >= to) return false
  const t = lines[i].text.trim()
  return piecesOf(t).length === 1 && docNumberOfLine(t) !== null && titleInColumn(lines, i + 1, to, full)
}

/**
 * Two or three documents that start side by side mid-page: pdftotext writes their 文号 row
 * ('兴政函〔2022〕45号' / '兴政函〔2022〕55号'), then each title whole, one block after the other,
 * then the columns row by row. Their titles' lines are put back row by row (the first title's first
 * line, the second's first line, …), as the reading in three streams takes a page written.
 */
function interleaveTitles(run: Unit[], full: number): void {
  for (let j = 0; j < run.length; j++) {
    let k = 0
    while (j + k < run.length && !run[j + k].mergedRight && docNumberOfLine(run[j + k].text.trim()) !== null) k++
    if (k < 2 || k > 3) continue
    const blocks: Unit[][] = []
    let at = j + k
    while (blocks.length < k && at < run.length) {
      let title = ''
      const block: Unit[] = []
      for (let n = 0; n < TITLE_LINES && at + n < run.length; n++) {
        const u = run[at + n]
        if (u.mergedRight || (n > 0 && u.blankBefore) || /[。，；：:]/.test(u.text)) break
        block.push(u)
        title += u.text.trim()
        if (docTypeOf(title) !== null) break
      }
      if (block.length === 0 || docTypeOf(title) === null) break
      blocks.push(block)
      at += block.length
    }
    if (blocks.length < k) continue
    const cols = blocks.map((b, c) => [run[j + c], ...b])
    // Two side by side: the third column's lines beside them, its sentence running on from the
    // page before, pdftotext writes as one block further down: they go back beside the titles.
    const side = k === 2 ? sideBlock(run, at, full) : null
    if (side) {
      // The row by row reading keeps the columns' counts of lines in step: lines the block holds
      // past the titles' rows go on its last row, one unit (a paragraph's lines run on).
      const block = run.splice(side[0], side[1] - side[0])
      const rowsBeside = Math.max(...cols.map((b) => b.length))
      const rest = block.splice(rowsBeside - 1)
      if (rest.length) block.push({ ...rest[0], text: rest.map((u) => u.text.trim()).join('') })
      cols.push(block)
    }
    const rows: Unit[] = []
    for (let r = 0; r < Math.max(...cols.map((b) => b.length)); r++) {
      for (const b of cols) if (r < b.length) rows.push({ ...b[r], blankBefore: true })
    }
    run.splice(j, at - j, ...rows)
    j += rows.length - 1
  }
}

/** Lines a column's block written apart holds at least. */
const SIDE_LINES = 3
/** Share of the column's width each line of such a block fills (justified lines, pdftotext dropping the spacing). */
const SIDE_SHARE = 0.8

/**
 * The first block from `from` on (lines with no blank line between, each its own unit) of at least
 * SIDE_LINES column-wide lines, its last sentence left open: its units [start, end), or null.
 */
function sideBlock(run: Unit[], from: number, full: number): [number, number] | null {
  for (let a = from; a < run.length; a++) {
    if (!run[a].blankBefore) continue
    let b = a + 1
    while (b < run.length && !run[b].blankBefore) b++
    const block = run.slice(a, b)
    if (block.length >= SIDE_LINES && block.every((u) => !u.mergedRight && displayWidth(u.text.trim()) >= SIDE_SHARE * full) && !endsSentence(block[block.length - 1].text)) return [a, b]
  }
  return null
}

/** Share of the column's width a line over the columns stays under. */
const HEAD_SHARE = 0.5

/**
 * The run's first unit is a heading over the columns: alone, short, hanzi only, and the run goes on.
 * Not a signature over its date ('国务院办公厅' / '二〇〇五年七月十四日', a document closing at the
 * top of the left column): a date among the row's next units (one of each column) is its column's
 * next line, and the unit is the first row's, left of the others.
 */
function overColumns(run: Unit[], full: number): boolean {
  const u = run[0]
  const t = u.text.trim()
  if (run.slice(1, 1 + COLUMNS).some((v) => parseDateLine(v.text.trim()) !== null)) return false
  return run.length > 1 && !u.mergedRight && run[1].blankBefore && displayWidth(t) <= HEAD_SHARE * full && /^[\u4e00-\u9fff]+$/.test(t)
}
/** Units a run written without blocks holds at least, and the share of them a blank line may stand before. */
const NO_BLOCKS_UNITS = 16
const NO_BLOCKS_SHARE = 0.05

/**
 * A long run with hardly a blank line in it: pdftotext wrote the page's rows one after the other,
 * never a column's lines as a block of their own, so each line stands on its row as a line alone
 * between blank lines does elsewhere (text-streams3.ts reads the rows by such pieces).
 */
function writtenWithoutBlocks(run: readonly Unit[]): boolean {
  return run.length >= NO_BLOCKS_UNITS && run.filter((u) => u.blankBefore).length <= NO_BLOCKS_SHARE * run.length
}

/**
 * A heading's number in hanzi ('二、', '（三）', '第二章'): what it opens starts a printed line. A
 * 条's label is left out: a web page sets it apart in bold, and text-labels.ts pairs it with its
 * text (taking it here too cost city-web-3col-b seven paragraphs).
 */
const HEADING_START = /^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百零〇\d]+[章节])/

/**
 * Two pieces the converter cut from one justified line: the first stops short of the column's
 * width at a mark (where the typesetter stretched the gap), and together they fit the width. A
 * date over a public note ('2018年12月4日' / '（此件公开发布）') is two lines, as is a title over its 文号.
 */
function samePrintedLine(a: string, b: string, full: number): boolean {
  const wa = displayWidth(a)
  if (wa >= full - 1 || !(PUNCT_END.test(a.trim()) || PUNCT_START.test(b.trim()))) return false
  // A document's date and the public note under it are lines of their own, set short.
  if (parseDateLine(a.trim()) !== null || marksPublic(b.trim())) return false
  // A title's last line and the bracketed 文号 under it ('建议的复函' / '（国办函〔2005〕21 号）').
  if (docNumberOfLine(b.trim()) !== null) return false
  // A sentence's end, then a heading's number: a new paragraph's first line, never the rest of
  // the line above ('项工作部署。' / '第二章 组成人员职责').
  if (endsSentence(a) && HEADING_START.test(b.trim())) return false
  return wa + displayWidth(b) <= full + PIECE_SLACK
}
