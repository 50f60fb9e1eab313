// A 目录 set as a ruled grid (序号 | 标题 | 文号 | 页码) on a PDF page: each row's cells are centred in
// the row's height, so a title wrapped over two lines has the row's serial, 文号 and page on a
// baseline between its lines ('国务院办公厅关于抓好…更' / '1  国办发〔2018〕127号 1' / '大自主权…的
// 通知'), one wrapped over three on its middle line ('3 魏家滩段…中期财 兴政函〔2022〕29号 6'), and a row
// without 文号 shows its serial and page alone between them ('9  28'). Read as a person reads the
// row: the title's lines, then the 文号 and page after its last line; the serial is no part of it.
// The grid's head row (序号 | 标题 | 文号 | 页码) is no entry. The same grid is read in -layout text
// (readTextGridRows) and in plain text (readPlainGridRows), where the serials stand as blocks.
import { compact, isBlank, type SourceLine } from './lines'
import { docNumberOfLine, isIssuerText, startsTitle } from './header'
import { isSectionLine } from './sections'

/** The grid's head row, its column names run together. */
const HEAD_ROW = /^序号(?:标题|文件标题|文件名称|名称)(?:文号|发文字号)?(?:页码|页次)$/
/** The same without its page column's word, which plain text may write after the first 栏目's titles. */
const HEAD_NO_PAGE = /^序号(?:标题|文件标题|文件名称|名称)(?:文号|发文字号)$/
/** Lines after the head row's other words that its page word may stand on: a 栏目's rows of cells. */
const PAGE_WORD_AFTER = 60
const PAGE_WORD = /^(?:页码|页次)$/

/** A line within a wrapped cell steps down less than this many of its sizes. */
const CELL_STEP = 1.6

interface RowCells {
  /** The title's text on the serial's baseline (its middle line), or ''. */
  middle: string
  /** '文号 page' or 'page', as the row's end. */
  cells: string
}

/** The serial, title text, 文号 and page of a line that opens with a row's serial and ends with its page. */
function rowCells(text: string): RowCells | null {
  const m = /^\s*\d{1,3}\s+(\S.*?)\s*$/.exec(text)
  if (!m) return null
  const tokens = m[1].split(/\s+/)
  const page = tokens.pop() ?? ''
  if (!/^\d{1,4}$/.test(page)) return null
  const last = tokens[tokens.length - 1]
  const number = last !== undefined && /号$/.test(last) && docNumberOfLine(last) !== null ? (tokens.pop() ?? '') : ''
  return { middle: tokens.join(' '), cells: number ? `${number} ${page}` : page }
}

/** Lines of one wrapped cell from `from`, stepping by `dir`, in the title column (`x0`), on `page`. */
function cellLines(lines: readonly SourceLine[], from: number, dir: 1 | -1, y: number, size: number, page: number, most: number): number[] {
  const out: number[] = []
  let at = y
  let x0: number | null = null
  for (let k = from; k >= 0 && k < lines.length && out.length < most; k += dir) {
    const l = lines[k]
    if (isBlank(l.text)) continue
    const lay = l.layout
    if (!lay || lay.page !== page || Math.abs(lay.y - at) >= CELL_STEP * size || rowCells(l.text) !== null) break
    if (x0 !== null && Math.abs(lay.x0 - x0) > size / 2) break
    x0 ??= lay.x0
    out.push(k)
    at = lay.y
  }
  return out
}

/**
 * The 目录's lines from `start` (its heading) with each grid row read across: the serial dropped,
 * the 文号 and page put after the title's last line; the head row blanked. Only a 目录 whose page
 * prints the head row is a grid. Lines without layout
 * (plain text) are left as they are; only the 目录's page changes.
 */
export function readGridRows(lines: SourceLine[], start: number): SourceLine[] {
  const page = lines[start]?.layout?.page
  if (page === undefined) return readTextGridRows(lines, start)
  // Only a 目录 that prints the grid's head row is read so, as in text: a list of numbered entries
  // is no grid.
  if (!lines.some((l, i) => i > start && l.layout?.page === page && HEAD_ROW.test(compact(l.text)))) return lines
  let out: SourceLine[] | null = null
  const set = (k: number, text: string): void => {
    out ??= lines.slice()
    out[k] = { ...out[k], text }
  }
  for (let i = start + 1; i < lines.length; i++) {
    const lay = lines[i].layout
    if (!lay || lay.page !== page) {
      if (lay && lay.page > page) break
      continue
    }
    if (HEAD_ROW.test(compact(lines[i].text))) {
      set(i, '')
      continue
    }
    const row = rowCells(lines[i].text)
    if (!row) continue
    const above = cellLines(lines, i - 1, -1, lay.y, lay.size, page, 4)
    const below = cellLines(lines, i + 1, 1, lay.y, lay.size, page, above.length)
    // Centred: as many title lines under the row's baseline as over it, all to the right of the serial.
    if (below.length !== above.length || [...above, ...below].some((k) => (lines[k].layout?.x0 ?? 0) <= lay.x0)) continue
    if (below.length === 0) {
      if (row.middle !== '') set(i, `${row.middle}  ${row.cells}`)
      continue
    }
    const last = below[below.length - 1]
    set(i, row.middle)
    set(last, `${(out ?? lines)[last].text}  ${row.cells}`)
  }
  return out ?? lines
}

/** Lines of a grid 目录 in text to look at after its head row. */
const TEXT_ROWS = 120

