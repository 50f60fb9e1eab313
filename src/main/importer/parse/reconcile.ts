// Joins body documents with their 目录 entries and lists what does not add up as warnings.
import type { IssueMeta, ParsedDocument, ParsedIssue, ParseWarning, TocEntry } from '../../../shared/domain'
import { entryFinder } from './toc-lookup'
import { compact } from './lines'
import type { Toc } from './toc'
import { isDecreeNumber } from './decree'
import { assess, numberYear } from './confidence'
import { gapLabel, tocGaps, type TocGap } from './toc-gaps'
import { pageOrder, tocOrderOdd } from './toc-order'
import { returnStrayPublic, secondPublic, type StrayPublic } from './stray-public'
import { dateBeforeText, publicAtHead, publicDetached, publicNotOwn, strayNumbers, textAfterDate, titleWithSentence } from './doubt-signals'
import { oddTitles, pagesVsToc, type PageFacts } from './page-facts'
import { bannersInBody, carriedPastGovernment, invertedPartner, issuerRunOn, numberLost, numberOrderOdd, prefixVsIssuers, publicOdd, recipientsMissing, sectionsSplit } from './issue-doubts'

function label(doc: { docNumber: string | null; title: string }): string {
  return doc.docNumber ?? doc.title
}

/**
 * The regulation's own entry listed right under its decree's (no 文号 of its own): it belongs to
 * the decree's document and is taken with it.
 */
function promulgatedEntry(entries: TocEntry[], decree: TocEntry, used: Set<TocEntry>): TocEntry | null {
  if (!isDecreeNumber(decree.docNumber)) return null
  const next = entries[entries.indexOf(decree) + 1]
  if (!next || next.docNumber || used.has(next)) return null
  used.add(next)
  return next
}

/**
 * Text extraction drops a dash in '(2021-2035年)' more often than a 目录 invents one: when the two
 * titles differ only by dashes the body lacks, the 目录's spelling (without its issuer prefix) wins.
 */
function restoreDashes(title: string, tocTitle: string): string {
  const at = tocTitle.indexOf('关于')
  const toc = title.startsWith('关于') && at > 0 ? tocTitle.slice(at) : tocTitle
  const dashes = (t: string): number => (t.match(/[-—–－]/g) ?? []).length
  const bare = (t: string): string => t.normalize('NFKC').replace(/[-—–－\s]/g, '')
  return dashes(toc) > dashes(title) && bare(toc) === bare(title) ? toc : title
}

/** Fills 目录 fields (tocTitle, tocPage, category) into the documents, in place. */
interface Attached {
  used: Set<TocEntry>
  entryOf: Map<ParsedDocument, TocEntry>
  numberFromToc: Set<ParsedDocument>
  /** The section printed above it in the body is not its 目录 entry's. */
  sectionClash: Set<ParsedDocument>
}

function attachToc(documents: ParsedDocument[], toc: Toc, warnings: ParseWarning[], printed: Set<ParsedDocument>): Attached {
  const used = new Set<TocEntry>()
  const entryOf = new Map<ParsedDocument, TocEntry>()
  const numberFromToc = new Set<ParsedDocument>()
  const sectionClash = new Set<ParsedDocument>()
  const findEntry = entryFinder(toc.entries, used)
  // A 栏目 the 目录 declares with no entry under it: the converter wrote its heading away from its
  // entries (after them, at the 目录's foot), which then read as the section before's. A gazette
  // prints no empty section: the body's heading says which documents are its.
  const listed = new Set(toc.entries.map((e) => e.category))
  const unlisted = new Set(toc.sections.filter((s) => !listed.has(s)))
  for (const doc of documents) {
    const entry = findEntry(doc)
    if (!entry) {
      if (toc.entries.length > 0) {
        const message = `无法确定：在目录中找不到对应条目：${label(doc)}`
        warnings.push({ code: 'BODY_WITHOUT_TOC_ENTRY', message, docNumber: doc.docNumber })
      }
      continue
    }
    used.add(entry)
    entryOf.set(doc, entry)
    if (printed.has(doc) && doc.category && entry.category && doc.category !== entry.category) sectionClash.add(doc)
    const regulation = promulgatedEntry(toc.entries, entry, used)
    doc.tocTitle = regulation?.title ?? entry.title
    // A decree whose regulation's title the body did not give (columns read across): its title
    // stayed the decree's name; the 目录 lists the regulation under the decree.
    if (regulation && doc.docNumber && isDecreeNumber(doc.docNumber) && doc.docNumber.startsWith(`${doc.title} `)) doc.title = regulation.title
    doc.title = restoreDashes(doc.title, doc.tocTitle)
    doc.tocPage = entry.page
    // An entry read without its title (the 目录's cells set apart by pdftotext: 文号 and pages in
    // one run, titles and headings in another) took its 栏目 from where its 文号 stood: the
    // section the body prints it under (the heading over it or over the documents before) is the
    // better word.
    const untitled = entry.title === '' && doc.category
    const headed = doc.category !== null && unlisted.has(doc.category)
    doc.category = untitled || headed ? doc.category : entry.category || doc.category
    if (!doc.docNumber && entry.docNumber) {
      doc.docNumber = entry.docNumber
      numberFromToc.add(doc)
      const message = `无法确定：正文中未识别出文号，暂取目录所列：${entry.docNumber}`
      warnings.push({ code: 'MISSING_DOC_NUMBER', message, docNumber: entry.docNumber })
    }
  }
  return { used, entryOf, numberFromToc, sectionClash }
}

