// Plain text (pdftotext's default mode) of a page in three columns with one-em gutters
// (prov-xe-3col-mast, 【建议提案答复】): rows hold one, two or all three columns' lines one space
// apart; they are cut where the column widths add up and the page is read column by column. A page
// set wider whose lines cut into three at the spaces beside their digits (city-xe-dense, page 7:
// two columns of 28 hanzi) is left as it was.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { readThreeColumns } from '../../../src/main/importer/layout/text-joined-three-read'
import { characterPairs } from '../../../src/main/importer/layout/text-joined-assign'
import { threeColumnWidth } from '../../../src/main/importer/layout/text-joined-three'
import { bracketCost, bracketsOf } from '../../../src/main/importer/layout/text-brackets'
import { REPO_ROOT } from '../../support/sample'

const tuning = (name: string): string => readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', name, `${name}.txt`), 'utf8')
const TEXT = tuning('prov-xe-3col-mast')
const page = (text: string, n: number): string[] => text.split('\f')[n - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')

/** Whether `second` is the next line of text after `first`. */
function follows(lines: string[], first: string, second: string): boolean {
  const i = lines.indexOf(first)
  return i >= 0 && lines[i + 1] === second
}

describe('readJoinedColumns on a page of three joined columns (prov-xe-3col-mast.txt, page 13)', () => {
  const lines = page(readJoinedColumns(TEXT), 13)

  it('reads each column down', () => {
    expect(follows(lines, '力、石化等其他行业和用水质量较高', '的领域应用潜力较大。目前，除太钢')).toBe(true)
    expect(follows(lines, '量工作。近 5 年来，全国城市平均年', '节水量约 35 亿立方米，重复利用率')).toBe(true)
    expect(follows(lines, '的污水回用研究课题，在相关科技计', '划中进一步加大对城市雨污分离、海')).toBe(true)
  })

  it('reads the left column before the middle one, the middle before the right', () => {
    expect(lines.indexOf('理方式高。')).toBeLessThan(lines.indexOf('再生利用设施建设缓慢等。'))
    expect(lines.indexOf('再生利用设施建设缓慢等。')).toBeLessThan(lines.indexOf('户进行清洁生产审核。'))
  })
})

describe('a page set wider whose rows cut into three at digits (city-xe-dense.txt, page 7)', () => {
  const text = tuning('city-xe-dense')
  const rows = text.split('\f')[6].split('\n')

  it('shows a three-column width by a row or two, and is not read in three columns', () => {
    expect(threeColumnWidth(rows)).not.toBeNull()
    expect(readThreeColumns(rows, () => characterPairs(text), (r) => r)).toBeNull()
  })
})

describe('a band cut short by a 文号 joined to the next column, and the band under a title (web3-sw-noto9.txt, page 10)', () => {
  const text = tuning('web3-sw-noto9')
  const lines = page(readJoinedColumns(text), 10)

  it('cuts a short line joined to the next column\'s full line, and reads on down the band', () => {
    // '兴政函〔2022〕39号 21.99 万元，核减已缴纳的 12.15 万元，': the left column's 文号, then the middle's full line.
    expect(lines).toContain('兴政函〔2022〕39号')
    expect(lines).toContain('21.99 万元，核减已缴纳的 12.15 万元，')
  })

  it('leaves the 文号 over the next title with it, and reads the band under that title down each column', () => {
    expect(follows(lines, '兴人社发〔2022〕16号', '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局关于印发')).toBe(true)
    expect(follows(lines, '为加强地下水资源的统一管理和保', '护，合理开发利用地下水资源，根据《中')).toBe(true)
    expect(follows(lines, '以黄河流域生态保护和高质量发展理', '念为指导，以《地下水管理条例》为准')).toBe(true)
  })
})

describe('a line closing a bracket it never opened, after a row of three (web3-sw-noto9.txt, page 6)', () => {
  // '质申请、…告知承 委、…浙江自贸 口非特殊用途化妆品备案管理。（负责部' / '诺制。（负责部门：住房城乡建设部） 试验区）' /
  // '门：药监局）': the lone row closes the right column's note, not the left column's, closed already.
  const lines = page(readJoinedColumns(tuning('web3-sw-noto9')), 6)

  it('prices the close against the column that left the bracket open (text-brackets.ts)', () => {
    expect(bracketCost('口非特殊用途化妆品备案管理。（负责部', '门：药监局）')).toBe(0)
    expect(bracketCost('诺制。（负责部门：住房城乡建设部）', '门：药监局）')).toBeGreaterThan(0)
    expect(bracketsOf('有工程建设相关主体）资质许可的省级及')).toEqual({ closes: 1, opens: 0 })
  })

  it('reads the lone row on in the right column', () => {
    expect(follows(lines, '口非特殊用途化妆品备案管理。（负责部', '门：药监局）')).toBe(true)
    expect(follows(lines, '诺制。（负责部门：住房城乡建设部）', '门：药监局）')).toBe(false)
  })
})
