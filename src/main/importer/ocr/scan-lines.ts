// OCR boxes → the runs a PDF's text layer would give (points, baseline from the bottom, font size
// from the characters' pitch), so the same layout code builds the same line model; then each laid
// line gets back its OCR marks (confidence, unsure and repaired characters).
import type { OcrBox } from './engine'
import type { Repair } from './repair'
import type { TextRun } from '../layout/pdf-lines'
import type { OcrMarks, SourceLine } from '../../../shared/source-line'

/** One OCR'd line after repair, with where it stands on its page. */
export interface ReadBox {
  box: OcrBox
  text: string
  scores: number[]
  repairs: Repair[]
}

/** A character read with less than this confidence is marked for staff to check. */
export const LOW_CONFIDENCE = 0.8

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/

/** The text's width in ems: CJK and full-width characters 1, the rest half. */
function ems(text: string): number {
  let n = 0
  for (const c of text) n += c === ' ' ? 0.3 : CJK.test(c) ? 1 : 0.5
  return n
}

/**
 * The page's skew in radians: the median slope of the top edges of lines wide enough to measure.
 * A scan fed slightly askew tilts every line alike; straightening the boxes keeps one printed
 * line's parts on one baseline.
 */
export function pageSkew(boxes: OcrBox[]): number {
  const slopes = boxes
    .filter((b) => b.width > 4 * b.height && b.points.length === 4)
    .map((b) => Math.atan2(b.points[1].y - b.points[0].y, b.points[1].x - b.points[0].x))
    .sort((a, b) => a - b)
  return slopes.length ? slopes[Math.floor(slopes.length / 2)] : 0
}

/** Box corners turned by -skew about the image's centre: the page as if scanned straight. */
function straighten(b: OcrBox, skew: number, cx: number, cy: number): { x0: number; x1: number; top: number; bottom: number } {
  const cos = Math.cos(-skew)
  const sin = Math.sin(-skew)
  const pts = b.points.map((p) => ({ x: cx + (p.x - cx) * cos - (p.y - cy) * sin, y: cy + (p.x - cx) * sin + (p.y - cy) * cos }))
  const xs = pts.map((p) => p.x)
  const ys = pts.map((p) => p.y)
  return { x0: Math.min(...xs), x1: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) }
}

// The detector's box reaches a little below the characters; the baseline sits this far down it.
const BASELINE_AT = 0.88
const MARGIN = 0.14

/** Runs in PDF points for one page `heightPt` high, whose image is `pxWidth` × `pxHeight`. */
export function runsOfPage(read: ReadBox[], page: { width: number; height: number }, px: { width: number; height: number }): TextRun[] {
  const scale = page.width / px.width
  const skew = pageSkew(read.map((r) => r.box))
  const measured = read
    .filter((r) => r.text.trim() !== '')
    .map((r): Measured => {
      const s = straighten(r.box, skew, px.width / 2, px.height / 2)
      const height = s.bottom - s.top
      const width = s.x1 - s.x0
      const e = ems(r.text)
      // The pitch of the characters is the font size, once the detector's margin (about 7 % of
      // the box's height on either side) is taken off; for one or two characters the height is steadier.
      const size = e >= 3 ? Math.min(Math.max((width - MARGIN * height) / e, 0.6 * height), 1.4 * height) : height
      const baseline = s.top + height * BASELINE_AT
      const run = { str: r.text, x: s.x0 * scale, y: page.height - baseline * scale, width: width * scale, size: size * scale }
      return { run, ems: e, height: height * scale }
    })
  return withLeaders(sameTypeAsAbove(measured))
}

interface Measured {
  run: TextRun
  ems: number
  /** The box's height, in points. */
  height: number
}

/** A line this many ems long measures its size to a few per cent: its pitch is averaged over many characters. */
const STEADY_EMS = 12
/**
 * A short line's box stands up to this much taller than a long line's of the same type (the
 * detector's margin weighs more on it, and its slope is measured over a few characters); type
 * set a third larger stands taller still.
 */
const TALLER = 1.25
/** Baselines this many sizes apart are neighbouring lines. */
const NEXT_LINE = 2.2

