// 目录: section headings and entries (title, 文号, page) in any of the usual layouts.
import type { TocEntry } from '../../../shared/domain'
import { findDocNumbers } from '../../../shared/doc-number'
import { compact, isBlank, stripBullet, type SourceLine } from './lines'
import type { NoiseTest } from './noise'
import { noTick, type Tick } from './deadline'
import { docNumberOfLine, isIssuerText, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { parseDateLine } from './dates'
import { isDecreeNumber } from './decree'
import { PAGE_LABEL_END, splitEntry, splitEntryLines, splitPage } from './toc-entry'
import { headingRest, readAcross, splitHeading } from './toc-across'
import { readColumns } from './toc-columns'
import { pageAfterType, readFragments } from './toc-fragments'
import { ownFolioBlanked } from './toc-own-folios'
import { issueLine, readTableToc } from './toc-table'
import { cutInIssuer, givesType, opensBody, pageAtEdge, pageInRow, tailOfLast, titleLine } from './toc-word'
import { placeApartCells } from './toc-cells'
import { plainHead, readGridRows } from './toc-grid'
import { bandHeading, joinSpacedHeadings } from './toc-spaced-heads'
import { atTocFoot, bareNumber, brokenLabel, endsWithBracketedNumber, fillPendingPage, labelsApart, leadersAndPage, unreadTocPage, wrappedPage } from './toc-pages'
import { brokenFolio } from './toc-folio-marks'
import { withBareHeadings } from './toc-bare-heads'
import { SECTION, isBareNumbering, isMarkedHeading, isSectionShape, sectionName, sectionsNumberedInRun, standaloneNames } from './sections'

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

const BRACKETED_HEADING = /^【[^【】]{2,16}】$/

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
      const paged = splitPage(text) ?? pageAtEdge(lines[i], text, pageEdge, lastPage) ?? pageAfterType(text)
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
        if (buffer !== '' && isTocSection(lines, i, repeated) && numberCarriedOver(lines, i, buffer, toc)) {
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
        }
        else buffer += text
      }
    }
  }
  toc.sections = declared.filter((d) => d.at < toc.end || atTocFoot(lines, toc.end, d.at)).map((d) => d.name)
  if (readAcross(toc.entries)) {
    // Read apart again by column when only one reading fits; else its extent still tells where
    // the body starts, and its entries would misname documents.
    toc.entries = readColumns(lines, start + 1, toc.end, { opens: opensEntry, heading: columnHeading }) ?? []
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

/**
 * The entry ending on line `i` (its 文号 closed) has its page set apart: the next line opens
 * another entry or a section, with no page of its own.
 */
function pageApart(lines: SourceLine[], i: number): boolean {
  const next = nextNonBlank(lines, i)
  if (next < 0) return false
  const text = lines[next].text
  return splitPage(text) === null && bareNumber(text) === null && (opensEntry(text) || BRACKETED_HEADING.test(compact(text)))
}

/**
 * A pending entry whose line before `i` is its 文号 alone (bare or in brackets), under a title
 * that ends in its 文种: whole but for its page. (Not the body's first lines read on past the
 * 目录, a 文号 under the gazette's name and 期.)
 */
function closedByNumber(lines: SourceLine[], i: number, buffer: string): boolean {
  const { title, docNumber } = splitEntry(compact(buffer))
  return docNumber !== null && loneNumber(lines[i - gapTo(lines, i)].text) !== null && docTypeOf(title) !== null && entriesUnder(lines, i)
}

/** Lines after a heading read for a page before it is taken to head more 目录 entries. */
const ENTRY_REACH = 4

/**
 * The marked heading at `i` (一、… or 【…】) heads 目录 entries: a line of the next few prints a
 * page. (Not the body's first document read on past the 目录: a title and its 文号, then prose.)
 */
function entriesUnder(lines: SourceLine[], i: number): boolean {
  if (!isMarkedHeading(lines[i].text)) return false
  const next = lines.slice(i + 1).filter((l) => !isBlank(l.text)).slice(0, ENTRY_REACH)
  return next.some((l) => splitPage(l.text)?.text)
}

/**
 * The pending text is a 文号 alone on the line before the 栏目 heading at `i`, right under the last
 * entry, which has none: that entry's, carried over a page break after its title's rows (the page
 * printed on the title's first row, '…关于印发2022年兴县冬 13' / '季…的通知' / '兴人社发〔2022〕39号').
 */
function numberCarriedOver(lines: SourceLine[], i: number, buffer: string, toc: Toc): boolean {
  const at = i - gapTo(lines, i)
  const last = toc.entries[toc.entries.length - 1]
  return last?.docNumber === null && loneNumber(buffer) !== null && loneNumber(lines[at].text) !== null && toc.end === at - gapTo(lines, at)
}

/** A line that is a 文号 alone, bare or in brackets ('（兴政发〔2022〕10 号）'): its 文号, else null. */
function loneNumber(text: string): string | null {
  return docNumberOfLine(compact(text))?.docNumber ?? null
}

/** How many lines back the last non-blank line before `i` is (1 when it is the line above). */
function gapTo(lines: SourceLine[], i: number): number {
  let k = i - 1
  while (k > 0 && isBlank(lines[k].text)) k--
  return i - k
}

/**
 * A 目录 line with a page that is a section heading, not an entry: dressed as one (numbered or in
 * brackets), a section's shape, no 文种 closing it ('一、政府工作报告' is a document) unless it is
 * a section's usual name ('【市政府令】', '三、公告').
 */
function pagedSection(text: string): boolean {
  const name = sectionName(text)
  if (!isMarkedHeading(text) || !isSectionShape(name) || isIssuerText(name)) return false
  return SECTION.test(name) || docTypeOf(name) === null
}

/** A 栏目 heading on a line of its own, dressed as one ('【国务院文件】', '一、公告'): its name. */
function columnHeading(text: string): string | null {
  const name = sectionName(text)
  return isMarkedHeading(text) && isSectionShape(name) && !isIssuerText(name) ? name : null
}

/** The pending text, read before any 栏目 or entry, is a unit's name alone (no 关于, no 文种): the masthead's. */
function mastheadUnit(buffer: string, category: string, entries: number): boolean {
  const t = compact(buffer)
  return entries === 0 && category === '' && isIssuerText(t) && !t.includes('关于') && docTypeOf(t) === null
}

function coverDate(text: string): boolean {
  return parseDateLine(compact(text).replace(/(?:出版|印发|编印)$/, '')) !== null
}

/**
 * A two-column 目录 read across (pdftotext sets the first lines of both columns in turn): a
 * bracketed heading comes while an entry is cut mid-title (no 文种, no 文号, no page yet) and the
 * line under it opens no entry (no title start, no issuer): it goes on with the pending entry,
 * and the heading stands over the other column.
 */
function acrossHeading(lines: SourceLine[], i: number, buffer: string): boolean {
  if (!cutMidTitle(buffer)) return false
  const next = nextNonBlank(lines, i)
  return next >= 0 && !opensEntry(lines[next].text) && splitPage(lines[next].text) === null
}

/**
 * An entry's text so far stops inside its title (no 文种 at its end) or inside the bracket its
 * 文号 opens ('…的批复（国函'), and holds no whole 文号.
 */
function cutMidTitle(buffer: string): boolean {
  const flat = compact(buffer)
  return findDocNumbers(flat).length === 0 && (docTypeOf(flat) === null || /[（(][^（()）]*$/.test(flat))
}

/** A line that starts a 目录 entry or section: a title's opening, an issuer, a bracketed heading. */
function opensEntry(text: string): boolean {
  const t = compact(stripBullet(text))
  const first = stripBullet(text).trim().split(/\s+/)[0]
  return startsTitle(t) || isIssuerText(first) || BRACKETED_HEADING.test(t) || isBareNumbering(t)
}

/**
 * A 目录 line with no page of its own and nothing pending is a section heading when it has a
 * section's shape and something says so: brackets or numbering, the same line standing again
 * later (the body repeats its sections), or a section's usual name. A title's first line whose
 * 文号 and page follow on the next line is not one.
 */
function isTocSection(lines: SourceLine[], i: number, repeated: Map<string, number>): boolean {
  const name = sectionName(lines[i].text)
  if (!isSectionShape(name)) return false
  if (continuesOnNext(lines, i)) return false
  if (isMarkedHeading(lines[i].text) || afterBareNumbering(lines, i)) return true
  // An issuer alone on a line ('兴县人民政府办公室') starts an entry and comes back in the body.
  if (isIssuerText(name)) return false
  const next = nextNonBlank(lines, i)
  if (((repeated.get(name) ?? 0) >= 2 && !(next >= 0 && cutInIssuer(name, lines[next].text))) || SECTION.test(name)) return true
  // Set apart from an entry under it; a heading under it is set apart from everything (a title's
  // last line over the next 栏目's banner in 黑体 is no heading).
  return next >= 0 && ((setApart(lines[i], lines[next]) && columnHeading(lines[next].text) === null) || headsEntry(name, lines[next].text))
}

function nextNonBlank(lines: SourceLine[], i: number): number {
  for (let k = i + 1; k < lines.length && k < i + 4; k++) if (!isBlank(lines[k].text)) return k
  return -1
}

/** Set in another face or larger than the entry under it (PDF, Word): a heading, whatever its wording. */
export function setApart(line: SourceLine, next: SourceLine): boolean {
  const a = line.layout
  const b = next.layout
  if (!a || !b) return false
  return a.font !== b.font || a.size > b.size * 1.08 || (a.bold && !b.bold)
}

/**
 * Too short to be a title's first line (titles fill the 目录's width), over an entry's first
 * line (issuer and 关于, or a joint entry's first unit followed by the next).
 */
const SHORT_HEADING = 8
function headsEntry(name: string, next: string): boolean {
  const unit = next.trim().split(/\s+/)[0]
  const opens = startsTitle(next) || (unit.length < next.trim().length && isIssuerText(unit))
  // A title's tail cut off by the line above ('的通知', '和实施方案的批复') is not a heading.
  const tail = docTypeOf(name) !== null || /^[的和及与之]/.test(name)
  return name.length <= SHORT_HEADING && !tail && opens && compact(next).length > 2 * SHORT_HEADING
}

/** The line before (blanks aside) is a numbering label on its own, as converters split '第二部分 部门文件'. */
function afterBareNumbering(lines: SourceLine[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k > i - 4; k--) {
    if (!isBlank(lines[k].text)) return isBareNumbering(lines[k].text)
  }
  return false
}

/** The next non-blank line completes an entry: only leaders and a page, or a bracketed 文号 and a page. */
function continuesOnNext(lines: SourceLine[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k < i + 4; k++) {
    if (isBlank(lines[k].text)) continue
    const paged = splitPage(stripBullet(lines[k].text))
    if (!paged) return false
    const rest = compact(paged.text)
    return rest === '' || /^[（(【[〔]/.test(rest)
  }
  return false
}
