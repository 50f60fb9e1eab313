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

/** The two lines of a text line that holds a line of each column, or null. */
export function splitMerged(text: string, full: number): [string, string] | null {
  const t = text.trim()
  if (displayWidth(t) < full + WIDER_BY || letterSpaced(t)) return null
  let best: [string, string] | null = null
  let bestMiss = Infinity
  for (let i = t.indexOf(' '); i > 0; i = t.indexOf(' ', i + 1)) {
    const left = t.slice(0, i).trimEnd()
    const right = t.slice(i + 1).trimStart()
    const wl = displayWidth(left)
    if (wl < full - LEFT_SHORT || wl > full + LEFT_OVER || displayWidth(right) < 2 || displayWidth(right) > full + LEFT_OVER) continue
    const miss = Math.abs(full - wl)
    // Beside Latin or digits only where the left part fills the column exactly.
    if ((LATIN_BEFORE.test(left) || LATIN_AFTER.test(right)) && miss > LATIN_MISS) continue
    if (miss < bestMiss) {
      best = [left, right]
      bestMiss = miss
    }
  }
  return best
}
