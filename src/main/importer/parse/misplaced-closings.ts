// Every document closes once: its signature over its date (成文日期), and often a 附注 such as
// （此件公开发布） under them. Where a converter scrambles columns, or a document starts
// mid-column, one document's closing may land among its neighbour's lines: the one then has no
// date, the other two closings. The neighbour's closing nearest the shared boundary (its first when
// it follows, its last when it comes before) is the undated one's, with the 附注 under it.
import type { ParsedDocument } from '../../../shared/domain'
import type { DraftBlock } from './blocks'
import { parseDateLine } from './dates'
import { readBodyFields } from './doc-fields'
import { marksPublic } from './public-note'
import { parseDocNumber } from '../../../shared/doc-number'
import { isUnit, sameUnit } from './doubt-signals'
import { compact } from './lines'
import { namesPlan } from './printed-plans'

export interface ClosedDocument {
  doc: ParsedDocument
  drafts: DraftBlock[]
}

/** Indexes of a document's date blocks. */
const datesOf = (drafts: DraftBlock[]): number[] => drafts.flatMap((b, i) => (b.kind === 'date' && parseDateLine(b.text) ? [i] : []))

/** A closing: a date with a signature right above it. */
const signed = (drafts: DraftBlock[], at: number | undefined): at is number => at !== undefined && drafts[at - 1]?.kind === 'signature'

/** Fragments a page's columns read across may set between a date and its 附注 (a form's cell, a signature read late). */
const MAX_BETWEEN = 2
const MAX_FRAGMENT = 12

/** A short line with no sentence in it: a table cell or a unit's name, no text of the document's. */
const isFragment = (b: DraftBlock): boolean => (b.kind === 'paragraph' || b.kind === 'signature') && compact(b.text).length <= MAX_FRAGMENT && !/[。；，,;:：]/.test(b.text)

/**
 * The blocks of the closing at `at`: its signature lines, the date, and a 附注 under it: right
 * under it, or past a fragment or two (a form's cell, the signature read after the date).
 */
function closingBlocks(drafts: DraftBlock[], at: number): Set<number> {
  const out = new Set([at])
  for (let k = at - 1; k >= 0 && drafts[k].kind === 'signature'; k--) out.add(k)
  for (let k = at + 1; k <= at + 1 + MAX_BETWEEN && k < drafts.length; k++) {
    if (drafts[k].kind === 'note') {
      if (k === at + 1 || marksPublic(drafts[k].text)) out.add(k)
      break
    }
    if (!isFragment(drafts[k])) break
  }
  return out
}

/** Gives `to` the date at `at` in `drafts`, and its 附注; returns the blocks of that closing. */
function take(to: ClosedDocument, drafts: DraftBlock[], at: number): Set<number> {
  const moved = closingBlocks(drafts, at)
  to.doc.date = parseDateLine(drafts[at].text)
  to.doc.public = to.doc.public || [...moved].some((k) => drafts[k].kind === 'note' && marksPublic(drafts[k].text))
  return moved
}

/** Gives `to` the closing at `at` of `from`, whose own date and 附注 are read again without it. */
function lend(from: ClosedDocument, at: number, to: ClosedDocument): void {
  const moved = take(to, from.drafts, at)
  const rest = readBodyFields(from.drafts.filter((_, k) => !moved.has(k)), from.doc.docNumber)
  from.doc.date = rest.date
  from.doc.public = rest.public
}

/**
 * The body's text before its first document (a converter that scrambles blocks may put a closing
 * there) closes the one document left without a date: its last closing goes to it.
 */
function lendPrelude(docs: ClosedDocument[], prelude: DraftBlock[]): ParsedDocument | null {
  const undated = docs.filter((d) => !d.doc.date)
  const dates = datesOf(prelude)
  const last = dates[dates.length - 1]
  if (undated.length !== 1 || last === undefined) return null
  // A date alone (its signature, 市长 and a name, stayed in the text) is the first document's when
  // it is the prelude's one date: the stream reading put the date before the document it closes.
  const alone = dates.length === 1 && undated[0] === docs[0] && sameYear(prelude[last].text, docs[0].doc)
  if (!signed(prelude, last) && !alone) return null
  take(undated[0], prelude, last)
  return undated[0].doc
}

