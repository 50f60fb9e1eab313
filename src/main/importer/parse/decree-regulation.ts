// A decree (令) and the regulation it promulgates are one document: the regulation's title, set
// after the decree's signature and date, opens no document of its own, though a 目录 that lists
// the regulation alone (not the decree) points at it.
import type { ParsedDocument, TocEntry } from '../../../shared/domain'
import type { DocSpan } from './split-documents'
import { folded, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { decreeUntitled, isDecreeNumber, isRegulationName, quotes } from './decree'

/**
 * The spans with each regulation's span joined to its decree's: a span right after a decree's,
 * with no 文号 of its own, whose title the decree's text quotes in 《》 (《专利代理条例》已经…通过，
 * 现予公布) after the decree's date stood. In place where joined; returns the spans kept.
 */
export function joinRegulations(spans: DocSpan[], lines: SourceLine[]): DocSpan[] {
  const out: DocSpan[] = []
  for (const s of spans) {
    const decree = out[out.length - 1]
    if (decree?.decree && !s.decree && s.docNumber === null && promulgated(decree, s, lines)) {
      decree.end = s.end
      continue
    }
    out.push(s)
  }
  return out
}

/** The decree's text, dated, quotes the span's title; nothing but the decree's lines before it. */
function promulgated(decree: DocSpan, s: DocSpan, lines: SourceLine[]): boolean {
  const title = folded(s.header.map((i) => lines[i].text).join(''))
  if (title.length < 2) return false
  const text = lines.slice(decree.bodyStart, s.lead).map((l) => folded(l.text))
  return text.some((t) => parseDateLine(t) !== null) && text.join('').includes(`《${title}》`)
}

/**
 * A decree's document found no entry of its own (its title misread, the 目录 listing the regulation
 * alone): the entry with no 文号 that names the regulation its text quotes in 《》, if one is left.
 */
export function regulationEntry(entries: TocEntry[], used: ReadonlySet<TocEntry>, doc: ParsedDocument): TocEntry | null {
  if (!isDecreeNumber(doc.docNumber)) return null
  return entries.find((e) => !used.has(e) && e.docNumber === null && quotes(doc, e.title)) ?? null
}

/**
 * The decree's title as the 目录 names its regulation: the title read from the body is the decree's
 * own name, or a line its text does not quote (the regulation's title lost to a column read
 * across: '2018年9月6日国务院第23次'), where its text quotes the listed one.
 */
export function decreeTitle(doc: ParsedDocument, listed: string): string {
  if (!isDecreeNumber(doc.docNumber) || !quotes(doc, listed)) return doc.title
  const ownName = doc.docNumber !== null && doc.docNumber.startsWith(`${doc.title} `)
  return ownName || !quotes(doc, doc.title) ? listed : doc.title
}

/**
 * A decree's title where no 目录 entry names it (the 目录 lost, or none printed): the regulation its
 * text promulgates, when the title read is the decree's own name or a line its text does not quote
 * (the regulation's title lost to a column read across: '2018年9月6日国务院第23次').
 */
export function unlistedDecreeTitle(doc: ParsedDocument): string {
  if (!isDecreeNumber(doc.docNumber)) return doc.title
  const named = promulgatedTitle(doc)
  return named !== null && (decreeUntitled(doc) || !quotes(doc, doc.title)) ? named : doc.title
}

/** A 栏目 banner in 【】 ('【省政府令】'). */
const BANNER = /【[^【】]{1,12}】/g

/**
 * The regulation a decree's text promulgates: the one name a sentence saying 公布 quotes in 《》
 * ('现将修订后的《专利代理条例》公布，自…起施行'), when it reads as a regulation's; else null. A 栏目
 * banner in 【】 set across the page over the decree and read into its sentence by the columns'
 * reading ('…《专【省政府令】' / '利代理条例》公布') is no part of the name.
 */
export function promulgatedTitle(doc: Pick<ParsedDocument, 'blocks'>): string | null {
  for (const sentence of doc.blocks.map((b) => folded(b.text).replace(BANNER, '')).join('').split('。')) {
    if (!sentence.includes('公布')) continue
    const names = new Set([...sentence.matchAll(/《([^《》]{2,40})》/g)].map((m) => m[1]))
    const [name] = [...names]
    if (names.size === 1 && isRegulationName(name)) return name
  }
  return null
}
