// Every document's confidence and its reasons: the facts the issue as a whole gives about each
// document (its 目录 entry, its neighbours' 文号, closings and 附注, the 栏目 around it), handed to
// confidence.ts assess. reconcile.ts calls it once the documents are joined with the 目录.
import type { IssueMeta, ParsedDocument, TocEntry } from '../../../shared/domain'
import { compact } from './lines'
import { parseDateLine } from './dates'
import type { Toc } from './toc'
import { assess, numberYear, type TocFacts } from './confidence'
import type { TocGap } from './toc-gaps'
import { pageOrder, tocOrderOdd } from './toc-order'
import { secondPublic, type StrayPublic } from './stray-public'
import { dateBeforeText, publicAtHead, publicDetached, publicNotOwn, strayNumbers, textAfterDate, titleWithSentence } from './doubt-signals'
import { oddTitles, pagesVsToc, type PageFacts } from './page-facts'
import { bannersInBody, carriedPastGovernment, invertedPartner, issuerRunOn, numberLost, numberOrderOdd, prefixVsIssuers, publicOdd, recipientsMissing, sectionsSplit } from './issue-doubts'

/** How the documents were joined with the 目录 (reconcile attachToc). */
export interface TocLinks {
  entryOf: Map<ParsedDocument, TocEntry>
  numberFromToc: Set<ParsedDocument>
  /** The section printed above it in the body is not its 目录 entry's. */
  sectionClash: Set<ParsedDocument>
}

/** What the reader knew of each document beyond its fields (see reconcile Seen). */
export interface ReadFacts {
  labels: Map<ParsedDocument, string>
  pages: Map<ParsedDocument, PageFacts>
  closingMoved: Set<ParsedDocument>
  headed: Map<ParsedDocument, string>
  /** Documents with their 栏目 heading printed right above them (Seen.printed). */
  printed: Set<ParsedDocument>
  /** A 目录 heading is printed and no entry was read under it: the 目录 was lost. */
  tocLost: boolean
  /** Documents whose 栏目 rests on nothing but a running head constant over the issue (Seen.sectionGuessed). */
  sectionGuessed?: Set<ParsedDocument>
}

/** The issue's documents, what joined them to the 目录, and what was worked out once for all of them. */
interface IssueView {
  meta: IssueMeta
  documents: ParsedDocument[]
  toc: Toc
  links: TocLinks
  gaps: TocGap[]
  read: ReadFacts
  strayPublic: StrayPublic
  /** Per document: a bare 文号 line in its body that no other document has. */
  stray: boolean[]
  /** Per document: the bare 文号 lines in its body, flattened (flatNumber). */
  strayLines: string[][]
  /** Some document has no date: a date went astray somewhere. */
  dateLost: boolean
  /** The 目录 prints 文号, so an entry without one is the gazette's own. */
  tocNumbered: boolean
  odd: Set<ParsedDocument>
  split: Set<ParsedDocument>
  banners: Set<ParsedDocument>
  tocOrder: Set<ParsedDocument>
  carried: Set<ParsedDocument>
  detached: ('closing' | 'amid' | null)[]
  issueSections: string[]
}

/** Every document's confidence and reasons, from its fields and what the 目录 said of it. */
export function assessIssue(meta: IssueMeta, documents: ParsedDocument[], toc: Toc, links: TocLinks, gaps: TocGap[], read: ReadFacts, strayPublic: StrayPublic): void {
  const v = issueView(meta, documents, toc, links, gaps, read, strayPublic)
  let previousPage: number | null = null
  documents.forEach((doc, i) => {
    const entry = links.entryOf.get(doc) ?? null
    const facts: TocFacts = { ...tocFacts(v, i, entry, previousPage), ...numberFacts(v, i), ...sectionFacts(v, i, entry), ...publicFacts(v, i), ...closingFacts(v, i), ...issuerFacts(v, i) }
    Object.assign(doc, assess(doc, facts, meta))
    if (doc.tocPage !== null) previousPage = doc.tocPage
  })
}