/** What the reader knew of each document beyond its fields (see reconcile). */
interface ReadFacts {
  labels: Map<ParsedDocument, string>
  pages: Map<ParsedDocument, PageFacts>
  closingMoved: Set<ParsedDocument>
  headed: Map<ParsedDocument, string>
  /** Documents with their 栏目 heading printed right above them (Seen.printed). */
  printed: Set<ParsedDocument>
  /** A 目录 heading is printed and no entry was read under it: the 目录 was lost. */
  tocLost: boolean
}

/** Every document's confidence and reasons, from its fields and what the 目录 said of it. */
function assessAll(meta: IssueMeta, documents: ParsedDocument[], toc: Toc, attached: Attached, gaps: TocGap[], { labels, pages, closingMoved, headed, printed, tocLost }: ReadFacts, strayPublic: StrayPublic): void {
  let previousPage: number | null = null
  // A bare 文号 line that is another document's 文号 (found in its header or copied from the
  // 目录) is that one's, misplaced; one nobody has is a 文号 lost.
  const stray = documents.map((d) => strayNumbers(d).some((n) => !documents.some((o) => o !== d && o.docNumber && flatNumber(o.docNumber) === flatNumber(n))))
  const dateLost = documents.some((d) => !d.date)
  // A 目录 that prints 文号 says which documents have none: an entry without one is the gazette's own.
  const tocNumbered = toc.entries.some((e) => e.docNumber)
  const odd = oddTitles(documents, pages)
  // A 栏目 split only by documents begun on one page and read across in the other order is no misfiling.
  const inPageOrder = sectionsSplit(pageOrder(documents, attached.entryOf, toc.entries))
  const split = new Set([...sectionsSplit(documents)].filter((d) => inPageOrder.has(d)))
  const banners = bannersInBody(documents, toc.sections)
  const tocOrder = tocOrderOdd(documents, attached.entryOf, toc.entries)
  // Listed under its 栏目 by a 目录 that numbers its 栏目 without a gap: that is where the gazette put it.
  const underNumbered = (d: ParsedDocument): boolean => {
    const entry = attached.entryOf.get(d)
    return toc.sectionsNumbered === true && entry !== undefined && d.category !== null && compact(entry.category) === compact(d.category)
  }
  const carried = carriedPastGovernment(documents, underNumbered)
  const detached = documents.map(publicDetached)
  const issueSections = [...new Set([...toc.sections, ...documents.flatMap((d) => (d.category ? [d.category] : []))])]
  documents.forEach((doc, i) => {
    const entry = attached.entryOf.get(doc) ?? null
    // No 文号 of its own, and a bare one nobody claims printed in the body next to it, or the next
    // document starts at a 文号 with body text for its title, or no 文种 (the split cut this one at its own
    // 文号 line): likely its own.
    const next = documents[i + 1]
    const cutAtNumber = next !== undefined && next.docNumber !== null && (titleWithSentence(next) || next.docType === null)
    const numberNextDoor = !doc.docNumber && (stray[i - 1] === true || stray[i + 1] === true || cutAtNumber)
    const sectionHeading = attached.sectionClash.has(doc) ? null : headingAgainst(doc, headed.get(doc), toc.sections)
    const facts = { hasToc: toc.entries.length > 0, entry, numberFromToc: attached.numberFromToc.has(doc), previousPage,
      sectionClash: attached.sectionClash.has(doc), printedPage: labels.get(doc) ?? null, gaps: gaps.filter((g) => g.host === doc), numberNextDoor,
      strayClaimed: !stray[i], dateLost, issueSections, oddTitle: odd.has(doc), pagesOff: pagesVsToc(doc, pages.get(doc), next, next && pages.get(next)),
      publicOdd: publicOdd(doc, documents), prefixClash: prefixVsIssuers(doc, documents), recipientsMissing: recipientsMissing(doc, documents),
      closingMoved: closingMoved.has(doc), numberOrder: numberOrderOdd(doc, documents) || swappedWith(doc, documents, closingMoved, attached.entryOf, toc.entries), sectionSplit: split.has(doc), bannerBefore: banners.has(doc), numberLost: !numberNextDoor && !tocNumbered && numberLost(doc, documents), publicInNext: !doc.public && next !== undefined && (publicAtHead(next) !== null || publicNotOwn(next) || secondPublic(next)), publicInPrevious: !doc.public && i > 0 && secondPublic(documents[i - 1]), publicTaken: strayPublic.taken.get(doc) ?? null, publicGiven: strayPublic.given.has(doc), sectionHeading, tocLost, tocOrder: tocOrder.has(doc), headingUnfollowed: entry || sectionHeading ? null : headingUnfollowed(doc, headed.get(doc), printed.has(doc)),
      dateFitsNeighbour: dateFitsNeighbour(documents, i, closingMoved), issuerRunOn: issuerRunOn(doc, documents, meta.publisher),
      carriedPastGovernment: carried.has(doc), ...publicApart(documents, i, detached, dateLost), ...neighbourClosings(documents, i) }
    Object.assign(doc, assess(doc, facts, meta))
    if (doc.tocPage !== null) previousPage = doc.tocPage
  })
}

