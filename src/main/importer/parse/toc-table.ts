// A 目录 set as a borderless table (a title cell, a 文号 cell, a page cell in each row) and read a
// column at a time: pdftotext, and the PDF reader when the blank band between the cells looks
// like a gutter, write several rows' titles and then their 文号 and pages one after another.
// Read row by row, a 目录 never has two rows' 文号-and-page cells with no title between them;
// when it does, its titles and its cells are paired in order.
import type { TocEntry } from '../../../shared/domain'
import { toHalfWidth } from '../../../shared/doc-number'
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { docNumberOfLine, isIssuerText, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { isMarkedHeading, sectionName } from './sections'
import { splitPage } from './toc-entry'
import { decreeName, decreeSerial, formatDecree } from './decree'

/** A row's right-hand cells: its 文号 (or none) and its page. */
interface Cell {
  docNumber: string | null
  page: number
  /** The last line the cell takes. */
  end: number
  /** A row with no 文号 read whole: its title's first line, left of the page (its title goes on below). */
  title?: string
}

// A page alone on its line, as the page cell prints it ('3', '第3页', '·3·', '-3-').
const PAGE_ONLY = /^\s*(?:(\d{1,4})|第\s*(\d{1,4})\s*页|[·•]\s?(\d{1,4})\s?[·•]|[-－—]\s?(\d{1,4})\s?[-－—]|[（(]\s?(\d{1,4})\s?[）)])\s*$/
// A 文号 followed by the page after a gap ('兴政函〔2022〕54 号 1').
const NUMBER_THEN_PAGE = /^(.*?[号）)])\s+(\d{1,4})\s*$/

// Lines of titles and headings between cells at most.
const TITLE_LINES = 40

function pageOnly(text: string): number | null {
  const m = PAGE_ONLY.exec(toHalfWidth(text))
  return m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) : null
}

function nextNonBlank(lines: readonly SourceLine[], i: number, end: number): number {
  for (let k = i + 1; k < end && k <= i + 3; k++) if (!isBlank(lines[k].text)) return k
  return -1
}

/** The cell starting at line i: '文号 page', a 文号 with its page on the next line, or a page alone. */
function cellAt(lines: readonly SourceLine[], i: number, end: number): Cell | null {
  const text = lines[i].text
  const page = pageOnly(text)
  if (page !== null) return { docNumber: null, page, end: i }
  const both = NUMBER_THEN_PAGE.exec(text.trim())
  const own = both ? docNumberOfLine(both[1]) : null
  if (both && own) return { docNumber: own.docNumber, page: Number(both[2]), end: i }
  const marked = markedCell(text)
  if (marked) return { ...marked, end: i }
  const row = titleWithPage(text)
  if (row) return { docNumber: null, page: row.page, end: i, title: row.title }
  const across = titleThenNumber(text)
  if (across) {
    const k = across.page === null ? nextNonBlank(lines, i, end) : i
    const page = across.page ?? (k >= 0 ? pageOnly(lines[k].text) : null)
    if (page !== null) return { docNumber: across.docNumber, page, end: k, title: across.title }
  }
  const num = docNumberOfLine(text)
  if (!num) return null
  const k = nextNonBlank(lines, i, end)
  const after = k >= 0 ? pageOnly(lines[k].text) : null
  return after === null ? null : { docNumber: num.docNumber, page: after, end: k }
}

/**
 * A 文号 (or a decree's serial, '第2号') with its page printed as the folio is, after a gap
 * ('国函〔2006〕132号 ·5·', '兴政发〔2022〕8号 （12）'): the two right-hand cells of a three-column 目录.
 */
function markedCell(text: string): { docNumber: string | null; page: number } | null {
  const t = text.trim()
  if (!/\s[·•（(第\-－—]\s?\d{1,4}\s?[·•）)页\-－—]$/.test(t)) return null
  const paged = splitPage(t)
  if (!paged) return null
  const serial = decreeSerial(paged.text)
  if (serial !== null) return { docNumber: `第${serial}号`, page: paged.page }
  const own = docNumberOfLine(paged.text)
  return own ? { docNumber: own.docNumber, page: paged.page } : null
}

/**
 * A row with no 文号 read across (its page cell level with its title's first line, as a 任免
 * prints): '兴县人民政府办公室关于调整兴县小水网工程建设领  ·20·', a title's opening, a gap, the page.
 */
