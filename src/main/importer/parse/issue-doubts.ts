// Doubts from a document's siblings in the same issue: an issue is set and numbered by one office,
// so what all other documents share, one lacking it is more likely misread than different.
import type { ParsedDocument } from '../../../shared/domain'
import { parseDocNumber } from '../../../shared/doc-number'
import { sectionName } from './sections'
import { compact } from './lines'

/** Siblings needed before their agreement says anything. */
const MIN_SIBLINGS = 3

/** Not public while every other document (at least three) carries a public marker: the marker was lost. */
export function publicOdd(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  const { members, publicCount } = summary(documents)
  const others = members.size - (members.has(doc) ? 1 : 0)
  return !doc.public && others >= MIN_SIBLINGS && publicCount === others
}

// 文种 an office numbers as it sends them out: one of these printed without a 文号 is rare.
const NUMBERED = new Set(['通知', '意见', '批复', '决定', '函', '承诺函', '通报', '请示', '报告', '答复'])

/**
 * It has no 文号 while every other document of its kind in its 栏目 (at least two, of a 文种 that
 * is numbered) has one: an office numbers what it sends, so its 文号 line was likely lost (read
 * into a neighbour, or dropped by the converter), the more so when the 目录 lists no 文号 to copy.
 */
export function numberLost(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  if (doc.docNumber || !doc.docType || !NUMBERED.has(doc.docType)) return false
  const { members, numbered } = summary(documents)
  const { all, withNumber } = numbered.get(doc.category) ?? { all: 0, withNumber: 0 }
  // It is one of its 栏目's numbered kind itself, without a 文号: its peers are the others.
  const peers = all - (members.has(doc) ? 1 : 0)
  return peers >= 2 && withNumber === peers
}

