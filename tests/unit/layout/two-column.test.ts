// A two-column gazette set with pdfkit: 目录 in one column, running heads that alternate
// between odd and even pages, page numbers '— n —', a title over both columns, a paragraph
// running on across a column and a page break, and a second document starting mid-column.
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import type { SourceLine } from '../../../src/shared/source-line'
import { BODY, FONT, PAGE, flow, frames, render, type Para, type Placed } from '../../support/typeset-pdf'

const LONG =
  '为进一步加强全县城乡绿化工作，改善人居环境，提升城乡品质，经县人民政府研究同意，现将有关事项通知如下，请各单位结合实际认真贯彻落实，切实把各项工作任务落到实处，确保取得实效，' +
  '各乡镇人民政府要把城乡绿化工作摆上重要议事日程，明确分管领导和具体负责人员，建立健全工作机制，加强统筹协调，形成上下联动、齐抓共管的工作格局，' +
  '县直各有关部门要按照职责分工，密切配合，加大资金投入，强化技术指导，做好苗木供应、栽植管护和检查验收等各项工作，推动全县城乡绿化工作再上新台阶。'
const SECOND =
  '坚持生态优先、绿色发展，坚持因地制宜、分类施策，坚持政府主导、社会参与，统筹推进城区、乡村和通道绿化，着力构建布局合理、功能完善、景观优美的城乡绿化体系。'
const LAST = '本通知自印发之日起施行。'
const NEXT_BODY =
  '根据上级防汛工作部署，结合我县实际，现就做好今年防汛工作有关事项通知如下，各单位要高度重视，压实责任，加强值班值守，确保安全度汛。'

const toc: Placed[] = [
  { page: 1, text: '目　录', x: 270, y: PAGE.top, font: FONT.hei, size: 16 },
  ...['关于加强城乡绿化工作的通知（兴政发〔2022〕1号）', '关于做好防汛工作的通知（兴政发〔2022〕2号）'].map(
    (t, i): Placed => ({
      page: 1,
      text: `${t}${'…'.repeat(36 - t.length)}${i + 4}`,
      x: PAGE.left,
      y: PAGE.top + 40 + i * 24,
      font: FONT.song,
      size: BODY,
    }),
  ),
]

/** Heads alternate (gazette on even pages, section on odd); every page has '— n —' below. */
function furniture(pages: number): Placed[] {
  const out: Placed[] = []
  for (let p = 1; p <= pages; p++) {
    const label = p + 2
    if (p > 1) {
      const head = p % 2 === 0 ? '兴县人民政府公报　2022年第2期' : '县政府文件'
      const x = p % 2 === 0 ? PAGE.left : PAGE.width - PAGE.left - head.length * 9
      out.push({ page: p, text: head, x, y: 50, font: FONT.song, size: 9 })
    }
    out.push({ page: p, text: `— ${label} —`, x: 280, y: 800, font: FONT.song, size: 9 })
  }
  return out
}

function gazette(): Placed[] {
  const out: Placed[] = [...toc]
  const cols = frames(2, 22)
  const full = [{ x: PAGE.left, width: cols[1].x + cols[1].width - PAGE.left }]
  flow(out, [{ text: '关于加强城乡绿化工作的通知', font: FONT.songBold, size: 16, centre: true }], full, {
    page: 2,
    column: 0,
    y: PAGE.top,
  })
  flow(out, [{ text: '兴政发〔2022〕1号', centre: true }], full, { page: 2, column: 0, y: PAGE.top + 30 })
  const body: Para[] = [
    { text: '县直各有关单位：' },
    { text: LONG + LONG + LONG + LONG + LONG, indent: 2 },
    { text: '一、总体要求', font: FONT.hei, indent: 2 },
    { text: '（一）基本原则。', font: FONT.kai, indent: 2 },
    { text: SECOND + SECOND, indent: 2 },
    { text: LAST, indent: 2 },
  ]
  let at = flow(out, body, cols, { page: 2, column: 0, y: PAGE.top + 60, top: PAGE.top + 60 })
  at = flow(out, [{ text: '关于做好防汛工作的通知', font: FONT.songBold, size: 14, centre: true }], cols, {
    ...at,
    y: at.y + 10,
  })
  flow(out, [{ text: NEXT_BODY.repeat(30), indent: 2 }], cols, at)
  const pages = Math.max(...out.map((l) => l.page))
  return [...out, ...furniture(pages)]
}

