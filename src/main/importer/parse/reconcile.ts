// Joins body documents with their 目录 entries and lists what does not add up as warnings.
import type { IssueMeta, ParsedDocument, ParsedIssue, ParseWarning, TocEntry } from '../../../shared/domain'
import { toHalfWidth } from '../../../shared/doc-number'
import type { Toc } from './toc'

function sameTitle(a: string, b: string): boolean {
  const x = toHalfWidth(a)
  const y = toHalfWidth(b)
  return x === y || (Math.min(x.length, y.length) >= 8 && (x.endsWith(y) || y.endsWith(x)))
}

function findEntry(doc: ParsedDocument, entries: TocEntry[], used: Set<TocEntry>): TocEntry | null {
  const free = entries.filter((e) => !used.has(e))
  if (doc.docNumber) {
    const byNumber = free.find((e) => e.docNumber === doc.docNumber)
    if (byNumber) return byNumber
  }
  return free.find((e) => (!e.docNumber || !doc.docNumber) && sameTitle(e.title, doc.title)) ?? null
}

function label(doc: { docNumber: string | null; title: string }): string {
  return doc.docNumber ?? doc.title
}

/** Fills 目录 fields (tocTitle, tocPage, category) into the documents, in place. */
function attachToc(documents: ParsedDocument[], toc: Toc, warnings: ParseWarning[]): Set<TocEntry> {
  const used = new Set<TocEntry>()
  for (const doc of documents) {
    const entry = findEntry(doc, toc.entries, used)
    if (!entry) {
      if (toc.entries.length > 0) {
        const message = `正文有但目录未列：${label(doc)}`
        warnings.push({ code: 'BODY_WITHOUT_TOC_ENTRY', message, docNumber: doc.docNumber })
      }
      continue
    }
    used.add(entry)
    doc.tocTitle = entry.title
    doc.tocPage = entry.page
    doc.category = entry.category || doc.category
    if (!doc.docNumber && entry.docNumber) {
      doc.docNumber = entry.docNumber
      const message = `正文未印文号，取自目录：${entry.docNumber}`
      warnings.push({ code: 'MISSING_DOC_NUMBER', message, docNumber: entry.docNumber })
    }
  }
  return used
}

function checkDocuments(documents: ParsedDocument[], warnings: ParseWarning[]): void {
  const seen = new Set<string>()
  for (const doc of documents) {
    if (!doc.date) {
      warnings.push({ code: 'MISSING_DATE', message: `未找到成文日期：${label(doc)}`, docNumber: doc.docNumber })
    }
    if (!doc.docNumber) continue
    if (seen.has(doc.docNumber)) {
      const message = `文号重复：${doc.docNumber}`
      warnings.push({ code: 'DUPLICATE_DOC_NUMBER', message, docNumber: doc.docNumber })
    }
    seen.add(doc.docNumber)
  }
}

/** The issue as a whole: documents joined with the 目录, sections in order, warnings. */
export function reconcile(meta: IssueMeta, toc: Toc, documents: ParsedDocument[]): ParsedIssue {
  const warnings: ParseWarning[] = []
  const used = attachToc(documents, toc, warnings)
  for (const entry of toc.entries) {
    if (used.has(entry)) continue
    const message = `目录列有但正文缺失：${label(entry)}`
    warnings.push({ code: 'TOC_ENTRY_WITHOUT_BODY', message, docNumber: entry.docNumber })
  }
  checkDocuments(documents, warnings)
  const sections = [...toc.sections]
  for (const doc of documents) {
    if (doc.category && !sections.includes(doc.category)) sections.push(doc.category)
  }
  return { meta, sections, toc: toc.entries, documents, warnings }
}