function titleWithPage(text: string): { title: string; page: number } | null {
  const m = /^(\S.*?)\s{2,}(\S+)\s*$/.exec(text.trim())
  const page = m ? pageOnly(m[2]) : null
  return m && page !== null && opensTitle(m[1]) ? { title: m[1], page } : null
}

/**
 * A row read across whose 文号 cell stands a blank from its title's first line (a three-column
 * 目录 with the 文号 column close to the titles): '国务院关于同意组建…首都国际机 国函〔2006〕38号', its
 * page after another blank or on a line of its own. The title goes on under the row.
 */
function titleThenNumber(text: string): { title: string; docNumber: string; page: number | null } | null {
  const paged = splitPage(text.trim())
  const m = /^(\S.*?)\s+(\S+)$/.exec(paged ? paged.text.trim() : text.trim())
  const own = m ? docNumberOfLine(m[2]) : null
  if (!m || !own?.docNumber || !opensTitle(m[1])) return null
  return { title: m[1], docNumber: own.docNumber, page: paged ? paged.page : null }
}

/** The 期 line a 目录 prints under its heading ('（2022年第14期　总第16期）'): no entry. */
const ISSUE_LINE = /^[（(]?\s*(?:\d{4}\s*年\s*)?(?:第\s*\d{1,3}\s*期)?\s*(?:[（(]?总第\s*\d{1,4}\s*期[）)]?)?\s*[）)]?$/
export const issueLine = (text: string): boolean => text.includes('期') && ISSUE_LINE.test(text.trim())

/**
 * A title's first line read before the cells and its tail after them (pdftotext: '…深圳湾口', the
 * 文号 and pages, then '岸港方口岸区…的批复'): a title with no 文种 and a next one that opens no
 * title under the same 栏目 are one.
 */
function joinCutTitles(titles: { category: string; title: string }[]): void {
  for (let k = titles.length - 2; k >= 0; k--) {
    const [a, b] = [titles[k], titles[k + 1]]
    if (a.category === b.category && docTypeOf(a.title) === null && decreeName(a.title) === null && !opensTitle(b.title) && docTypeOf(b.title) !== null) {
      titles.splice(k, 2, { category: a.category, title: a.title + b.title })
    }
  }
}

/** A decree's serial cell ('第2号') beside the decree's name: the decree's number. */
function withDecree(title: string, docNumber: string | null): string | null {
  const serial = docNumber === null ? null : decreeSerial(docNumber)
  if (serial === null) return docNumber
  const name = decreeName(title)
  return name ? formatDecree(name, serial) : null
}

/** Whether the text opens a title: issuer(s) and 关于, or a unit's name before a space (joint issuers). */
function opensTitle(text: string): boolean {
  // A title's tail ('的通知', '和实施方案') opens none: no unit's name starts so.
  if (/^\s*[的和及与之]/.test(text)) return false
  const first = text.trim().split(/\s+/)[0]
  return startsTitle(text) || (first.length < text.trim().length && isIssuerText(first)) || JOINT_OPENING.test(compact(text))
}

/** A joint document's entry names its first unit and their count ('兴县人力资源和社会保障局等五部门关于…'). */
const JOINT_OPENING = /^[\u4e00-\u9fff（）]{2,40}?等[一二三四五六七八九十\d]{1,3}个?(?:部门|单位|家单位|部委)关于/

/**
 * Titles run together in one cell's reading ('…的通知兴县人力资源和社会保障局 兴县发展和改革局…关于…'):
 * cut where a title's 文种 ends and another title opens.
 */
export function splitTitles(text: string): string[] {
  const out: string[] = []
  let from = 0
  for (let j = 1; j < text.length; j++) {
    if (/\s/.test(text[j])) continue
    const before = text.slice(from, j)
    if (docTypeOf(before) !== null && opensTitle(text.slice(j))) {
      out.push(before)
      from = j
    }
  }
  out.push(text.slice(from))
  return out.map(compact).filter((t) => t !== '')
}

/**
 * The 目录 from its heading at `start` when it reads as a table taken a column at a time; null
 * otherwise (the caller reads it row by row). `isHeading(i)`: line i is a 栏目 heading.
 */
