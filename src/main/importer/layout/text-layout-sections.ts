// A Word section that starts mid-page (a continuous section break): LibreOffice balances the two
// columns above it, and the next section's two columns start right under them, with no blank rows
// between (a document's 文号 at the head of the lower band's left column, its title going on at
// the head of the lower band's right column). Text that keeps each line's place then holds two
// bands of two columns; read left column first over the whole page, the upper band's right column
// (one document's end, the next one's start) comes after the lower band's left column. The 目录
// tells: it lists every 文号 in the order, and a page in two columns is read left first,
// so a 文号 in the right column above a 文号 in the left column names a later document, never an
// earlier one. Where it names an earlier one, the left one opens a band under the other. With no
// 文号 in the right column above, a document closed there (its date, its public note) beside a
// left paragraph cut mid-sentence by the 文号 tells the same, as does a part's heading over it,
// and a 栏目's banner in the left column under a line left open (a section per 栏目).
import { findDocNumbers } from '../../../shared/doc-number'
import { docNumberOfLine } from '../parse/header'
import { parseDateLine } from '../parse/dates'
import { docTypeOf } from '../parse/doc-type'
import { isPublicLabel, marksPublic } from '../parse/public-note'
import { bannerName } from './text-layout-banners'
import { ems, width, type Row } from './text-layout-rows'

/** Each 文号 where the text first prints it: its rank, and the page (the 目录's, for an issue with one). */
export type NumberOrder = ReadonlyMap<string, { rank: number; page: number }>

/**
 * The 文号 the pages print, ranked where each is first printed. The 目录 wraps an entry's 文号 over
 * two lines ('（兴政发〔2022〕10' / '号）'): the page is read with its blanks taken out.
 */
export function numberOrder(pages: readonly string[]): NumberOrder {
  const out = new Map<string, { rank: number; page: number }>()
  pages.forEach((page, p) => {
    for (const m of findDocNumbers(page.replace(/\s+/g, ''))) if (!out.has(m.docNumber)) out.set(m.docNumber, { rank: out.size, page: p })
  })
  return out
}

/**
 * Indexes of a run's rows where a lower band starts: a 文号 alone in the left column, under a 文号
 * in the right column that pages before this one (`page`) list earlier. Empty when none does.
 */
export function sectionCuts(run: readonly Row[], page: number, order: NumberOrder): number[] {
  const rankOf = (text: string | null): number | undefined => {
    const n = text === null ? null : docNumberOfLine(text)
    const at = n === null ? undefined : order.get(n.docNumber)
    return at !== undefined && at.page < page ? at.rank : undefined
  }
  const cuts: number[] = []
  let above: number | undefined
  // Each column's last line of text so far. A 文号 in the left column under a full line of it
  // that stops mid-sentence (not a title's last line over its 文号), beside a right column ended
  // by a document's closing (its date, its public note), opens a band: the left column's
  // paragraph goes on at the right column's head (read left first over the page, the next
  // document's 文号 would cut it), and the document closed on the right is the one above. (A left
  // column that ends a document over the 文号 is one column going on: the right one holds the
  // rest of the document the 文号 opens.)
  let lastRight = ''
  let lastLeft = ''
  // The row of the left column's last line.
  let lastLeftRow = -1
  const full = FULL_SHARE * width(run.flatMap((r) => (r.kind === 'left' ? [r.text] : r.kind === 'both' ? [r.left] : [])))
  // A line runs to the column's edge from its start or its first-line indent.
  const cutLine = (line: string): boolean => ems(line.trimEnd()) >= full && !closesDocument(line) && !SENTENCE_END.test(line.trim())
  run.forEach((r, i) => {
    const text = r.kind === 'left' ? r.text : r.kind === 'both' ? r.left : null
    const left = rankOf(text)
    const opens = text !== null && NUMBER_ALONE.test(text.trim()) && docNumberOfLine(text) !== null && ((closesDocument(lastRight) && (cutLine(lastLeft) || headBelow(run, i, lastLeft))) || headsAbove(lastLeft, lastRight))
    if ((left !== undefined && above !== undefined && above < left) || opens) {
      cuts.push(titleOver(run, i) ?? i)
      above = undefined
    } else if (text !== null && bannerName(text) && lastLeftRow >= 0 && leftOpen(lastLeft)) {
      // A 栏目's banner opens the next section's band the same way: the left column's document
      // goes on at the right column's head (the left column's last line above the banner leaves
      // its sentence or list open: one column going on ends its document over the banner) and
      // closes there, level with that line or just under it. Set larger, the banner stands a row
      // or two under the right column's first line of the band: the band starts after that
      // closing's last line.
      const closed = run.slice(lastLeftRow, i).findLastIndex((row) => closesDocument(sideOf(row)))
      if (closed >= 0) {
        cuts.push(lastLeftRow + closed + 1)
        above = undefined
      }
    }
    const side = r.kind === 'right' || r.kind === 'both' ? sideOf(r) : null
    const right = rankOf(side)
    if (right !== undefined) above = right
    if (side !== null && side.trim() !== '') lastRight = side
    if (text !== null && text.trim() !== '') [lastLeft, lastLeftRow] = [text, i]
  })
  return cuts
}

