// Cleans text for print: layout spaces out, half-width punctuation in Chinese text full-width.
import { charClassTest, dropSpacesNearCjk } from '../../shared/layout-spaces'
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019'
const isCjk = charClassTest(CJK)
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' }

/** Removes spaces next to Chinese characters (PDF extraction artefacts), collapses the rest. */
export function dropLayoutSpaces(text: string): string {
  return dropSpacesNearCjk(text, /\s+/g, isCjk).replace(/\s+/g, ' ').trim()
}

/** Half-width , ; : ? ! after a Chinese character and (…) around Chinese text become full-width. */
export function fullWidthPunctuation(text: string): string {
  const hanBefore = new RegExp(`(?<=[\\u3400-\\u9fff）》”])([,;:?!])`, 'g')
  let out = text.replace(hanBefore, (c) => HALF_TO_FULL[c] ?? c)
  out = out.replace(/\(([^()]*[\u3400-\u9fff][^()]*)\)/g, '（$1）')
  return out
}

export function normalizeText(text: string): string {
  return fullWidthPunctuation(dropLayoutSpaces(text))
}

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

function chineseNumber(s: string, positional: boolean): number {
  if (positional) return Number([...s].map((c) => CN_DIGITS[c] ?? 0).join(''))
  if (!s.includes('十')) return CN_DIGITS[s] ?? 0
  const [tens, ones] = s.split('十')
  return (tens ? (CN_DIGITS[tens] ?? 1) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0)
}

/** 成文日期 in Arabic numerals without leading zeros (7.3.5): 二〇二二年五月六日 → 2022年5月6日. */
export function formatDateLine(text: string): string {
  const t = dropLayoutSpaces(text).replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))
  const m = /^([0-9〇零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$/.exec(t)
  if (!m) return t
  const num = (s: string, pos: boolean): number => (/^\d+$/.test(s) ? Number(s) : chineseNumber(s, pos))
  return `${num(m[1], true)}年${num(m[2], false)}月${num(m[3], false)}日`
}