/** The date falls in the year of the document's 文号, or its 文号 gives none (a decree's 第7号). */
function sameYear(dateLine: string, doc: ParsedDocument): boolean {
  const year = doc.docNumber ? parseDocNumber(doc.docNumber)?.year : undefined
  return year === undefined || parseDateLine(dateLine)?.slice(0, 4) === String(year)
}

/** Blocks over a date its signing unit may stand when read as another kind (a 附注 of the other column between). */
const NAMED_WITHIN = 2

/**
 * A unit of d's issuers stands alone on a block right over the date at `at`, or past one block,
 * read as another kind than a signature (a title's, a unit's name set apart), and the date falls
 * in the year of d's 文号: d's own closing, its signature read apart from the date.
 */
function namedOver(drafts: DraftBlock[], at: number, d: ClosedDocument): boolean {
  if (d.doc.docNumber === null || !sameYear(drafts[at].text, d.doc)) return false
  const names = drafts.slice(Math.max(0, at - NAMED_WITHIN), at).map((b) => compact(b.text))
  return names.some((n) => isUnit(n) && d.doc.issuers.some((i) => sameUnit(compact(i), n)))
}

/**
 * The document after next, when the next one holds its own closing alone and that one holds two
 * or more, the first signed and of the undated document's year: the columns of a page read out of
 * order put two closings under the document after next, none under this one. Else null.
 */
function pastClosed(docs: ClosedDocument[], k: number): ClosedDocument | null {
  const [next, far] = [docs[k + 1], docs[k + 2]]
  if (!next || !far) return null
  const own = datesOf(next.drafts)
  const dates = datesOf(far.drafts)
  if (own.length !== 1 || parseDateLine(next.drafts[own[0]].text) !== next.doc.date || dates.length < 2) return null
  return signed(far.drafts, dates[0]) && sameYear(far.drafts[dates[0]].text, docs[k].doc) && docs[k].doc.docNumber !== null ? far : null
}

/**
 * A chain of closings read one document early: the undated document's closing is the one the
 * previous document holds alone, whose own is the last of the two or more the document before
 * holds. Each goes one document on, when each falls in the year of the 文号 it goes to. Returns
 * the documents changed (none when the chain does not hold).
 */
function shiftBack(docs: ClosedDocument[], k: number): ClosedDocument['doc'][] {
  const [prev, first] = [docs[k - 1], docs[k - 2]]
  if (!prev || !first || docs[k].doc.docNumber === null || prev.doc.docNumber === null) return []
  const own = datesOf(prev.drafts)
  const dates = datesOf(first.drafts)
  const last = dates[dates.length - 1]
  if (own.length !== 1 || parseDateLine(prev.drafts[own[0]].text) !== prev.doc.date || dates.length < 2) return []
  if (!sameYear(prev.drafts[own[0]].text, docs[k].doc) || !sameYear(first.drafts[last].text, prev.doc)) return []
  lend(prev, own[0], docs[k])
  lend(first, last, prev)
  return [docs[k].doc, prev.doc, first.doc]
}

/**
 * The next document's first date, past a closing that stands over the title of the plan its own
 * title announces ('关于印发《X》的通知', signed and dated, then 'X'): a 印发 notice signs before the
 * attached plan, so that closing is its own, and the lent one is the next date past it.
 */
function firstNotPlan(next: ClosedDocument): number {
  const dates = datesOf(next.drafts)
  const own = dates.find((at) => signed(next.drafts, at) && overPlan(next, at))
  const past = own === undefined ? [] : dates.filter((at) => at > own)
  return own === dates[0] && past.length > 0 ? past[0] : dates[0]
}

/** The closing at `at` stands right over the title (a title block) of the plan the document's title quotes. */
function overPlan(d: ClosedDocument, at: number): boolean {
  const after = Math.max(...closingBlocks(d.drafts, at)) + 1
  const block = d.drafts[after]
  return block?.kind === 'title' && namesPlan(d.doc.title, block.text)
}

