// A 目录 whose pages stand apart from its entries: set in a cell or box of their own (an HTML
// 目录 of flex rows, a table), pdftotext writes the entries first, then their pages in a run of
// bare numbers. Each entry then ends where its bracketed 文号 closes and the next line opens
// another entry or a section; the numbers after them are their pages, in order.
// Also where the 目录's pages end: a heading left at the foot of its last page is still its own;
// and a page wrapped onto a line of its own, or its label broken over two, is its entry's.
import type { TocEntry } from '../../../shared/domain'
import { toHalfWidth } from '../../../shared/doc-number'
import { compact, isBlank, trimEndWhere, type SourceLine } from './lines'
import { isDigit, isSpace, leaderCount, splitEntry, splitPage } from './toc-entry'
import { startsTitle } from './header'
import { docTypeOf } from './doc-type'

/** The entry text so far ends with its 文号 in brackets ('…的通知（国发〔2018〕38号）'). */
export function endsWithBracketedNumber(buffer: string): boolean {
  const flat = compact(buffer)
  return /号[）)\]】]$/.test(flat) && splitEntry(flat).docNumber !== null
}

/** Lines looked at past an entry for the run of pages set apart under the entries. */
const PAGES_REACH = 6

/**
 * The pending entry is a whole title with no 文号 (a 任免 notice's) and line `i` opens the next
 * entry, the pages of both in a run of bare numbers under them ('…成员单位及组成人员的' / '通知' /
 * '兴县人民政府办公室关于…的通知' / '兴政办函〔2022〕10号' / '15' / '15': a 目录's last page whose
 * page cells pdftotext wrote after the titles). The entry ends there and takes its page from the
 * run (fillPendingPage). Plain text only: a page's layout places its pages beside their rows.
 */
export function closedBeforeEntry(lines: SourceLine[], i: number, buffer: string, opens: (text: string) => boolean): boolean {
  if (lines[i].layout || !opens(lines[i].text)) return false
  const { title, docNumber } = splitEntry(compact(buffer))
  if (docNumber !== null || docTypeOf(title) === null || !startsTitle(buffer.trim())) return false
  const ahead = lines.slice(i + 1, i + 1 + 2 * PAGES_REACH).filter((l) => !isBlank(l.text)).slice(0, PAGES_REACH)
  const paged = ahead.findIndex((l) => splitPage(l.text) !== null || bareNumber(l.text) !== null)
  return paged >= 0 && bareNumber(ahead[paged].text) !== null && bareNumber(ahead[paged + 1]?.text ?? '') !== null
}

/** A line that is a page number alone ('7'), else null. */
export function bareNumber(text: string): number | null {
  const m = /^\s*(\d{1,4})\s*$/.exec(toHalfWidth(text))
  return m ? Number(m[1]) : null
}

/**
 * Gives `page` to the first of the 目录's last entries still without one, when every entry after
 * it lacks one too and the page does not go back from the entry before it. False when there is
 * no such entry (the number is something else: the 目录 page's own folio).
 */
export function fillPendingPage(entries: TocEntry[], page: number): boolean {
  let k = entries.length
  while (k > 0 && entries[k - 1].page === null) k--
  if (k === entries.length) return false
  const before = k > 0 ? (entries[k - 1].page ?? 0) : 0
  if (page < before) return false
  entries[k].page = page
  return true
}

// The rest of the 目录's page is more of it when it holds at least this many bare page numbers.
const MIN_PAGES_LEFT = 2

/**
 * The last line of the 目录's page when the entries stopped reading before it (`after` is the
 * line after the last one read) and the rest of the page holds bare page numbers, or page labels
 * alone on their lines in a 目录 that prints its pages so (`labelled`; a page prints one folio):
 * pdftotext reads a 目录 set in two columns across them, its pages set apart from their
 * entries, in an order no reading recovers. The documents start on a page of their own. Else -1.
 */
export function unreadTocPage(lines: SourceLine[], after: number, labelled = false): number {
  let numbers = 0
  for (let k = after; k + 1 < lines.length; k++) {
    if (bareNumber(lines[k].text) !== null || (labelled && LONE_LABEL.test(toHalfWidth(lines[k].text)))) numbers++
    // A page break: the lines before and after it come from one line of the text ('…\f…').
    if (lines[k].no === lines[k + 1].no) return numbers >= MIN_PAGES_LEFT ? k : -1
  }
  return -1
}

