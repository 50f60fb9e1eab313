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
