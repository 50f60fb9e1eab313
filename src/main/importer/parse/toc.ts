// 目录: section headings and entries (title, 文号, page) in any of the usual layouts.
import type { TocEntry } from '../../../shared/domain'
import { compact, isBlank, stripBullet, type SourceLine } from './lines'
import type { NoiseTest } from './noise'
import { noTick, type Tick } from './deadline'
import { startsTitle } from './header'
import { isDecreeNumber } from './decree'
import { PAGE_LABEL_END, splitEntryLines, splitPage } from './toc-entry'
import { headingRest, mayReadAcross, readAcross, splitHeading } from './toc-across'
import { readColumns } from './toc-columns'
import { pageAfterType, readFragments } from './toc-fragments'
import { ownFolioBlanked } from './toc-own-folios'
import { issueLine, readTableToc } from './toc-table'
import { givesType, opensBody, pageAtEdge, pageInRow, pageOnTitleRow, tailOfLast, titleLine } from './toc-word'
import { placeApartCells } from './toc-cells'
import { plainHead, readGridRows } from './toc-grid'
import { bandHeading, joinSpacedHeadings } from './toc-spaced-heads'
import { atTocFoot, bareNumber, brokenLabel, closedBeforeEntry, endsWithBracketedNumber, fillPendingPage, labelsApart, leadersAndPage, unreadTocPage, wrappedPage } from './toc-pages'
import { brokenFolio } from './toc-folio-marks'
import { BRACKETED_HEADING, acrossHeading, closedByNumber, columnHeading, coverDate, cutMidTitle, gapTo, isTocSection, loneNumber, mastheadUnit, numberCarriedOver, opensEntry, pageApart, pagedSection } from './toc-lines'
import { withBareHeadings } from './toc-bare-heads'
import { SECTION, isBareNumbering, sectionName, sectionsNumberedInRun, standaloneNames } from './sections'

export { SECTION }
export { splitEntry, splitPage } from './toc-entry'

export interface Toc {
  entries: TocEntry[]
  sections: string[]
  /** Index of the 目录 line, or -1. */
  start: number
  /** Index of the last line that belongs to the 目录 (its last page number), or -1. */
  end: number
  /** It numbers its 栏目 (一、二、三…) without a gap: none of its 栏目 headings was lost (sectionsNumberedInRun). */
  sectionsNumbered?: boolean
  /** Entries whose 文号 was paired with the title by where the body prints them (toc-piece-joins pairLeftNumbers). */
  placed?: ReadonlySet<TocEntry>
}

/** The 目录 heading's line; a letter-spaced heading may come out as '目' and '录' on lines of their own. */
export function findTocStart(lines: SourceLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    const c = compact(lines[i].text)
    if (/^(目录|目次)$/.test(c)) return i
    if (c !== '目') continue
    // A letter-spaced heading: '目' and '录' on lines of their own, and pdftotext may set the
    // first section's numbering label printed beside them (第一部分) between the two.
    for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
      const next = compact(lines[k].text)
      if (next === '录' || next === '次') return k
      if (next === '' || isBareNumbering(next)) continue
      const start = splitHeading(lines, i, (t) => splitPage(t) !== null)
      // A grid's head words written between the letters ('目' / '序号' / '标' / '录'…): a 目录.
      return start < 0 && plainHead(lines, i) ? i : start
    }
  }
  return -1
}

/** Lines after the last page number before the 目录 is taken to have ended. */
const TOC_GAP = 8
/**
 * Lines before the first page number: the first titles of both columns read across, line by line,
 * may be long (three or four lines each) before either prints its page.
 */
const FIRST_GAP = 2 * TOC_GAP

/**
 * Reads the 目录 starting at its heading; entries may wrap over lines and blank lines. Takes the
 * lines before noise is blanked, because a wrapped page number looks like a page footer.
 */
export function parseToc(source: SourceLine[], isNoise: NoiseTest = () => false, tick: Tick = noTick): Toc {
  const toc = readToc(source, isNoise, tick)
  return { ...toc, sectionsNumbered: sectionsNumberedInRun(source, toc.start, toc.end, toc.sections) }
}

