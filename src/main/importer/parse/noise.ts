// Layout noise between and around pages: running heads, page numbers, QR captions, back-cover slogans.
import { toHalfWidth } from '../../../shared/doc-number'
import { compact, type SourceLine } from './lines'
import { noTick, type Tick } from './deadline'

const PAGE_FOOTER = [
  /^[-—–─·•.\s]*\d{1,4}[-—–─·•.\s]*$/, // — 12 —, ·12·, - 12 -, 12
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, // 第 12 页, 第12页 共40页
  /^共\s*\d{1,4}\s*页$/, // 共40页: the folio's second half, set apart from 第12页 by a wide blank
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 12/40
  // The front matter's folios in roman numerals (I, II, iv; Ⅲ): gazettes that number pages through
  // the year leave the cover and 目录 out of that count. A well-formed numeral below 40 only.
  /^[-—–─·•.\s]*(?=[IVXivx\u2160-\u217b])(?:X{0,3}(?:IX|IV|V?I{0,3})|x{0,3}(?:ix|iv|v?i{0,3})|[\u2160-\u216b\u2170-\u217b])[-—–─·•.\s]*$/,
]

const ISSUE_LABEL = /^(19|20)\d{2}年第\d{1,3}期([(（]?总第\d+期[)）]?)?$/

const QR_CAPTION = /^(扫码|扫一扫|扫描二维码)/

/** Four-character groups separated by spaces, as printed on covers ('传达政令 公开信息'). */
function sloganGroups(text: string): string[] | null {
  const t = text.trim()
  return /^[\u4e00-\u9fff]{4}(\s+[\u4e00-\u9fff]{4})+$/.test(t) ? t.split(/\s+/) : null
}

export type NoiseTest = (text: string) => boolean

/** A page's folio alone on its line ('— 12 —', '-3-', '第 12 页', '12/40'). */
export function isFolio(text: string): boolean {
  const half = toHalfWidth(text).trim()
  return half !== '' && PAGE_FOOTER.some((re) => re.test(half))
}

/** Builds the noise test for one issue from its gazette name and cover lines. */
export function makeNoiseTest(gazette: string, cover: SourceLine[]): NoiseTest {
  const slogans = new Set(cover.flatMap((l) => sloganGroups(l.text) ?? []))
  return (text: string): boolean => {
    const half = toHalfWidth(text).trim()
    if (half === '' || text.includes('\t')) return false
    if (PAGE_FOOTER.some((re) => re.test(half))) return true
    const c = compact(half)
    if (QR_CAPTION.test(c) && c.length <= 8) return true
    if (c.startsWith(gazette) && isRunningHeadTail(c.slice(gazette.length))) return true
    // A head with the 期 in its inner corner and the gazette in its outer one, read as one line
    // on a right-hand page (pdftotext -layout): '2022年第14期      兴县人民政府公报'.
    if (c.endsWith(gazette) && ISSUE_LABEL.test(c.slice(0, c.length - gazette.length))) return true
    // A head set in two corners comes out of pdftotext as two lines: the issue label is one.
    if (ISSUE_LABEL.test(c)) return true
    const groups = sloganGroups(half)
    return groups !== null && groups.every((g) => slogans.has(g))
  }
}

/** What may follow the gazette name in a running head: issue data, a section, a page number. */
function isRunningHeadTail(rest: string): boolean {
  if (rest === '') return true
  if (/[。，；]/.test(rest)) return false
  return /^[·|｜\-—_:：(（]?((19|20)\d{2}年?)?(第.{1,4}期)?([(（]?总第\d+期[)）]?)?[·|｜\-—\s]*[\u4e00-\u9fff]{0,10}\d{0,4}$/.test(
    rest,
  )
}

/** Replaces noise lines by blank ones (keeping line numbers), so later stages never see them. */
export function blankNoise(lines: SourceLine[], isNoise: NoiseTest, from: number, tick: Tick = noTick): SourceLine[] {
  return lines.map((l, i) => {
    tick()
    return i >= from && isNoise(l.text) ? { no: l.no, text: '' } : l
  })
}