/**
 * The size a short line measures, off by up to `2 / ems` of itself: the detector's margins and
 * narrow punctuation ('。' at a line's end, '）》' set half width) weigh on a few characters.
 */
const sizeError = (ems: number): number => Math.min(0.5, 2 / ems)

/**
 * A short line right under a long line that runs to the text's right edge, hardly taller and of a
 * size within its measuring error, is the rest of that line's paragraph or title in the same
 * type: it takes the long line's steadier size. Measured alone, '责）' after a full line of body
 * text came out a third larger, and the layout then kept it apart from its paragraph.
 */
export function sameTypeAsAbove(lines: Measured[]): TextRun[] {
  const right = Math.max(...lines.map((l) => l.run.x + l.run.width))
  let prev: Measured | null = null
  return lines.map((cur) => {
    const above = prev
    prev = cur
    if (!above || cur.ems >= STEADY_EMS || above.ems < STEADY_EMS) return cur.run
    const a = above.run
    const step = a.y - cur.run.y
    if (step < 0.8 * a.size || step > NEXT_LINE * a.size || a.x + a.width < right - a.size) return cur.run
    const ratio = cur.run.size / a.size
    const err = sizeError(cur.ems)
    if (cur.height > TALLER * above.height || ratio > 1 + err || ratio < 1 / (1 + err)) return cur.run
    return { ...cur.run, size: a.size }
  })
}

/** A gap this many ems wide before a lone number on its line held a 目录's dot leaders. */
const LEADER_GAP = 3

/**
 * OCR does not read a 目录's dot leaders (too faint to be found as text): a lone page number far
 * right of its line's text gets them back, as a run of its own in the gap, so the line reads as
 * a text layer's '兴政发〔2022〕8号……1'.
 */
export function withLeaders(runs: TextRun[]): TextRun[] {
  const out = [...runs]
  for (const n of runs) {
    if (!/^\d{1,4}$/.test(n.str.trim())) continue
    const before = runs.filter((r) => r !== n && Math.abs(r.y - n.y) < 0.6 * r.size && r.x + r.width <= n.x)
    if (!before.length) continue
    const left = before.reduce((a, b) => (a.x + a.width > b.x + b.width ? a : b))
    const end = left.x + left.width
    if (n.x - end < LEADER_GAP * left.size) continue
    out.push({ str: '……', x: end + 0.5 * left.size, y: left.y, width: n.x - end - left.size, size: left.size })
  }
  return out
}

/**
 * The marks of the boxes whose text the line holds, in order, positions taken in the line. The
 * boxes used are taken out of `boxes`: each belongs to one line.
 */
function marksOf(line: SourceLine, boxes: ReadBox[]): OcrMarks | null {
  const out: OcrMarks = { confidence: 1, low: [], repaired: [] }
  let from = 0
  const used = new Set<ReadBox>()
  for (const b of boxes) {
    const t = b.text.trim()
    const at = t ? line.text.indexOf(t, from) : -1
    if (at < 0) continue
    used.add(b)
    const lead = b.text.indexOf(t)
    out.confidence = Math.min(out.confidence, b.box.confidence)
    for (let k = 0; k < t.length; k++) if ((b.scores[lead + k] ?? 1) < LOW_CONFIDENCE) out.low.push(at + k)
    // 丶 → 、 is the model's known confusion, not a field changed: it is not shown as a repair.
    for (const r of b.repairs) if (r.rule !== 'PUNCT') for (let k = 0; k < r.length; k++) out.repaired.push(at + r.at - lead + k)
    from = at + t.length
  }
  for (let i = boxes.length - 1; i >= 0; i--) if (used.has(boxes[i])) boxes.splice(i, 1)
  return used.size ? out : null
}

/** Gives each laid-out line the OCR marks of the boxes it was built from (by page). */
export function markLines(lines: SourceLine[], pages: ReadBox[][]): void {
  const left = pages.map((p) => [...p])
  for (const line of lines) {
    const page = line.layout ? left[line.layout.page - 1] : undefined
    const marks = page ? marksOf(line, page) : null
    if (marks) line.ocr = marks
  }
}
