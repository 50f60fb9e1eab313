// Three CSS columns printed by headless Chromium (tuning layout city-web-3col-lists, a fifth probe of
// the held-out city-web-3col's genre, written before the importer first read it): the middle
// column may run a line further down the page than the other two; a 目录 of flex rows prints an
// entry without 文号 as its title, then a line holding only its `第3页` after the drawn leaders.
import { beforeAll, describe, expect, it } from 'vitest'
import type { PdfText } from '../../../src/main/importer/read/read-pdf'
import type { ParsedIssue } from '../../../src/shared/domain'
import { readTypesetPdf } from '../../support/typeset-fixture'

describe('city-web-3col-lists as PDF (Chromium, three CSS columns)', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    ;({ pdf, issue } = await readTypesetPdf('city-web-3col-lists'))
  }, 60_000)

  const body = (title: string): string[] => (issue.documents.find((d) => d.title === title)?.blocks ?? []).map((b) => b.text)

  it("reads the middle column's last line at a page's foot, alone on its baseline, as that column's line", () => {
    // Page 4: columns 0 and 2 end a line higher; the middle column's full last line is centred on
    // the page, yet it runs from gutter to gutter in body type: the paragraph goes on at column 2's top.
    const foot = pdf.lines.find((l) => l.layout?.page === 4 && l.text.includes('不具有专利代理人资格、年满18周岁、'))
    expect(foot?.layout).toMatchObject({ column: 1, spans: false })
    expect(body('关于支持自由贸易试验区深化改革创新若干措施的通知')).toContain(
      '（十五）进一步放宽对专利代理机构股东的条件限制，新设立有限责任制专利代理机构的，允许不超过五分之一不具有专利代理人资格、年满18周岁、能够在专利代理机构专职工作的中国公民担任股东。（负责部门：知识产权局）',
    )
  })
  it("keeps a 目录 entry's `第10页`, alone on its line under the title, one entry above the page's foot: no page number", () => {
    const toc = pdf.lines.filter((l) => l.layout?.page === 2).map((l) => l.text)
    const at = toc.indexOf('兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组成人员的通知')
    expect(toc[at + 1]).toBe('第10页')
    const doc = issue.documents.find((d) => d.title === '关于调整兴县禁毒委员会成员单位及组成人员的通知')
    expect(doc).toMatchObject({ docNumber: null, category: '人事任免', date: '2022-06-09' })
    expect(issue.documents).toHaveLength(11)
  })
})
