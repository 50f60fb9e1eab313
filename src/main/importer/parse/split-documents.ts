// Cuts the body into documents: each starts at its header (issuer/title lines + 文号 line).
import type { TocEntry } from '../../../shared/domain'
import { compact, endsSentence, type SourceLine } from './lines'
import { docNumberOfLine, isHeaderStop, isIssuerText, signerLines, startsTitle, titleLinesAbove } from './header'
import { isSectionLine, sectionName } from './sections'
import { noTick, type Tick } from './deadline'
import { decreeAtEnd, decreeName, decreeSerial, formatDecree, isDecreeNumber, isRegulationName } from './decree'
import { docTypeOf } from './doc-type'
import { titleAboveByType, titleBelowByType, titlesByType } from './title-type'
import { titlesAfterClose } from './starts-after-close'
import { adoptOrphanNumbers, listedNumberStarts } from './orphan-numbers'
import { splitStackedTitles } from './stacked-titles'
import { enclosedStarts } from './enclosed'
import { outOfOrder, titleApartOf, tocTitleAbove } from './title-across'
import { withTailUnder } from './title-tail-under'
import { spelledSection } from './section-spelled'
import { tocAnchors, tocTitleOf, type TocAnchors } from './toc-anchors'
import { quoteAcross, quoteOpenAbove } from './quote-across'

export { isSectionLine }

export interface DocSpan {
  /** Header line indices: issuer-only lines and title lines. */
  header: number[]
  /** Index of the 文号 line, or -1 when the document has none. */
  numberIdx: number
  numberRaw: string | null
  docNumber: string | null
  /** Body: indices [bodyStart, end). */
  bodyStart: number
  end: number
  /** Section printed in the body above this document (县政府文件), if any. */
  section: string | null
  /** The section heading stands right above this document (not carried over from an earlier one). */
  sectionPrinted: boolean
  /**
   * No 目录 read, no banner over it or any document before it: its 栏目 is the one name the running
   * heads print over the whole issue (body-sections.ts), which names no document's 栏目 in particular.
   */
  sectionGuessed?: boolean
  /** First line of the document: its masthead or 文号 line when they stand above the title. */
  lead: number
  /** Lines in the body that are another document's title or 文号 (columns read across). */
  foreign?: number[]
  /** A decree (令): its header is the decree's name, its title the regulation's. */
  decree: boolean
}

export interface Start {
  header: number[]
  numberIdx: number
  numberRaw: string | null
  docNumber: string | null
  lead: number
  decree: boolean
}

function startsByNumber(lines: SourceLine[], from: number, sections: Set<string>, anchors: TocAnchors, tick: Tick): Start[] {
  const out: Start[] = []
  const apart = new Map<Start, number>()
  let floor = from
  for (let i = from; i < lines.length; i++) {
    tick()
    const num = docNumberOfLine(lines[i].text)
    if (!num || citesQuoted(lines, i)) continue
    const above = titleAbove(lines, i, floor).filter((k) => !isSectionLine(lines[k].text, sections))
    const typed = titleBelow(lines, i, sections)
    const below = ownNumberUnder(lines, typed, num.docNumber) ? [] : typed
    const masthead = mastheadAbove(lines, i, floor)
    const useBelow = below.length > 0 && (above.length === 0 || masthead >= 0 || !isTitleLike(lines, above))
    // A joint masthead's '文件', set once beside the units stacked over it, written alone after the
    // 文号: the masthead's word, no line of the title under it.
    let header = (useBelow ? below : withTailUnder(lines, above, below)).filter((k) => compact(lines[k].text) !== '文件')
    let lead = useBelow ? (masthead >= 0 ? masthead : i) : header[0]
    // A title across the page written before the columns' lines beside its 文号 (title-across.ts).
    const across = lines[i].layout || (header.length > 0 && isTitleLike(lines, header)) ? [] : tocTitleAbove(lines, i, floor, header, tocTitleOf(anchors, num.docNumber))
    if (across.length > 0) [header, lead] = [across, across[0]]
    if (header.length === 0) continue
    out.push({ header, numberIdx: i, numberRaw: num.raw, docNumber: num.docNumber, lead, decree: false })
    // No title beside the 文号, the title whole elsewhere (title-across.ts): asked below, once every
    // 文号 is found, by the 目录's order (outOfOrder).
    const listed = isTitleLike(lines, header) ? undefined : tocTitleOf(anchors, num.docNumber)
    const at = listed ? titleApartOf(lines, i, from, header, listed) : -1
    if (at >= 0) apart.set(out[out.length - 1], at)
    floor = Math.max(i, header[header.length - 1]) + 1
  }
  return apart.size === 0 ? out : out.filter((s) => !outOfOrder(s, apart.get(s), out, anchors))
}

