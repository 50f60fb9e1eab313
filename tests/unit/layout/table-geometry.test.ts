// Ruled tables from geometry: drawing operators → rules → grid → one run per row (cells joined by
// a tab), and the cheap check that decides which pages have their drawing read at all.
import { describe, expect, it } from 'vitest'
import { rulesFromOps, type OpCodes, type Rule } from '../../../src/main/importer/layout/ruling-lines'
import { findGrids } from '../../../src/main/importer/layout/table-grid'
import { joinBrokenRow, rebuildTables } from '../../../src/main/importer/layout/table-rows'
import { mayHoldTable } from '../../../src/main/importer/layout/table-candidates'
import type { TextRun } from '../../../src/main/importer/layout/pdf-lines'

// pdf.js's codes, as numbers: the module takes them as arguments.
const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20, fill: 22, endPath: 28 }
const CODES: OpCodes = {
  save: OPS.save,
  restore: OPS.restore,
  transform: OPS.transform,
  constructPath: OPS.constructPath,
  fills: [OPS.fill],
  strokes: [OPS.stroke],
}
const MOVE = 0
const LINE = 1
const CLOSE = 4

const h = (y: number, x0: number, x1: number): Rule => ({ x0, x1, y0: y, y1: y })
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x, x1: x, y0, y1 })

/** Rules of a grid: horizontal rules at `ys` (top first) across, vertical rules at `xs` down. */
function gridRules(xs: number[], ys: number[]): Rule[] {
  const [left, right] = [xs[0], xs[xs.length - 1]]
  const [top, bottom] = [ys[0], ys[ys.length - 1]]
  return [...ys.map((y) => h(y, left, right)), ...xs.map((x) => v(x, bottom, top))]
}

const run = (str: string, x: number, y: number, size = 10): TextRun => ({ str, x, y, width: [...str].length * size, size })

describe('rulesFromOps', () => {
  it('reads stroked lines through the transform in force, and thin filled boxes as their middle line', () => {
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.constructPath]
    const args: unknown[] = [
      null,
      [1, 0, 0, 1, 0, 800], // XeLaTeX's page origin: y counted down from the top
      [OPS.stroke, [new Float32Array([MOVE, 100, -200, LINE, 300, -200])], null],
      null,
      // A 0.5 pt tall filled box (a rule as LibreOffice draws it), outside the transform.
      [OPS.fill, [new Float32Array([MOVE, 100, 400, LINE, 300, 400, LINE, 300, 400.5, LINE, 100, 400.5, CLOSE])], null],
      // A clip path paints nothing.
      [OPS.endPath, [new Float32Array([MOVE, 0, 0, LINE, 500, 0])], null],
    ]
    expect(rulesFromOps(fn, args, CODES)).toEqual([h(600, 100, 300), h(400.25, 100, 300)])
  })

  it('takes a stroked rectangle as its four sides and leaves a shaded box and a curve alone', () => {
    const box = [MOVE, 10, 10, LINE, 110, 10, LINE, 110, 60, LINE, 10, 60, CLOSE]
    const rules = rulesFromOps([OPS.constructPath, OPS.constructPath, OPS.constructPath], [
      [OPS.stroke, [new Float32Array(box)], null],
      [OPS.fill, [new Float32Array(box)], null],
      [OPS.stroke, [new Float32Array([MOVE, 0, 0, 2, 10, 10, 20, 10, 30, 0])], null],
    ], CODES)
    expect(rules).toHaveLength(4)
    expect(rules).toContainEqual(v(10, 10, 60))
    expect(rules).toContainEqual(h(60, 10, 110))
  })
})