/**
 * Documents without a date take the closing their neighbour holds beyond its own: of a neighbour
 * with two dates or more, the next document's first (its signature may have stayed behind; past a
 * 印发 notice's own closing over its plan's title, firstNotPlan), else
 * the previous one's last when a signature stands over it (a 印发 notice's plan may end dated), or
 * one of the document's issuers read apart from it (namedOver); a
 * document dated only by another unit's signature (its 附件's) takes a date the previous one holds
 * beyond its own (spareLast); then the one left undated takes the closing of the text before the
 * first document (`prelude`). Changes the documents in place and returns those given a closing
 * and those that gave one: a guess from the neighbours, which staff should check (confidence
 * CLOSING_MOVED).
 */
export function returnMisplacedClosings(docs: ClosedDocument[], prelude: DraftBlock[] = []): Set<ParsedDocument> {
  const moved = new Set<ParsedDocument>()
  docs.forEach((d, k) => {
    if (d.doc.date) return
    const next = docs[k + 1]
    const after = next ? datesOf(next.drafts) : []
    const prev = docs[k - 1]
    const before = prev ? datesOf(prev.drafts) : []
    const last = before[before.length - 1]
    const beyond = pastClosed(docs, k)
    const from = after.length >= 2 ? next : before.length >= 2 && (signed(prev.drafts, last) || namedOver(prev.drafts, last, d)) ? prev : beyond
    if (!from) {
      for (const doc of shiftBack(docs, k)) moved.add(doc)
      return
    }
    const { date, public: open } = from.doc
    lend(from, from === prev ? last : firstNotPlan(from), d)
    // The lender's own date and 附注 were read again without that closing: a guess as well,
    // unless they came out as before (it lent a closing its fields had not taken).
    moved.add(d.doc)
    if (from.doc.date !== date || from.doc.public !== open) moved.add(from.doc)
  })
  docs.forEach((d, k) => {
    const prev = docs[k - 1]
    const at = prev ? spareLast(prev, d) : undefined
    if (!prev || at === undefined || !datedByOther(d)) return
    // The previous document keeps its own date, another closing's: only the spare one goes.
    take(d, prev.drafts, at)
    moved.add(d.doc)
  })
  const fromPrelude = lendPrelude(docs, prelude)
  if (fromPrelude) moved.add(fromPrelude)
  return moved
}

/** The units signing over the date at `at` (lines shaped like a unit's name). */
function unitsOver(drafts: DraftBlock[], at: number): string[] {
  const out: string[] = []
  for (let k = at - 1; k >= 0 && drafts[k].kind === 'signature'; k--) out.push(...drafts[k].text.split(/\s+/).map(compact).filter(isUnit))
  return out
}

/**
 * The document's date is one signed by another unit only (an attached report's 国土资源部 under
 * 附件1): its own closing, signed by its issuers, was read elsewhere.
 */
function datedByOther(d: ClosedDocument): boolean {
  const { date, issuers } = d.doc
  if (!date || issuers.length === 0) return false
  const at = d.drafts.findIndex((b) => b.kind === 'date' && parseDateLine(b.text) === date)
  const units = at < 0 ? [] : unitsOver(d.drafts, at)
  return units.length > 0 && !units.some((u) => issuers.some((i) => sameUnit(compact(i), u)))
}

/**
 * The date of the previous document spare for `d`: that document holds two dates or more and this
 * one is not its own, falls in the year of d's 文号, and no other unit signs over it (a date left
 * alone under the previous document's closing, as a page's columns read out of order put it). Its
 * last date, else an earlier one signed by d's issuers (d's closing read into the previous
 * document's text, above that document's own closing at its end). Else undefined.
 */
function spareLast(prev: ClosedDocument, d: ClosedDocument): number | undefined {
  const dates = datesOf(prev.drafts)
  if (dates.length < 2 || d.doc.docNumber === null) return undefined
  const spare = (at: number, signedBy: boolean): boolean => {
    if (parseDateLine(prev.drafts[at].text) === prev.doc.date || !sameYear(prev.drafts[at].text, d.doc)) return false
    const units = unitsOver(prev.drafts, at)
    return (!signedBy || units.length > 0) && units.every((u) => d.doc.issuers.some((i) => sameUnit(compact(i), u)))
  }
  const last = dates[dates.length - 1]
  if (spare(last, false)) return last
  const earlier = dates.slice(0, -1).filter((at) => spare(at, true))
  return earlier.length === 1 ? earlier[0] : undefined
}