/** A page starts at line `k`: a page break (two lines share a number), or another page's layout. */
const pageStartsAt = (lines: SourceLine[], k: number): boolean =>
  k > 0 && (lines[k].no === lines[k - 1].no || (lines[k].layout !== undefined && lines[k].layout?.page !== lines[k - 1].layout?.page))

/**
 * A heading after the 目录's last entry that stands at the foot of the 目录's page, nothing under
 * it on the page: the converter wrote it after the entries it heads, so it is the 目录's (a
 * body's heading stands over the body's text).
 */
export function atTocFoot(lines: SourceLine[], end: number, at: number): boolean {
  if (end < 0) return false
  for (let k = end + 1; k <= at; k++) if (pageStartsAt(lines, k) || (k < at && !isBlank(lines[k].text))) return false
  for (let k = at + 1; k < lines.length; k++) {
    if (pageStartsAt(lines, k)) return true
    if (!isBlank(lines[k].text)) return false
  }
  return true
}

/** A page label alone on its line ('第3页', '第 3 页'). */
const LONE_LABEL = /^\s*第\s*\d{1,4}\s*页\s*$/
// The lines of a 目录's first page looked at (text without page breaks, Word's, stops there).
const TOC_PAGE_LINES = 200

/**
 * The 目录 prints its pages as labels ('第3页') set apart from their entries (a flex row's last
 * cell, which pdftotext writes on a line of its own): the 目录's first page holds two or more
 * labels alone on their lines. A page prints one folio, so two such labels on one page are
 * entries' pages, not the page's own footer.
 */
export function labelsApart(lines: SourceLine[], start: number): boolean {
  let labels = 0
  for (let k = start + 1; k < lines.length && k <= start + TOC_PAGE_LINES && !pageStartsAt(lines, k); k++) {
    if (LONE_LABEL.test(toHalfWidth(lines[k].text)) && ++labels >= 2) return true
  }
  return false
}

/**
 * A bare number ('24', '·24·') or page label ('第 24 页') is the page of a pending entry whose page wrapped onto its own line: the
 * entry must already be complete (its 文号 or dot leaders printed, or its title whole) and pages never go backwards.
 * Anywhere else such a line is a page footer.
 */
export function wrappedPage(text: string, buffer: string, lastPage: number, labelled: boolean): number | null {
  const m = /^\s*(\d{1,4})\s*$|^\s*第\s*(\d{1,4})\s*页\s*$|^\s*(?:[·•]\s?(\d{1,4})\s?[·•]|[-－—]\s?(\d{1,4})\s?[-－—])\s*$/.exec(toHalfWidth(text))
  const page = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : NaN
  // A label alone ('第 3 页') is the 目录 page's own folio unless the 目录 prints its pages so.
  if (!m || buffer === '' || page < lastPage || (m[2] !== undefined && !labelled)) return null
  const tail = trimEndWhere(buffer, isSpace)
  // Or a whole title (its issuer or 关于 to its 文种): a Word table's cells read one after another.
  const whole = docTypeOf(compact(tail)) !== null && startsTitle(tail)
  const ended = leaderCount(tail) >= 2 || splitEntry(buffer).docNumber !== null || whole
  return ended ? page : null
}

/**
 * A page label broken over two lines ('…（兴政办发〔2022〕15 号）. . . 第' / '5页'): the entry
 * waiting in `buffer` ends with '第' and this line is the rest of the label. Returns the buffer
 * without the '第' and the page, or null.
 */
export function brokenLabel(text: string, buffer: string): { buffer: string; page: number } | null {
  const m = /^\s*(\d{1,4})\s*页\s*$/.exec(toHalfWidth(text))
  if (!m) return null
  const kept = trimEndWhere(buffer, isSpace)
  if (!kept.endsWith('第')) return null
  return { buffer: kept.slice(0, -1), page: Number(m[1]) }
}

/** '······ 21' on its own line ends a pending entry (it would pass for a page footer '·21·'). */
export function leadersAndPage(text: string, buffer: string): number | null {
  if (buffer === '') return null
  const paged = splitPage(text)
  return paged && paged.text === '' && leaderCount(trimEndWhere(text, (c) => isSpace(c) || isDigit(c))) >= 2 ? paged.page : null
}
