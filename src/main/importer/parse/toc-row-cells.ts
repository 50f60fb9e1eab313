// A row of a two-column 目录 is two cells. pdftotext (default mode) may write a full line of the
// left column and the right column's line on its baseline as ONE line, a single space between
// them ('…内地西藏班（校） 兴县人民政府关于兴县…'), where -layout would have set them apart. The
// 目录's other rows tell where the left cell ends: its titles' wrapped lines fill the column to
// one width, and no cell is wider. A line past that width, a space where a full cell ends, and the
// right cell opening an entry there, holds two cells.
import { isBlank, type SourceLine } from './lines'
import { leaderCount, splitPage } from './toc-entry'
import { FULL_WITHIN, displayWidth } from './text-widths'

/** Lines of the 目录 that must fill its column to the same width for that width to count. */
const MIN_FULL = 2

/** A CJK character or full-width form on each side of a space: a gap no title holds inside. */
const CJK_SIDE = /[\u3400-\u9fff\uff08\uff09\u3001-\u3011《》“”]/

/** A space between two CJK characters (or full-width brackets, marks): where two cells may meet. */
function cjkGaps(text: string): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = []
  for (const m of text.matchAll(/\s+/g)) {
    const at = m.index ?? 0
    const end = at + m[0].length
    if (at > 0 && end < text.length && CJK_SIDE.test(text[at - 1]) && CJK_SIDE.test(text[end])) out.push({ at, end })
  }
  return out
}

/**
 * The width the 目录's title lines fill their column to (display columns), told by its lines
 * `from`..`to` that are one cell (no leaders, no page, no space between CJK characters): the widest
 * width that at least MIN_FULL of them reach within FULL_WITHIN. Null when no such width is seen.
 */
export function cellWidth(lines: SourceLine[], from: number, to: number): number | null {
  const widths: number[] = []
  for (let i = from; i <= to && i < lines.length; i++) {
    const text = lines[i].text.trim()
    if (isBlank(text) || /\s{3,}/.test(text) || cjkGaps(text).length > 0) continue
    if (splitPage(text) !== null || leaderCount(text) >= 2) continue
    widths.push(displayWidth(text))
  }
  widths.sort((a, b) => b - a)
  for (const w of widths) if (widths.filter((v) => v <= w && v >= w - FULL_WITHIN).length >= MIN_FULL) return w
  return null
}

/**
 * A piece (a run of text the line sets apart) that holds a full left cell and the right column's
 * line after it, one space apart: past the column's `width`, the text before a space between CJK
 * characters as wide as a full cell, and the text after it opening an entry (`opens`). The two
 * cells, else the piece.
 */
export function splitRowCells(p: { text: string; at: number }, width: number | null, opens: (text: string) => boolean): { text: string; at: number }[] {
  if (width === null || displayWidth(p.text) <= width + FULL_WITHIN) return [p]
  for (const g of cjkGaps(p.text)) {
    const head = p.text.slice(0, g.at)
    // The heads only grow: past a full cell, no later space is where it ends.
    if (displayWidth(head) > width + FULL_WITHIN) break
    const rest = p.text.slice(g.end)
    if (displayWidth(head) < width - FULL_WITHIN || !opens(rest)) continue
    return [{ text: head, at: p.at }, { text: rest, at: p.at + g.end }]
  }
  return [p]
}