/**
 * The 栏目 heading printed last before the document in the body, when the 目录 lists 栏目 but not
 * that one, and the document was given another: the 目录's sections were misread (a heading glued
 * to a line of the other column, prov-3col-dots.layout.txt), so the 栏目 taken from its entries
 * may be wrong from that heading on. A heading the 目录 lists (a running head, a masthead named
 * as its 栏目) says nothing here: sectionClash compares the one right above a document.
 */
function headingAgainst(doc: ParsedDocument, heading: string | undefined, sections: readonly string[]): string | null {
  if (!heading || !doc.category || sections.length === 0 || sections.includes(heading)) return null
  return heading === doc.category ? null : heading
}

/**
 * A document no 目录 entry gave its 栏目 took the one the split saw last (a heading right above an
 * earlier document, carried over); the last heading printed in the body before it (headingsBefore:
 * one dressed as a heading, '三、部门联合发文') names another when the split missed that heading, read
 * into a neighbour's text (a banner over three columns read with the column before it). A heading
 * right above the document was the split's own (sectionPrinted).
 */
function headingUnfollowed(doc: ParsedDocument, heading: string | undefined, printed: boolean): string | null {
  if (!heading || !doc.category || printed || heading === doc.category) return null
  return heading
}

/**
 * Two documents of one series dated against their 文号 order, the other given a closing read
 * among its neighbours' lines (columns read across), or the two read in the other order than the
 * 目录 lists them: the two may hold each other's closings (city-xe-dense.txt: 47号 read with 55号's
 * 6月9日, 55号 given 47号's 5月26日; two documents begun on one page whose columns were read
 * across, the second read first with the first one's closing), so this one's date is as doubtful.
 * Alone, an inverted pair says nothing (our fixtures' joint 文号 are not in date order, and real
 * offices number late now and then), nor does a pair begun on one page read out of the 目录's order.
 */
function swappedWith(doc: ParsedDocument, documents: ParsedDocument[], closingMoved: Set<ParsedDocument>,
  entryOf: ReadonlyMap<ParsedDocument, TocEntry>, entries: readonly TocEntry[]): boolean {
  const partner = invertedPartner(doc, documents)
  return partner !== null && (closingMoved.has(partner) || againstToc(doc, partner, documents, entryOf, entries))
}