/**
 * A title under a 文号 line that has a 文号 of its own right under it ('兴政函〔2022〕43号' set at the
 * head of the right column, read before the left column's '兴县人民政府关于…的批复' /
 * '（兴政函〔2022〕50号）'): a document has one 文号, so the title is the lower one's.
 */
function ownNumberUnder(lines: SourceLine[], title: number[], docNumber: string | null): boolean {
  if (title.length === 0) return false
  let k = title[title.length - 1] + 1
  while (k < lines.length && lines[k].text.trim() === '') k++
  const own = k < lines.length ? docNumberOfLine(lines[k].text) : null
  return own !== null && own.docNumber !== docNumber
}

/**
 * A bracketed 文号 right under a quoted title ('你省《关于…的请示》' / '（鄂政文〔2004〕15 号）' /
 * '收悉。'): the text cites the document it answers, and pdftotext cut the line at the tucked
 * marks. A document's own title ends in its 文种, not in a closing quote.
 */
function citesQuoted(lines: SourceLine[], numIdx: number): boolean {
  if (!/^\s*[（(]/.test(lines[numIdx].text)) return false
  if (quoteAcross(lines, numIdx) || quoteOpenAbove(lines, numIdx)) return true
  for (let i = numIdx - 1; i >= 0 && i >= numIdx - 2; i--) {
    const t = lines[i].text.trim()
    if (t) return /[》”]$/.test(t)
  }
  return false
}

/** The title over a 文号 line: as the page sets it when that reads as a title, else by the text. */
function titleAbove(lines: SourceLine[], numIdx: number, floor: number): number[] {
  const typed = titleAboveByType(lines, numIdx, floor)
  return typed && isTitleLike(lines, typed) ? typed : titleLinesAbove(lines, numIdx, floor)
}

/** The title under a 文号 line: as the page sets it when that reads as a title, else by the text. */
function titleBelow(lines: SourceLine[], numIdx: number, sections: Set<string>): number[] {
  const typed = titleBelowByType(lines, numIdx)
  return typed.length > 0 && isTitleLike(lines, typed) ? typed : titleLinesBelow(lines, numIdx, lines[numIdx].layout ? 3 : MAX_TITLE_BELOW, sections)
}

/** Title lines start with 关于 (or issuers and 关于) or end with a 文种 (通知, 批复, 办法…). */
function isTitleLike(lines: SourceLine[], idx: number[]): boolean {
  const joined = idx.map((i) => compact(lines[i].text)).join('')
  return startsTitle(lines[idx[0]].text) || docTypeOf(joined) !== null
}

/**
 * Lines a title under its 文号 may take in plain text: joint issuers over a title in a narrow
 * column take six (the PDF reader, which sees the title's type, reads three as before).
 */
const MAX_TITLE_BELOW = 6

/** A title printed under its 文号 line (up to MAX_TITLE_BELOW lines, ending in a 文种, before the recipients). */
function titleLinesBelow(lines: SourceLine[], numIdx: number, most: number, sections: Set<string>): number[] {
  const out: number[] = []
  for (let i = numIdx + 1; i < lines.length && out.length < most; i++) {
    const t = lines[i].text
    if (t.trim() === '' || isRunningSection(t, out, sections)) continue
    if (out.length === 0 && signerLines(lines, i) > 0) {
      i += signerLines(lines, i) - 1
      continue
    }
    if (isHeaderStop(t) || docNumberOfLine(t) || /[:：]$/.test(t.trim()) || endsSentence(t)) break
    out.push(i)
    if (docTypeOf(out.map((k) => compact(lines[k].text)).join('')) !== null) return withTypedTail(lines, out)
  }
  return []
}

/**
 * A 栏目 the 目录 lists, alone on a line amid a title's lines: the running head of the page the
 * title runs on to (odd pages print their 栏目 there, '县政府文件' between '…纳入当地国土空间总体规'
 * and '划（2021-2035 年）的承诺函'), which plain text keeps between the title's lines. A title never
 * holds a bare 栏目 name.
 */
function isRunningSection(text: string, title: number[], sections: Set<string>): boolean {
  return title.length > 0 && sections.has(sectionName(text))
}

/**
 * A title whose first line ends in a word that names a 文种 ('…控制性详细规划') may go on with
 * the line under it ('（2021-2035）的批复'): taken when the two still end in a 文种.
 */
function withTypedTail(lines: SourceLine[], title: number[]): number[] {
  const next = title[title.length - 1] + 1
  const t = lines[next]?.text ?? ''
  if (t.trim() === '' || isHeaderStop(t) || docNumberOfLine(t) || /[:：，,]/.test(t)) return title
  const joined = [...title, next].map((k) => compact(lines[k].text)).join('')
  return docTypeOf(joined) !== null && compact(t).length <= 20 ? [...title, next] : title
}

/** A masthead right above the 文号 line ('青溪县人民政府文件'): the document starts there. */
function mastheadAbove(lines: SourceLine[], numIdx: number, floor: number): number {
  for (let i = numIdx - 1; i >= floor; i--) {
    const c = compact(lines[i].text)
    if (c === '') continue
    return /^[\u4e00-\u9fff（）()]{2,40}文件$/.test(c) && !c.includes('关于') ? i : -1
  }
  return -1
}

/** Decrees: '…人民政府令' over '第N号', or both on one line; the header is the decree's name. */
function startsByDecree(lines: SourceLine[], from: number, tick: Tick): Start[] {
  const out: Start[] = []
  for (let i = from; i < lines.length; i++) {
    tick()
    const text = lines[i].text
    if (text.length > 60) continue
    const own = decreeName(text)
    const wrapped = own === null ? wrappedDecreeName(lines, i) : null
    const name = own ?? wrapped?.name ?? null
    const nameEnd = wrapped?.end ?? i
    let found: { name: string; serial: number; numberIdx: number } | null = null
    if (name) {
      const next = nextNonBlank(lines, nameEnd)
      const serial = next >= 0 ? decreeSerial(lines[next].text) : null
      if (serial !== null) found = { name, serial, numberIdx: next }
    } else {
      // '（国务院令第724号）' alone on a line is a citation broken out of a sentence, not a decree.
      const whole = /^\s*[（(]/.test(text) ? null : decreeAtEnd(text)
      if (whole && whole.before === '') found = { name: whole.name, serial: whole.serial, numberIdx: i }
    }
    if (!found) continue
    const docNumber = formatDecree(found.name, found.serial)
    out.push({ header: nameEnd > i ? [i, nameEnd] : [i], numberIdx: found.numberIdx, numberRaw: docNumber, docNumber, lead: i, decree: true })
    i = found.numberIdx
  }
  return out
}

/** A wrapped decree name's last line: a few characters, ending the name ('院令'). */
const WRAPPED_REST = 6

/**
 * A decree's name wrapped in a narrow column ('中华人民共和国国务' over '院令', over '第706号'): the
 * line and the short line under it that ends in 令 spell a decree's name together. Null otherwise.
 */
function wrappedDecreeName(lines: SourceLine[], i: number): { name: string; end: number } | null {
  const rest = nextNonBlank(lines, i)
  if (rest < 0) return null
  const tail = compact(lines[rest].text)
  if (tail.length > WRAPPED_REST || !tail.endsWith('令')) return null
  const name = decreeName(compact(lines[i].text) + tail)
  return name ? { name, end: rest } : null
}

function nextNonBlank(lines: SourceLine[], i: number): number {
  for (let k = i + 1; k < lines.length && k < i + 4; k++) if (lines[k].text.trim() !== '') return k
  return -1
}

/**
 * The 目录 titles, asked "does `text` end with one of you?" by looking up each distinct title
 * length: testing every title on every candidate line was quadratic on a 20 000-entry 目录.
 */
function titleEndings(titles: string[]): (text: string) => boolean {
  const set = new Set(titles)
  const lengths = [...new Set(titles.map((t) => t.length))]
  return (text) => lengths.some((n) => n <= text.length && set.has(text.slice(text.length - n)))
}

/**
 * Headers of documents printed without a 文号, found by their 目录 title. A 栏目 the 目录 lists,
 * printed as a band over the title ('市 政 府 办 公 室 转 发 文 件'), is no line of it.
 */
function startsByTitle(lines: SourceLine[], from: number, titles: string[], taken: Start[], sections: Set<string>, tick: Tick): Start[] {
  if (titles.length === 0) return []
  const endsWithTitle = titleEndings([...titles, ...titles.map(issuerLess).filter((t) => t !== null)])
  // Titles without 关于 (大事记, 公告 of a unit) are taken only when the lines spell one exactly.
  const exact = new Set(titles)
  const heads = new Set(titles.map((t) => t.slice(0, 6)))
  const used = new Set(taken.flatMap((s) => [...s.header, s.numberIdx]))
  const out: Start[] = []
  for (let i = from; i < lines.length; i++) {
    tick()
    if (used.has(i) || isHeaderStop(lines[i].text) || sections.has(sectionName(lines[i].text))) continue
    const titled = startsTitle(lines[i].text)
    if (!titled && !heads.has(compact(lines[i].text).slice(0, 6))) continue
    const span = titleSpan(lines, i, titled ? endsWithTitle : (t) => exact.has(t))
    if (span.length > 0) {
      out.push({ header: span, numberIdx: -1, numberRaw: null, docNumber: null, lead: span[0], decree: false })
      i = span[span.length - 1]
    }
  }
  return out
}

/** Characters a 目录 title keeps from 关于 on, at least, to be looked for without its issuers. */
const MIN_BARE_TITLE = 10

/**
 * A 目录 title from 关于 on, when what stands before is its issuers ('兴县人民政府关于…'): a
 * page that sets the issuer's name on a line of its own over the 关于… line, or in the column
 * before it, prints the title without them. Null when the title has no such part.
 */
function issuerLess(title: string): string | null {
  const at = title.indexOf('关于')
  if (at <= 0 || title.length - at < MIN_BARE_TITLE) return null
  return isIssuerText(title.slice(0, at)) ? title.slice(at) : null
}

/** The line (and up to 3 following ones) whose text ends with one of the titles. */
function titleSpan(lines: SourceLine[], i: number, endsWithTitle: (text: string) => boolean): number[] {
  let text = ''
  const span: number[] = []
  for (let j = i; j < lines.length && span.length < 4; j++) {
    if (lines[j].text.trim() === '') continue
    if (span.length > 0 && (isHeaderStop(lines[j].text) || docNumberOfLine(lines[j].text))) break
    text += compact(lines[j].text)
    span.push(j)
    if (endsWithTitle(text)) return span
  }
  return []
}

/**
 * 目录 entries the text did not find, found by their title's typography (PDF): titles wrapped
 * or spelt a little differently from the 目录, checked against the printed page.
 */
function startsByTitleType(lines: SourceLine[], from: number, entries: TocEntry[], taken: Start[]): Start[] {
  if (entries.length === 0 || !lines.some((l) => l.layout)) return []
  // Entries whose title ends a header already found, looked up by title length (not pairwise).
  const titles = new Set(entries.map((e) => compact(e.title)))
  const lengths = [...new Set([...titles].map((t) => t.length))]
  const found = new Set<string>()
  for (const s of taken) {
    const h = compact(s.header.map((i) => lines[i].text).join(''))
    for (const n of lengths) if (titles.has(h.slice(-n))) found.add(h.slice(-n))
  }
  const left = entries.filter((e) => !found.has(compact(e.title)))
  return titlesByType(lines, from, left, usedBy(taken)).map(unnumbered)
}

/** Lines other starts already hold (their title, 文号 and first line). */
const usedBy = (taken: Start[]): Set<number> => new Set(taken.flatMap((s) => [...s.header, s.numberIdx, s.lead]))

/** A start found by its title alone: no 文号 line. */
const unnumbered = (header: number[]): Start => ({ header, numberIdx: -1, numberRaw: null, docNumber: null, lead: header[0], decree: false })

function startsAfterClose(lines: SourceLine[], from: number, sections: Set<string>, taken: Start[]): Start[] {
  return titlesAfterClose(lines, from, sections, usedBy(taken)).map(unnumbered)
}

/** A section line between a start's first line and its 文号, not one of its title lines; or -1. */
function sectionBetween(lines: SourceLine[], s: Start, sections: Set<string>): number {
  for (let i = s.lead + 1; i < s.numberIdx; i++) if (!s.header.includes(i) && isSectionLine(lines[i].text, sections)) return i
  return -1
}

/** Splits lines [from, end) into documents; lines before the first header are not a document. */
export function splitDocuments(lines: SourceLine[], from: number, toc: TocEntry[], tick: Tick = noTick): DocSpan[] {
  const sections = new Set(toc.map((e) => e.category).filter(Boolean))
  const byNumber = [...startsByNumber(lines, from, sections, tocAnchors(toc), tick), ...startsByDecree(lines, from, tick)]
  const found = new Set(byNumber.map((s) => s.docNumber))
  // The regulation a decree promulgates is listed under it but printed inside the decree. A title
  // closed by a 文种 (a 任免's '…的通知' listed after a decree listed alone) is a document's.
  const promulgated = (k: number): boolean => k > 0 && isDecreeNumber(toc[k - 1].docNumber) && !toc[k].docNumber && (docTypeOf(toc[k].title) === null || isRegulationName(toc[k].title))
  const notFound = toc.filter((e, k) => (!e.docNumber || !found.has(e.docNumber)) && !promulgated(k))
  // A title read into the header over another document's 文号 stands apart (stacked-titles.ts).
  const stacked = splitStackedTitles(lines, byNumber, notFound)
  byNumber.push(...stacked)
  const split = new Set(stacked.map((s) => compact(s.header.map((i) => lines[i].text).join(''))))
  // An entry read with no title (a decree's row split from its cells) names nothing to look for: '' ends every line.
  const missingEntries = notFound.filter((e) => compact(e.title) !== '' && !split.has(compact(e.title)))
  const missing = missingEntries.map((e) => e.title)
  const starts = [...byNumber, ...startsByTitle(lines, from, missing, byNumber, sections, tick)]
  starts.push(...startsByTitleType(lines, from, missingEntries, starts))
  // A listed 文号 alone whose title the converter wrote elsewhere (orphan-numbers.ts), for the
  // entries with a 文号 that no start has found by their title either.
  const numbered = missingEntries.filter((e) => e.docNumber !== null)
  const titled = numbered.length > 0 ? starts.map((s) => compact(s.header.map((i) => lines[i].text).join(''))).filter((t) => t !== '') : []
  const unfound = numbered.filter((e) => !titled.some((t) => t.endsWith(issuerLess(compact(e.title)) ?? compact(e.title))))
  if (unfound.length > 0) starts.push(...listedNumberStarts(lines, from, unfound, usedBy(starts)))
  // No 目录 to anchor on: the page's structure (a date closing one document, a title opening the next).
  if (toc.length === 0) starts.push(...startsAfterClose(lines, from, sections, starts))
  starts.sort((a, b) => a.lead - b.lead)
  if (toc.length === 0) adoptOrphanNumbers(lines, starts)
  // A forwarded document's own title and 文号 stand inside the forwarding one (enclosed.ts).
  const inner = enclosedStarts(lines, starts, toc)
  for (let k = starts.length - 1; k >= 0; k--) if (inner.has(starts[k])) starts.splice(k, 1)
  let section: string | null = null
  const spans: DocSpan[] = []
  // How many starts hold each line (title, 文号, lead): a line held by another start is theirs.
  const holders = new Map<number, number>()
  for (const o of starts) for (const i of usedBy([o])) holders.set(i, (holders.get(i) ?? 0) + 1)
  starts.forEach((s, k) => {
    const own = usedBy([s])
    const other = (i: number): boolean => (holders.get(i) ?? 0) > (own.has(i) ? 1 : 0)
    const next = k + 1 < starts.length ? starts[k + 1].lead : lines.length
    const last = s.header[s.header.length - 1]
    // A 文号 taken from below the closing (orphan-numbers.ts): the body starts under the title.
    // A document that starts after its neighbour's closing (stacked-titles.ts) starts there.
    const bodyStart = s.lead > Math.max(s.numberIdx, last) ? s.lead
      : s.numberIdx > last && lines.slice(last + 1, s.numberIdx).some((l, j) => l.text.trim() !== '' && !other(last + 1 + j)) ? last + 1 : Math.max(s.numberIdx, last) + 1
    let sectionPrinted = false
    for (let i = s.lead - 1; i >= (k > 0 ? spans[k - 1].bodyStart : from); i--) {
      if (isSectionLine(lines[i].text, sections)) {
        section = spelledSection(lines, i, sections) ?? sectionName(lines[i].text)
        sectionPrinted = true
      }
      if (lines[i].text.trim() !== '') break
    }
    // A converter may set the section heading between the title and the 文号 it stands over.
    const inside = sectionPrinted || lines[s.lead]?.layout ? -1 : sectionBetween(lines, s, sections)
    if (inside >= 0) [section, sectionPrinted] = [sectionName(lines[inside].text), true]
    const foreign: number[] = []
    for (let i = bodyStart; i < next; i++) if (other(i)) foreign.push(i)
    spans.push({ ...s, bodyStart, end: next, section, sectionPrinted, ...(foreign.length > 0 ? { foreign } : {}) })
  })
  return spans
}
