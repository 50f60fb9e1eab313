// Joins body documents with their 目录 entries and lists what does not add up as warnings.
import type { IssueMeta, ParsedDocument, ParsedIssue, ParseWarning, TocEntry } from '../../../shared/domain'
import { entryFinder } from './toc-lookup'
import type { Toc } from './toc'
import { decreeUntitled, isDecreeNumber, promulgates } from './decree'
import { decreeTitle, promulgatedTitle, regulationEntry, unlistedDecreeTitle } from './decree-regulation'
import { gapLabel, tocGaps } from './toc-gaps'
import { returnStrayPublic } from './stray-public'
import type { PageFacts } from './page-facts'
import { assessIssue, type ReadFacts, type TocLinks } from './issue-assessment'

function label(doc: { docNumber: string | null; title: string }): string {
  return doc.docNumber ?? doc.title
}

/**
 * The regulation's own entry listed right under its decree's (no 文号 of its own): it belongs to
 * the decree's document and is taken with it, when the document confirms it: its title read from
 * the body is the entry's, or the decree's text names it (《专利代理条例》已经…通过，现予公布). A
 * decree listed alone is followed by another document's entry, which may have no 文号 either
 * (a 任免, a 公告).
 */
function promulgatedEntry(entries: TocEntry[], decree: TocEntry, used: Set<TocEntry>, doc: ParsedDocument): TocEntry | null {
  if (!isDecreeNumber(decree.docNumber)) return null
  const next = entries[entries.indexOf(decree) + 1]
  if (!next || next.docNumber || used.has(next) || !promulgates(doc, next.title)) return null
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

/** The documents' links to the 目录, and the entries taken. */
interface Attached extends TocLinks {
  used: Set<TocEntry>
}

/** Fills 目录 fields (tocTitle, tocPage, category) into the documents, in place. */
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
    const entry = findEntry(doc) ?? regulationEntry(toc.entries, used, doc)
    if (!entry) {
      // No entry names the regulation: the decree's own text does ('现将…《专利代理条例》公布').
      doc.title = unlistedDecreeTitle(doc)
      if (toc.entries.length > 0) {
        const message = `无法确定：在目录中找不到对应条目：${label(doc)}`
        warnings.push({ code: 'BODY_WITHOUT_TOC_ENTRY', message, docNumber: doc.docNumber })
      }
      continue
    }
    used.add(entry)
    entryOf.set(doc, entry)
    if (printed.has(doc) && doc.category && entry.category && doc.category !== entry.category) sectionClash.add(doc)
    const regulation = promulgatedEntry(toc.entries, entry, used, doc)
    doc.tocTitle = regulation?.title ?? entry.title
    // A decree whose regulation's title the body did not give (columns read across): its title
    // stayed the decree's name; the 目录 lists the regulation under the decree.
    // Or the 目录 lists the regulation alone (no entry of the decree's), or the title read is a line
    // the decree's text does not quote: the title is the regulation's it quotes (decreeTitle).
    if (regulation) doc.title = decreeTitle(doc, regulation.title)
    else if (entry.docNumber === null) doc.title = decreeTitle(doc, entry.title)
    // The 目录 lists the decree alone and the body gave no title line: the regulation its text
    // promulgates ('现将修订后的《专利代理条例》公布').
    else if (decreeUntitled(doc)) doc.title = promulgatedTitle(doc) ?? doc.title
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
  /** Documents whose 栏目 rests on nothing but a running head constant over the issue (DocSpan.sectionGuessed). */
  sectionGuessed?: Set<ParsedDocument>
}

/** The issue as a whole: documents joined with the 目录, sections in order, warnings. */
export function reconcile(meta: IssueMeta, toc: Toc, documents: ParsedDocument[], seen: Seen = {}): ParsedIssue {
  const printed = seen.printed ?? new Set(documents)
  const read: ReadFacts = { labels: seen.labels ?? new Map(), pages: seen.pages ?? new Map(), closingMoved: seen.closingMoved ?? new Set(), headed: seen.headed ?? new Map(), printed, tocLost: seen.tocHeading === true && toc.entries.length === 0 }
  if (seen.sectionGuessed) read.sectionGuessed = seen.sectionGuessed
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
  assessIssue(meta, documents, toc, attached, gaps, read, returnStrayPublic(documents))
  const sections = new Set(toc.sections)
  for (const doc of documents) if (doc.category) sections.add(doc.category)
  return { meta, sections: [...sections], toc: toc.entries, documents, warnings }
}
