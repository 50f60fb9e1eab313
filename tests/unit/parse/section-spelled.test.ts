// A 栏目 band set letter-spaced across the page, written by pdftotext a character or two to a line: its
// last line alone ('文 件') reads as a 栏目 named '文件', the tail every 栏目 shares, and clashed with
// the 目录's 栏目 (CATEGORY_DIFFERS on every city-xe-one2-* issue's first document). Real lines of
// city-xe-one2-numpage.txt (60–71).
import { describe, expect, it } from 'vitest'
import type { TocEntry } from '../../../src/shared/domain'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'
import { joinSpelledBands } from '../../../src/main/importer/parse/section-spelled'

const toc: TocEntry[] = [
  { category: '国务院文件', title: '国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复', docNumber: '国函〔2006〕38号', page: 1 },
  { category: '国务院办公厅文件', title: '国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报', docNumber: '国办发〔2004〕7号', page: 2 },
]

describe('a letter-spaced 栏目 band written a character or two to a line (city-xe-one2-numpage.txt)', () => {
  it('names the 栏目 the band spells, not its last line alone', () => {
    const text = [
      '国务院文件',
      '',
      '国 务',
      '',
      '院',
      '',
      '文 件',
      '',
      '国务院关于同意组建 2008 年北京奥运会首都国际机场协调委员会的批复',
      '（国函〔2006〕38 号）',
      '民航总局：',
      '你局《关于报送 2008 年北京奥运会首都国际机场协调委员会组建方案的请示》',
    ].join('\n')
    const [span] = splitDocuments(splitLines(text), 0, toc)
    expect([span.docNumber, span.section, span.sectionPrinted]).toEqual(['国函〔2006〕38号', '国务院文件', true])
  })
})

describe('a band the columns’ reading would part (swap-2col-bands2.txt 639–657, the text-swap sweep, round 5)', () => {
  // A Word section over a two-column page: the band's letters, a character or two to a line,
  // under the left column's last line; read as lines of either column, '国务院文' became a title.
  const page = ['国务院办公厅', '二〇〇六年九月七日', '', '目前，法律法规的公布实施涉及多个方面，如法', '国', '', '务 院', '', '办', '', '公', '', '厅', '', '文', '', '件', '', '国务院办公厅对十届全国人大四次会议第 2996 号建议的答复']
  const sections = new Set(['国务院文件', '国务院办公厅文件', '国务院办公厅函件'])

  it('is written whole on its last line, its pieces blank, line indexes kept', () => {
    const out = joinSpelledBands(splitLines(page.join('\n')), 0, sections).map((l) => l.text)
    expect(out).toHaveLength(page.length)
    expect(out.filter((t) => t.trim() !== '')).toEqual(['国务院办公厅', '二〇〇六年九月七日', '目前，法律法规的公布实施涉及多个方面，如法', '国务院办公厅文件', '国务院办公厅对十届全国人大四次会议第 2996 号建议的答复'])
    expect(out[16]).toBe('国务院办公厅文件')
  })

  it('is left as it is when it spells no 栏目 the 目录 lists', () => {
    const lines = splitLines(page.join('\n'))
    expect(joinSpelledBands(lines, 0, new Set(['国务院文件']))).toEqual(lines)
  })
})
