// A Word issue in two columns with a 栏目's banner across the page and the 文号 flush right ABOVE
// each title (county-docx-2col-j.layout.txt, python-docx → LibreOffice). Page 3 opens 县政府文件
// under its banner with 兴政发〔2022〕9号 over a title across both columns; page 7 balances the
// columns above the banner 部门文件, set right under their last rows with no blank row between,
// and the joint 兴人社发〔2022〕14号 over its title across the page at the page's foot; page 11 sets
// the banner 县政府办公室文件 the same way over a 文号 in the left column.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { bannersAcross } from '../../../src/main/importer/layout/text-layout-banners'
import { spanningHeads } from '../../../src/main/importer/layout/text-layout-heads'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { typesetText } from '../../support/typeset-files'

const text = typesetText('county-docx-2col-j', 'layout.txt')
const page = (n: number): string[] => readLayoutColumns(text).split('\f')[n - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')

describe('a 文号 set flush right above a title across both columns', () => {
  it('sets the 文号 and the title’s rows across, under a banner or a blank row', () => {
    const rows = ['                                 部门文件', '                                                         兴人社发〔2022〕14 号', '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局 兴县', '住房和城乡建设管理局关于印发兴县 2022 年度地质灾害防治方', '            案的通知', '']
    const kinds: Row[] = [
      { kind: 'left', text: rows[0] },
      { kind: 'right', text: rows[1].trim() },
      { kind: 'both', left: '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局', right: '兴县' },
      { kind: 'both', left: '住房和城乡建设管理局关于印发兴县 2022 年度地质灾害防治方', right: '' },
      { kind: 'left', text: rows[4] },
      { kind: 'blank' },
    ]
    expect(spanningHeads(rows, kinds).map((k) => k.kind)).toEqual(['left', 'across', 'across', 'across', 'across', 'blank'])
    // A 文号 in the right column beside the left column's lines heads no title across.
    const beside = [...kinds]
    beside[2] = { kind: 'both', left: '兴县人力资源和社会保障局', right: '兴县财政局' }
    const besideRows = [...rows]
    besideRows[2] = '兴县人力资源和社会保障局        兴县财政局'
    expect(spanningHeads(besideRows, beside)[1].kind).toBe('right')
    // A 文号 set under its title heads the 主送机关 and the body: no title's line ends in a colon.
    const addressed = [...kinds]
    addressed[2] = { kind: 'left', text: '四川省人民政府：' }
    const addressedRows = [...rows]
    addressedRows[2] = '四川省人民政府：'
    expect(spanningHeads(addressedRows, addressed)[1].kind).toBe('right')
  })

  it('reads page 3’s and page 7’s heads whole, the 文号 over its title', () => {
    const top = page(3)
    const nine = top.indexOf('兴政发〔2022〕9 号')
    expect(top.slice(nine, nine + 3)).toEqual(['兴政发〔2022〕9 号', '兴县人民政府关于印发《兴县全民健身实施计划(2021—2025', '年)》通知'])
    const foot = page(7)
    const banner = foot.indexOf('部门文件')
    expect(foot.slice(banner, banner + 5)).toEqual(['部门文件', '兴人社发〔2022〕14 号', '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局 兴县', '住房和城乡建设管理局关于印发兴县 2022 年度地质灾害防治方', '案的通知'])
  })
})

describe('a bare banner right under the columns, no blank row between', () => {
  it('is set across when centred on the page over a 文号, not when a line of the left column', () => {
    const rows = ['单位清洁取暖工作监督检查。', '                            县政府办公室文件', '                 兴政办发〔2022〕13 号']
    const kinds: Row[] = [{ kind: 'right', text: rows[0] }, { kind: 'left', text: rows[1] }, { kind: 'left', text: rows[2] }]
    expect(bannersAcross(kinds, 40, rows)[1].kind).toBe('across')
    // The same name centred in the left column stops short of the gutter.
    const inColumn = ['单位清洁取暖工作监督检查。', '            县政府办公室文件', rows[2]]
    expect(bannersAcross([kinds[0], { kind: 'left', text: inColumn[1] }, kinds[2]], 40, inColumn)[1].kind).toBe('left')
    // Over a line of prose, it is a heading of the left column.
    const prose = [rows[0], rows[1], '各乡（镇）人民政府、县直各有关单位：']
    expect(bannersAcross([kinds[0], kinds[1], { kind: 'left', text: prose[2] }], 40, prose)[1].kind).toBe('left')
  })

  it('reads page 11’s columns whole before the banner and the 文号 under it', () => {
    const read = page(11)
    expect(read.indexOf('单位清洁取暖工作监督检查。')).toBeLessThan(read.indexOf('县政府办公室文件'))
    expect(read.slice(read.indexOf('县政府办公室文件'), read.indexOf('县政府办公室文件') + 2)).toEqual(['县政府办公室文件', '兴政办发〔2022〕13 号'])
  })
})
