// A 目录 set in two columns and read across them by pdftotext: its heading split by the other
// column's lines, its entries mixed from both columns.
import type { TocEntry } from '../../../shared/domain'
import { compact, isBlank, stripBullet, type SourceLine } from './lines'
import { docTypeOf } from './doc-type'
import { docNumberOfLine } from './header'

/** Lines of text a 目录 page holds at most (two columns of some forty lines). */
const PAGE_TEXT = 100

/** A page break between lines `k` and `k + 1`: the two come from one line of the text ('…\f…'), or from two pages' layouts. */
const breakAfter = (lines: SourceLine[], k: number): boolean =>
  lines[k].no === lines[k + 1].no || (lines[k].layout !== undefined && lines[k].layout?.page !== lines[k + 1].layout?.page)

/** The heading's other letter alone ('录' or '次' after '目', '目' before them). */
const REST = /^(录|次)$/

/**
 * The first line after `i` on its page that is `letter` alone, blank lines and any other text
 * between (the other column's lines); -1 when the page ends first.
 */
function nextOnPage(lines: SourceLine[], i: number, letter: RegExp): number {
  for (let k = i + 1, seen = 0; k < lines.length && !breakAfter(lines, k - 1) && seen <= PAGE_TEXT; k++) {
    const t = compact(lines[k].text)
    if (t === '') continue
    if (letter.test(t)) return k
    seen++
  }
  return -1
}

/** The last line before `i` on its page that is `letter` alone; -1 when the page starts first. */
function lastOnPage(lines: SourceLine[], i: number, letter: RegExp): number {
  for (let k = i - 1; k >= 0 && !breakAfter(lines, k); k--) if (letter.test(compact(lines[k].text))) return k
  return -1
}

/**
 * A two-column 目录 read across (pdftotext): the other column's lines fall between '目' (line `i`)
 * and '录', or its block comes first and '录' stands above '目'. The heading is the first of the
 * two in the text, when the other stands alone on the same page and a page number follows both.
 */
export function splitHeading(lines: SourceLine[], i: number, paged: (text: string) => boolean): number {
  const pagedAfter = (k: number): boolean => {
    for (let j = k + 1; j < lines.length && !breakAfter(lines, j - 1); j++) if (paged(lines[j].text)) return true
    return false
  }
  const rest = nextOnPage(lines, i, REST)
  if (rest >= 0) return pagedAfter(rest) ? i : -1
  const above = lastOnPage(lines, i, REST)
  return above >= 0 && pagedAfter(i) ? above : -1
}

/**
 * Line `i` is the letter-spaced heading's other letter, read apart from the one at `start` (the
 * 目录's heading line): its first '录' (or '次') on the page after '目', or its '目' after '录';
 * or a '录' alone a few lines under '目录'.
 */
export function headingRest(lines: SourceLine[], start: number, i: number): boolean {
  const head = compact(lines[start].text)
  const t = compact(lines[i].text)
  if (head === '目' && REST.test(t)) return nextOnPage(lines, start, REST) === i
  if (REST.test(head) && t === '目') return nextOnPage(lines, start, /^目$/) === i
  return i <= start + 6 && REST.test(t)
}

/**
 * Entries read across columns: pages go back more than once (a 目录 restarting its pages per
 * section goes back too) and some title shows the other column's lines in it. Their order and
 * text are not to be trusted.
 */
export function readAcross(entries: TocEntry[]): boolean {
  return pagesBack(entries) >= 2 && entries.some((e) => mixedTitle(e.title))
}

/**
 * Entries that may have been read across columns: pages go back once (in a 目录 of two columns,
 * where the left column's foot and the right column's top were read as one block), and two titles
 * or more show the other column's lines in them. Read apart again, they are taken only when a
 * reading fits every block.
 */
export function mayReadAcross(entries: TocEntry[]): boolean {
  return pagesBack(entries) === 1 && entries.filter((e) => mixedTitle(e.title)).length >= 2
}

/** How often the entries' pages go back. */
function pagesBack(entries: readonly TocEntry[]): number {
  let back = 0
  for (let k = 1; k < entries.length; k++) if ((entries[k].page ?? 0) < (entries[k - 1].page ?? 0)) back++
  return back
}

const OPENS = '(?:人民政府|办公厅|办公室|国务院)关于'
/**
 * A title holding the other column's lines: a bracketed heading, a second title's opening, a
 * second opening inside the 文号's bracket ('…的函（国办函国务院办公厅关于山西、'), or a title that
 * starts where another was cut at a line's end ('的指导意见'): no title opens with 的 (和, 及 may:
 * 和平区, 和田地区).
 */
function mixedTitle(title: string): boolean {
  return /【[^】]{2,16}】/.test(title) || new RegExp(`${OPENS}.+${OPENS}`).test(title) ||
    new RegExp(`[（(][^（()）]{0,8}${OPENS}`).test(title) || title.startsWith('的')
}

/**
 * The 目录's last page goes on after its last page number with a 栏目 heading and an entry's first
 * line cut mid-title: the left column's foot, whose entry goes on (its page with it) at the top of
 * the right column, which pdftotext wrote first. Returns the last such line on the page, else `to`.
 */
export function columnFoot(lines: SourceLine[], to: number, tests: { opens: (text: string) => boolean; heading: (text: string) => string | null }): number {
  let end = to
  for (let k = to + 1; k < lines.length && lines[k].no !== lines[k - 1].no && lines[k].layout?.page === lines[k - 1].layout?.page; k++) {
    const text = stripBullet(lines[k].text)
    if (isBlank(text)) continue
    const cut = tests.opens(text) && docTypeOf(compact(text)) === null && docNumberOfLine(text) === null
    if (tests.heading(text) === null && !cut) break
    end = k
  }
  return end
}
