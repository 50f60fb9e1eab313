// Column detection from the ink's x-distribution, and reading order around spanning titles.
import { describe, expect, it } from 'vitest'
import { readingBlocks, findGutters } from '../../../src/main/importer/layout/columns'
import { groupLines, type TextRun } from '../../../src/main/importer/layout/pdf-lines'

const EM = 10
const run = (str: string, x: number, y: number): TextRun => ({
  str,
  x,
  y,
  width: [...str].length * EM,
  size: EM,
})
// Columns of 20 ems at x 50 and 270: a 2-em gutter from 250 to 270.
const LEFT = 50
const RIGHT = 270
const line = (tag: string, x: number, y: number): TextRun => run(tag.padEnd(20, '文'), x, y)

const texts = (runs: TextRun[]): string[] => groupLines(runs).map((l) => l.runs.map((r) => r.str).join(''))

describe('columns', () => {
  it('keeps a 文号 centred over the gutter as one line, and cuts a run holding two columns at the gutter', () => {
    const runs: TextRun[] = []
    for (let i = 0; i < 6; i++) runs.push(line(`上左${i}`, LEFT, 700 - i * 16), line(`上右${i}`, RIGHT, 700 - i * 16))
    // pdf.js's single runs: the 文号 filled by its characters; two columns' lines with the gutter's blank.
    runs.push({ str: '国办发〔2018〕115 号', x: 205, y: 600, width: 85, size: EM })
    runs.push({ str: '下左行文字 下右行文字', x: LEFT, y: 584, width: 420, size: EM })
    for (let i = 1; i < 6; i++) runs.push(line(`下左${i}`, LEFT, 584 - i * 16), line(`下右${i}`, RIGHT, 584 - i * 16))
    const blocks = readingBlocks(groupLines(runs))
    const number = blocks.find((b) => b.runs.some((r) => r.str.includes('国办发')))
    expect(number?.runs.filter((r) => r.y === 600).map((r) => r.str)).toEqual(['国办发〔2018〕115 号'])
    expect(number?.spans).toBe(true)
    const right = blocks.find((b) => !b.spans && b.column === 1 && b.runs.some((r) => r.str === '下右行文字'))
    expect(right?.runs.find((r) => r.str === '下右行文字')?.x).toBeGreaterThanOrEqual(250)
  })

  it('reads two columns one after the other, with a spanning title cutting the page in two', () => {
    const runs: TextRun[] = []
    for (let i = 0; i < 6; i++) runs.push(line(`上左${i}`, LEFT, 700 - i * 16), line(`上右${i}`, RIGHT, 700 - i * 16))
    runs.push(run('关于开展某某工作的通知关于开展某某工作', 100, 580))
    for (let i = 0; i < 6; i++) runs.push(line(`下左${i}`, LEFT, 550 - i * 16), line(`下右${i}`, RIGHT, 550 - i * 16))
    const lines = groupLines(runs)
    expect(findGutters(lines)).toHaveLength(1)
    const blocks = readingBlocks(lines)
    expect(blocks.map((b) => [b.spans, b.column])).toEqual([
      [false, 0],
      [false, 1],
      [true, 0],
      [false, 0],
      [false, 1],
    ])
    expect(texts(blocks[1].runs)[0]).toMatch(/^上右0/)
    expect(texts(blocks[3].runs)[0]).toMatch(/^下左0/)
  })

  it('keeps one column when lines cross the middle, short lines and a signature aside', () => {
    const runs: TextRun[] = []
    for (let i = 0; i < 10; i++) runs.push(run('正文'.repeat(21), LEFT, 700 - i * 16))
    runs.push(run('县直各有关单位：', LEFT, 520), run('兴县人民政府', 380, 500), run('2022年3月1日', 380, 484))
    runs.push(run('一、总体要求', LEFT, 468), run('二、工作任务', LEFT, 452), run('三、保障措施', LEFT, 436))
    expect(readingBlocks(groupLines(runs))).toHaveLength(1)
  })

  it('starts mid-column: a column holding only the end of a page is still a column', () => {
    const runs: TextRun[] = []
    for (let i = 0; i < 8; i++) runs.push(line(`左${i}`, LEFT, 700 - i * 16))
    for (let i = 0; i < 3; i++) runs.push(line(`右${i}`, RIGHT, 700 - i * 16))
    const blocks = readingBlocks(groupLines(runs))
    expect(blocks.map((b) => b.column)).toEqual([0, 1])
    expect(texts(blocks[0].runs)).toHaveLength(8)
  })

  it('does not take punctuation hanging into the gutter for a spanning line', () => {
    const runs: TextRun[] = []
    for (let i = 0; i < 8; i++) runs.push(line(`左${i}`, LEFT, 700 - i * 16), line(`右${i}`, RIGHT, 700 - i * 16))
    // The left line ends with '、' hung past the column edge (250 → 262), beyond the gutter's middle.
    runs.push(run('本项目实施以政府主导市场运营为原则、', LEFT + 32, 560), run('硬化面积为'.padEnd(20, '文'), RIGHT, 560))
    const blocks = readingBlocks(groupLines(runs))
    expect(blocks.map((b) => [b.spans, b.column])).toEqual([
      [false, 0],
      [false, 1],
    ])
  })

  it('cuts a run holding a line of each column at the space pdf.js put for the gutter', () => {
    const runs: TextRun[] = []
    for (let i = 0; i < 8; i++) runs.push(line(`左${i}`, LEFT, 700 - i * 16), line(`右${i}`, RIGHT, 700 - i * 16))
    const both = `${'左'.repeat(20)} ${'右'.repeat(20)}`
    runs.push({ str: both, x: LEFT, y: 560, width: RIGHT + 20 * EM - LEFT, size: EM })
    const blocks = readingBlocks(groupLines(runs))
    expect(blocks.map((b) => b.spans)).toEqual([false, false])
    expect(texts(blocks[0].runs).at(-1)).toBe('左'.repeat(20))
    expect(texts(blocks[1].runs).at(-1)).toBe('右'.repeat(20))
  })

  // A spanning title of 16-pt 黑体 justified to the full width (50 → 470), as LibreOffice sets a
  // joint document's title: its first line's stretched word space falls in the gutter.
  const HEAD = 16
  const head = (str: string, x: number, y: number, width: number): TextRun => ({ str, x, y, width, size: HEAD })
  const titleRuns = (firstLine: TextRun[], below: TextRun | null): TextRun[] => {
    const runs: TextRun[] = []
    for (let i = 0; i < 8; i++) runs.push(line(`上左${i}`, LEFT, 700 - i * 16), line(`上右${i}`, RIGHT, 700 - i * 16))
    runs.push(...firstLine)
    if (below) runs.push(below)
    for (let i = 0; i < 6; i++) runs.push(line(`下左${i}`, LEFT, 520 - i * 16), line(`下右${i}`, RIGHT, 520 - i * 16))
    return runs
  }

  it('keeps a spanning title line whole when its word space falls in the gutter', () => {
    const first = [head('兴县人力资源和社会保障局', LEFT, 580, 192), head('兴县发展和改革局兴县财政局兴县', RIGHT, 580, 200)]
    const blocks = readingBlocks(groupLines(titleRuns(first, head('住房和城乡建设管理局关于印发工作方案的通', LEFT, 558, 420))))
    const span = blocks.find((b) => b.spans)
    expect(texts(span?.runs ?? [])).toEqual(['兴县人力资源和社会保障局兴县发展和改革局兴县财政局兴县', '住房和城乡建设管理局关于印发工作方案的通'])
    expect(blocks.filter((b) => !b.spans).flatMap((b) => b.runs).some((r) => r.size === HEAD)).toBe(false)
  })

  it('leaves two column headings on one baseline in their columns when no spanning line follows', () => {
    const first = [head('兴县人力资源和社会保障局', LEFT, 580, 192), head('兴县发展和改革局兴县财政局兴县', RIGHT, 580, 200)]
    const blocks = readingBlocks(groupLines(titleRuns(first, null)))
    expect(blocks.some((b) => b.spans)).toBe(false)
  })
})
