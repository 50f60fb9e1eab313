// A 目录 of flex rows (the title, its 文号, dotted leaders, the page) or of table rows (the title over
// its 文号, the page in a cell of its own: county-web-1col) as pdftotext writes it in its
// default mode: an entry whose title wraps is a block of two lines, and its 文号 and page cells,
// level with the title's last line, are blocks of their own. pdftotext then writes the cells of
// the next entries in a run under the first one's ('国办发〔2018〕114号' / '1' / '国办函〔2018〕71号'
// / '2' …), an entry printed on one line (its title, 文号 and page side by side) among them, and
// the titles of the entries after that, each left without its cells. A person reads each row
// across. Here the run's cells go back under the titles that lack them, in order, and an entry
// read whole inside the run goes back where its page puts it, so that the 目录 reads row by row.
import { toHalfWidth } from '../../../shared/doc-number'
import { compact, isBlank, type SourceLine } from './lines'
import { docNumberOfLine, isIssuerText, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { isMarkedHeading, isSectionShape, sectionName } from './sections'
import { bareNumber } from './toc-pages'
import { splitEntry, splitPage } from './toc-entry'

interface Unit {
  /** Line indexes, in reading order. */
  at: number[]
  page: number
}

/**
 * The 目录's lines from `start` (its heading) with the cells written apart from their titles put
 * back under them; the lines unchanged when the 目录 shows no such run or the cells do not fit.
 * Only lines of the 目录's first page move, and only down the page.
 */
export function placeApartCells(lines: SourceLine[], start: number): SourceLine[] {
  const end = pageEnd(lines, start)
  if (end < 0) return lines
  const next = (i: number): number => {
    let k = i + 1
    while (k < end && isBlank(lines[k].text)) k++
    return k
  }
  // A unit's lines run from its first to its last, blanks between them included.
  const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k)
  const pairAt = (i: number): Unit | null => {
    if (docNumberOfLine(compact(lines[i].text)) === null) return null
    const k = next(i)
    const page = k < end ? bareNumber(lines[k].text) : null
    return page === null ? null : { at: span(i, k), page }
  }
  // An entry read whole: its text with a 文号 or leaders, its page on its line or the next.
  const wholeAt = (i: number): Unit | null => {
    const paged = splitPage(lines[i].text)
    if (paged && paged.text !== '' && opens(paged.text)) return { at: [i], page: paged.page }
    const k = next(i)
    const page = k < end ? bareNumber(lines[k].text) : null
    const entry = splitEntry(lines[i].text)
    return page !== null && opens(lines[i].text) && entry.docNumber !== null && docTypeOf(entry.title) !== null ? { at: span(i, k), page } : null
  }
  const out: number[] = []
  const queued: Unit[] = []
  const held: Unit[] = []
  // Blank lines go with the line after them, wherever it goes.
  let blanks: number[] = []
  let title: number[] = []
  let moved = false
  // Titles read with their cells right after them but cut before their 文种 (their last line
  // index), and the lines that end them, written after the run of cells.
  const cut: { title: number; end: number }[] = []
  const after = new Map<number, number[]>()
  const placeAfter = (k: number, at: number[]): void => void after.set(k, [...(after.get(k) ?? []), ...at])
  const tailOf = (title: number | undefined, i: number): boolean => title !== undefined && docTypeOf(compact(lines[title].text + lines[i].text)) !== null
  // The entry row whose wrapped line was read last (the end of its cells).
  let tailRow: number | null = null
  const closeTitle = (): void => {
    if (title.length === 0) return
    out.push(...title)
    title = []
    const cells = queued.shift()
    if (!cells) return
    out.push(...cells.at)
    moved = true
    const bound = queued[0]?.page ?? Infinity
    while (held.length && held[0].page < bound) out.push(...held.shift()!.at)
  }
  let i = start + 1
  while (i < end) {
    const text = lines[i].text
    if (isBlank(text)) {
      blanks.push(i++)
      continue
    }
    const lead = blanks
    blanks = []
    const pair = pairAt(i)
    if (pair) {
      // The title just read takes the first pair; the pairs after it wait for their titles.
      pair.at.unshift(...lead)
      if (title.length) {
        if (docTypeOf(compact(title.map((k) => lines[k].text).join(''))) === null) cut.push({ title: title[title.length - 1], end: pair.at[pair.at.length - 1] })
        out.push(...title, ...pair.at)
        title = []
      } else queued.push(pair)
      i = pair.at[pair.at.length - 1] + 1
      continue
    }
    const whole = title.length === 0 && queued.length ? wholeAt(i) : null
    if (whole) {
      whole.at.unshift(...lead)
      held.push(whole)
      i = whole.at[whole.at.length - 1] + 1
      continue
    }
    if (title.length === 0 && queued.length && !opens(text) && tailOf(cut[0]?.title, i)) {
      // A title's last line the grid's cell wrapped, written after the run of cells: it goes
      // back under its title's first line (one read with its cells, cut before its 文种), and a
      // 栏目 row written after it stands under that entry's row.
      const row = cut.shift()!
      placeAfter(row.title, [...lead, i++])
      tailRow = row.end
      continue
    }
    if (title.length === 0 && tailRow !== null && heading(text)) {
      placeAfter(tailRow, [...lead, i++])
      continue
    }
    tailRow = null
    const page = bareNumber(text)
    if (page !== null && title.length) {
      out.push(...title, ...lead, i++)
      title = []
    } else if (page !== null || heading(text)) {
      closeTitle()
      out.push(...lead, i++)
    } else {
      // A new title opens after a whole one: the whole one lacks its cells.
      if (title.length && opens(text) && docTypeOf(compact(title.map((k) => lines[k].text).join(''))) !== null) closeTitle()
      title.push(...lead, i++)
    }
  }
  closeTitle()
  if (!moved || queued.length || held.length) return lines
  out.push(...blanks)
  for (let k = end; k < lines.length; k++) out.push(k)
  return [...lines.slice(0, start + 1), ...out.flatMap((k) => [k, ...(after.get(k) ?? [])]).map((k) => lines[k])]
}

/** The line that ends the 目录's first page (the last before a page break), or -1. */
function pageEnd(lines: SourceLine[], start: number): number {
  for (let k = start + 1; k + 1 < lines.length; k++) if (lines[k].no === lines[k + 1].no) return k
  return -1
}

function heading(text: string): boolean {
  return isMarkedHeading(text) && isSectionShape(sectionName(text))
}

function opens(text: string): boolean {
  const t = compact(toHalfWidth(text))
  return startsTitle(t) || isIssuerText(text.trim().split(/\s+/)[0])
}
