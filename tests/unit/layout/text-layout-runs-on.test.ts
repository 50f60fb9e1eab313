// A title set larger in the middle column of a three-column page (web3-sw-xbs page 4, 国办函〔2004〕25号
// beside the 国家地震局's 报告 and the 函's own body): its line spacing left two rows blank across the
// page, and its last line ('的函') stood alone under them. Read as a bare banner and a band's end,
// the columns were cut in two there though each runs on across the gap mid-sentence.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { runsOnPast } from '../../../src/main/importer/layout/text-layout-banners'
import { REPO_ROOT } from '../../support/sample'

const FILE = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'web3-sw-xbs', 'web3-sw-xbs.layout.txt')
const page = (text: string, n: number): string[] => text.split('\f')[n - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')

describe('runsOnPast', () => {
  it('tells a right column running on past a row from one ending there', () => {
    const on = [
      { kind: 'both' as const, left: '所提问题和建议办理情况', right: '    国有企业解除劳动关系的同时，可与' },
      { kind: 'blank' as const },
      { kind: 'left' as const, text: '                         的函' },
      { kind: 'both' as const, left: '工作，努力推进减轻地震灾害法的出', right: '    改制企业重新签订劳动合同，重新就' },
    ]
    expect(runsOnPast(on, 1)).toBe(true)
    expect(runsOnPast(on, 2)).toBe(true)
    const ends = on.map((r, i) => (i === 0 ? { ...r, right: '    国有企业解除劳动关系的同时。' } : r))
    expect(runsOnPast(ends, 2)).toBe(false)
  })
})

describe('a title set larger in the middle column (web3-sw-xbs page 4)', () => {
  const lines = page(readLayoutColumns(readFileSync(FILE, 'utf8')), 4)
  const follows = (a: string, b: string): boolean => lines.indexOf(b) === lines.indexOf(a) + 1 && lines.includes(a)

  it('reads each column on across the blank rows, the title whole', () => {
    expect(follows('（三）进一步加强防震减灾立法', '工作，努力推进减轻地震灾害法的出')).toBe(true)
    expect(follows('所提问题和建议办理情况', '的函')).toBe(true)
    expect(follows('的函', '湖北省人民政府：')).toBe(true)
    expect(follows('国有企业解除劳动关系的同时，可与', '改制企业重新签订劳动合同，重新就')).toBe(true)
  })
})
