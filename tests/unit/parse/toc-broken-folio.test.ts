// A 目录 page printed as the folio ('·20·') broken over two lines: the entry's last line ends with
// the opening mark ('…工作的通知 ·') and the next holds '20·' (prov2-joint6, its joint document).
import { describe, expect, it } from 'vitest'
import { brokenFolio } from '../../../src/main/importer/parse/toc-folio-marks'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { splitLines } from '../../../src/main/importer/parse/lines'

const TOC = `目　　录

【国务院办公厅函件】
国务院办公厅关于广东与香港、澳门合建自动
 气象站网有关问题的复函 . . . . . . . . . . . . . . . ·19·
 国办函〔1996〕14 号
【部门文件】
潇湘省财政厅潇湘省发展和改革委员会潇湘省
 人力资源和社会保障厅潇湘省住房和城乡建
 设厅潇湘省市场监督管理局潇湘省审计厅关
 于认真做好住户调查大样本轮换工作的通知 ·
 20·
 潇财发〔2022〕10 号
【人事任免】
国务院办公厅关于调整国务院第二次全国污染
 源普查领导小组组成人员的通知 . . . . . . . . ·21·
`

describe('a 目录 page printed as the folio, broken at the line end', () => {
  it('is the page of the entry waiting for it', () => {
    expect(brokenFolio('      20·', '…于认真做好住户调查大样本轮换工作的通知 ·')).toEqual({ buffer: '…于认真做好住户调查大样本轮换工作的通知', page: 20 })
    // No opening mark set apart at the entry's end: no folio broken there.
    expect(brokenFolio('20·', '…工作的通知')).toBeNull()
    expect(brokenFolio('20', '…工作的通知 ·')).toBeNull()
  })

  it('gives the entry its page, and the 文号 under it to the entry', () => {
    const entries = parseToc(splitLines(TOC)).entries
    const joint = entries.find((e) => e.category === '部门文件')
    expect(joint).toMatchObject({ page: 20, docNumber: '潇财发〔2022〕10号' })
    expect(joint?.title.endsWith('关于认真做好住户调查大样本轮换工作的通知')).toBe(true)
    expect(entries.map((e) => e.category)).toEqual(['国务院办公厅函件', '部门文件', '人事任免'])
  })
})