function issueView(meta: IssueMeta, documents: ParsedDocument[], toc: Toc, links: TocLinks, gaps: TocGap[], read: ReadFacts, strayPublic: StrayPublic): IssueView {
  // A bare 文号 line that is another document's 文号 (found in its header or copied from the
  // 目录) is that one's, misplaced; one nobody has is a 文号 lost.
  const strayLines = documents.map((d) => strayNumbers(d).map(flatNumber))
  const stray = documents.map((d, i) => strayLines[i].some((n) => !documents.some((o) => o !== d && o.docNumber && flatNumber(o.docNumber) === n)))
  // A 栏目 split only by documents begun on one page and read across in the other order is no misfiling.
  const inPageOrder = sectionsSplit(pageOrder(documents, links.entryOf, toc.entries))
  // Listed under its 栏目 by a 目录 that numbers its 栏目 without a gap: that is where the gazette put it.
  const underNumbered = (d: ParsedDocument): boolean => {
    const entry = links.entryOf.get(d)
    return toc.sectionsNumbered === true && entry !== undefined && d.category !== null && compact(entry.category) === compact(d.category)
  }
  return {
    meta, documents, toc, links, gaps, read, strayPublic, stray, strayLines,
    dateLost: documents.some((d) => !d.date),
    tocNumbered: toc.entries.some((e) => e.docNumber),
    odd: oddTitles(documents, read.pages),
    split: new Set([...sectionsSplit(documents)].filter((d) => inPageOrder.has(d))),
    banners: bannersInBody(documents, toc.sections),
    tocOrder: tocOrderOdd(documents, links.entryOf, toc.entries),
    carried: carriedPastGovernment(documents, underNumbered),
    detached: documents.map(publicDetached),
    issueSections: [...new Set([...toc.sections, ...documents.flatMap((d) => (d.category ? [d.category] : []))])],
  }
}

/** What its 目录 entry, its page and its title's typography say. */
function tocFacts(v: IssueView, i: number, entry: TocEntry | null, previousPage: number | null) {
  const doc = v.documents[i]
  const next = v.documents[i + 1]
  return {
    hasToc: v.toc.entries.length > 0, entry, numberFromToc: v.links.numberFromToc.has(doc), previousPage,
    numberPlaced: entry !== null && v.links.numberFromToc.has(doc) && (v.toc.placed?.has(entry) ?? false),
    sectionClash: v.links.sectionClash.has(doc), printedPage: v.read.labels.get(doc) ?? null, gaps: v.gaps.filter((g) => g.host === doc),
    tocLost: v.read.tocLost, tocOrder: v.tocOrder.has(doc), oddTitle: v.odd.has(doc),
    pagesOff: pagesVsToc(doc, v.read.pages.get(doc), next, next && v.read.pages.get(next)),
  }
}

/** What the 文号 around it say of its own. */
function numberFacts(v: IssueView, i: number) {
  const { documents, stray } = v
  const doc = documents[i]
  const next = documents[i + 1]
  // No 文号 of its own, and a bare one nobody claims printed in the body next to it, or the next
  // document starts at a 文号 with body text for its title, or no 文种 (the split cut this one at its own
  // 文号 line): likely its own.
  const cutAtNumber = next !== undefined && next.docNumber !== null && (titleWithSentence(next) || next.docType === null)
  const numberNextDoor = !doc.docNumber && (stray[i - 1] === true || stray[i + 1] === true || cutAtNumber)
  // Its 文号 copied from the 目录 stands alone in another document's body: its head was read into
  // that one, and its date and 附注 may have gone with it.
  const own = doc.docNumber !== null && v.links.numberFromToc.has(doc) ? flatNumber(doc.docNumber) : null
  const numberInOther = own !== null && v.strayLines.some((lines, k) => k !== i && lines.includes(own))
  return {
    numberNextDoor, numberInOther, strayClaimed: !stray[i],
    numberLost: !numberNextDoor && !v.tocNumbered && numberLost(doc, documents),
    numberOrder: numberOrderOdd(doc, documents) || swappedWith(doc, documents, v.read.closingMoved, v.links.entryOf, v.toc.entries),
  }
}