describe('findGrids', () => {
  it('cuts the rows between horizontal rules into cells at the vertical rules through them', () => {
    // Three rows; in the middle one the last two cells are merged (no rule between them).
    const rules = [
      ...[700, 680, 660, 640].map((y) => h(y, 100, 400)),
      v(100, 640, 700), v(400, 640, 700), v(160, 640, 700),
      v(300, 680, 700), v(300, 640, 660),
    ]
    const [grid] = findGrids(rules)
    expect(grid.rows.map((r) => r.cells.map((c) => [c.x0, c.x1]))).toEqual([
      [[100, 160], [160, 300], [300, 400]],
      [[100, 160], [160, 400]],
      [[100, 160], [160, 300], [300, 400]],
    ])
  })

  it('joins a rule drawn cell by cell, and finds no table in a lone box or a column rule', () => {
    const pieces = [h(700, 100, 200), h(700, 200, 300), h(650, 100, 300), v(100, 650, 700), v(200, 650, 700), v(300, 650, 700)]
    expect(findGrids(pieces)[0].rows).toHaveLength(1)
    expect(findGrids(gridRules([100, 300], [700, 650]))).toEqual([])
    expect(findGrids([v(297, 80, 760), h(780, 60, 535)])).toEqual([])
  })

  it("reads a table that opens a column under the head's rule only as far as two of its rules reach", () => {
    // city-web-3col-song, page 19 (Chromium): the head's rule runs across the page at y 783, drawn
    // in two pieces; the table in the second column starts 0.7 pt under it, its rules cell by cell.
    const head = [h(783, 51, 254.2), h(783, 254.2, 544.5)]
    const rows = [782.3, 751.5, 720, 689.3].flatMap((y) => [h(y, 221.2, 250.5), h(y, 250.5, 374.2)])
    const sides = [[751.2, 782.7], [719.7, 751.2], [688.9, 719.7]].flatMap(([y0, y1]) => [221.6, 250.1, 373.9].map((x) => v(x, y0, y1)))
    const [grid] = findGrids([...head, ...rows, ...sides])
    expect(grid.x1).toBeCloseTo(374.2)
    expect(grid.rows.map((r) => r.cells.length)).toEqual([2, 2, 2])
  })

  it('leaves a page of thousands of rules (a chart, a hatched drawing) alone, at once', () => {
    const hatch = Array.from({ length: 4000 }, (_, i) => (i % 2 ? h(100 + i / 10, 50, 500) : v(50 + i / 10, 100, 700)))
    const t = performance.now()
    expect(findGrids(hatch)).toEqual([])
    expect(performance.now() - t).toBeLessThan(1000)
  })
})

describe('rebuildTables', () => {
  const rules = gridRules([100, 140, 300, 450], [700, 680, 640, 620])

  it('gives one run per row, cells joined by a tab, a wrapped cell joined, empty cells kept', () => {
    const runs = [
      run('序号', 104, 686), run('工作任务', 144, 686), run('责任单位', 304, 686),
      run('1', 104, 666), run('严格控制耗煤', 144, 666), run('项目准入', 144, 652), run('县行政审批局牵头', 304, 666),
      run('合计', 104, 626),
      run('表格下面的说明文字。', 100, 600),
    ]
    const [page] = rebuildTables([{ runs, rules }])
    expect(page.map((r) => r.str)).toEqual(['表格下面的说明文字。', '序号\t工作任务\t责任单位', '1\t严格控制耗煤项目准入\t县行政审批局牵头', '合计\t\t'])
    expect(page[2]).toMatchObject({ y: 666, x: 101 })
  })

  it('reads a page framed by rules, its column rule touching the frame, as text', () => {
    const frame = gridRules([50, 300, 550], [800, 60])
    const runs = Array.from({ length: 40 }, (_, i) => [run('左栏正文', 60, 780 - i * 18), run('右栏正文', 310, 780 - i * 18)]).flat()
    const [page] = rebuildTables([{ runs, rules: frame }])
    expect(page.map((r) => r.str)).toEqual(runs.map((r) => r.str))
  })

  it('splits a run pdf.js gave for two cells at the space nearest the rule', () => {
    const runs = [run('序号', 104, 686), run('工作任务 责任单位', 144, 686)]
    runs[1].width = 300 - 144 + 4 * 10
    const oneRow = rules.filter((r) => r.y0 !== r.y1 || r.y0 > 670)
    const [page] = rebuildTables([{ runs, rules: oneRow }])
    expect(page.map((r) => r.str)).toEqual(['序号\t工作任务\t责任单位'])
  })

  it('keeps a header repeated over a page break once, and leaves pages without rules as they are', () => {
    const head = [run('序号', 104, 686), run('工作任务', 144, 686), run('责任单位', 304, 686)]
    const first = [...head, run('1', 104, 666), run('甲', 144, 666), run('乙', 304, 666)]
    const next = [...head, run('2', 104, 666), run('丙', 144, 666), run('丁', 304, 666)]
    const plain = [run('正文', 100, 600)]
    const out = rebuildTables([{ runs: first, rules }, { runs: next, rules }, { runs: plain }])
    expect(out.map((p) => p.map((r) => r.str))).toEqual([
      ['序号\t工作任务\t责任单位', '1\t甲\t乙'],
      ['2\t丙\t丁'],
      ['正文'],
    ])
    expect(out[2]).toBe(plain)
  })

  // county-lo-autonum: Word sets a task table in a narrow column; its cells wrap over many lines,
  // and rows break over the page (Word's default), the rest opening the next page's table.
  it('keeps tall rows of a table in a narrow column as rows, and joins a row broken over a page', () => {
    const tall = gridRules([100, 120, 160, 200, 240], [700, 680, 400, 120])
    const cell = (text: string, x: number, top: number, n: number): TextRun[] => Array.from({ length: n }, (_, i) => run(text, x, top - i * 13))
    const first = [
      run('序号', 101, 686), run('任务', 121, 686), run('内容', 161, 686), run('单位', 201, 686),
      run('1', 101, 666), ...cell('任务', 121, 666, 3), ...cell('内容', 161, 666, 20), run('县能', 201, 666), run('源局。', 201, 653),
      run('2', 101, 386), ...cell('任务', 121, 386, 3), ...cell('内容', 161, 386, 20), ...cell('县发', 201, 386, 2),
    ]
    const next = [run('完成。', 161, 686), run('改局。', 201, 686), run('3', 101, 666), run('甲', 121, 666), run('乙。', 161, 666), run('丙。', 201, 666)]
    const out = rebuildTables([{ runs: first, rules: tall }, { runs: next, rules: gridRules([100, 120, 160, 200, 240], [700, 674, 655, 640]) }])
    const rows = out.flat().map((r) => r.str.replace(/(任务)+/g, '任务').replace(/(内容)+/g, '内容'))
    expect(rows).toEqual(['序号\t任务\t内容\t单位', '1\t任务\t内容\t县能源局。', '2\t任务\t内容完成。\t县发县发改局。', '3\t甲\t乙。\t丙。'])
  })

  it('does not join a next page whose first row is complete or numbered', () => {
    expect(joinBrokenRow('1\t任务\t内容完成。\t单位。', '\t\t说明\t')).toBeNull()
    expect(joinBrokenRow('1\t任务\t内容未完\t单位', '2\t任务\t内容\t单位')).toBeNull()
    expect(joinBrokenRow('1\t任务\t内容未完\t单位', '\t\t完。\t')).toBe('1\t任务\t内容未完完。\t单位')
  })
})

