// A 目录 read by OCR: its dot leaders are not found as text and its lone page numbers are too
// small for detection on the scaled page. The boxes below are those PP-OCRv4 gave for the 目录 of
// county-1col-heads made to look scanned (300 dpi, pixels).
import { describe, expect, it } from 'vitest'
import type { OcrBox } from '../../../src/main/importer/ocr/engine'
import { tocNumbersFrom, tocRows, withTocNumbers } from '../../../src/main/importer/ocr/toc-numbers'
import { withLeaders } from '../../../src/main/importer/ocr/scan-lines'

function box(x: number, y: number, width: number, height: number, text: string): OcrBox {
  const points = [{ x, y }, { x: x + width, y }, { x: x + width, y: y + height }, { x, y: y + height }]
  return { text, scores: [...text].map(() => 0.95), confidence: 0.95, x, y, width, height, points }
}

const TOC = [
  box(1076, 300, 359, 119, '目录'),
  box(290, 620, 1471, 77, '兴县人民政府关于印发全面落实保障农民工工资支付相关制度的通知'),
  box(378, 701, 448, 62, '兴政发〔2022】8号'),
  box(289, 776, 1534, 81, '兴县人民政府关于印发《兴县全民健身实施计划（2021一2025年）》通知'),
  box(382, 857, 478, 64, '兴政发〔2022]9号'),
  box(283, 1241, 1930, 83, '兴县人民政府关于省道254线兴县境内吕家沟至魏家滩段改建工程项目资金承诺及列入中'),
  box(374, 1399, 474, 61, '兴政函[2022]29号'),
  box(373, 1708, 527, 68, '兴政函〔2022】39号．.'),
  box(2156, 1744, 48, 40, '12'),
  box(372, 1947, 476, 53, '兴政函〔2022】43号'),
]

describe('a 目录’s page numbers read again', () => {
  it('knows a 目录 page by its 文号 lines ending short of the margin, and reads a band at the text’s right edge', () => {
    const from = tocNumbersFrom(TOC, 2480)
    expect(from).not.toBeNull()
    // Right of every 文号, inside the widest line's end: where flush-right numbers stand.
    expect(from).toBeGreaterThan(900)
    expect(from).toBeLessThan(2156)
    expect(tocRows(TOC, 2480)).toHaveLength(5)
  })

  it('leaves a body page alone, even one citing 文号', () => {
    const body = [
      box(283, 620, 1930, 83, '为了进一步贯彻落实《保障农民工工资支付条例》（国务院令第724号）、'),
      box(283, 700, 1930, 83, '《山西省人民政府办公厅关于进一步做好根治拖欠农民工工资工作的通知》（晋政办发'),
      box(283, 780, 600, 83, '〔2021〕44号）相关规定'),
    ]
    expect(tocNumbersFrom(body, 2480)).toBeNull()
  })

  it('adds numbers after their line’s box, drops leader dots before them, and keeps what was read already', () => {
    const found = [box(2150, 720, 40, 40, '..1'), box(2150, 1740, 60, 40, '12'), box(2100, 1250, 110, 70, '及列入中'), box(2150, 1420, 60, 40, '11')]
    const out = withTocNumbers(TOC, found)
    expect(out.map((b) => b.text)).toEqual([...TOC.slice(0, 3).map((b) => b.text), '1', ...TOC.slice(3, 7).map((b) => b.text), '11', ...TOC.slice(7).map((b) => b.text)])
    expect(out.find((b) => b.text === '1')?.scores).toHaveLength(1)
  })
})

describe('dot leaders put back', () => {
  const run = (str: string, x: number, width: number, y = 700) => ({ str, x, y, width, size: 12 })

  it('fills the wide gap before a lone page number, so the line reads 文号……page', () => {
    const out = withLeaders([run('兴政发〔2022〕8号', 90, 110), run('1', 515, 6)])
    const leader = out.find((r) => r.str === '……')
    expect(leader).toBeDefined()
    expect(leader!.x).toBeGreaterThan(200)
    expect(leader!.x + leader!.width).toBeLessThan(515)
  })

  it('adds none for a number close after its text, or alone on its line', () => {
    expect(withLeaders([run('第', 90, 12), run('3', 104, 6), run('页', 112, 12)])).toHaveLength(3)
    expect(withLeaders([run('— 3 —', 280, 40)])).toHaveLength(1)
    expect(withLeaders([run('12', 515, 12, 700), run('兴政发〔2022〕8号', 90, 110, 650)])).toHaveLength(2)
  })
})
