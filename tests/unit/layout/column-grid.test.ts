// The column grid: a page whose blank band is widened by short lines in one column (narrow
// table cells) takes the gutter the other pages share, so a 文号 set flush right in column 0 stays
// in column 0 (tuning layout county-lo-noto).
import { describe, expect, it } from 'vitest'
import { pageGutters } from '../../../src/main/importer/layout/column-grid'
import { findGutters, readingBlocks } from '../../../src/main/importer/layout/columns'
import { groupLines, type TextRun } from '../../../src/main/importer/layout/pdf-lines'

const EM = 10
const run = (str: string, x: number, y: number, width: number): TextRun => ({ str, x, y, width, size: EM })
// Columns of 20 ems at x 50 and 270: a 2-em gutter from 250 to 270.
const full = (c: number, y: number): TextRun => run('文'.repeat(20), c === 0 ? 50 : 270, y, 200)

function twoColumnPage(): TextRun[] {
  return Array.from({ length: 12 }, (_, i) => [full(0, 700 - i * 16), full(1, 700 - i * 16)]).flat()
}

function narrowCellPage(): TextRun[] {
  const cells = Array.from({ length: 10 }, (_, i) => run('时间时间', 50, 700 - i * 16, 40))
  const rows = Array.from({ length: 10 }, (_, i) => run('专业专业', 110, 700 - i * 16, 40))
  const number = run('兴政办函〔2022〕8号', 170, 530, 80) // flush right in column 0
  const right = Array.from({ length: 12 }, (_, i) => full(1, 700 - i * 16))
  return [...cells, ...rows, number, ...right]
}

describe('the issue column grid', () => {
  it("gives a page whose wide blank band holds the usual gutter that gutter, and keeps column 0's 文号 in column 0", () => {
    const pages = [twoColumnPage(), twoColumnPage(), twoColumnPage(), narrowCellPage()].map(groupLines)
    const gutters = pageGutters(pages)
    expect(gutters[3]).toEqual([gutters[0][0]])
    const blocks = readingBlocks(pages[3], gutters[3])
    const numberBlock = blocks.find((b) => b.runs.some((r) => r.str.startsWith('兴政办函')))
    expect(numberBlock?.column).toBe(0)
  })

  it('reads a balanced last page of a line or two a column in the usual columns', () => {
    // LaTeX balanced the closing words, signature and date: the date went to the second column.
    const last = [run('感谢您对政府工作的关心和支持。', 50, 700, 150), run('二〇〇六年九月七日', 380, 700, 90), run('国务院办公厅', 170, 684, 60)]
    const pages = [twoColumnPage(), twoColumnPage(), twoColumnPage(), last].map(groupLines)
    const gutters = pageGutters(pages)
    expect(gutters[3]).toEqual([gutters[0][0]])
    const order = readingBlocks(pages[3], gutters[3]).flatMap((b) => b.runs.map((r) => r.str))
    expect(order).toEqual(['感谢您对政府工作的关心和支持。', '国务院办公厅', '二〇〇六年九月七日'])
  })

  it("reads a page whose column 1 holds only a 栏目's first line, opened at the page's foot beside its title, in the usual columns (county-lo-autonum)", () => {
    // A table fills column 0; the next 栏目's continuous section opens under it: 文号 and title in
    // column 0, the recipients in column 1 on the title's first baseline.
    const table = Array.from({ length: 10 }, (_, i) => [run('时间时间', 50, 700 - i * 16, 40), run('专业专业', 110, 700 - i * 16, 40)]).flat()
    const foot = [run('兴政办发〔2022〕12号', 170, 520, 80), run('兴县人民政府办公室关于印发', 50, 504, 195), run('各乡（镇）人民政府、县直各有关单位：', 270, 504, 180), run('兴县依法关闭自备水井专项整', 50, 488, 195)]
    const pages = [twoColumnPage(), twoColumnPage(), twoColumnPage(), [...table, ...foot]].map(groupLines)
    const gutters = pageGutters(pages)
    expect(gutters[3]).toEqual([gutters[0][0]])
    const order = readingBlocks(pages[3], gutters[3]).flatMap((b) => b.runs.map((r) => r.str))
    expect(order.slice(-2)).toEqual(['兴县依法关闭自备水井专项整', '各乡（镇）人民政府、县直各有关单位：'])
  })

  it('keeps a one-column page whose only ink right of the gutter is set far in (a signature), not a column', () => {
    const text = Array.from({ length: 8 }, (_, i) => run('文'.repeat(18), 50, 700 - i * 16, 180))
    const signed = [...text, run('正文的最后一行', 50, 572, 70), run('兴县人民政府', 400, 572, 60)]
    const pages = [twoColumnPage(), twoColumnPage(), twoColumnPage(), signed].map(groupLines)
    expect(pageGutters(pages)[3]).toEqual([])
  })

  it("reads a 目录's last entries carried over to a page of two lines a column in the 目录 page's columns, in an issue whose body runs in one (city-xe-one2-many, page 3)", () => {
    const body = (): TextRun[] => Array.from({ length: 12 }, (_, i) => run('文'.repeat(41), 50, 700 - i * 16, 410))
    // The 目录 runs on from page 2's two columns: a 栏目 and an entry's first line left, its last line and 文号 right.
    const carried = [
      run('【县（市、区）文件】', 50, 700, 100),
      run('详细规划（2021-2035）的批复. . . . . . . . . . 29', 280, 700, 170),
      run('兴县人民政府关于兴县经济技术开发区控制性', 50, 682, 200),
      run('（兴政函〔2022〕50 号）', 280, 684, 90),
    ]
    const pages = [twoColumnPage(), carried, body(), body(), body()].map(groupLines)
    const gutters = pageGutters(pages)
    expect(gutters[1]).toEqual(gutters[0])
    expect(gutters[2]).toEqual([])
    const order = readingBlocks(pages[1], gutters[1]).flatMap((b) => b.runs.map((r) => r.str))
    expect(order).toEqual(['【县（市、区）文件】', '兴县人民政府关于兴县经济技术开发区控制性', '详细规划（2021-2035）的批复. . . . . . . . . . 29', '（兴政函〔2022〕50 号）'])
  })
})

