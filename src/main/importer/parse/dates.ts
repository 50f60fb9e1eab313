// 成文日期 lines: '2022年5月12日', '2022 年 4 月 1 日', '二〇二二年五月十二日', optionally in brackets.
import { toHalfWidth } from '../../../shared/doc-number'
import { compact } from './lines'

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, O: 0, '○': 0, '◯': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/** Arabic or Chinese numerals ('十二', '二〇二二', '廿') to a number; NaN when not a numeral. */
export function parseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  if (/^[〇零O○◯Ｏ一二三四五六七八九]{2,}$/.test(s)) return Number([...s].map((c) => CN_DIGITS[c]).join(''))
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s)
  if (!m || s === '') return NaN
  if (!m[2]) return m[1] ? CN_DIGITS[m[1]] : NaN
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0)
}

const NUM = '(\\d{1,4}|[〇零O○◯Ｏ一二三四五六七八九十]{1,4})'
// A year in Chinese numerals may carry its zero as the digit '0' (typed so: '二0二二年') or as
// U+FFFD, the mark text extraction leaves where the font had no 〇 (not in GB2312 fonts).
const YEAR = '(\\d{1,4}|[〇零O○◯Ｏ一二三四五六七八九十]{1,4}|[〇零O○◯Ｏ一二三四五六七八九0\\uFFFD]{4})'
const DATE_LINE = new RegExp(`^[（(]?${YEAR}年${NUM}月${NUM}日[）)]?$`)
const ZERO_STANDIN = /[0\uFFFD]/g

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** YYYY-MM-DD from year/month/day parts; null when out of range. */
export function formatDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** A Chinese-numeral year with its zeros standing in as '0' or U+FFFD, as 〇; two real digits at least. */
function cnYear(y: string): string {
  if (/^\d+$/.test(y)) return y
  const real = y.replace(ZERO_STANDIN, '').length
  return real >= 2 ? y.replace(ZERO_STANDIN, '〇') : y
}

/**
 * A Chinese-numeral year of three numerals has lost one: the 〇 a fallback font printed, whose
 * glyph text extraction mapped to a blank ('二 二二年五月十二日'). The 〇 goes back where only
 * one place makes a year in range ('二二二' → '二〇二二'); else the year stays as read. A year that
 * starts with 〇 lost its leading 二 instead ('〇〇四年一月十六日': pdftotext set the 〇s, in the
 * other font, on a line of their own); no year in range starts with 〇.
 */
function lostZero(y: string, month: string): string {
  if (!/^[一二三四五六七八九〇]{3}$/.test(y) || !/^[一二三四五六七八九十]+$/.test(month)) return y
  // The main font's 二 lost instead, the fallback 〇s read on their own: '〇〇四' is 二〇〇四.
  if (y.startsWith('〇')) return '二' + y
  const years = new Set([0, 1, 2, 3].map((k) => y.slice(0, k) + '〇' + y.slice(k)).filter((c) => formatDate(parseNumeral(c), 1, 1) !== null))
  return years.size === 1 ? [...years][0] : y
}

/** The date when the whole line is a date, else null. */
export function parseDateLine(text: string): string | null {
  const m = DATE_LINE.exec(compact(toHalfWidth(text)))
  if (!m) return null
  return formatDate(parseNumeral(lostZero(cnYear(m[1]), m[2])), parseNumeral(m[2]), parseNumeral(m[3]))
}
