// The column grid: a page whose blank band is widened by short lines in one column (narrow
// table cells) takes the gutter the other pages share, so a 文号 set flush right in column 0 stays
// in column 0 (tuning layout county-lo-noto).
import { describe, expect, it } from 'vitest'
import { pageGutters } from '../../../src/main/importer/layout/column-grid'
import { readingBlocks } from '../../../src/main/importer/layout/columns'
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
})