export function readTableToc(
  lines: readonly SourceLine[],
  start: number,
  isHeading: (i: number) => boolean,
): { entries: TocEntry[]; sections: string[]; end: number } | null {
  // Where the 目录's cells end: the last cell with no more than `gap` other lines after the one before.
  const cells: Cell[] = []
  const kinds: ('cell' | 'title' | 'heading' | 'blank')[] = []
  let since = 0
  let serial: number | null = null
  let adjacent = 0
  let end = -1
  // Whole columns of titles may come between cells (several 栏目's titles, wrapped in their
  // cells); the body's first sentence or 主送 line (no title ends so) ends the 目录.
  for (let i = start + 1; i < lines.length && since < TITLE_LINES; i++) {
    if (endsSentence(lines[i].text) || /[:：]\s*$/.test(lines[i].text)) break
    if (isBlank(lines[i].text) || /^(录|次)$/.test(compact(lines[i].text)) || (cells.length === 0 && issueLine(lines[i].text))) {
      kinds[i] = 'blank'
      continue
    }
    // The decree's serial read apart from its row ('第2号', its name and page elsewhere).
    if (decreeSerial(lines[i].text) !== null) {
      serial = decreeSerial(lines[i].text)
      kinds[i] = 'blank'
      continue
    }
    const cell = cellAt(lines, i, lines.length)
    if (cell) {
      const prev = kinds.findLastIndex((k) => k !== undefined && k !== 'blank')
      // Two rows' cells with no title between: the 目录 read a column at a time (a row read across holds its title).
      if (kinds[prev] === 'cell' && !(cell.title !== undefined && cell.docNumber !== null)) adjacent++
      for (let k = i; k <= cell.end; k++) kinds[k] = 'cell'
      cells.push(cell)
      i = cell.end
      end = i
      since = 0
      continue
    }
    // A decree's name ('兴县人民政府令') is its entry's title, not a 栏目 (市政府令).
    kinds[i] = isHeading(i) && decreeName(compact(lines[i].text)) === null ? 'heading' : 'title'
    since++
  }
  if (adjacent < 2 || end < 0) return null
  // The last row read across: its title goes on under its first line.
  let row = cells[cells.length - 1].title
  while (row !== undefined && docTypeOf(compact(row)) === null && end + 1 < lines.length) {
    const text = lines[end + 1].text
    if (isBlank(text) || isMarkedHeading(text) || opensTitle(text) || endsSentence(text)) break
    row += text
    kinds[++end] = 'title'
  }
  const rowAt = new Map(cells.filter((c) => c.title !== undefined).map((c) => [c.end, c.title ?? '']))
  const entries: TocEntry[] = []
  const sections: string[] = []
  let category = ''
  let buffer = ''
  const titles: { category: string; title: string }[] = []
  const flush = (): void => {
    for (const t of splitTitles(buffer)) titles.push({ category, title: t })
    buffer = ''
  }
  for (let i = start + 1; i <= end; i++) {
    const kind = kinds[i]
    // A title's last line may look like a heading ('贷款意见'): a heading comes between titles.
    // A decree's name is followed by the regulation it promulgates, whatever the line looks like.
    const afterDecree = decreeName(compact(buffer)) !== null && !isMarkedHeading(lines[i].text)
    if (kind === 'heading' && !afterDecree && (buffer.trim() === '' || docTypeOf(compact(buffer)) !== null || isMarkedHeading(lines[i].text))) {
      flush()
      category = sectionName(lines[i].text)
      sections.push(category)
    } else if (kind === 'title' || kind === 'heading') {
      // A new title opens on a line when the text before it ends a title.
      if (buffer !== '' && docTypeOf(compact(buffer)) !== null && opensTitle(lines[i].text)) flush()
      // A decree's name is its entry's whole title: the regulation's entry follows.
      else if (buffer !== '' && decreeName(compact(buffer)) !== null) flush()
      buffer += ' ' + lines[i].text.trim()
    } else if (kind === 'cell') {
      flush()
      buffer = rowAt.get(i) ?? ''
    }
  }
  flush()
  joinCutTitles(titles)
  if (titles.length !== cells.length) return null
  const number = (k: number): string | null => cells[k].docNumber ?? (serial === null ? null : `第${serial}号`)
  titles.forEach((t, k) => entries.push({ category: t.category, title: t.title, docNumber: withDecree(t.title, number(k)), page: cells[k].page }))
  return { entries, sections, end }
}
