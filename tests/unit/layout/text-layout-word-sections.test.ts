// A Word issue set in sections (LibreOffice: each 栏目 a continuous section whose columns it
// balances) as pdftotext -layout writes it (tuning county-lo-tabletoc, whose -layout text was
// first read in session 35): a 栏目's banner opens the next section's band in the left column
// while the right column closes the section's last document level with it; the 目录 is a Word
// table whose 文号 and page cells stand at the top of each row.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { sectionCuts } from '../../../src/main/importer/layout/text-layout-sections'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const text = readLayoutColumns(typesetText('county-lo-tabletoc', 'layout.txt'))
const page = (n: number): string[] => text.split('\f')[n - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')
/** The line after `line`'s last occurrence. */
const after = (lines: string[], line: string): string | undefined => lines[lines.lastIndexOf(line) + 1]

describe("a 栏目's banner opening a band under balanced columns", () => {
  it('comes after the right column has closed the section above (the closing a row under the left column)', () => {
    const p3 = page(3)
    const closed = p3.indexOf('二〇二二年五月二十四日')
    expect(p3.slice(closed + 1, closed + 3)).toEqual(['（此件公开发布）', '◆乡镇街道文件'])
    expect(p3.indexOf('◆乡镇街道文件')).toBeGreaterThan(p3.indexOf('依法依规缴纳相关税、费。'))
    // The lower band's right column goes on from its left column's foot.
    expect(after(p3, '营 商 有 关 事 项 的 通 知 》 （ 兴 政 发 〔 2022 〕 10')).toBe('号），为增强我县城乡绿色低碳发展动力，促进')
    const p4 = page(4)
    const signed = p4.indexOf('二〇二二年六月十七日')
    expect(p4.slice(signed + 1, signed + 3)).toEqual(['（此件公开发布）', '◆部门文件'])
  })

  it('is no cut where the left column above it ends its document (one column going on)', () => {
    const p6 = page(6)
    expect(after(p6, '信息公开选项：主动公开')).toBe('◆公告')
    expect(p6.indexOf('9. 罗峪口镇人民政府')).toBeGreaterThan(p6.indexOf('◆公告'))
  })

  it("is no cut under a left line that ends its sentence: the right column's closing may be a later document's", () => {
    const run = (last: string): Row[] => [
      { kind: 'both', left: '该项目承担任何还款和担保责任。为满足项目建', right: '二〇二二年五月二十四日' },
      { kind: 'both', left: last, right: '（此件公开发布）' },
      { kind: 'right', text: '号），为增强我县城乡绿色低碳发展动力，促进' },
      { kind: 'left', text: '◆乡镇街道文件' },
      { kind: 'both', left: '康宁镇人民政府关于向兴县城', right: '县域绿色低碳建设及产业发展，统筹我县国有资' },
    ]
    expect(sectionCuts(run('竣工验收资料，现正抓紧完善，我县承诺在', ), 3, new Map())).toEqual([2])
    expect(sectionCuts(run('竣工验收资料，现正抓紧完善，我县承诺。'), 3, new Map())).toEqual([])
  })

  it("keeps a 文号 centred under its title's last line a line of its own", () => {
    expect(after(page(3), '部竣工资料的承诺函')).toBe('兴政函（2022）53 号')
  })
})

describe('a Word table 目录 with its cells at the top of each row, in -layout text', () => {
  const issue = parseIssue(readJoinedColumns(text))
  const entry = (n: string) => issue.toc.find((e) => e.docNumber === n)

  it('cuts the 文号 cell off a title three spaces away, not at a number inside the title', () => {
    expect(entry('瓦政发〔2022〕11号')?.title).toBe('瓦塘镇人民政府关于2021-09号宗地国有建设用地使用权挂牌出让方案的请示的批复')
  })

  it("goes on with a joint title that is its issuers alone on the row's first line", () => {
    expect(entry('兴人社发〔2022〕9号')?.title).toBe('兴县人力资源和社会保障局兴县发展和改革局兴县财政局兴县住房和城乡建设管理局兴县交通运输局兴县水利局关于印发兴县煤炭消费减量替代2022年工作方案的通知')
    expect(issue.toc.map((e) => e.page)).toEqual([1, 1, 1, 1, 2, 2, 3, 4, 5])
  })

  it('finds every document', () => {
    expect(issue.documents.map((d) => d.docNumber)).toEqual(['兴政函〔2022〕53号', '兴政函〔2022〕54号', '兴政函〔2022〕43号', '康政发〔2022〕9号', '瓦政发〔2022〕11号', '兴人社发〔2022〕9号', '兴人社发〔2022〕12号', null, '兴政办函〔2022〕16号'])
  })
})

describe("a grid 目录's title whose bracketed tail wraps under its row (tuning city-xe-one-grid.layout.txt)", () => {
  const issue = parseIssue(readJoinedColumns(readLayoutColumns(typesetText('city-xe-one-grid', 'layout.txt'))))

  it("goes back to its own title, not to the next row's", () => {
    const entry = (n: string) => issue.toc.find((e) => e.docNumber === n)?.title
    expect(entry('兴政函〔2022〕50号')).toBe('兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复')
    expect(entry('兴政办发〔2022〕8号')).toBe('兴县人民政府办公室关于印发兴县培育乡村e镇工作实施方案的通知')
  })
})

// A document ending its last paragraph at the foot of the upper band's left column (a 请示 in
// county-lo-autonum, page 7, one Word section per document): the right column ends it and holds
// the next document whole, level with the left column; the third document's 文号 opens the lower
// band under a left line that ends its sentence. The lower band's left column holds that
// document's whole head (文号, joint issuers, the title to its 文种, the address, its first lines)
// and its text goes on at the lower band's right column. In county-lo-stairs (page 7) the same
// shapes stand above a joint 文号 at the left column's foot whose issuers go on at the right
// column's head: one column going on, no band.
describe('a 文号 under a left line that ends its paragraph, beside a right column closed by a document', () => {
  const lines = (layout: string, n: number): string[] =>
    readLayoutColumns(typesetText(layout, 'layout.txt')).split('\f')[n - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')

  it('opens a band when the left column under it holds the whole head', () => {
    const p7 = lines('county-lo-autonum', 7)
    expect(p7.indexOf('兴人社发〔2022〕15 号')).toBeGreaterThan(p7.indexOf('目向国家开发银行山西省分行申请贷款。'))
    expect(after(p7, '（晋政办发〔2021〕44 号）相关规定，规范')).toBe('农民工工资支付行为，保障农民工按时足额获')
  })

  it('opens none when the title goes on at the right column\'s head', () => {
    const p7 = lines('county-lo-stairs', 7)
    expect(after(p7, '县发展和改革局 兴县财政局')).not.toBe('为深入贯彻习近平总书记关于“厕所革')
    expect(p7.indexOf('兴人社发〔2022〕25 号')).toBeLessThan(p7.indexOf('兴县住房和城乡建设管理局 兴'))
  })

  it('gives the notice in the lower band its own text', () => {
    const issue = parseIssue(readJoinedColumns(readLayoutColumns(typesetText('county-lo-autonum', 'layout.txt'))))
    const doc = issue.documents.find((d) => d.docNumber === '兴人社发〔2022〕15号')
    const text = doc?.blocks.map((b) => b.text).join('') ?? ''
    expect(text).toContain('规范农民工工资支付行为')
    expect(text).not.toContain('恳请贵厅')
  })
})
