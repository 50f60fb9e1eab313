// Line recognition for the detected boxes. paddleocr reads one line at a time too, but it
// pads every line to the page's widest (a lone page number ran as wide as a full line), after
// cutting each box out with a bicubic warp in JavaScript. Here each box is sampled straight to
// the model's 48-pixel height and padded only to the model's least width.

/** A detected text box: its corners top-left, top-right, bottom-right, bottom-left. */
export interface Quad {
  points: { x: number; y: number }[]
}

/** Pixels with 1–4 channels (grey, grey+alpha, RGB, RGBA), row by row. */
export interface Pixels {
  width: number
  height: number
  data: Uint8Array
}

export interface LineRead {
  text: string
  /** One confidence per code unit of `text`. */
  scores: number[]
  confidence: number
}

/** Runs the recognition model on a [batch, 3, 48, width] tensor; gives [batch, steps, classes]. */
export type RunModel = (input: Float32Array, batch: number, width: number) => Promise<{ data: Float32Array; dims: readonly number[] }>

export const LINE_HEIGHT = 48
/**
 * A page's lines are read narrowed to this share of their width: the model's time goes with the
 * width, and PP-OCR was trained on lines squeezed into 320 px. Measured by `npm run bench -- ocr`
 * (3 pages, clean/scanned-looking): characters 99.4%/98.9% at 1, 99.5%/99.0% at 0.75,
 * 99.6%/99.0% at 0.6, 99.5%/98.8% at 0.5 and 99.2%/98.2% at 0.4 (文号 lost: digits grow too
 * thin); CPU per page 9.3 → 7.1 at 0.6. A 目录's lone page numbers are read unsqueezed.
 */
export const LINE_SQUEEZE = 0.6
/** PP-OCR pads a line to at least this width (a ratio of 320:48), as it was trained. */
const MIN_WIDTH = 320

const dist = (a: { x: number; y: number }, b: { x: number; y: number }): number => Math.hypot(a.x - b.x, a.y - b.y)

/** The line's width once scaled to the model's height (at least one pixel). */
export function lineWidth(q: Quad): number {
  const [p0, p1, p2, p3] = q.points
  const w = Math.max(dist(p0, p1), dist(p3, p2), 1)
  const h = Math.max(dist(p0, p3), dist(p1, p2), 1)
  return Math.max(1, Math.ceil((LINE_HEIGHT * w) / h))
}

/**
 * Samples the box into `out` (CHW, `stride` pixels a row) at the model's height, normalised to
 * −1…1 as PP-OCR expects. The box is a rotated rectangle, so an affine map from its top-left
 * corner is exact; a box taller than the line is averaged over n×n points so small strokes of a
 * large heading are not lost between samples.
 */
export function sampleLine(img: Pixels, q: Quad, w: number, out: Float32Array, offset: number, stride: number): void {
  const [p0, p1, , p3] = q.points
  const ch = img.data.length / (img.width * img.height)
  const plane = LINE_HEIGHT * stride
  const ux = (p1.x - p0.x) / w
  const uy = (p1.y - p0.y) / w
  const vx = (p3.x - p0.x) / LINE_HEIGHT
  const vy = (p3.y - p0.y) / LINE_HEIGHT
  const n = Math.max(1, Math.round(Math.hypot(vx, vy)))
  const rgb = [0, 0, 0]
  for (let y = 0; y < LINE_HEIGHT; y++) {
    for (let x = 0; x < w; x++) {
      rgb[0] = rgb[1] = rgb[2] = 0
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const fx = x + (sx + 0.5) / n
          const fy = y + (sy + 0.5) / n
          bilinear(img, ch, p0.x + ux * fx + vx * fy - 0.5, p0.y + uy * fx + vy * fy - 0.5, rgb)
        }
      }
      const at = offset + y * stride + x
      const k = 1 / (n * n * 127.5)
      out[at] = rgb[0] * k - 1
      out[at + plane] = rgb[1] * k - 1
      out[at + 2 * plane] = rgb[2] * k - 1
    }
  }
}

/** Adds the bilinear sample at (x, y), edges clamped, to `acc` (RGB; grey fills all three). */
function bilinear(img: Pixels, ch: number, x: number, y: number, acc: number[]): void {
  const { width, height, data } = img
  const cx = Math.min(Math.max(x, 0), width - 1)
  const cy = Math.min(Math.max(y, 0), height - 1)
  const x0 = Math.floor(cx)
  const y0 = Math.floor(cy)
  const x1 = Math.min(x0 + 1, width - 1)
  const y1 = Math.min(y0 + 1, height - 1)
  const fx = cx - x0
  const fy = cy - y0
  const a = (y0 * width + x0) * ch
  const b = (y0 * width + x1) * ch
  const c = (y1 * width + x0) * ch
  const d = (y1 * width + x1) * ch
  for (let k = 0; k < 3; k++) {
    const o = ch >= 3 ? k : 0
    const top = data[a + o] + (data[b + o] - data[a + o]) * fx
    const bottom = data[c + o] + (data[d + o] - data[c + o]) * fx
    acc[k] += top + (bottom - top) * fy
  }
}

/** Greedy CTC decoding that keeps each character's probability (the model ends in a softmax). */
export function decodeLine(probs: Float32Array, from: number, steps: number, classes: number, dict: string[]): LineRead {
  let text = ''
  const scores: number[] = []
  let last = -1
  for (let t = 0; t < steps; t++) {
    const base = from + t * classes
    let best = 0
    let max = -Infinity
    for (let i = 0; i < classes; i++) {
      const v = probs[base + i]
      if (v > max) [max, best] = [v, i]
    }
    if (best === last) continue
    last = best
    if (best === 0) continue
    const c = dict[best - 1] ?? ''
    text += c
    for (let u = 0; u < c.length; u++) scores.push(max)
  }
  const confidence = scores.length ? scores.reduce((s, v) => s + v, 0) / scores.length : 0
  return { text, scores, confidence }
}

/**
 * Reads every box's line, one line a model run. Batches of like-width lines were measured slower
 * on this CPU (1.5× the CPU time at four lines a run, 2× at eight), and they hold more memory.
 * `signal` is checked before each line, so a cancel or a time limit stops within one line. Each
 * line is narrowed to `squeeze` of its width at the model's height (LINE_SQUEEZE).
 */
export async function recogniseLines(img: Pixels, boxes: Quad[], run: RunModel, dict: string[], signal?: AbortSignal, squeeze = 1): Promise<LineRead[]> {
  const reads: LineRead[] = []
  for (const box of boxes) {
    signal?.throwIfAborted()
    const w = Math.max(1, Math.ceil(lineWidth(box) * squeeze))
    const width = Math.max(MIN_WIDTH, w)
    const input = new Float32Array(3 * LINE_HEIGHT * width)
    sampleLine(img, box, w, input, 0, width)
    const { data, dims } = await run(input, 1, width)
    reads.push(decodeLine(data, 0, dims[1], dims[2], dict))
  }
  return reads
}
