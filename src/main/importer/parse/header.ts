// Document headers: the 文号 line, the title above it, and the issuer before the title.
import { formatDocNumber, normalizeDocNumber, parseDocNumber, toHalfWidth } from '../../../shared/doc-number'
import { splitIssuers } from '../../../shared/issuers'
import { compact, endsSentence, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { isPublicLabel } from './public-note'
import { SECTION } from './sections'
import { memoText } from '../../../shared/memo-text'

const ISSUER_END =
  '(人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|委员会|管委会|局|厅|委|院|中心|公司|指挥部|领导小组|办事处|政府|人大常委会)'
const ISSUER = new RegExp(`^[\\u4e00-\\u9fff（）()]{1,40}?${ISSUER_END}$`)
const UNIT_INSIDE = new RegExp(`^[\\u4e00-\\u9fff]{2,30}?${ISSUER_END}[\\u4e00-\\u9fff]`)

/** Where the word closing a unit's name at the end of `c` starts (办公厅 in '国务院办公厅'), or -1. */
export function unitWordAt(c: string): number {
  return new RegExp(`${ISSUER_END}$`).exec(c)?.index ?? -1
}

/** A unit's name and nothing else: 兴县人民政府, 兴县人民政府办公室. */
export function isIssuerText(c: string): boolean {
  // A title's first line may end in a unit ('…关于调整兴县小水网工程建设领导小组' / '的通知').
  return c.length <= 40 && ISSUER.test(c) && !c.includes('关于')
}

/** The 文号 when the whole line is one ('兴政函（2022）40 号', '（兴政发〔2022〕8号）'). */
export const docNumberOfLine = memoText(docNumberOfText)

function docNumberOfText(text: string): Readonly<{ raw: string; docNumber: string }> | null {
  let t = withoutSigner(withoutIssuerLead(text.trim()))
  const bracketed = /^[（(\[【](.+)[）)\]】]$/.exec(t)
  if (bracketed && normalizeDocNumber(bracketed[1])) t = bracketed[1].trim()
  const parts = parseDocNumber(t)
  // normalizeDocNumber forgives missing brackets and 号; a line of prose ending in '2022 年第 1'
  // must not pass, so a 文号 line needs one of them and a short agency code.
  if (!parts || parts.agency.length > 12 || parts.agency.includes('关于')) return null
  if (!/[〔〕\[\]【】()（）]/.test(t) && !/号$/.test(t)) return null
  return Object.freeze({ raw: t, docNumber: formatDocNumber(parts) })
}

// A 上行文 (请示, 报告) prints its 签发人 at the right of the 文号's line (GB/T 9704): '兴政函〔2022〕35号　签发人：王军'.
const SIGNER_LINE = /^签发人\s*[:：]/

/** The line without a 签发人 after a gap. Found by indexOf: a regex starting with \s+ goes quadratic on long blank runs. */
function withoutSigner(t: string): string {
  const at = t.indexOf('签发人')
  return at > 0 && /\s/.test(t[at - 1]) && SIGNER_LINE.test(t.slice(at)) ? t.slice(0, at).trimEnd() : t
}

/**
 * Lines from `i` that print the 签发人 on their own (pdftotext cuts '签发人：王　军' at its wide
 * space into '签发人：王' and '军'): the label's line and the name's pieces (one or two characters each).
 */
export function signerLines(lines: readonly SourceLine[], i: number): number {
  if (!SIGNER_LINE.test(compact(lines[i]?.text ?? ''))) return 0
  let k = i + 1
  while (k < lines.length && (lines[k].text.trim() === '' || /^[\u4e00-\u9fff]{1,2}$/.test(compact(lines[k].text)))) k++
  while (k > i + 1 && lines[k - 1].text.trim() === '') k--
  return k - i
}

// A masthead line (units and a 文号) is no longer than this; longer lines are not looked at.
const MASTHEAD_LINE_MAX = 160

/**
 * A masthead line prints the issuer at the left and the 文号 at the right ('兴县人民政府　　兴政发
 * 〔2022〕10号', joint units '、'-joined): the 文号 is what follows the unit names and the gap.
 */
function withoutIssuerLead(t: string): string {
  if (t.length > MASTHEAD_LINE_MAX) return t
  for (const gap of t.matchAll(/\s+/g)) {
    const units = t.slice(0, gap.index).split('、')
    if (!units.every(isIssuerText)) return t
    const rest = t.slice(gap.index + gap[0].length)
    if (/^[\u4e00-\u9fff]{1,8}[〔\[【(（]?\s*(19|20)\d\d/.test(rest)) return rest
  }
  return t
}

/**
 * The line starts a title: '关于…', or an issuer followed by '关于…', '对…' (答复 to a 建议 or
 * 提案: '国务院办公厅对十届全国人大四次会议第7240号建议的答复') or '转发…'.
 */
export function startsTitle(text: string): boolean {
  const c = compact(text)
  const at = c.indexOf('关于')
  if (at === 0) return true
  if (at > 0 && (isIssuerText(c.slice(0, at)) || /\s关于/.test(text))) return true
  const m = ISSUER_VERB.exec(c)
  return m !== null && isIssuerText(m[1])
}

/** Lines that end the previous document and so can never be part of a title. */
export const isHeaderStop = memoText(headerStops)

function headerStops(text: string): boolean {
  const c = compact(toHalfWidth(text))
  return (
    endsSentence(text) ||
    text.includes('\t') ||
    parseDateLine(text) !== null ||
    // The cover's publication line ('2018年12月28日出版') over the first document.
    /^\d{4}年\d{1,2}月\d{1,2}日出版$/.test(c) ||
    /^[(]?(此件|联系人|联系电话)/.test(c) ||
    isPublicLabel(c) ||
    /^(政策咨询|咨询单位|咨询电话)/.test(c) ||
    /^附件\d*[:：]?$/.test(c)
  )
}

/**
 * The issuers before 关于 wrapped mid-name ('…兴县住房和城' / '乡建设管理局关于…'): the line above
 * completes them.
 */
function wrapsIssuer(above: string, line: string): boolean {
  const prefix = line.slice(0, Math.max(0, line.indexOf('关于')))
  if (prefix === '' || above.includes('关于') || /[，。；：,;:]/.test(above) || isIssuerText(above)) return false
  // The line above holds at least one whole unit before the broken one: a list of units, not a name.
  return UNIT_INSIDE.test(above) && isIssuerText(above + prefix)
}

/** Indices (ascending) of the title lines above a 文号 line, issuer-only lines included. */
export function titleLinesAbove(lines: SourceLine[], numIdx: number, floor: number): number[] {
  const seen: number[] = []
  for (let i = numIdx - 1; i >= floor && seen.length < 8; i--) {
    const t = lines[i].text
    if (t.trim() === '') continue
    if (isHeaderStop(t) || docNumberOfLine(t)) break
    seen.push(i)
  }
  seen.reverse()
  let k = seen.findIndex((i) => startsTitle(lines[i].text))
  if (k < 0) k = Math.max(0, seen.length - 3)
  else if (k > 0 && wrapsIssuer(compact(lines[seen[k - 1]].text), compact(lines[seen[k]].text))) k--
  let s = k
  while (s > 0 && k - s < 2 && isIssuerText(compact(lines[seen[s - 1]].text))) s--
  // Joint issuers wrapped mid-name in a narrow column ('兴县人力资源和社会保障局 兴' / '县发展和改革局
  // 兴县财政局 兴' / '县住房和城乡建设管理局关于…'): a line of units set apart by spaces whose last
  // one breaks off after a character or few of a unit's name, running on into the units before 关于.
  const named = seen.findIndex((i) => compact(lines[i].text).includes('关于'))
  const units = (from: number): string => {
    const joined = seen.slice(from, named + 1).map((i) => compact(lines[i].text)).join('')
    return joined.slice(0, joined.indexOf('关于'))
  }
  const wrapped = (t: string): boolean => {
    const m = /^(.+\S)\s+([\u4e00-\u9fff]{1,3})$/.exec(t.trim())
    // The piece broken off starts a unit's name as the line's units do (their place, '兴县…').
    return m !== null && isIssuerText(compact(m[1])) && !isIssuerText(compact(t)) && m[1].split(/\s+/).some((u) => u.startsWith(m[2]))
  }
  while (named >= 0 && s > 0 && k - s < 3 && wrapped(lines[seen[s - 1]].text) && isIssuerText(units(s - 1))) s--
  return seen.slice(s)
}

/** The units before a title: separated by 、，, or spaces, else run together. */
function issuersOfPrefix(prefix: string): string[] {
  const tokens = splitIssuers(prefix.replace(/\s+/g, '、'))
  if (tokens.length === 0) return []
  if (tokens.length > 1 && tokens.every((t) => isIssuerText(t))) return tokens
  return splitRunTogether(tokens.join(''))
}

/**
 * Units of one place printed without spaces ('兴县财政局兴县住房和城乡建设管理局'): cut where a unit's
 * ending is followed by the place name the first unit starts with. One unit stays whole.
 */
export function splitRunTogether(text: string): string[] {
  const place = text.slice(0, 2)
  if (text.length < 10) return [text]
  // The place is text ('(二' when a wrapped heading reaches here), so its characters are escaped.
  const cut = new RegExp(`(?<=${ISSUER_END.replace('(', '(?:')})(?=${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'g')
  const parts = text.split(cut)
  return parts.length > 1 && parts.every((p) => p.length >= 4 && isIssuerText(p)) ? parts : [text]
}

/** Issuers and title from the header lines (issuer prefix removed, all whitespace removed). */
export function readHeader(texts: string[], plain = false): { issuers: string[]; title: string } {
  const issuers: string[] = []
  let rest = withoutBanner(texts)
  while (rest.length > 1 && isIssuerText(compact(rest[0]))) {
    issuers.push(...issuersOfPrefix(rest[0]))
    rest = rest.slice(1)
  }
  const joined = rest.map((t) => t.trim()).join(' ')
  // A narrow column may wrap the title between 关 and 于 ('…兴县财政局关' / '于调整…'): plain
  // text (pdftotext) only; the PDF reader's lines are left as they were measured.
  const at = plain ? joined.search(/关\s*于/) : joined.indexOf('关于')
  const prefix = at > 0 ? joined.slice(0, at) : ''
  // '兴县人民政府办公室 转发县农业农村局关于…的通知': the unit after 转发 (批转) is the forwarded
  // document's, not a joint issuer; the title starts at the verb.
  const forwards = FORWARD.exec(compact(prefix))
  if (forwards && (forwards[1] === '' || isIssuerText(forwards[1]))) {
    if (forwards[1]) issuers.push(forwards[1])
    return { issuers, title: compact(joined).slice(forwards[1].length) }
  }
  if (prefix && (isIssuerText(compact(prefix)) || issuersOfPrefix(prefix).every(isIssuerText))) {
    issuers.push(...issuersOfPrefix(prefix))
    return { issuers, title: compact(joined.slice(at)) }
  }
  // '国务院办公厅对…的答复', '国务院办公厅转发…的通知': the issuer before 对 or 转发.
  const verb = ISSUER_VERB.exec(compact(joined))
  if (verb && isIssuerText(verb[1])) return { issuers: [...issuers, verb[1]], title: compact(joined).slice(verb[1].length) }
  return { issuers, title: compact(joined) }
}

/** What stands before a forwarding notice's 转发 (批转): its issuer, or nothing. */
const FORWARD = /^(.{0,30}?)(?:转发|批转)/

/** An issuer, then the 对 of a reply or the 转发 of a forwarding notice. */
const ISSUER_VERB = /^(.{2,30}?)(?:对|转发)/

/**
 * The header without a 栏目 banner read onto its first line ('人事任免　　国务院办公厅关于调整…'): a
 * 栏目's name, set apart by spaces, never starts a unit's name, so it would run on into the issuer.
 * Only before a unit and its 关于: a decree's name and number ('××省人民政府令　第320号') stay.
 */
function withoutBanner(texts: string[]): string[] {
  const m = /^\s*(\S+)\s+(\S.*)$/.exec(texts[0] ?? '')
  if (!m || !SECTION.test(m[1]) || isIssuerText(m[1])) return texts
  const rest = compact([m[2], ...texts.slice(1)].join(''))
  const at = rest.indexOf('关于')
  return at > 0 && isIssuerText(rest.slice(0, at)) ? [m[2], ...texts.slice(1)] : texts
}
