// Three CSS columns printed by headless Chromium (tuning layout prov-web-3col, written in the genre
// of the held-out city-web-3col before the importer first read it): some titles span all three
// columns (Chromium balances the columns above them), the rest sit in one narrow column; 栏目
// banners flush left on a grey strip start mid-page, under the columns balanced above them; name
// lists leave a column whose lines end far short of its gutter; the 目录's leaders are a CSS
// border, so an entry without 文号 has only a wide blank between its title and its page.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PdfText } from '../../../src/main/importer/read/read-pdf'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import type { ParsedIssue } from '../../../src/shared/domain'
import { readTypesetPdf, typesetFile } from '../../support/typeset-fixture'

describe('prov-web-3col as PDF (Chromium, three CSS columns)', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    ;({ pdf, issue } = await readTypesetPdf('prov-web-3col'))
  }, 60_000)

  const texts = (page: number): string[] => pdf.lines.filter((l) => l.layout?.page === page).map((l) => l.text)

  it('reads a banner flush left in column 0 as a cut across the page: the balanced columns above it first', () => {
    // Page 5: the last document of 【国务院办公厅文件】 ends in three short balanced columns (its
    // closing in column 2), then the banner, then the next 栏目's columns.
    const page = texts(5)
    const closing = page.indexOf('（此件公开发布）')
    const banner = page.indexOf('【国务院文件】')
    expect(closing).toBeGreaterThanOrEqual(0)
    expect(banner).toBeGreaterThan(closing)
    expect(page[banner + 1]).toBe('国务院关于同意建立国务院职业教育工作部际联席会议制度')
    // Column 0 of the lower band runs on at column 1's top: the paragraph is whole.
    expect(pdf.text).toContain('研究审议拟出台的职业教育法律法规和重大政策')
  })

  it("finds the issue's three columns on pages where a name list hides one gutter", () => {
    for (const page of [8, 9]) {
      const lines = pdf.lines.filter((l) => l.layout?.page === page && !l.layout.spans)
      expect(new Set(lines.map((l) => l.layout?.columns))).toEqual(new Set([3]))
    }
    expect(texts(9)).toContain('6. 兴县民政局')
    expect(texts(8)).toContain('张建平 县财政局局长')
  })

  it("sets a 目录 entry's page apart from its title where the leaders are a drawn rule", () => {
    expect(texts(2)).toContain('兴县人民政府办公室关于调整兴县小水网工程建设领导小组的通知  7')
  })

  it('reads every document with its 栏目, the one without 文号 too', () => {
    expect(issue.documents.map((d) => d.category)).toEqual([
      '国务院办公厅文件', '国务院办公厅文件', '国务院文件', '国务院文件',
      '县区政府文件', '县区政府文件', '县区政府文件', '县区政府文件', '部门文件', '县政府办公室文件', '县政府办公室文件',
    ])
    expect(issue.toc.map((e) => e.page)).toEqual([1, 1, 3, 3, 4, 4, 5, 5, 6, 7, 7])
    const last = issue.documents[10]
    expect(last).toMatchObject({ docNumber: null, title: '关于调整兴县小水网工程建设领导小组的通知', date: '2022-05-16' })
    expect(issue.documents[8].issuers).toEqual(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局'])
  })
})

describe('prov-web-3col as pdftotext -layout text', () => {
  it('keeps a spanning title\'s 文号, right under it with no blank row, over the three columns', () => {
    const text = readFileSync(typesetFile('prov-web-3col', 'layout.txt'), 'utf8')
    const page = readLayoutColumns(text.split('\f')[2]).split('\n').map((r) => r.trim()).filter((r) => r !== '')
    const title = page.indexOf('国务院办公厅关于调整国家教材委员会组成人员的通知')
    expect(page[title + 1]).toBe('（国办发〔2018〕109号）')
    expect(page[title + 2]).toBe('各省、自治区、直辖市人民政府，国务')
  })
})
