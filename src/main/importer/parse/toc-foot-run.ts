// The 目录's page going on after its last page: the left column's foot, which pdftotext (default
// mode) may write last when it writes both columns line by line in turn. A long title cut by the
// column break leaves its middle lines there (its head opened above them, its tail with the page
// at the right column's top), and the right column's last 文号 closes the page.
import { compact, isBlank, stripBullet, type SourceLine } from './lines'
import { docNumberOfLine } from './header'
import { splitPage } from './toc-entry'
import { searchable } from './toc-piece-joins'

/** A title's middle line: CJK text with no sentence's stops and no page, printed again by the body. */
function middleLine(text: string, body: string): boolean {
  const c = compact(text)
  return /^[\u4e00-\u9fff]/.test(c) && !/[。；：:]/.test(c) && splitPage(text) === null && body.includes(searchable(text))
}

/**
 * The last line of a run after line `to` (the 目录's last page) up to its page's end that holds only
 * titles' middle lines and 文号 and ends with a 文号; else `to`. The body (after the page) prints
 * every such middle line again: a line it does not is the page's own (an editor's note).
 */
export function footRun(lines: SourceLine[], to: number): number {
  let brk = to + 1
  while (brk < lines.length && lines[brk].no !== lines[brk - 1].no && lines[brk].layout?.page === lines[brk - 1].layout?.page) brk++
  const body = searchable(lines.slice(brk).map((l) => l.text).join(''))
  let end = to
  for (let k = to + 1; k < brk; k++) {
    const text = stripBullet(lines[k].text)
    if (isBlank(text)) continue
    if (docNumberOfLine(compact(text)) !== null) end = k
    else if (!middleLine(text, body)) break
  }
  return end
}
