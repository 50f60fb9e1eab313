// A 目录's page numbers. Its dot leaders are too faint to be found as text and its lone page
// numbers too small for detection on the whole page scaled down, so without them the parser saw
// no 目录 and took its entries for documents. A page whose lines end in a 文号 short of the right
// margin has the band where its page numbers stand read again at full resolution, for the
// numbers alone.
import type { OcrBox, OcrEngine, PageImage } from './engine'
import { median } from '../../../shared/stats'

/** A 目录 entry's 文号 line whose page number is missing: it ends in the 文号 (and maybe leaders). */
const ENTRY_END = /[〔[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d{1,4}\s*号[\s.．。·…]*$/
const PAGE_NUMBER = /^\d{1,4}$/
/** At least this many such lines make a 目录 page. */
const MIN_ENTRIES = 4
/** The entries end short of this share of the page's width: room for leaders and a number. */
const SHORT_OF = 0.8
/**
 * The band read again, in heights of the entries' 文号 boxes (a box is about 1.3 of its
 * characters' size): from this far left of the text's right edge, room for a four-digit number
 * set flush right, to this far right of it, the number's ink and the detector's margin. Wider,
 * it takes in dot leaders, and the recogniser reads '……1' as 'a1' or '10.0322' and a lone '1'
 * in a wide white strip as '55'.
 */
const BAND_LEFT = 1.75
const BAND_RIGHT = 0.75

function entryEnds(boxes: OcrBox[], pageWidth: number): OcrBox[] {
  return boxes.filter((b) => ENTRY_END.test(b.text) && b.x + b.width < SHORT_OF * pageWidth)
}

/**
 * Where to read again for page numbers (pixels from the left): a band about the text's right
 * edge, where page numbers are set flush right; null for a page that is no 目录.
 */
export function tocBand(boxes: OcrBox[], pageWidth: number): { from: number; to: number } | null {
  const ends = entryEnds(boxes, pageWidth)
  if (ends.length < MIN_ENTRIES) return null
  const right = Math.max(...boxes.map((b) => b.x + b.width))
  const h = median(ends.map((b) => b.height))
  const from = Math.max(Math.max(...ends.map((b) => b.x + b.width)), right - BAND_LEFT * h)
  return { from: Math.round(from), to: Math.round(Math.min(pageWidth, right + BAND_RIGHT * h)) }
}

/**
 * The 目录's 文号 lines, whose page numbers are looked for: a little lower than the 文号's box,
 * since the number, set larger or lower, reaches below it.
 */
export function tocRows(boxes: OcrBox[], pageWidth: number): { y: number; height: number }[] {
  return entryEnds(boxes, pageWidth).map((b) => ({ y: b.y + 0.15 * b.height, height: b.height }))
}

/** The columns `from`..`to` of the image, every row. */
export function cropColumns(image: PageImage, from: number, to: number): PageImage {
  const channels = image.data.length / (image.width * image.height)
  const width = to - from
  const data = new Uint8Array(width * image.height * channels)
  for (let y = 0; y < image.height; y++) {
    const at = (y * image.width + from) * channels
    data.set(image.data.subarray(at, at + width * channels), y * width * channels)
  }
  return { width, height: image.height, data }
}

/** The boxes with the 目录's page numbers read again, when the page is a 目录. */
export async function readTocNumbers(engine: Pick<OcrEngine, 'readRight'>, image: PageImage, boxes: OcrBox[], signal?: AbortSignal): Promise<OcrBox[]> {
  const band = tocBand(boxes, image.width)
  if (!band) return boxes
  const found = await engine.readRight(cropColumns(image, band.from, band.to), 0, tocRows(boxes, image.width), signal)
  const shift = (p: { x: number; y: number }): { x: number; y: number } => ({ x: p.x + band.from, y: p.y })
  return withTocNumbers(boxes, found.map((b) => ({ ...b, x: b.x + band.from, points: b.points.map(shift) })))
}

/** One box's centre lies inside the other: the same text read twice, not neighbours that touch. */
function same(a: OcrBox, b: OcrBox): boolean {
  const inside = (p: OcrBox, q: OcrBox): boolean => {
    const cx = p.x + p.width / 2
    const cy = p.y + p.height / 2
    return q.x <= cx && cx <= q.x + q.width && q.y <= cy && cy <= q.y + q.height
  }
  return inside(a, b) || inside(b, a)
}

/**
 * The page's boxes with the page numbers found again, each after the box it shares a line with.
 * A number the page's own reading gave in part ('3' of '13', its '1' lost) gives way to the
 * number read at full resolution.
 */
export function withTocNumbers(boxes: OcrBox[], found: OcrBox[]): OcrBox[] {
  let out = [...boxes]
  for (const read of found) {
    // A box read as it stands may hold the leaders' last dots: '..1'.
    const text = read.text.replace(/^[\s.．·…。,，:：'‘’-]+/, '').trim()
    const f = { ...read, text, scores: read.scores.slice(read.text.length - text.length) }
    if (!PAGE_NUMBER.test(text)) continue
    const twins = out.filter((b) => same(b, f))
    if (twins.some((b) => !PAGE_NUMBER.test(b.text.trim()))) continue
    out = out.filter((b) => !twins.includes(b))
    const mid = f.y + f.height / 2
    const at = out.findIndex((b) => b.y <= mid && mid <= b.y + b.height)
    out.splice(at < 0 ? out.length : at + 1, 0, f)
  }
  return out
}