describe('reading a two-column gazette', () => {
  let lines: SourceLine[] = []
  let text = ''
  let placed: Placed[] = []
  beforeAll(async () => {
    placed = gazette()
    const pdf = await readPdf(await render(placed), 'two-column.pdf', new AbortController().signal)
    lines = pdf.lines
    if (process.env.DUMP_LAYOUT) for (const l of lines) console.log(l.no, JSON.stringify(l.layout), l.text.slice(0, 30))
    text = pdf.text
  })
  const find = (start: string): SourceLine => {
    const line = lines.find((l) => l.text.startsWith(start) && l.layout?.page !== 1)
    if (!line) throw new Error(`no line starts with ${start}`)
    return line
  }

  it('joins a paragraph across the column break and the page break into one line', () => {
    expect(new Set(placed.map((l) => l.page)).size).toBeGreaterThanOrEqual(3)
    const para = find(LONG.slice(0, 12))
    expect(para.text).toBe(LONG + LONG + LONG + LONG + LONG)
    expect(para.layout?.parts).toBeGreaterThan(20)
    expect(find(SECOND.slice(0, 10)).text).toBe(SECOND + SECOND)
    expect(find(NEXT_BODY.slice(0, 10)).text).toBe(NEXT_BODY.repeat(30))
  })

  it('reads column by column: the order of the text is the order it was written', () => {
    const order = ['关于加强城乡绿化工作的通知', '兴政发', '县直各有关单位：', LONG.slice(0, 8)]
      .concat(['一、总体要求', '（一）基本原则。', SECOND.slice(0, 8), LAST, '关于做好防汛工作的通知', NEXT_BODY.slice(0, 8)])
    const body = lines.filter((l) => l.layout?.page !== 1)
    const at = order.map((s) => body.findIndex((l) => l.text.startsWith(s)))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  it('drops running heads and page numbers, and keeps the printed page number on the lines', () => {
    expect(text).not.toMatch(/兴县人民政府公报|县政府文件|— \d+ —/)
    for (const line of lines) expect(line.layout?.pageLabel).toBe(String((line.layout?.page ?? 0) + 2))
  })

  it('keeps the one-column 目录 as one line per entry, ending in its page number', () => {
    const entries = lines.filter((l) => l.layout?.page === 1 && /\d$/.test(l.text))
    expect(entries.map((l) => l.text.slice(-1))).toEqual(['4', '5'])
    expect(entries.every((l) => l.layout?.columns === 1)).toBe(true)
  })

  it('tells the title over both columns and the mid-column title by their type', () => {
    const title = find('关于加强城乡绿化工作的通知').layout
    expect(title).toMatchObject({ spans: true, columns: 2, font: 'song-bold', bold: true, align: 'centre' })
    expect(title?.relSize).toBeCloseTo(16 / BODY, 1)
    const second = find('关于做好防汛工作的通知')
    expect(second.text).toBe('关于做好防汛工作的通知')
    expect(second.layout).toMatchObject({ spans: false, font: 'song-bold', align: 'centre' })
  })

  it('classes heading and body faces: 黑体, 楷体, 仿宋 with a two-em indent', () => {
    expect(find('一、总体要求').layout?.font).toBe('hei')
    expect(find('（一）基本原则。').layout?.font).toBe('kai')
    const body = find(LONG.slice(0, 12)).layout
    expect(body).toMatchObject({ font: 'fangsong', bold: false, relSize: 1 })
    expect(body?.indent).toBeCloseTo(2, 0)
    expect(find('县直各有关单位：').layout?.indent).toBeCloseTo(0, 0)
  })

  it('numbers lines as the text does', () => {
    const textLines = text.split('\n')
    for (const line of lines) expect(textLines[line.no - 1]).toBe(line.text)
  })
})
