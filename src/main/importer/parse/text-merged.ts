// pdftotext may write a line of each column as one text line, apart by a space: '撑。没有农业机
// 械化，就没有农业农村现代化。近年来， 业产前产中产后的农机社会化服务体系基本建立，农机'. A
// person sees two lines of a column's width side by side. Such a line is split where its left
// part reaches the column's width.
import { displayWidth } from './text-flow'

/** The left part may stop short of the column's width by a first-line indent and a little. */
const LEFT_SHORT = 7
/** Tucked punctuation lets the left part run a little past the width. */
const LEFT_OVER = 2
/** The whole must run this much past the column's width to hold two lines. */
const WIDER_BY = 4

/**
 * A space next to a Latin letter or a digit is most often the typesetter's gap between hanzi and
 * Latin ('乡村 e 镇', '稳定在 11 亿千瓦'), not the gutter.
 */
const LATIN_BEFORE = /[A-Za-z0-9%.]$/
const LATIN_AFTER = /^[A-Za-z0-9]/
/** How near the column's width a left part beside such a space must end to be a column's line. */
const LATIN_MISS = 1.5

/** Spaces between this share of a line's characters or more: the line is letter-spaced. */
const SPACED_SHARE = 0.5
/** Columns this wide at most are looked at for letter spacing (display columns). */
const SPACED_MAX_WIDTH = 120

/**
 * A line set letter by letter ('划 有 关 工 作 的 通 知 》 ( 自 然 资 发 〔 2020 〕 183'): a
 * justified line of a narrow column spreads its characters with a space between each, and may
 * run past the column's width in the text; it is one line, not two.
 */
export function letterSpaced(s: string): boolean {
  // A column's line spread letter by letter is at most about twice its width: a longer line is
  // not one (and is not scanned).
  if (s.length > 4 * SPACED_MAX_WIDTH) return false
  const chars = s.replace(/\s+/g, '').length
  const gaps = (s.match(/\S\s+(?=\S)/g) ?? []).length
  return chars >= 4 && gaps >= SPACED_SHARE * chars
}

/**
 * Marks a typesetter may set at half width to fill a line: a column's full line may hold a few
 * more characters than its width when it holds many of them ('程，严把政治关、法律关、政策关、
 * 保密关、文字关。' is 24 marks and hanzi in a column of 22).
 */
const SQUEEZABLE = /[，。、；：？！“”‘’（）《》〔〕]/g

/** A closing mark alone, then the gap, then the right column's line. */
const LONE_MARK = /^([，、。；：）》”])\s+(?=\S)/

/** A line's width with its marks set at half width: the least room it takes on the page. */
const squeezed = (s: string): number => displayWidth(s) - (s.match(SQUEEZABLE)?.length ?? 0)

/** The right part is a full line of its column: this close to the width, with its marks squeezed. */
const RIGHT_FULL_WITHIN = 3

/**
 * The two lines of a text line that holds a line of each column, or null. Most often the left
 * part reaches the column's width and the right part is whatever the right column holds there.
 * Else the left part is short — a paragraph's last line, or a piece of a line the converter cut
 * at a change of font ('（PPP）', '、县（市、') — and the right part is a full line of its column.
 */
export function splitMerged(text: string, full: number): [string, string] | null {
  const t = text.trim()
  // A mark alone before the gap is the left column's line's last ('、 持传统产业改造…'): no line
  // starts with one, however narrow the whole.
  const mark = LONE_MARK.exec(t)
  if (mark && displayWidth(t) >= full - RIGHT_FULL_WITHIN) return [mark[1], t.slice(mark[0].length)]
  if (displayWidth(t) < full + WIDER_BY || letterSpaced(t)) return null
  let best: [string, string] | null = null
  let bestMiss = Infinity
  // Split with a short left part only when no split has a left part at the column's width.
  let shortBest: [string, string] | null = null
  let shortMiss = Infinity
  for (let i = t.indexOf(' '); i > 0; i = t.indexOf(' ', i + 1)) {
    const left = t.slice(0, i).trimEnd()
    const right = t.slice(i + 1).trimStart()
    const wl = displayWidth(left)
    const wr = displayWidth(right)
    const latin = LATIN_BEFORE.test(left) || LATIN_AFTER.test(right)
    if (wr >= 2 && squeezed(right) <= full + LEFT_OVER && wl >= full - LEFT_SHORT && squeezed(left) <= full + LEFT_OVER) {
      const miss = Math.min(Math.abs(full - wl), Math.abs(full - squeezed(left)))
      // Beside Latin or digits only where the left part fills the column exactly.
      if ((!latin || miss <= LATIN_MISS) && miss < bestMiss) [best, bestMiss] = [[left, right], miss]
    } else if (!latin && wl >= 1 && wl < full - LEFT_SHORT && wr >= full - RIGHT_FULL_WITHIN && squeezed(right) <= full + LEFT_OVER) {
      const miss = Math.min(Math.abs(full - wr), Math.abs(full - squeezed(right)))
      // Never beside Latin or digits: a short left part gives no width to tell the gutter by.
      if (miss < shortMiss) [shortBest, shortMiss] = [[left, right], miss]
    }
  }
  return best ?? shortBest
}