/** Left-column lines under a 文号 a title runs over at most. */
const TITLE_LINES = 5

/**
 * Under a left line that ends its paragraph (no closing), the 文号 at `i` opens a band when the
 * left column below holds its document's whole head: the title ends there (its 文种) and more
 * text follows it, left open at the band's foot (the document goes on at the right column's head
 * of the band). One column going on past a document ended at its foot would hold the head's
 * first lines only there: the title goes on at the right column's head, above the 文号's row.
 */
function headBelow(run: readonly Row[], i: number, lastLeft: string): boolean {
  if (!SENTENCE_END.test(lastLeft.trim()) || closesDocument(lastLeft)) return false
  const below = run.slice(i + 1).flatMap((r) => (r.kind === 'left' ? [r.text.trim()] : r.kind === 'both' ? [r.left.trim()] : [])).filter((t) => t !== '')
  const end = below.slice(0, TITLE_LINES).findIndex((_, k) => docTypeOf(below.slice(0, k + 1).join('')) !== null)
  if (end < 0 || end + 1 >= below.length) return false
  const rest = below.slice(end + 1)
  return !rest.some((t) => NUMBER_ALONE.test(t)) && leftOpen(rest[rest.length - 1])
}

/**
 * The row where the title over the 文号 at `i` starts, where the band's document sets its title
 * first and its 文号 under it: left-column lines right above the 文号 (rows beside them holding
 * the right column's first lines, the 主送), set apart from the columns above by a blank row, that
 * end in a 文种 ('国务院关于印发《国务院工作规则》的通知' / '国发〔2004〕18 号'). The band starts at
 * the title: cut at the 文号, the title would close the band above and be read before the right
 * column's documents there. Null where no such title stands over it.
 */
function titleOver(run: readonly Row[], i: number): number | null {
  const lines: string[] = []
  let top = -1
  // Rows of the right column alone (the 主送's second line) are passed over.
  for (let j = i - 1; j >= 0 && lines.length < TITLE_LINES; j--) {
    const r = run[j]
    if (r.kind === 'blank') break
    if (r.kind === 'left' || r.kind === 'both') {
      lines.unshift((r.kind === 'left' ? r.text : r.left).trim())
      top = j
    }
  }
  if (top <= 0 || run[top - 1].kind !== 'blank' || lines.some((t) => t === '' || SENTENCE_END.test(t))) return null
  return docTypeOf(lines.join('')) !== null ? top : null
}

/** A line that leaves its text open: no sentence's end, no closing. */
const leftOpen = (line: string): boolean => !SENTENCE_END.test(line.trim()) && !closesDocument(line)

/** A row's right-column text; nothing when it has none. */
const sideOf = (r: Row): string => (r.kind === 'right' ? r.text : r.kind === 'both' ? r.right : '')

/** A part's heading: its number ('五、', '（二）', '第三章') and a few words, no sentence. */
const PART_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节])[^。；，,;]{1,20}$/

/**
 * A part's heading over the 文号 in the left column, beside a right column whose last line ends a
 * sentence: no document ends at a heading, so its text goes on at the right column's head and
 * the 文号 opens a band under it ('五、政策保障' / '兴政办函〔2022〕4 号', the right column's
 * '…提供保障。' the heading's last words).
 */
function headsAbove(lastLeft: string, lastRight: string): boolean {
  return PART_HEADING.test(lastLeft.trim()) && SENTENCE_END.test(lastRight.trim())
}

/** A column's full line: this share of its width or more. */
const FULL_SHARE = 0.9

/** A line that ends a sentence (or a paragraph's last words before a list). */
const SENTENCE_END = /[。！？：；”）)]$/

/** A 文号 alone on its row, bare or in brackets. */
const NUMBER_ALONE = /^[（(]?\S{1,16}[〔［[（(]\s*(19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*号[）)]?$/

/** Whether a line closes a document: its date, or the note whether it is public. */
export function closesDocument(line: string): boolean {
  return parseDateLine(line) !== null || isPublicLabel(line) || marksPublic(line)
}

/** The run cut into bands before each of `cuts`. */
export function cutAt(run: readonly Row[], cuts: readonly number[]): Row[][] {
  return [0, ...cuts].map((from, k) => run.slice(from, cuts[k] ?? run.length))
}
