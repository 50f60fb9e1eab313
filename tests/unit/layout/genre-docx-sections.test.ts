// A Word section that starts mid-page under balanced columns (county-docx-2col-b.layout.txt, python-docx →
// LibreOffice): page 5 balances the columns after 兴政函〔2022〕54号 and the next document, 兴政函〔2022〕61号,
// opens the lower band, its 文号 and title's first lines at the foot of the left column, the title going
// on at the foot of the right one, with no blank rows between the bands.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { numberOrder, sectionCuts } from '../../../src/main/importer/layout/text-layout-sections'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { typesetFile } from '../../support/typeset-fixture'

const page = (text: string, n: number): string[] => text.split('\f')[n - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')

describe('a Word section opening a band under balanced columns', () => {
  const text = readFileSync(typesetFile('county-docx-2col-b', 'layout.txt'), 'utf8')
  const read = page(readLayoutColumns(text), 5)
  const at = (line: string): number => read.indexOf(line)

  it("reads the upper band's right column (54号's whole document) before the lower band's 文号 and title", () => {
    expect(at('（此件公开发布）')).toBeLessThan(at('兴政函〔2022〕54 号'))
    expect(at('公开属性：主动公开')).toBeLessThan(at('兴政函〔2022〕61 号'))
    // The title's lines follow one another, left column then right, and the 主送机关 comes after them.
    expect(read.slice(at('兴政函〔2022〕61 号'), at('兴政函〔2022〕61 号') + 6)).toEqual([
      '兴政函〔2022〕61 号', '兴县人民政府关于申请省道嵒', '大线魏家滩至蔡家崖段（薛家', '塔隧道）公路改建工程养护资', '金及维护费用的请示', '省交通运输厅：',
    ])
  })

  it('ranks the 文号 where the 目录 lists them', () => {
    const order = numberOrder(text.split('\f'))
    expect(order.get('兴政函〔2022〕54号')?.page).toBe(1)
    expect(order.get('兴政函〔2022〕54号')!.rank).toBeLessThan(order.get('兴政函〔2022〕61号')!.rank)
  })

  it('cuts no band where the right column names a later document than the left one, as a page read left first does', () => {
    const order = new Map([['兴政函〔2022〕54号', { rank: 3, page: 1 }], ['兴政函〔2022〕61号', { rank: 4, page: 1 }]])
    const rows = (upper: string, lower: string): Row[] => [
      { kind: 'both', left: '沟煤矿西 60 米，北至斜沟煤矿运煤铁路线。', right: upper },
      { kind: 'left', text: lower },
      { kind: 'right', text: '塔隧道）公路改建工程养护资' },
    ]
    expect(sectionCuts(rows('兴政函〔2022〕54 号', '兴政函〔2022〕61 号'), 4, order)).toEqual([1])
    expect(sectionCuts(rows('兴政函〔2022〕61 号', '兴政函〔2022〕54 号'), 4, order)).toEqual([])
    // Nor where the 文号 are first printed on this page or later: no 目录 listed them.
    expect(sectionCuts(rows('兴政函〔2022〕54 号', '兴政函〔2022〕61 号'), 1, order)).toEqual([])
  })
})