/** The body gives the two documents in the other order than their 目录 entries do. */
function againstToc(a: ParsedDocument, b: ParsedDocument, documents: readonly ParsedDocument[],
  entryOf: ReadonlyMap<ParsedDocument, TocEntry>, entries: readonly TocEntry[]): boolean {
  const ea = entryOf.get(a)
  const eb = entryOf.get(b)
  if (!ea || !eb) return false
  return documents.indexOf(a) < documents.indexOf(b) !== entries.indexOf(ea) < entries.indexOf(eb)
}

/**
 * A neighbour's date contradicts the year of its own 文号, and this document's date falls in that
 * year, while this one has no 文号 to contradict it (or one of the neighbour's date's year) and
 * shows a closing out of place (text after its date, a date before its text, or a closing found
 * among a neighbour's lines): the two closings were likely read into each other's documents
 * (columns read across), so this date is as doubtful as the neighbour's.
 */
function dateFitsNeighbour(documents: ParsedDocument[], i: number, closingMoved: Set<ParsedDocument>): boolean {
  const own = documents[i]
  if (!own.date || !(textAfterDate(own) || dateBeforeText(own) || closingMoved.has(own))) return false
  const year = own.date.slice(0, 4)
  return [documents[i - 1], documents[i + 1]].some((n) => {
    const theirs = n?.date ? numberYear(n.docNumber) : null
    if (!n?.date || !theirs || theirs === n.date.slice(0, 4) || theirs !== year) return false
    const mine = numberYear(own.docNumber)
    return mine === null || mine === n.date.slice(0, 4)
  })
}

/**
 * A public 附注 its holder's public field rests on that stands under another date than the holder's
 * (doubt-signals publicDetached 'closing': another document's closing read into its body), beside
 * a document without one, or in an issue where a date went astray: the 附注 came with that closing,
 * so the holder's public field is as doubtful as the neighbour's without one. (A 附注 amid the text
 * is left out: columns read across leave a document's own there as often.)
 */
function publicApart(documents: ParsedDocument[], i: number, detached: readonly ('closing' | 'amid' | null)[], dateLost: boolean): { publicDetached: boolean; publicBesideDetached: boolean } {
  const own = documents[i]
  const near = [i - 1, i + 1].filter((k) => k >= 0 && k < documents.length)
  return {
    publicDetached: detached[i] === 'closing' && (dateLost || near.some((k) => !documents[k].public)),
    publicBesideDetached: !own.public && near.some((k) => detached[k] === 'closing'),
  }
}

/**
 * What its neighbours' closings say of its date: the one before it was left with no date or no
 * body (its closing, read late, may be the one this document took), the one after it has no date
 * (its closing, read early where columns were read across, may be the one taken here), or the
 * next one opens with a date before any text (a closing that may be this document's, read late).
 */
function neighbourClosings(documents: ParsedDocument[], i: number): { previousLost: boolean; nextLost: boolean; closingOpensNext: boolean } {
  const prev = documents[i - 1]
  const next = documents[i + 1]
  const own = documents[i]
  return {
    previousLost: own.date !== null && prev !== undefined && (!prev.date || prev.blocks.length === 0),
    // Only a 公文 (a 文种 in its title) is dated: a 大事记 after it has no closing to lose.
    nextLost: own.date !== null && next !== undefined && !next.date && next.docType !== null,
    closingOpensNext: own.date !== null && next !== undefined && dateBeforeText(next),
  }
}

function checkDocuments(documents: ParsedDocument[], warnings: ParseWarning[]): void {
  const seen = new Set<string>()
  for (const doc of documents) {
    if (!doc.date) {
      warnings.push({ code: 'MISSING_DATE', message: `无法确定：成文日期未识别：${label(doc)}`, docNumber: doc.docNumber })
    }
    if (!doc.docNumber) continue
    if (seen.has(doc.docNumber)) {
      const message = `无法确定：文号重复（可能拆分有误）：${doc.docNumber}`
      warnings.push({ code: 'DUPLICATE_DOC_NUMBER', message, docNumber: doc.docNumber })
    }
    seen.add(doc.docNumber)
  }
}

