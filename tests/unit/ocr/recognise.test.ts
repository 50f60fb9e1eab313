// Line recognition's own steps, without the model: a box cut out of the page at the model's
// height (straight or askew, grey or RGBA), and the CTC decode that keeps each character's
// probability.
import { describe, expect, it } from 'vitest'
import { LINE_HEIGHT, decodeLine, lineWidth, sampleLine, type Pixels, type Quad } from '../../../src/main/importer/ocr/recognise'

/** A white page `w`×`h` with one black rectangle, in `channels` channels. */
function page(w: number, h: number, channels: number, black: { x0: number; x1: number; y0: number; y1: number }): Pixels {
  const data = new Uint8Array(w * h * channels).fill(255)
  for (let y = black.y0; y < black.y1; y++) for (let x = black.x0; x < black.x1; x++) for (let c = 0; c < Math.min(channels, 3); c++) data[(y * w + x) * channels + c] = 0
  return { width: w, height: h, data }
}

/** A box `w`×`h` at (x, y), turned by `deg` about its top-left corner. */
function quad(x: number, y: number, w: number, h: number, deg = 0): Quad {
  const a = (deg * Math.PI) / 180
  const at = (u: number, v: number) => ({ x: x + u * Math.cos(a) - v * Math.sin(a), y: y + u * Math.sin(a) + v * Math.cos(a) })
  return { points: [at(0, 0), at(w, 0), at(w, h), at(0, h)] }
}

/** The grey value (−1 black … 1 white) of column `x`, row `y` of channel `c` in a CHW tensor. */
const at = (t: Float32Array, stride: number, x: number, y: number, c = 0) => t[c * LINE_HEIGHT * stride + y * stride + x]

describe('a line cut out at the model’s height', () => {
  it('keeps the box’s proportions: 480×96 pixels become 240 wide at 48 high', () => {
    expect(lineWidth(quad(0, 0, 480, 96))).toBe(240)
    expect(lineWidth(quad(10, 10, 480, 96, 0.7))).toBe(240)
  })

  it('finds a mark where it stands in the box, from a grey page and from an RGBA one', () => {
    // A black bar over the box's middle third, across its height.
    for (const channels of [1, 4]) {
      const img = page(400, 200, channels, { x0: 140, x1: 180, y0: 0, y1: 200 })
      const box = quad(100, 50, 120, 96)
      const w = lineWidth(box)
      const out = new Float32Array(3 * LINE_HEIGHT * 80)
      sampleLine(img, box, w, out, 0, 80)
      expect(w).toBe(60)
      expect(at(out, 80, 5, 24)).toBeCloseTo(1, 5) // white left of the bar
      expect(at(out, 80, 30, 24, 2)).toBeCloseTo(-1, 5) // black in it, every channel
      expect(at(out, 80, 55, 24)).toBeCloseTo(1, 5) // white right of it
      expect(at(out, 80, 70, 24)).toBe(0) // padding past the line stays 0, as PP-OCR pads
    }
  })

  it('straightens an askew box: a bar along its top edge stays in the top rows', () => {
    // The box turned 3°: a bar drawn along its turned top edge must land in the top rows only.
    const deg = 3
    const img = page(600, 300, 1, { x0: 0, x1: 0, y0: 0, y1: 0 })
    const box = quad(50, 100, 400, 48, deg)
    for (let u = 0; u < 400; u++) {
      for (let v = 0; v < 8; v++) {
        const x = Math.round(50 + u * Math.cos((deg * Math.PI) / 180) - v * Math.sin((deg * Math.PI) / 180))
        const y = Math.round(100 + u * Math.sin((deg * Math.PI) / 180) + v * Math.cos((deg * Math.PI) / 180))
        img.data[y * 600 + x] = 0
      }
    }
    const w = lineWidth(box)
    const out = new Float32Array(3 * LINE_HEIGHT * w)
    sampleLine(img, box, w, out, 0, w)
    for (const x of [20, 200, 380]) {
      expect(at(out, w, x, 3)).toBeLessThan(-0.5)
      expect(at(out, w, x, 30)).toBeGreaterThan(0.9)
    }
  })
})

describe('CTC decoding', () => {
  // Classes: 0 blank, then the dictionary's characters.
  const dict = ['兴', '政', '发', '〔']
  function probs(steps: [number, number][]): Float32Array {
    const classes = dict.length + 1
    const p = new Float32Array(steps.length * classes)
    steps.forEach(([best, prob], t) => {
      for (let c = 0; c < classes; c++) p[t * classes + c] = c === best ? prob : (1 - prob) / (classes - 1)
    })
    return p
  }

  it('merges repeats, drops blanks, and keeps the first step’s probability per character', () => {
    const p = probs([[1, 0.9], [1, 0.99], [0, 0.8], [2, 0.6], [0, 0.9], [2, 0.95], [3, 0.7]])
    const r = decodeLine(p, 0, 7, dict.length + 1, dict)
    expect(r.text).toBe('兴政政发')
    expect(r.scores.map((s) => Number(s.toFixed(2)))).toEqual([0.9, 0.6, 0.95, 0.7])
    expect(r.confidence).toBeCloseTo((0.9 + 0.6 + 0.95 + 0.7) / 4, 5)
  })

  it('reads the second line of a batch from its own offset', () => {
    const p = new Float32Array([...probs([[0, 0.9], [0, 0.9]]), ...probs([[4, 0.85], [0, 0.9]])])
    expect(decodeLine(p, 2 * (dict.length + 1), 2, dict.length + 1, dict).text).toBe('〔')
  })
})
