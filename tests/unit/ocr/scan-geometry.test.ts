// What the line model takes from a scan's box geometry where sizes are measured, not given:
// a short line under a full one keeps that line's type (a paragraph's last line, a title's
// tail), and OCR'd title lines compare sizes within measuring error. Boxes are made up here in
// the shape PP-OCRv4 gives them for county-1col-heads at 300 dpi (pixels; A4 is 2480 × 3508).
import { describe, expect, it } from 'vitest'
import type { OcrBox } from '../../../src/main/importer/ocr/engine'
import { layScan } from '../../../src/main/importer/ocr/read-scan'
import { repairLine } from '../../../src/main/importer/ocr/repair'
import { titleAboveByType } from '../../../src/main/importer/parse/title-type'

function box(x: number, y: number, width: number, height: number, text: string): OcrBox {
  const points = [{ x, y }, { x: x + width, y }, { x: x + width, y: y + height }, { x, y: y + height }]
  return { text, scores: [...text].map(() => 0.99), confidence: 0.99, x, y, width, height, points }
}

const FULL = '施工总承包单位或劳务分包单位应当与每一个农民工先签订书面劳动合同后组织农民工进场'
const LEFT = 283
const WIDTH = 1924

/** A page: a title of two lines (its tail measured a seventh too small), its 文号, and body text. */
function page(): OcrBox[] {
  const boxes = [
    box(307, 307, 1926, 102, '兴县人民政府关于印发《兴县全民健身实施计划（2021一2025'),
    box(1100, 409, 314, 77, '年）》通知'),
    box(1031, 510, 433, 64, '兴政发〔2022〕9号'),
    box(294, 600, 796, 66, '各乡（镇）人民政府，县直各有关单位：'),
  ]
  let y = 680
  for (let p = 0; p < 4; p++) {
    boxes.push(box(LEFT + 100, y, WIDTH - 100, 80, FULL.slice(2)))
    for (let k = 0; k < 2; k++) boxes.push(box(LEFT, (y += 78), WIDTH, 80, FULL))
    // The paragraph's last two characters: measured alone, a third larger than the body.
    boxes.push(box(LEFT, (y += 78), 70, 62, '负责）'.slice(1)))
    y += 78
  }
  return boxes
}

const laid = () => layScan([{ width: 595.28, height: 841.89, px: { width: 2480, height: 3508 }, boxes: page() }])

describe('sizes measured from a scan’s boxes', () => {
  it('gives a paragraph’s short last line its full lines’ size, so the paragraph is joined', () => {
    const { lines } = laid()
    expect(lines.some((l) => l.text === '责）')).toBe(false)
    const paragraphs = lines.filter((l) => l.text.endsWith('责）'))
    expect(paragraphs).toHaveLength(4)
    expect(paragraphs.every((l) => l.layout?.parts === 4)).toBe(true)
  })

  it('gives a title’s short tail the size of the full line above it, not the 文号 under it', () => {
    const { lines } = laid()
    const title = lines.find((l) => l.text.startsWith('兴县人民政府关于'))?.layout
    const tail = lines.find((l) => l.text === '年）》通知')?.layout
    const number = lines.find((l) => l.text.startsWith('兴政发'))?.layout
    expect(tail?.size).toBe(title?.size)
    expect(number!.size).toBeLessThan(0.85 * title!.size)
  })

  it('bounds the title by its type though the sizes differ by a seventh, where a file’s sizes would not', () => {
    const { lines } = laid()
    const at = lines.findIndex((l) => l.text.startsWith('兴政发'))
    const tail = lines[at - 1]
    // The tail as measured before it took the title line's size.
    const measured = lines.map((l) => (l === tail && l.layout ? { ...l, layout: { ...l.layout, size: 0.86 * l.layout.size } } : l))
    expect(titleAboveByType(measured, at, 0)).toEqual([at - 2, at - 1])
    const typeset = measured.map((l) => (l.layout ? { ...l, layout: { ...l.layout, measured: false } } : l))
    expect(titleAboveByType(typeset, at, 0)).toEqual([at - 1])
  })

  it('repairs a year range’s dash where a title wraps after it, and only there', () => {
    expect(repairLine('计划（2021一2025', []).text).toBe('计划（2021—2025')
    expect(repairLine('2021一2025', []).text).toBe('2021一2025')
  })
})