// Three columns of 12 ems at x 50, 190 and 330: gutters 170–190 and 310–330.
const third = (c: number, y: number): TextRun => run('文'.repeat(12), 50 + c * 140, y, 120)

function threeColumnPage(): TextRun[] {
  return Array.from({ length: 12 }, (_, i) => [0, 1, 2].map((c) => third(c, 700 - i * 16))).flat()
}

describe('the issue column grid of three columns', () => {
  it('reads a balanced last page of one line a column in the three usual columns (prov-3col-dots)', () => {
    const last = [run('强对地方政府网站外文版建设的指', 50, 700, 120), run('交往的实际选择语种，不断促进地方', 190, 700, 120), run('持。', 330, 700, 20),
      run('导，坚持宣传与服务并重', 50, 684, 110), run('政府网站外文版的发展。', 190, 684, 110), run('国务院办公厅', 370, 684, 60)]
    const pages = [threeColumnPage(), threeColumnPage(), threeColumnPage(), last].map(groupLines)
    const gutters = pageGutters(pages)
    expect(gutters[3]).toEqual(gutters[0])
    const order = readingBlocks(pages[3], gutters[3]).map((b) => b.runs.map((r) => r.str).join('|'))
    expect(order).toEqual(['强对地方政府网站外文版建设的指|导，坚持宣传与服务并重', '交往的实际选择语种，不断促进地方|政府网站外文版的发展。', '持。|国务院办公厅'])
  })
})

describe('a two-column 目录', () => {
  const page = (): TextRun[] => Array.from({ length: 12 }, (_, i) => [full(0, 660 - i * 16), full(1, 660 - i * 16)]).flat()

  it('keeps a 栏目 heading of the right column, set larger and touching the gutter, out of the left line beside it', () => {
    // The left line's 〕 hangs into the gutter; the heading's 【 is set half an em before its column.
    const heading: TextRun = { str: '【国务院办公厅函件】', x: 262, y: 452, width: 120, size: 12 }
    const runs = page().filter((r) => r.y !== 452).concat([run('港方口岸区范围的批复（国函〔2006〕', 50, 452, 214), heading])
    const lines = groupLines(runs)
    const blocks = readingBlocks(lines, findGutters(lines))
    expect(blocks.some((b) => b.spans)).toBe(false)
    expect(blocks.find((b) => b.runs.includes(heading))?.column).toBe(1)
  })

  it('reads the letter-spaced 目　录 centred over both columns as one spanning line before them', () => {
    const title = [{ str: '目', x: 222, y: 700, width: 17, size: 17 }, { str: '录', x: 281, y: 700, width: 17, size: 17 }]
    const lines = groupLines([...title, ...page()])
    const blocks = readingBlocks(lines, findGutters(lines))
    expect(blocks[0]).toMatchObject({ spans: true })
    expect(blocks[0].runs.map((r) => r.str)).toEqual(['目', '录'])
    expect(blocks.slice(1).map((b) => b.column)).toEqual([0, 1])
  })
})