/** What the 栏目 headings around it say of its 栏目. */
function sectionFacts(v: IssueView, i: number, entry: TocEntry | null) {
  const doc = v.documents[i]
  const heading = v.read.headed.get(doc)
  const sectionHeading = v.links.sectionClash.has(doc) ? null : headingAgainst(doc, heading, v.toc.sections)
  return {
    issueSections: v.issueSections, sectionSplit: v.split.has(doc), bannerBefore: v.banners.has(doc), sectionHeading,
    headingUnfollowed: entry || sectionHeading ? null : headingUnfollowed(doc, heading, v.read.printed.has(doc)),
    carriedPastGovernment: v.carried.has(doc), sectionFromHead: v.read.sectionGuessed?.has(doc) === true,
  }
}

/** What the public 附注 around it say of its own. */
function publicFacts(v: IssueView, i: number) {
  const { documents } = v
  const doc = documents[i]
  const next = documents[i + 1]
  return {
    publicOdd: publicOdd(doc, documents),
    publicInNext: !doc.public && next !== undefined && (publicAtHead(next) !== null || publicNotOwn(next) || secondPublic(next)),
    publicInPrevious: !doc.public && i > 0 && secondPublic(documents[i - 1]),
    publicTaken: v.strayPublic.taken.get(doc) ?? null, publicGiven: v.strayPublic.given.has(doc),
    ...publicApart(documents, i, v.detached, v.dateLost),
  }
}

/** What the closings (signature and date) around it say of its own. */
function closingFacts(v: IssueView, i: number) {
  return {
    dateLost: v.dateLost, closingMoved: v.read.closingMoved.has(v.documents[i]),
    dateFitsNeighbour: dateFitsNeighbour(v.documents, i, v.read.closingMoved), ...neighbourClosings(v.documents, i),
    nextMoved: nextMoved(v.documents, i, v.read.closingMoved),
  }
}

/** What the issue's other issuers say of its issuers and recipients. */
function issuerFacts(v: IssueView, i: number) {
  const doc = v.documents[i]
  return {
    prefixClash: prefixVsIssuers(doc, v.documents), recipientsMissing: recipientsMissing(doc, v.documents),
    issuerRunOn: issuerRunOn(doc, v.documents, v.meta.publisher),
  }
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

/**
 * The next two documents' closings were moved between them (a guess from the neighbours,
 * CLOSING_MOVED) while this one kept the one it holds: a chain of closings read one document early
 * (city-web-3col-b: the 55号 holds the 51号's date, the 51号 takes the 21号's) leaves the first
 * link holding the next one's, with nothing of its own out of place. The document after may keep
 * its own date while lending the next one a closing past it (a 印发 notice's, over its plan): the
 * next one's date is then a date line of its blocks.
 */
function nextMoved(documents: ParsedDocument[], i: number, closingMoved: Set<ParsedDocument>): boolean {
  const [next, after] = [documents[i + 1], documents[i + 2]]
  if (documents[i].date === null || next === undefined || after === undefined || !closingMoved.has(next) || closingMoved.has(documents[i])) return false
  return closingMoved.has(after) || after.blocks.some((b) => b.kind === 'date' && parseDateLine(b.text) === next.date)
}

/** A 文号 compared across documents: widths, spaces and bracket shapes aside. */
function flatNumber(n: string): string {
  return n.normalize('NFKC').replace(/\s+/g, '').replace(/[[(【〔［]/g, '〔').replace(/[\])】〕］]/g, '〕')
}
