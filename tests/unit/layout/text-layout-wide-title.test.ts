// A title over both columns that -layout text shows inside the left column's cells
// (county-lo-total.layout.txt, LibreOffice): page 7 ends the 清洁取暖 plan on one row of both
// columns, then sets 兴县人民政府关于巡察反馈问题整改落实情况的报告 across the page in a larger
// face, 兴政函〔2022〕47 号 under it, and the 报告's body in two columns. The cells count the title's
// 23 hanzi one each, so it stops short of the gutter; yet the left column's full lines hold 21.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { wideLines } from '../../../src/main/importer/layout/text-layout-heads'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { typesetText } from '../../support/typeset-files'

const TITLE = '兴县人民政府关于巡察反馈问题整改落实情况的报告'
const FULL = '县政府年终目标责任考核，县清洁办将定期对各'

describe('a title wider than the left column by its hanzi alone', () => {
  const column = (n: number): Row[] => Array.from({ length: n }, () => ({ kind: 'both', left: FULL, right: '单位清洁取暖工作监督检查。' }))

  it('is set across the page, two hanzi wider than the column’s full lines', () => {
    const kinds: Row[] = [...column(10), { kind: 'blank' }, { kind: 'left', text: `      ${TITLE}` }, { kind: 'blank' }]
    expect(wideLines(kinds)[11].kind).toBe('across')
  })

  it('is not, as wide as a full line or one hanzi over it (a mark hung past the edge)', () => {
    const line = (text: string): Row[] => [...column(10), { kind: 'blank' }, { kind: 'left', text }, { kind: 'blank' }]
    expect(wideLines(line(FULL))[11].kind).toBe('left')
    expect(wideLines(line(`${FULL}。`))[11].kind).toBe('left')
  })

  it('keeps the three-em margin for a line with digits or spaces, whose cells count them half', () => {
    const kinds: Row[] = [...column(10), { kind: 'blank' }, { kind: 'left', text: '31 日，市委机动巡察二组对我县粮食购销系统进行' }, { kind: 'blank' }]
    expect(wideLines(kinds)[11].kind).toBe('left')
  })

  it('reads page 7: the row of both columns, then the title and its 文号, then the body', () => {
    const page = readLayoutColumns(typesetText('county-lo-total', 'layout.txt')).split('\f')[6].split('\n').map((l) => l.trim()).filter((l) => l !== '')
    const title = page.indexOf(TITLE)
    expect(page.slice(title - 2, title + 3)).toEqual([FULL, '单位清洁取暖工作监督检查。', TITLE, '兴政函〔2022〕47 号', '按照市委统一部署，2021 年 9 月 1 日至 10 月'])
  })
})
