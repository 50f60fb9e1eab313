// A stop and the bracket after it that -layout text writes cells apart (prov-xe-forward.layout.txt,
// XeLaTeX): page 13 ends the left column's line '方法，完善农业废弃物、建筑垃圾统计方法。（生' with the
// bracket four cells past the stop (pdftotext places it by its glyph's box, whose left half is
// blank), three cells before the right column's '城市的大中型矿山…'. Read at the run before the
// bracket, '（生' opened the right column's line; the left paragraph, its line read spaced and
// wider than the column, ran on past its short last line '参与）' into the next one.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { tidySide } from '../../../src/main/importer/layout/text-layout-sides'
import { typesetText } from '../../support/typeset-files'

const ROW = '方法，完善农业废弃物、建筑垃圾统计方法。    （生   城市的大中型矿山达到绿色矿山建设要求和标准，'

describe('a bracket after a stop, written cells apart at a left line’s end', () => {
  it('stays the left line’s: the run ending where the right column’s lines start parts the row', () => {
    // The page's gutter opens the window (cells 25–31) where its right column's lines start (29).
    expect(rowKind(ROW, 25, 22)).toEqual({ kind: 'both', left: '方法，完善农业废弃物、建筑垃圾统计方法。    （生', right: '    城市的大中型矿山达到绿色矿山建设要求和标准，' })
  })

  it('is set against its stop again once the side is read', () => {
    const side = ['态环境部牵头，国家发展改革委、工业和信息化', '方法，完善农业废弃物、建筑垃圾统计方法。    （生', '参与）', '  优化固体废物管理体制机制，强化部门分工', '协作。根据城市经济社会发展实际，以深化地方']
    expect(tidySide(side)[1]).toBe('方法，完善农业废弃物、建筑垃圾统计方法。（生')
  })

  it('leaves a name list’s spaced words and a 目录 entry’s 文号 alone', () => {
    expect(tidySide(['主任：梁文壮    县委副书记'])).toEqual(['主任：梁文壮    县委副书记'])
    expect(tidySide(['兴县人民政府关于打造城乡绿色低碳建设运营商的通知   （兴政发〔2022〕10 号）'])[0]).toContain('通知   （兴政发')
  })

  it('reads page 13: the bracket’s line, the note’s end, then the next paragraph', () => {
    const page = readLayoutColumns(typesetText('prov-xe-forward', 'layout.txt')).split('\f')[12].split('\n').map((l) => l.trim())
    const at = page.findIndex((l) => l.startsWith('方法，完善农业废弃物'))
    expect(page.slice(at, at + 5)).toEqual(['方法，完善农业废弃物、建筑垃圾统计方法。（生', '态环境部牵头，国家发展改革委、工业和信息化', '部、住房城乡建设部、农业农村部、国家统计局', '参与）', '优化固体废物管理体制机制，强化部门分工'])
    expect(page.find((l) => l.includes('城市的大中型矿山'))).toBe('城市的大中型矿山达到绿色矿山建设要求和标准，')
  })
})
