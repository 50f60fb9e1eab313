// Three columns, a head on every page, page numbers '第n页' in the outer corner (left on even
// pages, right on odd ones): paragraphs come back whole, in order, and the furniture goes.
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import type { SourceLine } from '../../../src/shared/source-line'
import { FONT, PAGE, flow, frames, render, type Para, type Placed } from '../../support/typeset-pdf'

const SENTENCES = [
  '各乡镇人民政府，县直各有关单位要切实提高思想认识，把安全生产工作作为一项重要政治任务抓紧抓实。',
  '要严格落实企业主体责任，督促企业建立健全安全生产责任制，加大安全投入，强化隐患排查治理。',
  '要加强应急值守，严格执行领导带班和二十四小时值班制度，确保信息畅通，发现问题及时处置。',
  '要广泛开展安全生产宣传教育，普及安全知识，提高全民安全意识，营造全社会关注安全的良好氛围。',
]
// Each paragraph is long enough to cross at least one column break.
const PARAS = Array.from({ length: 18 }, (_, i) =>
  [0, 1, 2, 3, 0, 1].map((k) => SENTENCES[(i + k) % 4]).join(''),
)

function gazette(): Placed[] {
  const out: Placed[] = []
  const paras: Para[] = PARAS.map((text) => ({ text, indent: 2 }))
  flow(out, paras, frames(3, 14), { page: 1, column: 0, y: PAGE.top, top: PAGE.top })
  const pages = Math.max(...out.map((l) => l.page))
  for (let p = 1; p <= pages; p++) {
    const head = '×× 市人民政府公报　2022 年第三期'
    out.push({ page: p, text: head, x: 220, y: 50, font: FONT.song, size: 9 })
    const label = `第${p + 10}页`
    const x = p % 2 === 0 ? PAGE.left : PAGE.width - PAGE.left - 40
    out.push({ page: p, text: label, x, y: 805, font: FONT.song, size: 9 })
  }
  return out
}

describe('reading a three-column gazette', () => {
  let lines: SourceLine[] = []
  let text = ''
  let pages = 0
  beforeAll(async () => {
    const placed = gazette()
    pages = Math.max(...placed.map((l) => l.page))
    const pdf = await readPdf(await render(placed), 'three.pdf', new AbortController().signal)
    lines = pdf.lines
    text = pdf.text
  })

  it('gives every paragraph back whole and in order, across columns and pages', () => {
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(lines.map((l) => l.text)).toEqual(PARAS)
  })

  it('places the lines in three columns and drops the head and the outer-corner numbers', () => {
    expect(new Set(lines.map((l) => l.layout?.columns))).toEqual(new Set([3]))
    const starts = lines.filter((l) => l.layout?.column === 2)
    expect(starts.length).toBeGreaterThan(0)
    expect(text).not.toMatch(/公报|第\d+页/)
    for (const l of lines) expect(l.layout?.pageLabel).toBe(String((l.layout?.page ?? 0) + 10))
  })
})
