// A 目录 set in two columns and read across them by pdftotext: its heading split by the other
// column's lines, its entries mixed from both columns.
import type { TocEntry } from '../../../shared/domain'
import { compact, type SourceLine } from './lines'

/** Lines of text (blank lines aside: pdftotext sets one between blocks) that may stand between '目' and '录'. */
const BETWEEN = 6

/**
 * A two-column 目录 read across (pdftotext): the other column's lines fall between '目' and '录'.
 * Then the heading is '目' itself, when '录' stands alone a few lines of text on and a page number follows.
 */
export function splitHeading(lines: SourceLine[], i: number, paged: (text: string) => boolean): number {
  for (let k = i + 1, seen = 0; k < lines.length && seen <= BETWEEN; k++) {
    const next = compact(lines[k].text)
    if (next === '') continue
    seen++
    if (next !== '录' && next !== '次') continue
    for (let j = k + 1; j < lines.length && j <= k + 6; j++) if (paged(lines[j].text)) return i
    return -1
  }
  return -1
}

/**
 * Line `i` is a letter-spaced heading's last letter ('录' or '次' alone) set a few lines of text
 * under its first ('目' at `start`, or '目录' whole): the other column's lines fall between them.
 */
export function headingRest(lines: SourceLine[], start: number, i: number): boolean {
  if (!/^(录|次)$/.test(compact(lines[i].text))) return false
  let seen = 0
  for (let k = start + 1; k < i; k++) if (compact(lines[k].text) !== '' && ++seen > BETWEEN) return false
  return true
}

/**
 * Entries read across columns: pages go back more than once (a 目录 restarting its pages per
 * section goes back too) and some title shows the other column's lines in it. Their order and
 * text are not to be trusted.
 */
export function readAcross(entries: TocEntry[]): boolean {
  let back = 0
  for (let k = 1; k < entries.length; k++) if ((entries[k].page ?? 0) < (entries[k - 1].page ?? 0)) back++
  return back >= 2 && entries.some((e) => mixedTitle(e.title))
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