/**
 * Whether the 目录 was read well enough that an entry with no document is the gazette's own gap
 * (目录列出但正文未收录), not the importer's miss: at least 80 % of its entries found in the body.
 * A 目录 read in part (two columns, a scan's text) matches few entries, and then each unmatched
 * one is the importer's doubt.
 */
function tocWasRead(entries: number, matched: number): boolean {
  return entries > 0 && matched >= 0.8 * entries
}

/** What the reader knew of the documents beyond their fields (see ReadFacts). */
export interface Seen {
  /** Documents with their section heading printed right above them in the body: only those can
   *  contradict the 目录's section (a carried-over heading may be stale). */
  printed?: Set<ParsedDocument>
  /** The page number printed where a document's title stands (PDF), to check against its 目录 page. */
  labels?: Map<ParsedDocument, string>
  /** Each document's printed pages and title typography (PDF). */
  pages?: Map<ParsedDocument, PageFacts>
  /** Documents given a signature and date found among a neighbour's lines. */
  closingMoved?: Set<ParsedDocument>
  /** The last 栏目 heading printed in the body before each document (sections.ts headingsBefore). */
  headed?: Map<ParsedDocument, string>
  /** The body's text no document took (toc-gaps leftoverText). */
  leftover?: string
  /** The front matter prints a 目录 heading (toc-place tocHeadingBefore). */
  tocHeading?: boolean
}

/** The issue as a whole: documents joined with the 目录, sections in order, warnings. */
export function reconcile(meta: IssueMeta, toc: Toc, documents: ParsedDocument[], seen: Seen = {}): ParsedIssue {
  const printed = seen.printed ?? new Set(documents)
  const read: ReadFacts = { labels: seen.labels ?? new Map(), pages: seen.pages ?? new Map(), closingMoved: seen.closingMoved ?? new Set(), headed: seen.headed ?? new Map(), printed, tocLost: seen.tocHeading === true && toc.entries.length === 0 }
  const warnings: ParseWarning[] = []
  const attached = attachToc(documents, toc, warnings, printed)
  const used = attached.used
  const tocRead = tocWasRead(toc.entries.length, used.size)
  const gaps = tocGaps(toc.entries, documents, attached.entryOf, used, seen.leftover)
  const gapOf = new Map(gaps.map((g) => [g.entry, g]))
  for (const entry of toc.entries) {
    if (used.has(entry)) continue
    const gap = gapOf.get(entry)
    // Read in a body, or lost between two documents found: the importer's miss, not the gazette's.
    if (gap && gap.by !== 'after' && gap.host) {
      const message = `无法确定：目录条目未能与正文对应（其正文可能并入了“${label(gap.host)}”）：${gapLabel(entry)}`
      warnings.push({ code: 'TOC_ENTRY_NOT_FOUND', message, docNumber: entry.docNumber })
    } else if (tocRead) {
      warnings.push({ code: 'TOC_ENTRY_WITHOUT_BODY', message: `目录列出但正文未收录：${label(entry)}`, docNumber: entry.docNumber })
    } else {
      const message = `无法确定：目录条目未能与正文对应（目录或正文可能未识别完整）：${label(entry)}`
      warnings.push({ code: 'TOC_ENTRY_NOT_FOUND', message, docNumber: entry.docNumber })
    }
  }
  const unsure = warnings.filter((w) => w.code === 'TOC_ENTRY_NOT_FOUND').length
  if (unsure > 0) {
    const message = `无法确定：目录共 ${toc.entries.length} 条，其中 ${toc.entries.length - used.size} 条未找到对应正文（${unsure} 条可能漏分或并入了其他文件）`
    warnings.unshift({ code: 'TOC_ENTRIES_UNMATCHED', message })
  }
  checkDocuments(documents, warnings)
  // A public 附注 read into a neighbour's head goes back before the doubts are read.
  assessAll(meta, documents, toc, attached, gaps, read, returnStrayPublic(documents))
  const sections = new Set(toc.sections)
  for (const doc of documents) if (doc.category) sections.add(doc.category)
  return { meta, sections: [...sections], toc: toc.entries, documents, warnings }
}

/** A 文号 compared across documents: widths, spaces and bracket shapes aside. */
function flatNumber(n: string): string {
  return n.normalize('NFKC').replace(/\s+/g, '').replace(/[[(【〔［]/g, '〔').replace(/[\])】〕］]/g, '〕')
}
