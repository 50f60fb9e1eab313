// An issue written the way 方正飞腾/书版 write their PDFs (tuning layout county-pdfkit-glyphs, scored
// before the importer first read it): every glyph its own text operation at its own x, lines
// justified by spreading the glyphs, no spaces, and each page drawn out of reading order (running
// head and folio, right column before left, the title after the body under it, a column's lines
// bottom-up, the 目录's page numbers after all its titles). The reading order comes from geometry.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf, type PdfText } from '../../../src/main/importer/read/read-pdf'
import { unspread } from '../../../src/main/importer/layout/pdf-lines'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { ParsedIssue } from '../../../src/shared/domain'
import { REPO_ROOT } from '../../support/sample'

const NAME = 'county-pdfkit-glyphs'
const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', NAME)

describe('county-pdfkit-glyphs as PDF (one text operation per glyph, pages drawn out of order)', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    pdf = await readPdf(new Uint8Array(readFileSync(join(DIR, `${NAME}.pdf`))), 'a.pdf', new AbortController().signal)
    issue = parseIssue({ text: pdf.text, lines: pdf.lines })
  }, 60_000)

  it('reads justified lines whole: no space between spread glyphs', () => {
    expect(pdf.text).toContain('兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知')
    // A line spread wide (the number after it did not fit): pdf.js gives '一 、 同 意 将…' as one run.
    expect(pdf.text).toContain('一、同意将位于兴县奥家湾乡姚儿湾村的2022-02号宗地')
    expect(pdf.text).toContain('第一阶段：摸底动员、自行整改。时间为2022年5月15日')
    // A name list's blanks (the source's spaces, printed as blanks) stay spaces.
    expect(pdf.text).toContain('高 潮 县政府办副主任')
  })

  it('takes the spaces out of a run of CJK glyphs each one space apart, and only those', () => {
    expect(unspread('一 、 同 意 将 位 于')).toBe('一、同意将位于')
    expect(unspread('组 长：贺建强 县委常委')).toBe('组 长：贺建强 县委常委')
    expect(unspread('目 录')).toBe('目 录')
    expect(unspread('a b c d e f')).toBe('a b c d e f')
  })

  it('reads the 目录 whose pages were drawn after all its titles', () => {
    expect(issue.toc.map((e) => [e.docNumber, e.page])).toEqual([
      ['兴政发〔2022〕10号', 1], ['兴政函〔2022〕43号', 3], ['兴政函〔2022〕45号', 4], ['兴政函〔2022〕50号', 5],
      ['兴政函〔2022〕51号', 6], ['兴政函〔2022〕55号', 7], ['兴政办发〔2022〕12号', 8], ['兴政办函〔2022〕8号', 10],
    ])
  })

  it("reads a document's last page in the issue's columns under its spanning title (the right column holding only its closing lines)", () => {
    // 兴政函〔2022〕50号 fits one page: the title and 文号 across both columns, the body in column 0,
    // its last words, signature and date at the top of column 1, level with the recipients.
    const doc = issue.documents.find((d) => d.docNumber === '兴政函〔2022〕50号')
    const texts = doc?.blocks.map((b) => b.text) ?? []
    expect(texts[0]).toBe('县经济技术开发区管理委员会：')
    expect(texts).toContain('五、请你单位会同有关部门加强规划控制和管理，保证各项规划要求得到落实。如需变动，应按规定程序报批。')
    expect(doc).toMatchObject({ date: '2022-06-06' })
  })
})