/** The 机关代字 of a 文号: what stands before its year ('国办函' of '国办函〔2005〕57号'). */
export function numberPrefix(docNumber: string | null): string | null {
  const m = /^(.{1,12}?)\s*[〔［[（(【]\s*(?:19|20)\d{2}/.exec(docNumber ?? '')
  return m ? compact(m[1]) : null
}

const unitsKey = (d: ParsedDocument): string => d.issuers.map(compact).join('|')

/**
 * Its issuers differ from those of every other document whose 文号 has the same 机关代字 (two or
 * more of them agreeing): one 代字 belongs to one issuer, so the issuers or the 文号 were misread.
 */
export function prefixVsIssuers(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  const prefix = numberPrefix(doc.docNumber)
  if (!prefix || doc.issuers.length === 0 || doc.docType === '令') return false
  const key = unitsKey(doc)
  const { byPrefix, members } = summary(documents)
  const counts = new Map(byPrefix.get(prefix))
  if (members.has(doc)) counts.set(key, (counts.get(key) ?? 0) - 1)
  const theirs = [...counts].filter(([, n]) => n > 0)
  if (theirs.reduce((sum, [, n]) => sum + n, 0) < 2) return false
  return theirs.length === 1 && theirs[0][0] !== key && !theirs[0][0].split('|').some((u) => key.includes(u) || u.includes(key))
}

/** 机关代字 and year of a 文号, and its serial: '兴政函〔2022〕43号' → 兴政函2022, 43. */
export function numberSerial(docNumber: string | null): { series: string; n: number } | null {
  const p = docNumber ? parseDocNumber(docNumber) : null
  return p ? { series: `${p.agency}${p.year}`, n: p.serial } : null
}

/** Days a later 文号 may be dated before an earlier one (signed, then numbered when sent out). */
const ORDER_SLACK_DAYS = 7
const DAY = 86_400_000
// Documents of one series needed to tell which is off (two alone do not), and most checked: the
// check is quadratic in a series, and one this long is no gazette issue's.
const MIN_SERIES = 3
const MAX_SERIES = 400

/** b (the later 文号) is dated well before a (the earlier). */
export const inverted = (a: string, b: string): boolean => Date.parse(a) - Date.parse(b) > ORDER_SLACK_DAYS * DAY

/**
 * The documents of one series (代字 and year, in 文号 order) whose dates break the order the others
 * keep: one office numbers its documents as it sends them, so a later 文号 dated weeks before an
 * earlier one has a misread date (or 文号). Flagged: those outside some longest run of documents
 * whose dates follow their numbers, and in conflict with another. Two alone do not say which is off.
 */
function outOfOrder(series: readonly ParsedDocument[]): ParsedDocument[] {
  const docs = [...series].sort((a, b) => (numberSerial(a.docNumber)?.n ?? 0) - (numberSerial(b.docNumber)?.n ?? 0))
  const date = (i: number): string => docs[i].date ?? ''
  const n = docs.length
  const ends = docs.map(() => 1) // longest in-order run ending at i
  const starts = docs.map(() => 1) // …starting at i
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (!inverted(date(j), date(i))) ends[i] = Math.max(ends[i], ends[j] + 1)
  for (let i = n - 1; i >= 0; i--) for (let j = i + 1; j < n; j++) if (!inverted(date(i), date(j))) starts[i] = Math.max(starts[i], starts[j] + 1)
  const longest = Math.max(...ends)
  // In every longest run: the only document at its place in the runs.
  const onRun = docs.map((_, i) => ends[i] + starts[i] - 1 === longest)
  const atLevel = new Map<number, number>()
  docs.forEach((_, i) => onRun[i] && atLevel.set(ends[i], (atLevel.get(ends[i]) ?? 0) + 1))
  return docs.filter((_, i) => {
    if (onRun[i] && atLevel.get(ends[i]) === 1) return false
    return docs.some((_, j) => (j < i && inverted(date(j), date(i))) || (j > i && inverted(date(i), date(j))))
  })
}

/**
 * Its date breaks the order of its 文号 among the other documents of the same 机关代字 and
 * year (see outOfOrder): a date read from another document's closing.
 */
export function numberOrderOdd(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  return summary(documents).outOfOrder.has(doc)
}

function outOfOrderAll(documents: readonly ParsedDocument[]): Set<ParsedDocument> {
  const bySeries = new Map<string, ParsedDocument[]>()
  for (const d of documents) {
    const s = d.date ? numberSerial(d.docNumber) : null
    if (s) bySeries.set(s.series, [...(bySeries.get(s.series) ?? []), d])
  }
  const out = new Set<ParsedDocument>()
  for (const series of bySeries.values()) if (series.length >= MIN_SERIES && series.length <= MAX_SERIES) for (const d of outOfOrder(series)) out.add(d)
  return out
}

/**
 * The one other document of its series (代字 and year) when the two are dated against their 文号
 * order by weeks: which of the two is off, their dates alone do not say (see outOfOrder).
 */
export function invertedPartner(doc: ParsedDocument, documents: readonly ParsedDocument[]): ParsedDocument | null {
  const own = doc.date ? numberSerial(doc.docNumber) : null
  if (!own) return null
  const series = documents.filter((d) => d.date && numberSerial(d.docNumber)?.series === own.series)
  if (series.length !== 2) return null
  const [a, b] = [...series].sort((x, y) => (numberSerial(x.docNumber)?.n ?? 0) - (numberSerial(y.docNumber)?.n ?? 0))
  return inverted(a.date ?? '', b.date ?? '') ? (a === doc ? b : a) : null
}

/**
 * Documents whose 栏目 breaks the issue's grouping: an issue prints each 栏目's documents together,
 * so a 栏目 met again after another (A A B A) has the documents of its shorter runs misfiled (all
 * its runs when they are as long), and one document between two of one other 栏目 (A B A) is too.
 */
export function sectionsSplit(documents: readonly ParsedDocument[]): Set<ParsedDocument> {
  const runs: { category: string; docs: ParsedDocument[] }[] = []
  for (const d of documents) {
    if (!d.category) continue
    const last = runs[runs.length - 1]
    if (last?.category === d.category) last.docs.push(d)
    else runs.push({ category: d.category, docs: [d] })
  }
  const out = new Set<ParsedDocument>()
  runs.forEach((run, i) => {
    const same = runs.filter((r) => r.category === run.category)
    const longest = Math.max(...same.map((r) => r.docs.length))
    const shorter = same.length > 1 && (run.docs.length < longest || same.filter((r) => r.docs.length === longest).length > 1)
    const between = run.docs.length === 1 && i > 0 && runs[i - 1].category === runs[i + 1]?.category
    if (shorter || between) for (const d of run.docs) out.add(d)
  })
  return out
}

// A 栏目 banner: a short line naming a kind of document ('国务院办公厅文件', '【部门联合发文】', '◇ 人事任免 ◇').
const BANNER = /^[【〔◇]?(?:[一二三四五六七八九十]{1,2}、)?[\u4e00-\u9fff（）()、]{2,12}(?:文件|函件|发文|任免)[】〕◇]?$/

/**
 * Documents whose 栏目 a banner read as body text contradicts: a 栏目 heading that stands in a
 * document's body (read after a title, a column read late) was not seen by the split, so that
 * document and those after it in the same 栏目 took the 栏目 from before the banner. `sections`:
 * the 目录's 栏目, when it lists them.
 */
export function bannersInBody(documents: readonly ParsedDocument[], sections: readonly string[] = []): Set<ParsedDocument> {
  const listed = new Set(sections.map(compact))
  const out = new Set<ParsedDocument>()
  documents.forEach((doc, i) => {
    // At the body's head, before its text: one at its foot is the next 栏目's heading printed there.
    const banner = doc.blocks.slice(0, 2).find((b) => (b.kind === 'paragraph' || b.kind === 'heading1') && BANNER.test(compact(b.text)))
    if (!banner || !doc.category) return
    const name = sectionName(banner.text)
    // A 目录 lists every 栏目: a banner it does not list is a running head or a document's masthead.
    if (name === compact(doc.category) || (listed.size > 0 && !listed.has(name))) return
    for (let k = i; k < documents.length && documents[k].category === doc.category; k++) out.add(documents[k])
  })
  return out
}

/**
 * Its issuer is another issuer of the issue (a sibling's, or the publisher) with text run on
 * before it ('厕所立面图兴县人民政府办公室', '月日兴县人民政府办公室文件兴县人民政府办公室'): a
 * unit's name does not end in another unit's whole name, so a line read out of order (a caption, a
 * masthead, a clause of the other column) was glued to the signature.
 */
export function issuerRunOn(doc: ParsedDocument, documents: readonly ParsedDocument[], publisher: string | null = null): boolean {
  const units = summary(documents).units
  const own = doc.issuers.map(compact)
  const known = publisher ? [...units, compact(publisher)] : [...units]
  return own.some((u) => known.some((k) => k.length >= 3 && u.length - k.length >= 2 && u.endsWith(k)))
}

// A 栏目 named for a government's own documents ('县政府文件', '国务院文件'), not its office's.
const GOVERNMENT_SECTION = /^(?:.{0,8}?(?:政府|国务院))(?:文件|函件)$/
const GOVERNMENT_UNIT = /(?:人民政府|国务院)$/

/**
 * Documents of other units (its office, departments, alone or jointly) under a government's 栏目
 * after a document of the government itself in the same run: an issue prints the government's own
 * documents under its 栏目 and the others' under 栏目 of their own after them (a 栏目 that holds an
 * office's documents alone, '国务院文件' over 国办 documents, is the gazette's choice), so the other
 * 栏目's heading was lost (a ruled banner, a picture) and the 栏目 carried on from the government's.
 * A 目录 that lists it under that 栏目 says nothing more (the banner is as often lost from the 目录:
 * one 栏目 heading there over both runs, and the entries took the 栏目 from it), unless the 目录
 * numbers its 栏目 without a gap (`listed`: its entry stands under its 栏目 in such a 目录): a
 * heading lost there would leave its number out, so the gazette prints it under that 栏目.
 */
export function carriedPastGovernment(documents: readonly ParsedDocument[], listed: (d: ParsedDocument) => boolean = () => false): Set<ParsedDocument> {
  const out = new Set<ParsedDocument>()
  let governmentSeen = false
  documents.forEach((d, i) => {
    if (i === 0 || documents[i - 1].category !== d.category) governmentSeen = false
    if (!d.category || !GOVERNMENT_SECTION.test(compact(d.category)) || /办公/.test(d.category) || d.issuers.length === 0) return
    const units = d.issuers.map(compact)
    if (units.some((u) => GOVERNMENT_UNIT.test(u))) governmentSeen = units.length === 1 || governmentSeen
    else if (governmentSeen && d.docType !== '令' && !listed(d)) out.add(d)
  })
  return out
}

// 文种 published to everyone: printed without a 主送机关.
const UNADDRESSED = new Set(['公告', '通告', '令', '命令', '公报', '决议'])

/** A 主送机关 line: units, ending in a colon, no sentence inside. */
const opensWithRecipients = (d: ParsedDocument): boolean => {
  const t = d.blocks[0]?.text.trim() ?? ''
  return t.length > 1 && t.length < 120 && /[:：]$/.test(t) && !/[。；]/.test(t)
}

/**
 * Its body (a 公文's) does not open with a 主送机关 line while nearly all other documents' do (at least three,
 * all but one): its opening was lost or another text read before it.
 */
export function recipientsMissing(doc: ParsedDocument, documents: readonly ParsedDocument[]): boolean {
  // Only a 公文 (a 文种 in its title) is addressed, and not one announced to all (公告, 令…); a 大事记 is no 公文.
  if (doc.docType === null || UNADDRESSED.has(doc.docType) || opensWithRecipients(doc)) return false
  const { members, addressed, opened } = summary(documents)
  const others = addressed - (members.has(doc) ? 1 : 0)
  return others >= MIN_SIBLINGS && opened >= others - 1 && opened >= 0.8 * others
}

/** What the siblings share, counted once per issue (not once per document: an issue may hold thousands). */
interface Summary {
  members: Set<ParsedDocument>
  publicCount: number
  /** 公文 that are addressed, and how many of them open with a 主送机关 line. */
  addressed: number
  opened: number
  /** Per 机关代字: how many documents with issuers carry each set of issuers. */
  byPrefix: Map<string, Map<string, number>>
  /** Per 栏目: its documents of a numbered 文种, and how many of them carry a 文号 with a 代字. */
  numbered: Map<string | null, { all: number; withNumber: number }>
  outOfOrder: Set<ParsedDocument>
  /** Every issuer of the issue, spaces out. */
  units: Set<string>
}

const summaries = new WeakMap<readonly ParsedDocument[], Summary>()

function summary(documents: readonly ParsedDocument[]): Summary {
  let s = summaries.get(documents)
  if (s) return s
  s = { members: new Set(documents), publicCount: 0, addressed: 0, opened: 0, byPrefix: new Map(), numbered: new Map(), outOfOrder: outOfOrderAll(documents), units: new Set() }
  for (const d of documents) {
    for (const u of d.issuers) s.units.add(compact(u))
    if (d.public) s.publicCount++
    if (d.docType !== null && NUMBERED.has(d.docType)) {
      const kind = s.numbered.get(d.category) ?? { all: 0, withNumber: 0 }
      kind.all++
      if (d.docNumber !== null && numberPrefix(d.docNumber) !== null) kind.withNumber++
      s.numbered.set(d.category, kind)
    }
    if (d.docType !== null && !UNADDRESSED.has(d.docType)) {
      s.addressed++
      if (opensWithRecipients(d)) s.opened++
    }
    const prefix = numberPrefix(d.docNumber)
    if (!prefix || d.issuers.length === 0) continue
    const keys = s.byPrefix.get(prefix) ?? new Map<string, number>()
    keys.set(unitsKey(d), (keys.get(unitsKey(d)) ?? 0) + 1)
    s.byPrefix.set(prefix, keys)
  }
  summaries.set(documents, s)
  return s
}
