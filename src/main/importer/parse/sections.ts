// 栏目 headings: a 目录 line between entries with no page or 文号, stored as the name alone
// (【省政府文件】, 一、省政府文件 and 省政府文件 are the same section).
import { compact, type SourceLine } from './lines'
import { parseNumeral } from './dates'

/** Section names printed in 目录 and body: 县政府文件, 部门文件, 人事任免, 市政府令… (one signal of several). */
export const SECTION =
  /^(?:[\u4e00-\u9fff、]|（[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+）){0,12}(文件|发文|函件|任免|政府令|命令|公告|通告|解读|大事记|规章|动态|附录|其他)$/

const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}部分)/
const BRACKETED = /^[【〔[［〖「『《]([^【】〔〕[\]［］]{1,20})[】〕\]］〗」』》]$/

// An ornament some gazettes set before a 栏目's name instead of brackets or numbering (◆部门文件,
// ■ 市政府令, 〓国务院文件〓 with the geta mark): printed before the name, never part of it.
const ORNAMENT = /^[■□◆◇●◉◎▲△▶►▌▍▎★☆◼◾▪※〓]+(?=[\u4e00-\u9fff【])/u
// The same ornament set again after the name, framing it (◇ 市政府规章 ◇, ■ 部门文件 ■).
const ORNAMENT_AFTER = /(?<=[\u4e00-\u9fff】])[■□◆◇●◉◎▲△◀◄▌▍▎★☆◼◾▪※〓]+$/u

/** A heading's name without brackets, numbering, a leading ornament or a trailing colon. */
export function sectionName(text: string): string {
  const c = compact(text).replace(/[:：]$/, '').replace(ORNAMENT, '').replace(ORNAMENT_AFTER, '')
  const b = BRACKETED.exec(c)
  if (b) return b[1]
  return c.replace(NUMBERING, '')
}

/** A numbering label standing alone ('第二部分', '三、'): the section's name is on the next line. */
export function isBareNumbering(text: string): boolean {
  const c = compact(text)
  return c !== '' && NUMBERING.test(c) && c.replace(NUMBERING, '') === ''
}

/** Whether the line is dressed as a heading: in brackets of its own, numbered, or after an ornament. */
export function isMarkedHeading(text: string): boolean {
  const c = compact(text)
  if (ORNAMENT.test(c)) return c.replace(ORNAMENT, '').length >= 2
  return BRACKETED.test(c) || (NUMBERING.test(c) && c.replace(NUMBERING, '').length >= 2)
}

// A list of places in brackets inside a section's name: 县（市、区）政府文件, 乡（镇、街道）文件.
const PLACE_LIST = /(?<=[\u4e00-\u9fff])（[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+）/g

/** Could be a section's name at all: short, no 关于, no sentence punctuation (、 and （市、区） are allowed). */
export function isSectionShape(name: string): boolean {
  const bare = name.replace(PLACE_LIST, '、')
  return name.length >= 2 && name.length <= 16 && !name.includes('关于') && !/[，。；：,;:！？（）()\d]/.test(bare)
}

/** Counts how often each short line appears standalone, by its section name, from index `from`. */
export function standaloneNames(lines: SourceLine[], from: number): Map<string, number> {
  const seen = new Map<string, number>()
  for (let i = Math.max(0, from); i < lines.length; i++) {
    // Leading spaces (a heading centred in pdftotext -layout's text) are no part of its length.
    const t = lines[i].text.trim()
    if (t.length > 40 || t === '') continue
    const n = sectionName(t)
    if (isSectionShape(n)) seen.set(n, (seen.get(n) ?? 0) + 1)
  }
  return seen
}

/** A section heading standing in the body between documents (县政府办公室文件, 【部门文件】). */
export function isSectionLine(text: string, sections: Set<string>): boolean {
  if (text.trim().length > 40) return false
  const n = sectionName(text)
  // A list of places in brackets (县（市、区）政府办公室文件) qualifies the name: no part of its length.
  return sections.has(n) || (isSectionShape(n) && SECTION.test(n) && n.replace(PLACE_LIST, '、').length <= 12)
}

/**
 * A 栏目 heading dressed as one ('【部门文件】', not a running head's bare '部门文件'): set across
 * the page between documents, it ends a band of columns above it (text-streams.ts, text-columns.ts).
 */
export const isBodyHeading = (text: string): boolean => isSectionLine(text, NO_SECTIONS) && isMarkedHeading(text)
const NO_SECTIONS = new Set<string>()

/**
 * For each span, the last 栏目 heading printed in the body before its first line (from the body's
 * start on): one the 目录 lists, or one dressed as a heading ('【…函件】', '三、…'), so that a
 * masthead ('兴县人民政府文件') is none. Null before the first.
 */
export function headingsBefore(lines: readonly SourceLine[], spans: readonly { lead: number }[], from: number, sections: Set<string>): (string | null)[] {
  let current: string | null = null
  let at = Math.max(0, from)
  return spans.map((s) => {
    for (; at < s.lead; at++) {
      const t = lines[at].text
      if (isSectionLine(t, sections) && (sections.has(sectionName(t)) || isMarkedHeading(t))) current = sectionName(t)
    }
    return current
  })
}

// A 栏目's number in the 目录: '三、', '三．', '第三部分', or the whole line when it stands alone.
const SECTION_NUMBER = /^(?:([一二三四五六七八九十]{1,3})[、.．]|第([一二三四五六七八九十]{1,3})部分)/

/**
 * Whether the 目录 (lines `from` to `to`) numbers its 栏目 (一、二、三…, at least two) and every
 * one of `sections` carries a number, running from 一 without a gap in the order printed: a 栏目
 * heading lost from it (a ruled banner, a picture the converter did not read) would leave a
 * number out, so the 栏目 it lists are all the issue's.
 */
export function sectionsNumberedInRun(lines: readonly SourceLine[], from: number, to: number, sections: readonly string[]): boolean {
  if (sections.length < 2 || from < 0 || to < from) return false
  const numbers = new Map<string, number>()
  const order: number[] = []
  for (let i = from; i <= to && i < lines.length; i++) {
    const c = compact(lines[i].text)
    const m = SECTION_NUMBER.exec(c)
    if (!m) continue
    // The label alone on its line names the 栏目 on the next line with text.
    let rest = c.slice(m[0].length)
    for (let k = i + 1; rest === '' && k <= to && k < lines.length && k <= i + 3; k++) rest = compact(lines[k].text)
    const name = sectionName(rest)
    const n = parseNumeral(m[1] ?? m[2])
    if (!sections.includes(name) || Number.isNaN(n) || numbers.has(name)) continue
    numbers.set(name, n)
    order.push(n)
  }
  return numbers.size === sections.length && order.every((n, k) => n === k + 1)
}
