// Reflow decisions from geometry: hung opening brackets, decimals at a line end, indented
// paragraphs that continue after a full stop, and the space kept between a number and a unit.
import { describe, expect, it } from 'vitest'
import { pageLines, type PageLine, type TextRun } from '../../../src/main/importer/layout/pdf-lines'
import { hangsUnderLabel, joinWrapped, measureMargins, TOC_END, wrapsInto, type Margins } from '../../../src/main/importer/layout/pdf-reflow'
import { alignOf } from '../../../src/main/importer/layout/line-layout'

const EM = 10.5
const line = (text: string, x0: number, x1: number): PageLine => ({
  text,
  x0,
  x1,
  size: EM,
  lead: EM,
  gapBefore: false,
  step: 16,
})
const LEFT = 62.4
const RIGHT = 291.3
const plain: Margins = { left: LEFT, right: RIGHT, tightStep: null, indent: null }
const indented: Margins = { ...plain, indent: LEFT + 2 * EM }

describe('wrapsInto', () => {
  it('joins a line starting with an opening bracket hung half an em into the margin', () => {
    const full = line('为了进一步贯彻落实《保障农民工工资支付条例》、', LEFT + 2 * EM, RIGHT)
    expect(wrapsInto(full, line('《山西省人民政府办公厅关于', LEFT - 5.8, RIGHT), plain)).toBe(true)
    expect(wrapsInto(full, line('山西省人民政府办公厅关于', LEFT - 5.8, RIGHT), plain)).toBe(false)
  })

  it('takes a decimal at the line end for text, a spaced or dotted number for a 目录 page', () => {
    const next = line('亿元，由县财政增资方式向实施主体注资', LEFT, RIGHT)
    expect(wrapsInto(line('本项目概算投资约5.5亿元，其中资本金约1.1', LEFT, RIGHT), next, plain)).toBe(true)
    expect(wrapsInto(line('（兴政函〔2022〕32 号） 18', LEFT, RIGHT), next, plain)).toBe(false)
    expect(wrapsInto(line('（兴政发〔2022〕8号）……………1', LEFT, RIGHT), next, plain)).toBe(false)
    // LaTeX's spaced leaders run into the page number: '专利代理条例. . . . .1'.
    expect(wrapsInto(line('专利代理条例. . . . . . . .1', LEFT, RIGHT), line('【国务院文件】', LEFT, RIGHT), plain)).toBe(false)
    // A full 目录 line has no room for leaders: the page number follows the 文号's bracket at once.
    const entry = line('国务院办公厅关于四川省……的函（国办函〔2004〕71 号）10', LEFT, RIGHT)
    expect(wrapsInto(entry, line('国务院办公厅对十届全国人大四次会议第', LEFT, RIGHT), plain)).toBe(false)
    expect(wrapsInto(entry, line('月起施行，请认真贯彻执行', LEFT, RIGHT), plain)).toBe(true)
    // Word squeezes the leaders of a full 目录 line to one dot before the page (county-lo-autonum).
    const squeezed = line('纳入当地国土空间总体规划（2021-2035 年）的承诺函（兴政函〔2022〕51 号）.4', LEFT, RIGHT)
    expect(wrapsInto(squeezed, line('兴县人民政府关于申请省道嵒大线魏家滩至蔡家崖段', LEFT, RIGHT), plain)).toBe(false)
    // A title filling the 目录's line, its 文号 under it with the leaders and page (county-lo-stairs).
    const title = line('兴县人民政府办公室关于成立兴县“乡村振兴贷”风险补偿基金管理工作领导小组的通知', LEFT, RIGHT)
    expect(wrapsInto(title, line('兴政办函〔2022〕4 号. . . . . . . . . . 9', LEFT, RIGHT), plain)).toBe(false)
  })

  it('continues an indented paragraph after a full stop hung past the margin', () => {
    const end = line('编制高端农机装备技术路线图，引导智能高效农机装备加快发展。', LEFT, RIGHT + 5)
    const next = line('支持优势企业对接重点用户，形成研发生产与推广', LEFT, RIGHT)
    expect(wrapsInto(end, next, indented)).toBe(true)
    expect(wrapsInto(end, next, plain)).toBe(false)
    const heading = line('（十）推动智慧农业示范应用。', LEFT, RIGHT)
    expect(wrapsInto(end, heading, indented)).toBe(false)
  })
})

describe('joinWrapped', () => {
  it('keeps a space between a number and a Latin unit, none between hanzi and numbers', () => {
    expect(joinWrapped('地下建筑面积 8975.00', 'm²；绿地面积')).toBe('地下建筑面积 8975.00 m²；绿地面积')
    expect(joinWrapped('金额为 18.68', '万元')).toBe('金额为 18.68万元')
    expect(joinWrapped('乡村 e', '镇')).toBe('乡村 e镇')
  })
})

