// Repairs for what OCR misreads in the two fields staff search by: the 文号's year brackets
// (〔2022】, [2022], (2022] → 〔2022〕) and dates (2022年2月l8曰 → 2022年2月18日). Each repair is
// character for character (or drops a space), so every character keeps its confidence, and each
// is reported: a repaired document is never passed off as read cleanly.

/** One changed span of a line, in the repaired text's code units. */
export interface Repair {
  rule: 'DOC_NUMBER' | 'DATE' | 'PUNCT'
  /** Index and length in the repaired text. */
  at: number
  length: number
  from: string
  to: string
}

export interface Repaired {
  text: string
  /** Per code unit of `text`: the character's confidence (0–1), carried over from the input. */
  scores: number[]
  repairs: Repair[]
}

const OPEN = '〔[［【(（{｛<＜〈《「『〖lI|'
const CLOSE = '〕]］】)）}｝>＞〉》」』〗lI|'
// Characters OCR gives for a digit inside a number it cannot otherwise misplace.
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', '|': '1', i: '1', Z: '2', z: '2', S: '5', s: '5', B: '8', g: '9' }
const FULLWIDTH_DIGIT = /[０-９]/

const D = '[0-9０-９OoDQlI|iZzSsBg]'
const OPEN_CLASS = `[${escape(OPEN)}]`
const CLOSE_CLASS = `[${escape(CLOSE)}]`

/**
 * An agency code's last character (发, 函, 字, 办 …) or a Chinese letter, then the year in any
 * pair of brackets (either may be lost), then the serial and 号. The year must read as 19xx/20xx
 * once look-alikes are mapped, which is what keeps ordinary numbers out.
 */
const DOC_NUMBER = new RegExp(
  `(?<=[\\u4e00-\\u9fff])\\s*(${OPEN_CLASS}?)\\s*(${D}{4})\\s*(${CLOSE_CLASS}?)\\s*(${D}{1,4})\\s*(?=号)`,
  'gu',
)

/** 2022年2月18日 with look-alike digits, spaces, and 曰 for 日. */
const DATE = new RegExp(`((?:19|20)${D}{2}|${D}{4})(\\s*)年(\\s*)(${D}{1,2})(\\s*)月(\\s*)(${D}{1,2})(\\s*)([日曰])`, 'gu')

/** 二〇二二年: the 〇 read as O, 0, ○ or ◯. */
const HAN_YEAR = /[一二三四五六七八九〇OoＯ0○◯]{4}(?=\s*年)/gu
const HAN_ZERO = /[OoＯ0○◯]/
/**
 * 〇二二年六月九日: a signature date's year with its first 二 lost (its two thin strokes fall
 * outside the box found). No year is written 〇XX, so a zero opening a year of three is 二〇's.
 */
const HAN_YEAR_CUT = /(?<![一二三四五六七八九〇OoＯ0○◯\d])[〇OoＯ0○◯](?=[一二三四五六七八九〇OoＯ0○◯][一二三四五六七八九〇]\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*[日曰])/gu

/**
 * PP-OCR's dictionary holds the radical 丶 beside the 顿号 、 and reads one for the other; a
 * gazette's text never has the radical.
 */
const RADICAL_DOT = /丶/gu
/** The dash of a year range (2021—2025年, or '（2021—2025' where a title wraps) read as 一. */
const RANGE_DASH = /(?<=(?:19|20)\d{2})[一－-](?=(?:19|20)\d{2}\s*年)|(?<=[（(](?:19|20)\d{2})[一－-](?=(?:19|20)\d{2}\s*$)/gu
/** A Latin e between Chinese characters (乡村e镇) read with an accent. */
const ACCENTED_E = /(?<=[\u4e00-\u9fff])[éèêë](?=[\u4e00-\u9fff])/gu
/** A full stop read as · or ° : after a character or a closing bracket, where a sentence ends. */
const FULL_STOP = /(?<=[\u4e00-\u9fff）)”])[·°](?=$|[（(“])/gu

/**
 * A page number between dashes (— 3 —), a line of its own: the dashes are read as 一, －, ~ or
 * _, unlike from page to page, so the footer would not repeat and stayed in the text.
 */
const PAGE_NUMBER_LINE = /^\s*[-—–－一~_]{1,2}\s*\d{1,4}\s*[-—–－一~_]{1,2}\s*$/u
const PAGE_DASH = /[-–－一~_]/gu

function escape(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, '\\$&')
}

function digit(c: string): string {
  if (FULLWIDTH_DIGIT.test(c)) return String.fromCharCode(c.charCodeAt(0) - 0xfee0)
  return DIGIT_LOOKALIKES[c] ?? c
}

function digits(s: string): string {
  return [...s].map(digit).join('')
}

function plausibleYear(y: string): boolean {
  const n = Number(y)
  return n >= 1949 && n <= 2099
}

