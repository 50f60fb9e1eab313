// Columns in text that keeps each line's place (prov-web-3col.layout.txt, Chromium's CSS
// columns): a 栏目 banner across the page under one document's closing columns, balanced, and a
// signature set flush right in the left column beside the middle column's line.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { bannersAcross } from '../../../src/main/importer/layout/text-layout-banners'
import { rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { REPO_ROOT } from '../../support/sample'

const FILE = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'prov-web-3col', 'prov-web-3col.layout.txt')
const page = (text: string, n: number): string[] => text.split('\f')[n - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')

describe('a 栏目 banner across a page of columns', () => {
  const read = page(readLayoutColumns(readFileSync(FILE, 'utf8')), 5)

  it('reads the balanced columns above the banner, all three, before the banner and the columns below', () => {
    // Page 5: 【国务院办公厅文件】's last document ends in three columns of five rows, then 【国务院文件】.
    const at = (line: string): number => read.indexOf(line)
    expect(at('改革方向，但不符合部门、地方、单位')).toBeLessThan(at('现有管理规定的行为，要有针对性地提'))
    expect(at('单位和科研人员对政策落实情况进行监')).toBe(at('现有管理规定的行为，要有针对性地提') + 3)
    expect(at('督，发现严重失职失责的要追究有关人')).toBeGreaterThan(at('单位和科研人员对政策落实情况进行监'))
    expect(at('（此件公开发布）')).toBeLessThan(at('【国务院文件】'))
    expect(at('【国务院文件】')).toBeLessThan(at('国务院关于同意建立国务院职'))
    // Below the banner the first column runs on into the second: the new document's text is whole.
    expect(read[at('大问题；研究审议拟出台的职业教育法') + 1]).toBe('律法规和重大政策，部署实施职业教育')
  })

  it("keeps a signature set flush right at the gutter in its column, off the next column's line", () => {
    // '国务院' closes the reply in column 1; '调整的，由所在单位提出…' goes on in column 2.
    expect(read).toContain('国务院')
    expect(read[read.indexOf('要，联席会议可邀请其他相关部门和单') + 2]).toBe('调整的，由所在单位提出，联席会议确')
  })

  it('takes a banner inside the left column, beside no balanced columns, for a line of that column', () => {
    const rows = [
      { kind: 'left', text: '各乡镇人民政府：' },
      { kind: 'left', text: '【部门文件】' },
      { kind: 'both', left: '兴县人民政府关于', right: '    工作的通知' },
    ] as const
    expect(bannersAcross(rows, 20)[1].kind).toBe('left')
    expect(bannersAcross([{ kind: 'both', left: '（此件公开发布）', right: '  年十二月' }, rows[1], rows[2]], 20)[1].kind).toBe('across')
    // Centred in the left column (starting before its middle) it is that column's; centred on the page, across.
    expect(bannersAcross([rows[0], { kind: 'left', text: '    【部门文件】' }, rows[2]], 20)[1].kind).toBe('left')
    expect(bannersAcross([rows[0], { kind: 'left', text: '            【部门文件】' }, rows[2]], 20)[1].kind).toBe('across')
  })

  it('reads the columns above a banner centred on the page before it, though they end on different rows', () => {
    // city-web-2col page 12: a request's last lines in two columns (the right one ends two rows
    // higher), 【部门文件】 centred across the page, then the next 栏目's columns.
    const lines = page(readLayoutColumns(readFileSync(FILE.replace(/prov-web-3col/g, 'city-web-2col'), 'utf8')), 12)
    const at = (line: string): number => lines.indexOf(line)
    expect(at('发展规划》,计划建设年度为 2022-2025 年。该项目')).toBeLessThan(at('资金来源除申请上级补助外,拟采用 PPP 模式应用社'))
    expect(lines[at('资金来源除申请上级补助外,拟采用 PPP 模式应用社') + 1]).toBe('会资本实施项目。')
    expect(at('(此件公开发布)')).toBeLessThan(at('【部门文件】'))
    expect(at('【部门文件】')).toBeLessThan(at('兴县人力资源和社会保障局 兴县发展和'))
  })
})

describe('a lone space after a half-width mark', () => {
  it('cuts a full left line from a short right one where the row sets that mark with no space elsewhere', () => {
    // city-web-2col page 12: web text sets ',' for '，' and no space after it.
    const row = rowKind('岢岚界相接,路线全长约 13 公里,采用二级公路标准, 会资本实施项目。', 29, 22)
    expect(row).toEqual({ kind: 'both', left: '岢岚界相接,路线全长约 13 公里,采用二级公路标准,', right: '会资本实施项目。' })
  })

  it("leaves a row alone whose text spaces after each ', ' (XeTeX's text)", () => {
    expect(rowKind('总承包的, 总承包企业对农民工工资支付负总责, 不', 29, 22).kind).toBe('left')
    expect(rowKind('总承包的, 总承包企业对农民工工资支付负总责, 不得以工程', 29, 22).kind).toBe('left')
  })
})
