// Detection a band at a time: the page is scaled as paddleocr scales it for detection, the model
// is run on overlapping bands of rows, and the rows each band keeps make up the page's score map.
import { describe, expect, it } from 'vitest'
import { bandsOf, detectScale, stitchBands, type Band } from '../../../src/main/importer/ocr/detect-bands'

describe('text detection in overlapping bands', () => {
  it('scales an A4 page at 300 dpi as paddleocr does: long side 1600, sides multiples of 32', () => {
    expect(detectScale(2480, 3508, 1600)).toMatchObject({ dstWidth: 1120, dstHeight: 1600, srcWidth: 2480, srcHeight: 3508 })
    // Never scaled up; a narrow strip at full resolution is only rounded to the model's stride.
    expect(detectScale(150, 3508, 3508)).toMatchObject({ dstWidth: 160, dstHeight: 3520 })
  })

  it('cuts the rows into bands of one height that keep every row once, each with room around it', () => {
    const rows = 1600
    const bands = bandsOf(rows, 3)
    expect(bands).toHaveLength(3)
    expect(new Set(bands.map((b) => b.height)).size).toBe(1)
    expect(bands[0].from).toBe(0)
    expect(bands.at(-1)!.to).toBe(rows)
    for (const [i, b] of bands.entries()) {
      if (i > 0) expect(b.from).toBe(bands[i - 1].to)
      for (const v of [b.top, b.height, b.from]) expect(v % 32).toBe(0)
      expect(b.height).toBeLessThan(rows * 0.55)
      // 128 rows (8 % of the page) of context past each inner cut.
      if (b.from > 0) expect(b.from - b.top).toBeGreaterThanOrEqual(128)
      if (b.to < rows) expect(b.top + b.height - b.to).toBeGreaterThanOrEqual(128)
    }
    expect(bandsOf(rows, 1)).toEqual([{ top: 0, height: rows, from: 0, to: rows }])
    // Too few rows for bands with room around them: the page whole.
    expect(bandsOf(96, 3)).toHaveLength(1)
  })

  it('puts the page’s score map together from the rows each band keeps', async () => {
    const width = 7
    const rows = 1600
    // A map whose value says where it is, as the model's would if it saw the whole page.
    const at = (x: number, y: number): number => y * 1000 + x
    const runs: Band[] = []
    const run = async (band: Band): Promise<Float32Array> => {
      runs.push(band)
      return Float32Array.from({ length: width * band.height }, (_, i) => at(i % width, band.top + Math.floor(i / width)))
    }
    const map = await stitchBands(bandsOf(rows, 3), width, rows, run)
    expect(runs).toHaveLength(3)
    expect(map).toEqual(Float32Array.from({ length: width * rows }, (_, i) => at(i % width, Math.floor(i / width))))
  })
})