describe('a 目录 page marked as the folio is', () => {
  it('ends the entry at ·1· or -12-, so the next entry is not run on', () => {
    const next = line('国务院关于授权香港特别行政区实施管辖的深圳湾口岸', LEFT, RIGHT)
    expect(wrapsInto(line('145 号）. . . . . . . . . . . . .·1·', LEFT, RIGHT), next, plain)).toBe(false)
    expect(wrapsInto(line('（国办发〔2018〕114 号）…………-12-', LEFT, RIGHT), next, plain)).toBe(false)
  })
})

describe('measureMargins', () => {
  it("takes the margin where short paragraphs' second lines start, not their first-line indent (city-lo-redline)", () => {
    // A regulation's 条 of one and two lines: most lines start indented by two ems.
    const size = 12
    const at = (x0: number, x1: number, k: number): PageLine => ({ ...line('第一条　为了规范专利代理行为', x0, x1), size, y: 700 - k * 20, step: 20 })
    const lines = Array.from({ length: 14 }, (_, k) => (k % 3 === 2 ? at(62.5, 300, k) : at(86.5, 530.5, k)))
    const m = measureMargins([lines])
    expect(m?.left).toBe(62.5)
    expect(m?.indent).toBe(86.5)
  })

  it('keeps the most common start when nothing starts two ems left of it', () => {
    const lines = Array.from({ length: 12 }, (_, k) => ({ ...line('正文', k % 4 === 0 ? LEFT + 2 * EM : LEFT, RIGHT), y: 700 - k * 16 }))
    expect(measureMargins([lines])?.left).toBe(LEFT)
  })
})

describe('alignOf', () => {
  it('takes a long title line falling short of each edge by less than its em, exactly in the middle, as centred', () => {
    expect(alignOf({ x0: 81.8, x1: 513.8, size: 18 }, 62.5, 530.5)).toBe('centre')
    // A line starting near the margin and stopping short is left-aligned, whatever its size.
    expect(alignOf({ x0: 74.5, x1: 480, size: 18 }, 62.5, 530.5)).toBe('left')
    expect(alignOf({ x0: 62.5, x1: 530, size: 12 }, 62.5, 530.5)).toBe('full')
  })
})

describe('State Council 目录 pages and 版记 lines (prov-xe-yearpages)', () => {
  it('ends a 目录 entry at its page in brackets, four digits where pages run through the year', () => {
    const entry = line('国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知. . . . . .（1260）', LEFT, RIGHT)
    expect(wrapsInto(entry, line('国务院办公厅关于推进政务新媒体健康有序发展的意见', LEFT, RIGHT - 60), plain)).toBe(false)
    // A sentence that ends in a bracketed number with no leaders before it is not one.
    expect(TOC_END.test('按照本条第一款（3）')).toBe(false)
  })

  it('joins the 抄送 line wrapped with a hanging indent, not a line back at the margin', () => {
    const first = line('抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政', LEFT, RIGHT)
    const hung = line('协办公厅，国家监委，最高人民法院，最高人民检察院，各民主', LEFT + 3 * EM, RIGHT)
    const last = line('党派中央。', LEFT + 3 * EM, LEFT + 8 * EM)
    expect(hangsUnderLabel(first, first, hung, plain)).toBe(true)
    expect(hangsUnderLabel(first, hung, last, plain)).toBe(true)
    expect(hangsUnderLabel(first, first, line('国务院办公厅', LEFT, LEFT + 6 * EM), plain)).toBe(false)
    // Only under a 版记 label: an indented paragraph after a full line is the text's own.
    const prose = line('各地区、各部门要切实将思想和行动统一到党中央、国务院决策部署上', LEFT, RIGHT)
    expect(hangsUnderLabel(prose, prose, line('来，确保就业局势稳定。', LEFT + 2 * EM, RIGHT), plain)).toBe(false)
  })
})

// county-lo-2col.pdf (tests/fixtures/typeset/tuning), page 4: LibreOffice ends '…促进员工健康。'
// an em short of the edge and carries the responsibility note's opening bracket over with the
// character after it: an opening bracket may not end a line.
describe('a line that opens with a bracket', () => {
  const at = (str: string, x: number, top: number): TextRun => ({ str, x, y: 800 - top, width: [...str].length * EM, size: EM })

  it('counts the bracket and the character after it as the unit that did not fit', () => {
    const [a, b] = pageLines([at('需求，倡导其他企业发挥作用促进员工健康。', LEFT, 100), at('（县卫体局牵头，县直工委、县教科局、县自', LEFT, 116)])
    expect(b.lead).toBeCloseTo(2 * EM)
    expect(wrapsInto({ ...a, x1: RIGHT - EM }, b, indented)).toBe(true)
    // A character with room to spare on the line before was not carried over.
    expect(wrapsInto({ ...a, x1: RIGHT - 2.5 * EM }, b, indented)).toBe(false)
    const [, plainStart] = pageLines([at('需求，倡导其他企业发挥作用促进员工健康。', LEFT, 100), at('县卫体局牵头，县直工委、县教科局、县自然', LEFT, 116)])
    expect(plainStart.lead).toBeCloseTo(EM)
  })
})
