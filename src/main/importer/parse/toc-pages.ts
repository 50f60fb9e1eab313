// A 目录 whose pages stand apart from its entries: set in a cell or box of their own (an HTML
// 目录 of flex rows, a table), pdftotext writes the entries first, then their pages in a run of
// bare numbers. Each entry then ends where its bracketed 文号 closes and the next line opens
// another entry or a section; the numbers after them are their pages, in order.
import type { TocEntry } from '../../../shared/domain'
import { toHalfWidth } from '../../../shared/doc-number'
import { compact } from './lines'
import { splitEntry } from './toc-entry'

/** The entry text so far ends with its 文号 in brackets ('…的通知（国发〔2018〕38号）'). */
export function endsWithBracketedNumber(buffer: string): boolean {
  const flat = compact(buffer)
  return /号[）)\]】]$/.test(flat) && splitEntry(flat).docNumber !== null
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
