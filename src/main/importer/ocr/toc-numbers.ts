// A 目录's page numbers. Its dot leaders are too faint to be found as text and its lone page
// numbers too small for detection on the whole page scaled down, so without them the parser saw
// no 目录 and took its entries for documents. A page whose lines end in a 文号 short of the right
// margin has its right part read again at full resolution for the numbers alone.
import type { OcrBox } from './engine'

/** A 目录 entry's 文号 line whose page number is missing: it ends in the 文号 (and maybe leaders). */
const ENTRY_END = /[〔[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d{1,4}\s*号[\s.．。·…]*$/
const PAGE_NUMBER = /^\d{1,4}$/
/** At least this many such lines make a 目录 page. */
const MIN_ENTRIES = 4
/** The entries end short of this share of the page's width: room for leaders and a number. */
const SHORT_OF = 0.8

/** The page numbers stand right-aligned in this many pixels (at 300 dpi) left of the text's right edge. */
const NUMBER_BAND = 200

/**
 * Where to read again for page numbers (pixels from the left): a band at the text's right edge,
 * where page numbers are set flush right; null for a page that is no 目录.
 */
export function tocNumbersFrom(boxes: OcrBox[], pageWidth: number): number | null {
  const ends = boxes.filter((b) => ENTRY_END.test(b.text) && b.x + b.width < SHORT_OF * pageWidth)
  if (ends.length < MIN_ENTRIES) return null
  const right = Math.max(...boxes.map((b) => b.x + b.width))
  return Math.max(Math.max(...ends.map((b) => b.x + b.width)), right - (NUMBER_BAND * pageWidth) / 2480)
}

/**
 * The 目录's 文号 lines, whose page numbers are looked for: a little lower than the 文号's box,
 * since the number, set larger or lower, reaches below it.
 */
export function tocRows(boxes: OcrBox[], pageWidth: number): { y: number; height: number }[] {
  return boxes.filter((b) => ENTRY_END.test(b.text) && b.x + b.width < SHORT_OF * pageWidth).map((b) => ({ y: b.y + 0.15 * b.height, height: b.height }))
}

const overlaps = (a: OcrBox, b: OcrBox): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** The page's boxes with the page numbers found again, each after the box it shares a line with. */
export function withTocNumbers(boxes: OcrBox[], found: OcrBox[]): OcrBox[] {
  const out = [...boxes]
  for (const read of found) {
    // A box read as it stands may hold the leaders' last dots: '..1'.
    const text = read.text.replace(/^[\s.．·…。,，:：'‘’-]+/, '').trim()
    const f = { ...read, text, scores: read.scores.slice(read.text.length - text.length) }
    if (!PAGE_NUMBER.test(text) || out.some((b) => overlaps(b, f))) continue
    const mid = f.y + f.height / 2
    const at = out.findIndex((b) => b.y <= mid && mid <= b.y + b.height)
    out.splice(at < 0 ? out.length : at + 1, 0, f)
  }
  return out
}
