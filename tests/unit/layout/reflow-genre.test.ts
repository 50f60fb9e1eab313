// Reflow decisions that two-column gazettes need: a 文号 set flush right above a larger title
// stays apart from it; numbers wrapped before their unit and characters pushed down with their
// punctuation (禁则) join their line; a 目录 entry's page number still ends its entry.
import { describe, expect, it } from 'vitest'
import { pageLines, type PageLine, type TextRun } from '../../../src/main/importer/layout/pdf-lines'
import { wrapsInto, type Margins } from '../../../src/main/importer/layout/pdf-reflow'

const EM = 10
// One column of a two-column page: 23.5 ems from x 57 to 292.
const LEFT = 57
const RIGHT = 292
const m: Margins = { left: LEFT, right: RIGHT, tightStep: null, indent: LEFT + 2 * EM }
const line = (text: string, x0: number, x1: number, size = EM): PageLine => ({ text, x0, x1, size, lead: size, gapBefore: false, step: 15.5 })

describe('wrapsInto, two-column genre', () => {
  it('keeps a flush-right 文号 apart from the larger title under it', () => {
    const number = line('国发〔2018〕39 号', 209, RIGHT)
    const title = line('国务院关于做好当前和今后一个时期促进就', LEFT, RIGHT, 12)
    expect(wrapsInto(number, title, m)).toBe(false)
    // After a full body line: a title line is larger type, a wrapped line of the title keeps its size.
    expect(wrapsInto(line('各地区各部门要结合实际认真贯彻落实做好', LEFT, RIGHT), title, m)).toBe(false)
    expect(wrapsInto(line('各地区各部门要结合实际认真贯彻落实做好', LEFT, RIGHT, 12), title, m)).toBe(true)
  })

  it('joins a date or quantity wrapped before its unit, not a 目录 entry before the next one', () => {
    const date = line('一、元旦：2018 年 12 月 30 日至 2019 年 1 月 1', LEFT + 2 * EM, RIGHT)
    expect(wrapsInto(date, line('日放假调休，共 3 天。', LEFT, 240), m)).toBe(true)
    const amount = line('5. 2022 年政府集中采购和储备洁净煤 5000', LEFT + 2 * EM, RIGHT)
    expect(wrapsInto(amount, line('吨、生物质燃料5000吨，设置2个集中供应点，', LEFT, RIGHT), m)).toBe(true)
    const entry = line('国务院关于推进政务新媒体健康有序发展的意见 13', LEFT, RIGHT)
    expect(wrapsInto(entry, line('国务院办公厅关于调整国务院第二次全国污染源普查', LEFT, RIGHT), m)).toBe(false)
  })
})

describe('pageLines lead, 禁则', () => {
  const run = (str: string, x: number, y: number): TextRun => ({ str, x, y, width: [...str].length * EM, size: EM })

  it('measures a line-start character with the punctuation that must follow it as one unit', () => {
    const lines = pageLines([run('部', 57, 700), run('、辅导站点、培训机构等社会力量培养青少', 67, 700), run('金额为九万元整。', 57, 685)])
    expect(lines.map((l) => l.lead)).toEqual([2 * EM, EM])
  })

  it('lets a line left one character short by 禁则 run into the next', () => {
    const [short, next] = pageLines([
      run('广泛开展青少年体育活动，依托体育俱乐', LEFT + 2 * EM, 700),
      run('部、辅导站点、培训机构等社会力量培养青少', LEFT, 685),
    ])
    // A column 21.1 ems wide: one more character would fit on the short line, '部、' would not.
    const narrow: Margins = { ...m, right: LEFT + 21.1 * EM }
    expect(short.x1).toBe(LEFT + 20 * EM)
    expect(wrapsInto(short, next, narrow)).toBe(true)
    const single = pageLines([run('广泛开展青少年体育活动，依托体育俱乐', LEFT + 2 * EM, 700), run('部门', LEFT, 685)])
    expect(wrapsInto(single[0], single[1], narrow)).toBe(false)
  })
})
