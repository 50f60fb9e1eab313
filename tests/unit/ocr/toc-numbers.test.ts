// A 目录 read by OCR: its dot leaders are not found as text and its lone page numbers are too
// small for detection on the scaled page. The boxes below are those PP-OCRv4 gave for the 目录 of
// county-1col-heads made to look scanned (300 dpi, pixels).
import { describe, expect, it } from 'vitest'
import type { OcrBox } from '../../../src/main/importer/ocr/engine'
import { cropColumns, tocBand, tocRows, withTocNumbers } from '../../../src/main/importer/ocr/toc-numbers'
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
    const band = tocBand(TOC, 2480)
    expect(band).not.toBeNull()
    // Right of every 文号 and of most dot leaders; room for four digits set flush right at the
    // widest line's end (2213), and a little past it for the number's ink.
    expect(band!.from).toBeGreaterThan(2213 - 2.5 * 62)
    expect(band!.from).toBeLessThan(2213 - 4 * 0.5 * 50)
    expect(band!.to).toBeGreaterThan(2213 + 20)
    expect(band!.to).toBeLessThan(2213 + 80)
    expect(tocRows(TOC, 2480)).toHaveLength(5)
  })

  it('cuts the band out of the page’s pixels, every row, whatever the channels', () => {
    for (const channels of [1, 3, 4]) {
      const width = 10
      const height = 3
      const data = new Uint8Array(width * height * channels).map((_, i) => Math.floor(i / channels) % 256)
      const crop = cropColumns({ width, height, data }, 4, 7)
      expect(crop).toMatchObject({ width: 3, height: 3 })
      expect(crop.data).toHaveLength(3 * 3 * channels)
      // Pixel (x, y) of the crop is pixel (x + 4, y) of the page.
      expect(crop.data[(2 * 3 + 1) * channels]).toBe(2 * width + 5)
    }
  })

  it('replaces a number the page’s reading gave in part, and keeps a row’s number that touches the next line', () => {
    const page = [...TOC, box(2163, 1984, 36, 27, '3')]
    // '13' at full resolution covers the '3' whose '1' was lost; '7' read over the band's width
    // reaches down into the next title line's box but is centred on its own row.
    const found = [box(2145, 1973, 61, 46, '13'), box(2101, 1019, 160, 71, '..7')]
    const rows = [...page, box(290, 1087, 1858, 82, '兴县人民政府关于印发兴县绿色低碳县城暨蔚汾河及沿岸风貌提升项目实施方案的通知'), box(382, 1008, 538, 71, '兴政发〔2022]10号')]
    const out = withTocNumbers(rows, found)
    expect(out.filter((b) => /^\d+$/.test(b.text)).map((b) => b.text).sort()).toEqual(['12', '13', '7'])
    expect(out[out.findIndex((b) => b.text === '兴政函〔2022】43号') + 1].text).toBe('13')
    expect(out[out.findIndex((b) => b.text === '兴政发〔2022]10号') + 1].text).toBe('7')
  })

  it('leaves a body page alone, even one citing 文号', () => {
    const body = [
      box(283, 620, 1930, 83, '为了进一步贯彻落实《保障农民工工资支付条例》（国务院令第724号）、'),
      box(283, 700, 1930, 83, '《山西省人民政府办公厅关于进一步做好根治拖欠农民工工资工作的通知》（晋政办发'),
      box(283, 780, 600, 83, '〔2021〕44号）相关规定'),
    ]
    expect(tocBand(body, 2480)).toBeNull()
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