describe('mayHoldTable', () => {
  const lines = (rows: [string, number][][], top = 700, pitch = 16): TextRun[] =>
    rows.flatMap((cells, i) => cells.map(([s, x]) => run(s, x, top - i * pitch)))

  it('is true for rows whose cells line up, centred or flush left', () => {
    expect(mayHoldTable(lines([[['序号', 70], ['项目名称', 150], ['传承人', 320]], [['1', 75], ['清泉醋技艺', 145], ['白清泉', 320]]]))).toBe(true)
  })

  it('is false for prose, article labels and name lists in two columns', () => {
    const prose = Array.from({ length: 20 }, (): [string, number][] => [['这是正文这是正文这是正文', 60], ['右栏正文右栏正文右栏正文', 304]])
    // Labels in either column, as a regulation's articles fall (the gutter's right edge is 304).
    const labels: [string, number][][] = Array.from({ length: 8 }, (_, i) =>
      i % 2 ? [['第七条', 83], ['纳税人子女在中国境外', 125], ['右栏正文右栏正文', 304]] : [['左栏正文左栏正文', 60], ['第十一条', 325], ['在一个纳税年度内', 377]])
    const names: [string, number][][] = Array.from({ length: 8 }, () => [['正文正文正文正文', 60], ['孙瑞标', 325], ['税务总局副局长', 377]])
    expect(mayHoldTable(lines(prose))).toBe(false)
    expect(mayHoldTable(lines([...prose.slice(0, 10), ...labels]))).toBe(false)
    expect(mayHoldTable(lines([...prose.slice(0, 10), ...names]))).toBe(false)
    // Name lists in both columns, letter-spaced two-character names among them.
    const both: [string, number][][] = Array.from({ length: 8 }, (_, i) =>
      [['王晓晖', 83], ['中央宣传部副部长', 136], ...(i % 2 ? [['汤', 325], ['涛', 346]] : [['孙瑞标', 325]]) as [string, number][], ['税务总局副局长', 377]])
    expect(mayHoldTable(lines([...prose.slice(0, 10), ...both]))).toBe(false)
  })

  it('is true for a two-column 名单 table, its names centred in the first cell (city-pdfkit-annex), not for a name list', () => {
    const prose = Array.from({ length: 12 }, (): [string, number][] => [['正文正文正文正文正文正文正文正文正文正文', 58]])
    const table: [string, number][][] = [[['孙春兰', 141], ['国务院副总理', 257]], [['陈宝生', 141], ['教育部部长', 257]], [['王晓晖', 141], ['中央宣传部副部长', 257]]]
    expect(mayHoldTable(lines([...prose, ...table]))).toBe(true)
    // The same names set at an indent from the margin, their posts after a gap: a name list.
    const list: [string, number][][] = [[['孙春兰', 80], ['国务院副总理', 140]], [['陈宝生', 80], ['教育部部长', 140]], [['王晓晖', 80], ['中央宣传部副部长', 140]]]
    expect(mayHoldTable(lines([...prose, ...list]))).toBe(false)
  })

  it('is true for a table in one column of a two-column page', () => {
    const prose = Array.from({ length: 12 }, (): [string, number][] => [['左栏正文左栏正文左栏正文', 60], ['右栏正文右栏正文右栏正文', 304]])
    const table: [string, number][][] = [
      [['左栏正文左栏正文左栏正文', 60], ['序号', 310], ['项目名称', 405], ['传承人', 492]],
      [['左栏正文左栏正文左栏正文', 60], ['1', 310], ['清泉醋技艺', 405], ['白清泉', 492]],
    ]
    expect(mayHoldTable(lines([...prose, ...table]))).toBe(true)
  })

  it('is true for a many-column table squeezed into a column, its cells a character a line', () => {
    const prose = Array.from({ length: 12 }, (): [string, number][] => [['左栏正文左栏正文左栏正文', 60], ['右栏正文右栏正文右栏正文', 304]])
    // Word sizes a 7-column table to the column: '基本情况' and '姓名' wrap to one hanzi a line.
    const table: [string, number][][] = [
      [['基', 62], ['姓', 93], ['性', 155], ['出', 186], ['右栏正文右栏正文右栏正文', 304]],
      [['本', 62], ['名', 93], ['别', 155], ['生', 186], ['右栏正文右栏正文右栏正文', 304]],
    ]
    expect(mayHoldTable(lines([...prose, ...table]))).toBe(true)
    // Two letter-spaced names a line line up too, but a name has only two such characters.
    const names = Array.from({ length: 6 }, (): [string, number][] => [['李', 62], ['烈', 83], ['研究员', 110], ['右栏正文右栏正文右栏正文', 304]])
    expect(mayHoldTable(lines([...prose, ...names]))).toBe(false)
  })

  it("is true for a table in a narrow column whose names wrap, each post centred between a name's lines", () => {
    // city-web-3col-song, page 18 (Chromium, three columns): the third column's 姓名 | 单位及职务
    // table in 8.5 pt (李 over 茂, 县政府副县长 between), beside two columns of 10 pt name lists and
    // prose whose baselines fall elsewhere: no line holds two of a row's cells.
    const page: [string, number, number, number, number][] = [
      ['张欣 县教科局局长', 71, 366.4, 82.5, 10], ['队大队长', 241.2, 362.7, 40, 10], ['李', 394.3, 362.7, 8.5, 8.5],
      ['县政府副县长', 422.9, 355.9, 51, 8.5],
      ['刘淑连 县司法局局长', 71, 349.2, 92.5, 10], ['委员会下设办公室，办公室设', 241.2, 346.2, 133.2, 10], ['茂', 394.3, 348.4, 8.5, 8.5],
      ['王亚荣 县卫体局局长', 71, 331.9, 92.5, 10], ['在县', 221.2, 328.9, 20, 10], ['郭慧', 394.3, 331.9, 17, 8.5],
      ['县政府副县长（挂职）', 422.9, 324.4, 85, 8.5],
      ['王 宇 县医疗保障局局长', 71, 315.4, 105.1, 10], ['彬', 394.3, 317.7, 8.5, 8.5],
      ['公安局禁毒大队，县禁毒办主', 241.2, 311.7, 133.2, 10],
      ['委 员：陈志军 县人民法院常', 71, 298.2, 133.2, 10], ['范兴', 394.3, 300.4, 17, 8.5],
      ['任由刘旭耀', 221.2, 295.2, 50, 10], ['县水利局局长', 422.9, 293.7, 51, 8.5],
      ['森', 394.3, 286.2, 8.5, 8.5],
    ]
    const runs = page.map(([str, x, y, width, size]): TextRun => ({ str, x, y, width, size }))
    expect(mayHoldTable(runs)).toBe(true)
    // The two columns of names and prose beside it hold no table.
    expect(mayHoldTable(runs.filter((r) => r.x < 390))).toBe(false)
    // A name list whose posts wrap ('局长' under its line), the next column's lines between: no table.
    const list = [366.4, 298.2].flatMap((y) => [run('王　琦　县市场监管局副', 71, y), run('局长', 71, y - 17), run('局长', 71, y - 34)])
    expect(mayHoldTable([...runs.filter((r) => r.x < 390 && r.x > 200), ...list])).toBe(false)
  })

})