/**
 * Applies `edit` to every match: the edit returns, per input character of the match, its
 * replacement ('' drops it). Confidences follow their characters; changed spans are reported.
 */
function rewrite(
  src: Repaired,
  pattern: RegExp,
  rule: Repair['rule'],
  edit: (m: RegExpExecArray) => string[] | null,
): Repaired {
  let text = ''
  const scores: number[] = []
  const repairs = [...src.repairs]
  let last = 0
  for (const m of src.text.matchAll(pattern)) {
    const out = edit(m as RegExpExecArray)
    if (!out) continue
    const start = m.index ?? 0
    text += src.text.slice(last, start)
    scores.push(...src.scores.slice(last, start))
    const at = text.length
    out.forEach((c, k) => {
      text += c
      for (let u = 0; u < c.length; u++) scores.push(src.scores[start + k] ?? 1)
    })
    const to = text.slice(at)
    if (to !== m[0]) repairs.push({ rule, at, length: to.length, from: m[0], to })
    last = start + m[0].length
  }
  text += src.text.slice(last)
  scores.push(...src.scores.slice(last))
  return { text, scores, repairs }
}

function docNumberEdit(m: RegExpExecArray): string[] | null {
  const [whole, open, year, close, serial] = m
  const y = digits(year)
  // A lost bracket is fine only where the other one shows this is a 文号.
  if (!plausibleYear(y) || (!open && !close)) return null
  const parts = splitBySpaces(whole, [open, year, close, serial])
  if (!parts) return null
  const out: string[] = []
  let yearEnd = -1
  for (const [kind, s] of parts) {
    if (kind === 'space') out.push(...[...s].map(() => ''))
    else if (kind === 0) out.push('〔')
    else if (kind === 2) out.push('〕')
    else out.push(...[...s].map(digit))
    if (kind === 1) yearEnd = out.length - 1
  }
  // A lost bracket rides on the year's first or last digit, so confidences stay aligned.
  if (!open) out[yearEnd - 3] = '〔' + out[yearEnd - 3]
  if (!close) out[yearEnd] += '〕'
  return out
}

/** The match cut into its groups and the spaces between them, in order. */
function splitBySpaces(whole: string, groups: string[]): [number | 'space', string][] | null {
  const out: [number | 'space', string][] = []
  let rest = whole.trimStart()
  for (let g = 0; g < groups.length; g++) {
    const space = /^\s*/.exec(rest)?.[0] ?? ''
    if (space) out.push(['space', space])
    rest = rest.slice(space.length)
    if (!rest.startsWith(groups[g])) return null
    if (groups[g]) out.push([g, groups[g]])
    rest = rest.slice(groups[g].length)
  }
  if (rest.trim() !== '') return null
  if (rest) out.push(['space', rest])
  return out
}

function dateEdit(m: RegExpExecArray): string[] | null {
  const [, year, s1, s2, month, s3, s4, day, s5, ri] = m
  const y = digits(year)
  const mo = Number(digits(month))
  const d = Number(digits(day))
  if (!plausibleYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) return null
  const drop = (s: string): string[] => [...s].map(() => '')
  return [
    ...[...year].map(digit), ...drop(s1), '年', ...drop(s2),
    ...[...month].map(digit), ...drop(s3), '月', ...drop(s4),
    ...[...day].map(digit), ...drop(s5), ri === '曰' ? '日' : ri,
  ]
}

function hanYearEdit(m: RegExpExecArray): string[] | null {
  const han = [...m[0]].filter((c) => /[一二三四五六七八九]/.test(c)).length
  return han >= 2 ? [...m[0]].map((c) => (HAN_ZERO.test(c) ? '〇' : c)) : null
}

/** Repairs one OCR'd line; `scores` holds one confidence per code unit of `text`. */
export function repairLine(text: string, scores: number[]): Repaired {
  let r: Repaired = { text, scores, repairs: [] }
  r = rewrite(r, RADICAL_DOT, 'PUNCT', () => ['、'])
  r = rewrite(r, FULL_STOP, 'PUNCT', () => ['。'])
  r = rewrite(r, RANGE_DASH, 'PUNCT', () => ['—'])
  r = rewrite(r, ACCENTED_E, 'PUNCT', () => ['e'])
  r = rewrite(r, DOC_NUMBER, 'DOC_NUMBER', docNumberEdit)
  r = rewrite(r, DATE, 'DATE', dateEdit)
  r = rewrite(r, HAN_YEAR_CUT, 'DATE', () => ['二〇'])
  r = rewrite(r, HAN_YEAR, 'DATE', hanYearEdit)
  if (PAGE_NUMBER_LINE.test(r.text)) r = rewrite(r, PAGE_DASH, 'PUNCT', () => ['—'])
  return r
}

