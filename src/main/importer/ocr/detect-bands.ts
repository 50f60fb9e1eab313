// Text detection a band of the page at a time. The detection model's working memory grows with
// the pixels it is given at once (measured: ~0.45 GB above the models for a whole A4 page at
// 1600 px), so the page, scaled as for whole-page detection, is given to the model in
// horizontal bands that overlap, and the score maps the model draws are put back together into
// the page's. Lines are then found on the whole map, as before: a line across a cut is one
// line, and boxes come out on the page's own grid.

/** What paddleocr's DB postprocessing needs to know of the scaling (its resizeParams). */
export interface DetectScale {
  srcWidth: number
  srcHeight: number
  resizeSourceWidth: number
  resizeSourceHeight: number
  dstWidth: number
  dstHeight: number
  scaleWidth: number
  scaleHeight: number
}

/** The model's rows `top`..`top + height` are run; its map's rows `from`..`to` are kept. */
export interface Band {
  top: number
  height: number
  from: number
  to: number
}

/** The detection model's input sides are multiples of its stride (32, as paddleocr rounds them). */
const UNIT = 32
/** paddleocr's cap on the scaled long side. */
const MAX_SIDE_LIMIT = 4000
/**
 * Each band reaches past the rows it keeps by this share of the page (whole units): 8 % of an
 * A4 page at 1600 px is 128 rows, 65 pt, so every kept row has that much page around it.
 */
const MARGIN = 0.08

/** The scaling paddleocr's detection makes ('max' limit): the long side to `maxSide`, never up, sides rounded to 32. */
export function detectScale(width: number, height: number, maxSide: number): DetectScale {
  const ratio = Math.max(width, height) > maxSide ? maxSide / Math.max(width, height) : 1
  let w = Math.round(width * ratio)
  let h = Math.round(height * ratio)
  if (Math.max(w, h) > MAX_SIDE_LIMIT) {
    const cap = MAX_SIDE_LIMIT / Math.max(w, h)
    w = Math.round(w * cap)
    h = Math.round(h * cap)
  }
  const dstWidth = w % UNIT ? Math.max(Math.round(w / UNIT) * UNIT, UNIT) : w
  const dstHeight = h % UNIT ? Math.max(Math.round(h / UNIT) * UNIT, UNIT) : h
  const s = { srcWidth: width, srcHeight: height, resizeSourceWidth: width, resizeSourceHeight: height }
  return { ...s, dstWidth, dstHeight, scaleWidth: dstWidth / width, scaleHeight: dstHeight / height }
}

/**
 * `count` bands over `rows` rows (a multiple of 32), all of one height so each run of the model
 * has the same shapes; each keeps its share of the rows and reaches MARGIN past it both ways.
 */
export function bandsOf(rows: number, count: number): Band[] {
  const units = Math.floor(rows / UNIT)
  const margin = Math.max(1, Math.round(units * MARGIN))
  const n = Math.max(1, Math.min(count, Math.floor(units / (2 * margin + 1))))
  if (n === 1) return [{ top: 0, height: rows, from: 0, to: rows }]
  const span = Math.min(units, Math.ceil(units / n) + 2 * margin)
  const bands: Band[] = []
  for (let i = 0; i < n; i++) {
    const from = Math.round((i * units) / n)
    const to = Math.round(((i + 1) * units) / n)
    const top = Math.max(0, Math.min(from - margin, units - span))
    bands.push({ top: top * UNIT, height: span * UNIT, from: from * UNIT, to: i === n - 1 ? rows : to * UNIT })
  }
  return bands
}

/**
 * The page's score map (`width` × `rows`), each band's kept rows from its own run: `run` gives
 * the model's output for the band's rows, its first channel the text score map.
 */
export async function stitchBands(bands: Band[], width: number, rows: number, run: (band: Band) => Promise<Float32Array>): Promise<Float32Array> {
  if (bands.length === 1) return run(bands[0])
  const map = new Float32Array(width * rows)
  for (const band of bands) {
    const out = await run(band)
    map.set(out.subarray((band.from - band.top) * width, (band.to - band.top) * width), band.from * width)
  }
  return map
}
