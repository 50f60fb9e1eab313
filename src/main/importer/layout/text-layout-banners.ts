// A 栏目 banner in text that keeps each line's place (pdftotext -layout): a section's name in
// brackets ('【国务院文件】') on a strip across the page, set between the columns of the documents
// above it (balanced, ended) and those of the next section below. Its row holds the name alone,
// flush left (the row above it holds text on both sides of the gutter: the columns above end on
// one row; the row below it text past the gutter) or centred on the page (past the left column's
// middle, with columns above or below): a heading inside the left column would stand beside the
// right column's lines, not on a row the other columns leave empty.

import { MAX_INDENT, type Row } from './text-layout-rows'

/** A 栏目's name in its brackets, alone on the row. */
const BANNER = /^【[^【】\d]{2,16}】$/

/** Whether a row holds text past the gutter. */
const pastGutter = (r: Row | undefined): boolean => r?.kind === 'right' || r?.kind === 'both'

/**
 * The rows with each banner across the page set 'across': the columns above and below it are read
 * apart. `gutter`: where the page's right column starts, in cells.
 */
export function bannersAcross(kinds: readonly Row[], gutter: number): Row[] {
  const near = (i: number, step: 1 | -1): Row | undefined => {
    let j = i + step
    while (j >= 0 && j < kinds.length && kinds[j].kind === 'blank') j += step
    return kinds[j]
  }
  return kinds.map((k, i) => {
    if (k.kind !== 'left' || !BANNER.test(k.text.trim())) return k
    const lead = k.text.length - k.text.trimStart().length
    // Flush left under columns balanced on one row, or centred on the page: it starts past the
    // left column's middle (one centred in its column starts before it).
    const flush = lead <= MAX_INDENT && near(i, -1)?.kind === 'both' && pastGutter(near(i, 1))
    const centred = lead >= gutter / 2 && (pastGutter(near(i, -1)) || pastGutter(near(i, 1)))
    return flush || centred ? { kind: 'across', text: k.text } : k
  })
}
