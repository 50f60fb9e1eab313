// A Word section that starts mid-page (a continuous section break): LibreOffice balances the two
// columns above it, and the next section's two columns start right under them, with no blank rows
// between (a document's 文号 at the head of the lower band's left column, its title going on at
// the head of the lower band's right column). Text that keeps each line's place then holds two
// bands of two columns; read left column first over the whole page, the upper band's right column
// (one document's end, the next one's start) comes after the lower band's left column. The 目录
// tells: it lists every 文号 in the order, and a page in two columns is read left first,
// so a 文号 in the right column above a 文号 in the left column names a later document, never an
// earlier one. Where it names an earlier one, the left one opens a band under the other.
import { findDocNumbers } from '../../../shared/doc-number'
import { docNumberOfLine } from '../parse/header'
import type { Row } from './text-layout-rows'

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
  run.forEach((r, i) => {
    const left = rankOf(r.kind === 'left' ? r.text : r.kind === 'both' ? r.left : null)
    if (left !== undefined && above !== undefined && above < left) {
      cuts.push(i)
      above = undefined
    }
    const right = rankOf(r.kind === 'right' ? r.text : r.kind === 'both' ? r.right : null)
    if (right !== undefined) above = right
  })
  return cuts
}

/** The run cut into bands before each of `cuts`. */
export function cutAt(run: readonly Row[], cuts: readonly number[]): Row[][] {
  return [0, ...cuts].map((from, k) => run.slice(from, cuts[k] ?? run.length))
}