/** A title's first line: its issuer(s) and 关于, or joint units' names set apart by a space. */
function opensTitleLine(text: string): boolean {
  const first = text.trim().split(/\s+/)[0]
  return startsTitle(text) || (first.length < text.trim().length && isIssuerText(first))
}

/**
 * The same grid in text that keeps each line's place (pdftotext -layout): a row's serial opens the
 * line that holds its cells ('1    国务院办公厅关于…更     国办发〔2018〕127号   1'), the title's
 * other lines set at the title column over and under it ('     大自主权…的通知'). Only a 目录 that
 * prints the grid's head row is read so. A title line over a row's serial line is that row's when
 * it opens a title; the lines under it are its own until the next such line, heading or serial.
 */
function readTextGridRows(lines: SourceLine[], start: number): SourceLine[] {
  const head = lines.findIndex((l, i) => i > start && i <= start + 6 && HEAD_ROW.test(compact(l.text)))
  if (head < 0) return readPlainGridRows(lines, start)
  const out = lines.slice()
  out[head] = { ...out[head], text: '' }
  const end = Math.min(lines.length, head + TEXT_ROWS)
  for (let i = head + 1; i < end; i++) {
    const m = /^(\s*\d{1,3}\s+)(\S.*)$/.exec(lines[i].text)
    if (!m) continue
    const col = m[1].length
    const inColumn = (k: number): boolean =>
      k > head && k < end && lines[k].layout === undefined && /^\s+\S/.test(lines[k].text) && lines[k].text.length - lines[k].text.trimStart().length === col
    const cut = /^(.*?\S)(?:\s{3,}((?:\S+号\s+)?\d{1,4}))?\s*$/.exec(m[2])
    if (!cut) continue
    const cells = cut[2] !== undefined && /^\d{1,4}$|号/.test(cut[2]) ? cut[2] : ''
    const below: number[] = []
    for (let k = i + 1; inColumn(k) && !opensTitleLine(lines[k].text); k++) below.push(k)
    out[i] = { ...out[i], text: ' '.repeat(col) + (cells && below.length > 0 ? cut[1] : m[2]) }
    if (cells && below.length > 0) {
      const last = below[below.length - 1]
      out[last] = { ...out[last], text: `${lines[last].text}   ${cells}` }
    }
  }
  return out
}

/** No 栏目 names known yet: a 栏目's line is known by its shape (sections.ts isSectionLine). */
const NO_SECTIONS = new Set<string>()

/** Lines around the 目录's heading its grid's head words may stand on, in plain text. */
const HEAD_WINDOW = 16

/**
 * The grid's head row in plain text (pdftotext without -layout writes each cell as a block): its
 * words on lines of their own, the heading's letter-spaced 目 and 录 among them ('目' / '序号' /
 * '标' / '录' / '题' / '文' / '号' / '页码'; a grid without serials opens on '标'). Their indexes, or null.
 */
export function plainHead(lines: readonly SourceLine[], start: number): number[] | null {
  let words: number[] = []
  let text = ''
  for (let i = Math.max(0, start - HEAD_WINDOW); i < lines.length && i <= start + HEAD_WINDOW; i++) {
    const c = compact(lines[i].text)
    if (c === '' || c === '目' || c === '录' || c === '目录') continue
    if (text === '' && !c.startsWith('序') && !c.startsWith('标')) continue
    words.push(i)
    text += c
    if (HEAD_ROW.test(text) || (words.length > 1 && HEAD_ROW.test(`序号${text}`))) return words
    // The page column's head word written after the first 栏目's rows (its cells a block pdftotext
    // reaches later): the head row's other words, then '页码' alone further down.
    if (HEAD_NO_PAGE.test(text) || (words.length > 1 && HEAD_NO_PAGE.test(`序号${text}`))) {
      const page = lines.findIndex((l, k) => k > i && k <= i + PAGE_WORD_AFTER && PAGE_WORD.test(compact(l.text)))
      if (page > 0) return [...words, page]
    }
    if (text.length > 12) {
      words = []
      text = ''
    }
  }
  return null
}

/**
 * The same grid in plain text: the head's words, and each row's serial, written as blocks of
 * their own ('1' / '2' after the 栏目's line, before its titles; '10 兴县…' on the title's first
 * line). The serials run 1, 2, 3… through the 目录 and stand where no page can (right after a
 * 栏目's line or another serial), so they are dropped; the head's words are blanked. Only a 目录
 * that prints the grid's head row is read so.
 */
function readPlainGridRows(lines: SourceLine[], start: number): SourceLine[] {
  const head = plainHead(lines, start)
  if (!head) return lines
  const out = lines.slice()
  for (const k of head) out[k] = { ...out[k], text: '' }
  let serial = 1
  // The line before: a serial dropped, or the 栏目's line the next serials follow.
  let afterHeading = false
  // The rows start after the head's words (its page word may stand among them, written later).
  const words = head.filter((k) => !PAGE_WORD.test(compact(lines[k].text)))
  for (let i = words[words.length - 1] + 1; i < lines.length && i <= start + TEXT_ROWS; i++) {
    const c = compact(lines[i].text)
    if (c === '' || PAGE_WORD.test(c)) continue
    const m = /^(\d{1,3})\s+(\S.*)$/.exec(lines[i].text.trim())
    if (afterHeading && c === String(serial)) {
      out[i] = { ...out[i], text: '' }
      serial++
      continue
    }
    if (afterHeading && m && Number(m[1]) === serial) {
      out[i] = { ...out[i], text: m[2] }
      serial++
    }
    afterHeading = isSectionLine(c, NO_SECTIONS)
  }
  return out
}
