// A numbered 栏目 banner set flush left between two bands of three columns (web3-sw-xbs.layout.txt,
// Chromium's CSS columns, page 16: '五、人事任免' under the last columns of the 冬季清洁取暖 plan,
// the next document's title in a larger face in the first column under it, its lines two rows apart).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { runsOnPast } from '../../../src/main/importer/layout/text-layout-banners'
import { REPO_ROOT } from '../../support/sample'

const FILE = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'web3-sw-xbs', 'web3-sw-xbs.layout.txt')
const text = readFileSync(FILE, 'utf8')
const pageOf = (...lines: string[]): number => text.split('\f').findIndex((p) => lines.every((l) => p.includes(l)))

describe('a numbered 栏目 banner flush left between bands of three columns', () => {
  const p = pageOf('五、人事任免', '承载高标准农田建设任务')
  const read = readLayoutColumns(text).split('\f')[p].split('\n').map((l) => l.trim()).filter((l) => l !== '')
  const at = (line: string): number => read.indexOf(line)

  it('reads all three columns above the banner before it, and the columns under it after', () => {
    expect(at('洁净煤5000吨、生物质燃料5000吨，')).toBeLessThan(at('设置2个集中供应点，向“清洁煤+节'))
    expect(at('位清洁取暖工作监督检查。')).toBeLessThan(at('五、人事任免'))
    expect(at('五、人事任免')).toBeLessThan(at('兴政办函〔2022〕16号'))
    expect(at('五、人事任免')).toBeLessThan(at('承载高标准农田建设任务 1 万亩。'))
  })

  it("reads the title's lines set two rows apart, beside the middle column running on, as one band", () => {
    // The title's last line is under a gap of two blank rows; the middle column's line above the
    // gap ends mid-sentence and its next starts where it does: the column runs on across it.
    expect(read.slice(at('兴县人民政府办公室关于'), at('兴县人民政府办公室关于') + 3)).toEqual([
      '兴县人民政府办公室关于', '成立兴县2022年高标准农', '田建设项目领导组的通知',
    ])
    expect(read[at('建设项目领导组，具体负责项目建设') + 1]).toBe('过程中资金落实、工程招投标、物资')
    // The first column's body before the middle column's, the middle's before the right's.
    expect(at('〔2021〕34 号）要求，2022 年我县')).toBe(at('承载高标准农田建设任务 1 万亩。') - 1)
    expect(at('张建平 县财政局局长')).toBe(at('薛探平 县审计局局长') - 1)
  })

  it('takes the middle column, next to the gutter, for the line that runs on (not the right one beside it)', () => {
    const row = (right: string) => ({ kind: 'both', left: '成立兴县2022年高标准农', right } as const)
    const kinds = [
      row('  建设项目领导组，具体负责项目建设        乔恩务 高家村镇镇长'),
      { kind: 'blank' } as const,
      { kind: 'blank' } as const,
      row('  过程中资金落实、工程招投标、物资'),
    ]
    expect(runsOnPast(kinds, 1)).toBe(true)
    // A middle line that ends its sentence runs on past no gap.
    expect(runsOnPast([row('  如下。        乔恩务 高家村镇镇长'), ...kinds.slice(1)], 1)).toBe(false)
  })
})
