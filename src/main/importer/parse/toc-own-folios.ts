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

/** A folio in its marks alone on a line ('·2·', '- 2 -'): its number. */
const MARKED_FOLIO = /^(?:[·•]\s?(\d{1,3})\s?[·•]|[-－—]\s?(\d{1,3})\s?[-－—])$/

/**
 * The 目录 page's own folio in its marks, alone on its line among the entries' lines `from`..`to`,
 * numbering the page of the file it stands on ('·2·' on the second page: pdftotext writes the foot
 * where its baseline falls among the columns' lines). The lines with it blanked, or null when no
 * line is one. Read again only when the 目录 was read with it as no whole: an entry's page printed
 * apart may be the same number.
 */
export function ownFolioBlanked(lines: SourceLine[], from: number, to: number): SourceLine[] | null {
  let page = pagesOf(lines, 0, from)
  const out = [...lines]
  let found = false
  for (let i = from; i <= to && i < lines.length; i++) {
    if (i > from && lines[i].no === lines[i - 1].no) page++
    const m = MARKED_FOLIO.exec(lines[i].text.trim())
    if (m && Number(m[1] ?? m[2]) === page) {
      out[i] = { ...lines[i], text: '' }
      found = true
    }
  }
  return found ? out : null
}
