// Two variants of the s41 sweep of the Chromium three-column genre (scripts/typeset/sweep_web3.py,
// written down before the importer read them), kept as tuning fixtures because their PDFs lost fields
// at the first reading (61/66 and 57/66).
import { beforeAll, describe, expect, it } from 'vitest'
import type { PdfText } from '../../../src/main/importer/read/read-pdf'
import type { ParsedIssue } from '../../../src/shared/domain'
import { readTypesetPdf } from '../../support/typeset-fixture'

describe('web3-sw-xbs as PDF: the 目录 ends with an entry without 文号, its page on the page\'s last line', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    ;({ pdf, issue } = await readTypesetPdf('web3-sw-xbs'))
  }, 60_000)

  it("keeps `第17页`, 18 pt above where the body's page numbers all sit, as the entry's page", () => {
    const toc = pdf.lines.filter((l) => l.layout?.page === 2).map((l) => l.text)
    expect(toc.slice(-2)).toEqual(['兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组成人员的通知', '第17页'])
    // The body's page numbers, one height on every page, are still furniture.
    expect(pdf.lines.some((l) => l.layout?.page === 3 && l.text === '第1页')).toBe(false)
    expect(pdf.lines.some((l) => l.layout?.page === 4 && l.text === '第2页')).toBe(false)
  })

  it('finds the last document under its own title, and gives the first its own', () => {
    expect(issue.documents).toHaveLength(11)
    expect(issue.documents[0]).toMatchObject({
      title: '转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知',
      issuers: ['国务院办公厅'],
    })
    expect(issue.documents[10]).toMatchObject({
      title: '关于调整兴县禁毒委员会成员单位及组成人员的通知', docNumber: null, category: '人事任免',
    })
  })
})

describe('web3-sw-control as PDF: a page of two name lists with a 栏目 banner and a title across its foot', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    ;({ pdf, issue } = await readTypesetPdf('web3-sw-control'))
  }, 60_000)

  it("reads page 9 in the issue's three columns, the banner and the title across its foot after them", () => {
    const page = pdf.lines.filter((l) => l.layout?.page === 9)
    const at = (text: string): string => {
      const l = page.find((x) => x.text === text)
      return l?.layout ? `${l.layout.column}/${l.layout.columns}` : 'missing'
    }
    expect(at('郑泽光 外交部副部长')).toBe('1/3')
    expect(at('田心铭 教授、教育部高等学校社会科学发展研究中心原主任')).toBe('2/3')
    expect(at('国务院办公厅关于调整国家教材委员会组成人员的通知')).toBe('0/3')
    expect(page.at(-1)?.text).toMatch(/^兴县人民政府关于打造城乡绿色低碳建设运营商有关事项/)
  })

  it('gives the 节假日 notice its date, and the 教材委员会 notice its whole title and issuer', () => {
    expect(issue.documents[2]).toMatchObject({ title: '关于2019年部分节假日安排的通知', date: '2018-12-04' })
    expect(issue.documents[3]).toMatchObject({
      title: '关于调整国家教材委员会组成人员的通知', issuers: ['国务院办公厅'], date: '2018-11-20',
    })
  })
})

describe('web3-sw-noto9 as PDF: the same page in 9 pt Noto Serif CJK', () => {
  it('finds the 教材委员会 notice, which the page read across had lost into the 节假日 notice', async () => {
    const { issue } = await readTypesetPdf('web3-sw-noto9')
    expect(issue.documents).toHaveLength(11)
    expect(issue.documents[3]).toMatchObject({ title: '关于调整国家教材委员会组成人员的通知', issuers: ['国务院办公厅'] })
  }, 60_000)
})
