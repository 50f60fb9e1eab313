// Pure query normalisation: NFKC, half-width, spaces, 文号 detection (whole or partial), pinyin, terms.
import { normalizeDocNumber, toHalfWidth } from '../../shared/doc-number'

/** A 文号 typed in part: the agency and/or year may be missing, the serial never is. */
export interface DocNumberQuery {
  exact: string | null // canonical 兴政函〔2022〕28号 when the whole number was given
  agency: string | null
  year: number | null
  serial: number
}

export interface NormalizedQuery {
  text: string // NFKC, half-width, trimmed, single spaces
  terms: string[] // text split at spaces, duplicates removed
  docNumber: DocNumberQuery | null
  pinyin: string | null // lower-case letters without spaces when the query is ASCII letters only
}

const AGENCY = '[\\u3400-\\u9fff]{2,12}'
const OPEN = '[\\[(〔【（{]'
const CLOSE = '[\\])〕】）}]'
// '兴政函 28', '兴政函28号', '兴政函第28号': agency and serial, no year.
const AGENCY_SERIAL = new RegExp(`^(${AGENCY}?)\\s*第?0*(\\d{1,5})\\s*号?$`)
// '〔2022〕28号', '(2022)28': year in brackets and serial, no agency.
const YEAR_SERIAL = new RegExp(`^${OPEN}\\s*((?:19|20)\\d{2})\\s*年?\\s*${CLOSE}\\s*第?0*(\\d{1,5})\\s*号?$`)
// Agency codes end in one of these (兴政发, 兴政办函, 兴自然资字); keeps '关于2022' from being a 文号.
const AGENCY_END = /[发函字办令通报]$/u

/** Detects a 文号 in any spelling, whole or partial; null when the text is not one. */
export function detectDocNumber(text: string): DocNumberQuery | null {
  const compact = text.replace(/\s+/g, ' ').trim()
  const exact = normalizeDocNumber(compact)
  if (exact) {
    const m = /^(.+)〔(\d{4})〕(\d+)号$/.exec(exact)
    if (m && AGENCY_END.test(m[1])) return { exact, agency: m[1], year: Number(m[2]), serial: Number(m[3]) }
  }
  const ys = YEAR_SERIAL.exec(compact)
  if (ys) return { exact: null, agency: null, year: Number(ys[1]), serial: Number(ys[2]) }
  const as = AGENCY_SERIAL.exec(compact)
  if (as && AGENCY_END.test(as[1])) return { exact: null, agency: as[1], year: null, serial: Number(as[2]) }
  return null
}

/** Full-width → half-width after NFKC (NFKC already folds most; toHalfWidth catches the rest). */
export function normalizeText(raw: string): string {
  return toHalfWidth(raw.normalize('NFKC')).replace(/\s+/g, ' ').trim()
}

export function normalizeQuery(raw: string): NormalizedQuery {
  const text = normalizeText(raw ?? '')
  const terms = [...new Set(text.split(' ').filter((t) => t.length > 0))]
  const pinyin = /^[a-z' ]+$/i.test(text) ? text.toLowerCase().replace(/[' ]/g, '') : null
  return { text, terms, docNumber: text ? detectDocNumber(text) : null, pinyin: pinyin || null }
}

/** Character length counting astral characters once (trigram counts code points, not UTF-16 units). */
export function charLength(s: string): number {
  return [...s].length
}
