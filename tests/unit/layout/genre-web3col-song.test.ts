// Three CSS columns printed by headless Chromium in Fandol Song (tuning layout city-web-3col-song,
// an unseen sibling of the held-out city-web-3col's genre): a 领导小组's names set as a ruled
// 姓名 | 单位及职务 table inside the third column of page 18, its names wrapped a character a line
// with the post centred between them, running on into the first two columns of page 19, where the
// table's top rule lies a point under the running head's rule.
import { beforeAll, describe, expect, it } from 'vitest'
import type { PdfText } from '../../../src/main/importer/read/read-pdf'
import type { ParsedIssue } from '../../../src/shared/domain'
import { readTypesetPdf } from '../../support/typeset-fixture'

describe('city-web-3col-song as PDF (Chromium, three CSS columns, tables inside a column)', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    ;({ pdf, issue } = await readTypesetPdf('city-web-3col-song'))
  }, 60_000)

  const texts = (page: number, column: number): string[] =>
    pdf.lines.filter((l) => l.layout?.page === page && l.layout.column === column).map((l) => l.text)

  it('reads a table whose names wrap beside their posts as rows, a name whole in its cell', () => {
    const rows = texts(18, 2)
    expect(rows).toContain('李茂\t县政府副县长')
    expect(rows).toContain('郭慧彬\t县政府副县长（挂职）')
    expect(rows).toContain('王建珍\t县行政审批局局长')
  })

  it("keeps the page's column grid beside a column of short name lines", () => {
    // Column 1 of page 18 is a name list (short lines) under a paragraph whose lines end at the
    // gutter: the page's own blank band is wider than the issue's, and its middle would put those
    // lines' last characters in column 2.
    expect(texts(18, 0)).toContain('根据工作需要，现对兴县禁毒委员会成员单位及组成人员进行调整，调整后的成员单位及组成人员如下：')
    expect(texts(18, 1)).toContain('级主任科员')
  })

  it("reads a table under the head's rule as far as its own rules reach, not across the next column", () => {
    expect(texts(19, 1)).toEqual([
      '王晋彪\t县经济开发区管理委员会建设规划部部长',
      '胡利东\t县公路段书记',
      '刘晋利\t县水利局副局长',
      '各有关乡（镇）党委书记、乡（镇）长',
    ])
    expect(texts(19, 2)[0]).toBe('领导小组下设办公室，承担领导小组日常工作，办公室主任由范兴森兼任，副主任由刘晋利兼任。')
  })

  it("gives the document its closing, which the third column of the table's last page holds", () => {
    const doc = issue.documents.find((d) => d.docNumber === '兴政办函〔2022〕10号')
    expect(doc?.date).toBe('2022-05-16')
  })
})
