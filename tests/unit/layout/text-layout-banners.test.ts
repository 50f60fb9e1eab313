// Three columns in text that keeps each line's place (prov-web-3col.layout.txt, Chromium's CSS
// columns): a 栏目 banner across the page under one document's closing columns, balanced, and a
// signature set flush right in the left column beside the middle column's line.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { bannersAcross } from '../../../src/main/importer/layout/text-layout-banners'
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
    expect(bannersAcross(rows)[1].kind).toBe('left')
    expect(bannersAcross([{ kind: 'both', left: '（此件公开发布）', right: '  年十二月' }, rows[1], rows[2]])[1].kind).toBe('across')
  })
})
