// 文号 (document number) normalisation, shared by importer, search and renderer.
// 〔〕 ﹝﹞ [] 【】 〖〗 () （） or no brackets, full-width digits, spaces, "2022年", a missing 号:
// all spell the same number, written canonically as 兴政发〔2022〕8号.
import type { DocNumberParts } from './domain'

const OPEN = '〔﹝〖\\[【(（{［｛〈<'
const CLOSE = '〕﹞〗\\]】)）}］｝〉>'
const AGENCY = '[\\u3400-\\u9fffA-Za-z·]'

/**
 * ﹝﹞ are the small forms of 〔〕 (Unicode's compatibility mapping, NFKC, makes them 〔〕). Some
 * input methods type them for a 文号's brackets, and web pages and Word files keep them. The
 * readers fold them before anything reads a 文号 or a citation, so that every rule that knows
 * 〔〕 (a line opening with a bracketed year, a citation cut at its bracket) knows them too.
 */
export function foldShellBrackets(s: string): string {
  if (!s.includes('\ufe5d') && !s.includes('\ufe5e')) return s
  return s.replaceAll('\ufe5d', '〔').replaceAll('\ufe5e', '〕')
}

/** Full-width ASCII (digits, letters, brackets) to half-width; ideographic space to space. */
export function toHalfWidth(s: string): string {
  // A loop, not a replace with a callback: the parser folds every line and whole bodies, and a
  // gazette's text has a full-width mark in every sentence.
  let out = ''
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c < 0xff01 || c > 0xff5e) && c !== 0x3000) continue
    out += s.slice(from, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0))
    from = i + 1
  }
  return from === 0 ? s : out + s.slice(from)
}

const WHOLE = new RegExp(
  `^(${AGENCY}{1,20}?)[${OPEN}]?((?:19|20)\\d{2})年?[${CLOSE}]?第?0*(\\d{1,5})号?$`,
)

/** Splits a 文号 in any common spelling; null when the text is not one. */
export function parseDocNumber(text: string): DocNumberParts | null {
  const compact = toHalfWidth(text.normalize('NFC')).replace(/\s+/g, '')
  const m = WHOLE.exec(compact)
  if (!m) return null
  const serial = Number(m[3])
  if (!Number.isFinite(serial) || serial <= 0) return null
  return { agency: m[1], year: Number(m[2]), serial }
}

export function formatDocNumber(p: DocNumberParts): string {
  return `${p.agency}〔${p.year}〕${p.serial}号`
}

/** Canonical spelling, or null when `text` is not a 文号. */
export function normalizeDocNumber(text: string): string | null {
  const p = parseDocNumber(text)
  return p ? formatDocNumber(p) : null
}

// A 文号 inside running text: agency, bracketed year, serial, 号 (the 号 is required here,
// brackets are not). Used to find citations and 文号 lines.
const IN_TEXT = new RegExp(
  `(${AGENCY}{1,16})\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*第?\\s*(\\d{1,5})\\s*号`,
  'g',
)

// Words that run into an agency code in prose ("根据兴政发〔2022〕10号", "…局以吕自然资函〔2020〕316号").
// The agency starts after the last such word that still leaves a code of two or more characters.
const PROSE_WORDS = /根据|依据|按照|依照|参照|执行|贯彻|落实|印发|转发|废止|修订|修改|延长|及其|见|即|和|及|与|的|或|对|按|以|为|在|将|把|由|于|据|等/g

function stripLeadingProse(agency: string): string {
  let start = 0
  for (const m of agency.matchAll(PROSE_WORDS)) {
    const end = (m.index ?? 0) + m[0].length
    if (agency.length - end >= 2) start = end
  }
  return agency.slice(start)
}

export interface DocNumberMatch {
  raw: string
  docNumber: string
  index: number
}

/** Every 文号 written in `text`, in order, with its canonical spelling. */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const out: DocNumberMatch[] = []
  const half = toHalfWidth(text)
  for (const m of half.matchAll(IN_TEXT)) {
    const agency = stripLeadingProse(m[1])
    const serial = Number(m[3])
    if (serial <= 0) continue
    const start = (m.index ?? 0) + (m[1].length - agency.length)
    out.push({
      raw: text.slice(start, (m.index ?? 0) + m[0].length),
      docNumber: formatDocNumber({ agency, year: Number(m[2]), serial }),
      index: start,
    })
  }
  return out
}

/** Sort key giving natural order: 兴政发〔2022〕9号 before 兴政发〔2022〕10号. */
export function docNumberSortKey(docNumber: string | null): string {
  if (!docNumber) return '\uffff'
  const p = parseDocNumber(docNumber)
  if (!p) return docNumber
  return `${p.agency}\u0001${String(p.year).padStart(4, '0')}\u0001${String(p.serial).padStart(6, '0')}`
}
