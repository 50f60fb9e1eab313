// A ruled table in pdftotext's text: each cell a block of its own (a line, then a blank line), row
// after row, across a page break with its folio and running head. The cells are county-tables.txt
// 314–420 (兴县 2022 年农村“厕所革命”任务分配表).
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { blankNoise, makeNoiseTest } from '../../../src/main/importer/parse/noise'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { joinTableCells, joinWrappedFirstCells } from '../../../src/main/importer/parse/text-tables'

const header = ['乡镇', '总人口', '总户数', '拥有卫生厕所数', '改厕任务数', '其中：ECO 厕所']
const rows = [
  ['交楼申乡', '9461', '3146', '422', '94', '47'],
  ['奥家湾乡', '24984', '8478', '1227', '207', '103'],
  ['蔚汾镇', '43114', '13353', '668', '571', '286'],
  ['魏家滩镇', '24013', '8757', '743', '212', '106'],
  ['高家村镇', '15566', '5286', '514', '105', '53'],
  ['罗峪口镇', '9328', '3253', '891', '47', '23'],
]
/** Each cell a line and a blank line, as pdftotext writes a cell. */
const cells = (row: string[]): string => row.map((c) => `${c}\n\n`).join('')
const text = [
  '兴县 2022 年农村“厕所革命”任务分配表',
  cells(header) + cells(rows[0]) + cells(rows[1]) + cells(rows[2]) + cells(rows[3]).replace(/\n\n$/, ''),
  '—5 —',
  '\f兴县人民政府公报',
  '',
  '2022 年第 8 期',
  '',
  cells(rows[4]) + cells(rows[5]),
  '说明：1. 各乡镇拥有卫生厕所数指 2015 年以来实施过的农村户改厕数；',
].join('\n')

function repaired(): string[] {
  const raw = splitLines(text)
  const noise = makeNoiseTest('兴县人民政府公报', [])
  const bare = blankFurniture(blankNoise(raw, noise, 0), 0)
  return joinTableCells(bare, raw, 0).map((l) => l.text).filter((t) => t.trim() !== '')
}

describe('a table whose cells pdftotext wrote one block each', () => {
  it('comes back row by row, its figures kept though a bare number reads like a folio', () => {
    const out = repaired()
    expect(out).toEqual([
      '兴县 2022 年农村“厕所革命”任务分配表',
      header.join('\t'),
      ...rows.map((r) => r.join('\t')),
      '说明：1. 各乡镇拥有卫生厕所数指 2015 年以来实施过的农村户改厕数；',
    ])
  })

  it('finds the rows under a header pdftotext wrote partly together, after a caption and a page break', () => {
    // county-1col-heads.txt: '总人口 总户数' is one block; the caption ends the page before.
    const heads = [
      '兴县 2022 年农村“厕所革命”任务分配表', '', '—41 —', '', '\f兴县人民政府公报', '', '乡镇', '', '2022 年第 3 期', '',
      '总人口 总户数', '', '拥有卫生厕所数 改厕任务数 其中：ECO 厕所', '', cells(rows[0]) + cells(rows[1]) + cells(rows[2]) + cells(rows[3]),
      '说明：1. 各乡镇拥有卫生厕所数指 2015 年以来实施过的农村户改厕数；',
    ].join('\n')
    const raw = splitLines(heads)
    const bare = blankFurniture(blankNoise(raw, makeNoiseTest('兴县人民政府公报', []), 0), 0)
    const out = joinTableCells(bare, raw, 0).map((l) => l.text).filter((t) => t.trim() !== '')
    expect(out).toEqual([
      '兴县 2022 年农村“厕所革命”任务分配表', '乡镇', '总人口 总户数', '拥有卫生厕所数 改厕任务数 其中：ECO 厕所',
      ...rows.slice(0, 4).map((r) => r.join('\t')),
      '说明：1. 各乡镇拥有卫生厕所数指 2015 年以来实施过的农村户改厕数；',
    ])
  })

  it('reads a cell wrapped in its narrow column as one (county-pdfkit-16k: \'交楼申\' / \'乡\', no blank between)', () => {
    const wrap = (row: string[]): string => cells(row).replace(/^(.{3})(.+?)\n\n/u, '$1\n$2\n\n')
    const narrow = [
      '兴县 2022 年农村“厕所革命”任务分配表',
      cells(header) + wrap(rows[0]) + wrap(rows[1]) + cells(rows[2]) + wrap(rows[3]) + cells(rows[4]),
      '说明：1. 各乡镇拥有卫生厕所数指 2015 年以来实施过的农村户改厕数；',
    ].join('\n')
    expect(narrow).toContain('交楼申\n乡\n\n9461')
    const raw = splitLines(narrow)
    const out = joinTableCells(raw, raw, 0).map((l) => l.text).filter((t) => t.trim() !== '')
    expect(out).toEqual([
      '兴县 2022 年农村“厕所革命”任务分配表',
      header.join('\t'),
      ...rows.slice(0, 5).map((r) => r.join('\t')),
      '说明：1. 各乡镇拥有卫生厕所数指 2015 年以来实施过的农村户改厕数；',
    ])
  })

  it('leaves short lines of prose alone: no column of figures, no table', () => {
    const prose = ['县自然资源局：', '', '你局《关于兴县殡仪馆》', '', '转让、出租和抵押。', '', '三、若今后国家', '', '兴县人民政府', '', '2022 年 5 月 24 日', ''].join('\n')
    const raw = splitLines(prose.repeat(3))
    expect(joinTableCells(raw, raw, 0)).toEqual(raw)
  })
})

describe('a table row in -layout text whose first cell wrapped in its narrow column', () => {
  // county-pdfkit-16k.layout.txt: the town's last character under its first two.
  const rowsText = [
    '  乡镇        总人口     总户数   拥有卫生厕所数   改厕任务数        其中：ECO 厕所',
    '',
    ' 交楼申    9461      3146    422       94      47',
    '  乡',
    '',
    ' 蔚汾镇    43114     13353   668       571     286',
    '',
    '主  任：梁文壮    县委副书记、政府县长',
    '  乡',
    '',
  ].join('\n')

  it('takes the rest back after the cell, a row with figures only', () => {
    const out = joinWrappedFirstCells(splitLines(rowsText), 0).map((l) => l.text).filter((t) => t.trim() !== '')
    expect(out).toEqual([
      '  乡镇        总人口     总户数   拥有卫生厕所数   改厕任务数        其中：ECO 厕所',
      ' 交楼申乡    9461      3146    422       94      47',
      ' 蔚汾镇    43114     13353   668       571     286',
      '主  任：梁文壮    县委副书记、政府县长',
      '  乡',
    ])
  })
})