function readToc(source: SourceLine[], isNoise: NoiseTest, tick: Tick): Toc {
  const start = findTocStart(source)
  const toc: Toc = { entries: [], sections: [], start, end: -1 }
  if (start < 0) return toc
  const lines = joinSpacedHeadings(readGridRows(placeApartCells(source, start), start), start)
  const repeated = standaloneNames(lines, start + 1)
  const table = readTableToc(lines, start, (i) => isTocSection(lines, i, repeated))
  if (table) return { ...table, start }
  let buffer = ''
  let category = ''
  let sinceLast = 0
  // Pages printed as labels ('第3页'), known once an entry's line ends with one, or from the
  // start where the 目录's page sets them apart from their entries.
  let labelled = labelsApart(lines, start)
  // A 文号 alone on its line right under a section heading: this 目录 prints each 文号 ABOVE its
  // title, so a lone 文号 after an entry's page opens the next entry (see ownNumberBelow).
  let numbersAbove = false
  let sinceHeading = true
  // An entry printed its 文号 in its own text (a decree's number aside): the 目录 has no 文号
  // lines of their own.
  let numbersInline = false
  // Entries ended by their bracketed 文号 with the next entry under them: their pages stand apart,
  // in a run of bare numbers after the entries (see toc-pages).
  let pagesApart = false
  // Where the pages of the entries read so far end on the page (PDF): a Word table's page cell.
  let pageEdge: number | null = null
  const sections = new Set<string>()
  // Headings after the last entry are the body's, read while looking for more entries.
  const declared: { name: string; at: number }[] = []
  // A 目录 in two columns read across (see acrossHeading): the other column's heading and the
  // first lines of its first entry, held until this column's entries end.
  let aside: { category: string; buffer: string; at: number } | null = null
  const push = (text: string, page: number | null, i: number): void => {
    const { title, docNumber } = splitEntryLines(buffer, text)
    if (docNumber !== null && !isDecreeNumber(docNumber)) numbersInline = true
    toc.entries.push({ category, title, docNumber, page })
    buffer = ''
    sinceLast = 0
    toc.end = i
  }
  for (let i = start + 1; i < lines.length && sinceLast < (toc.entries.length > 0 ? TOC_GAP : FIRST_GAP); i++) {
    tick()
    const text = stripBullet(lines[i].text)
    if (isBlank(text) || headingRest(lines, start, i)) continue
    // A date alone before the first entry is the cover's (出版 date printed beside a letter-spaced
    // 目　录 on the cover, read between its letters by pdftotext), not an entry's first line.
    if (buffer === '' && toc.entries.length === 0 && (coverDate(text) || issueLine(text))) continue
    if (aside) {
      // The other column's first entry goes on from its first line ('…第二次全国' /
      // '污染源普查…的通知（国'): this column's entries have ended, so read that column on.
      if (buffer === '' && aside.buffer !== '' && /[\u4e00-\u9fff]/.test(text) && !opensEntry(text)) {
        ;[category, buffer] = [aside.category, aside.buffer]
        if (!sections.has(category)) declared.push({ name: category, at: aside.at })
        sections.add(category)
        aside = null
      } else if (buffer !== '' && aside.buffer === '' && startsTitle(text) && cutMidTitle(buffer)) {
        aside.buffer = text
        continue
      }
    }
    const lastPage = toc.entries[toc.entries.length - 1]?.page ?? 0
    const label = brokenLabel(text, buffer)
    const folio = label ? null : brokenFolio(text, buffer)
    const broken = label ?? folio
    if (broken && broken.page >= lastPage) {
      buffer = broken.buffer
      if (label) labelled = true
      // The entry is whole, as one whose line ends in its page: a 文号 alone under it is its own.
      if (folio) sinceHeading = false
      push('', broken.page, i)
      continue
    }
    const wrapped = wrappedPage(text, buffer, lastPage, labelled) ?? leadersAndPage(text, buffer) ?? pageInRow(lines, i, buffer, lastPage, opensEntry)
    const apart = buffer === '' ? bareNumber(text) : null
    if (wrapped !== null && pagesApart) {
      // The last entry before the run of pages: it takes its place in the run.
      push('', null, i)
      fillPendingPage(toc.entries, wrapped)
    } else if (wrapped !== null) push('', wrapped, i)
    else if (apart !== null && pagesApart && fillPendingPage(toc.entries, apart)) {
      toc.end = i
      sinceLast = 0
    }
    else if (isNoise(lines[i].text)) continue
    else {
      // Nothing but the page follows a 文种 on a 目录 line: '…的复函 19', '…的批复21' (leaders squeezed out).
      const paged = splitPage(text) ?? pageAtEdge(lines[i], text, pageEdge, lastPage) ?? pageAfterType(text) ?? pageOnTitleRow(lines, i, buffer, lastPage, opensEntry)
      if (paged && paged.text !== '' && lines[i].layout) pageEdge = lines[i].layout?.x1 ?? null
      // A folio ('第 2 页') is the 目录 page's own footer, unless an entry waits for its page in a
      // 目录 that prints its pages as labels.
      if (paged && paged.text === '' && PAGE_LABEL_END.test(text) && (buffer === '' || !labelled)) continue
      if (paged && paged.text !== '' && PAGE_LABEL_END.test(text)) labelled = true
      if (paged && buffer === '' && pagedSection(paged.text)) {
        // Word's TOC field lists the 栏目 (level 1) with their pages, as the documents under them.
        category = sectionName(paged.text)
        if (!sections.has(category)) declared.push({ name: category, at: i })
        sections.add(category)
        sinceHeading = true
      } else if (paged) {
        push(paged.text, paged.page, i)
        sinceHeading = false
      } else if (buffer === '' && loneNumber(text)) {
        const before = toc.entries[toc.entries.length - 1]
        if (sinceHeading) numbersAbove = true
        // The 目录 prints the 文号 on the line under its title, whose line took the page: the
        // entry above is complete but for it ('…的通知 . . . 2' / '（兴政发〔2022〕10 号）').
        const samePage = lines[i].layout?.page === lines[toc.end]?.layout?.page
        if (!numbersAbove && !numbersInline && !sinceHeading && before?.docNumber === null && toc.end === i - gapTo(lines, i) && samePage && !opensBody(lines, i, toc.entries)) {
          before.docNumber = loneNumber(text)
          toc.end = i
          sinceLast = 0
        } else buffer += text
      } else if (buffer === '' && toc.end === i - gapTo(lines, i) && tailOfLast(toc.entries, text, opensEntry) && (!isTocSection(lines, i, repeated) || givesType(toc.entries, text))) {
        // A title wrapped in a Word table's cell, its page printed on the row's first line.
        toc.entries[toc.entries.length - 1].title += compact(titleLine(text))
        toc.end = i
      } else {
        sinceLast++
        // A bracketed heading ends a pending entry whose page was not printed (or not read), unless
        // the entry is cut mid-title and goes on under it: the heading is the other column's. So
        // does any 栏目 heading after an entry its 文号 closed (the page printed on a row the page
        // break left behind, '…关于印发2022年兴县冬 13' / page break / '兴人社发〔2022〕39号').
        if (buffer !== '' && isTocSection(lines, i, repeated) && numberCarriedOver(lines, i, buffer, toc.entries, toc.end)) {
          toc.entries[toc.entries.length - 1].docNumber = loneNumber(buffer)
          ;[buffer, toc.end] = ['', i - gapTo(lines, i)]
        }
        if (buffer !== '' && (BRACKETED_HEADING.test(compact(text)) || closedByNumber(lines, i, buffer)) && isTocSection(lines, i, repeated)) {
          if (!aside && acrossHeading(lines, i, buffer)) {
            aside = { category: sectionName(text), buffer: '', at: i }
            continue
          }
          // Before the first 栏目 and entry, a unit's name alone is the masthead's (its 主办 cell
          // read after the heading's letters), no entry: an entry under no 栏目 names a document.
          if (mastheadUnit(buffer, category, toc.entries.length)) buffer = ''
          else push('', null, i - 1)
        }
        // A numbering label alone ('第二部分') belongs to the section name on the next line.
        if (buffer === '' && isBareNumbering(text)) continue
        if (buffer === '' && isTocSection(lines, i, repeated)) {
          sinceHeading = true
          category = sectionName(text)
          if (!sections.has(category)) declared.push({ name: category, at: i })
          sections.add(category)
        } else if (endsWithBracketedNumber(buffer + text) && pageApart(lines, i)) {
          push(text, null, i)
          pagesApart = true
        } else if (closedBeforeEntry(lines, i, buffer, opensEntry)) {
          push('', null, i - gapTo(lines, i))
          pagesApart = true
          buffer = text
        }
        else buffer += text
      }
    }
  }
  toc.sections = declared.filter((d) => d.at < toc.end || atTocFoot(lines, toc.end, d.at)).map((d) => d.name)
  const across = readAcross(toc.entries)
  if (across || mayReadAcross(toc.entries)) {
    // Read apart again by column when only one reading fits; else its extent still tells where
    // the body starts, and its entries would misname documents. Entries that only may have been
    // read across (pages back once) are kept unless a column reading fits.
    const read = readColumns(lines, start + 1, toc.end, { opens: opensEntry, heading: columnHeading })
    if (read !== null || across) toc.entries = read ?? []
    const named = [...new Set(toc.entries.map((e) => e.category).filter((c) => c !== ''))]
    if (toc.entries.length) toc.sections = [...named, ...toc.sections.filter((s) => !named.includes(s))]
  }
  // The page goes on with entries not read: the 目录 ends with its page, and the entries read are
  // mixed from both columns (they would misname documents).
  const pageEnd = toc.end >= 0 ? unreadTocPage(lines, toc.end + 1, labelled) : -1
  if (pageEnd > toc.end) Object.assign(toc, { end: pageEnd, entries: [] })
  // Its columns given in neither one's order, in bands or side by side: read as pieces put together again.
  // A masthead's date or 期 line read between the heading's letters is no piece.
  const pieceTests = { opens: opensEntry, heading: withBareHeadings((t) => columnHeading(t) ?? bandHeading(t), repeated), noise: (t: string) => isNoise(t) || coverDate(t) || issueLine(t) }
  const apart = ownFolioBlanked(lines, start + 1, toc.end)
  Object.assign(toc, readFragments(lines, start + 1, toc.end, toc.entries, pieceTests, labelled) ?? (apart && readFragments(apart, start + 1, toc.end, toc.entries, pieceTests, labelled)) ?? {})
  return toc
}
