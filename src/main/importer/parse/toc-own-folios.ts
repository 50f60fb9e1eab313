// A 目录 page's own folio, printed with the page's running head or foot ('第2页'), which pdftotext
// writes among the entries' lines: no entry's page. The pieces reader (toc-fragments.ts) sets labels
// alone aside, no more than the 目录's pages, where the entries print bare pages.
import type { SourceLine } from './lines'

/** How many pages lines `from`..`to` stand on (a form feed starts a page: two lines of one number). */
export function pagesOf(lines: SourceLine[], from: number, to: number): number {
  let n = 1
  for (let i = from + 1; i <= to && i < lines.length; i++) if (lines[i].no === lines[i - 1].no) n++
  return n
}
