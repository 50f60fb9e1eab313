// A county issue printed by headless Chromium (tuning layout county-web-mixed, written in the genre
// of the held-out prov-3col-mixed and city-web-3col before the importer first read it): the body
// in two CSS columns, two 栏目 in three; each three-column 栏目 fills only a page or two, so the
// issue's three-column grid shows on two pages only, and the 人事任免 page opens with its banner
// and a title across the three columns over name lists that hide both gutters.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf, type PdfText } from '../../../src/main/importer/read/read-pdf'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { ParsedIssue } from '../../../src/shared/domain'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'county-web-mixed')

describe('county-web-mixed as PDF (Chromium, two and three CSS columns)', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    const file = join(DIR, 'county-web-mixed.pdf')
    pdf = await readPdf(new Uint8Array(readFileSync(file)), 'a.pdf', new AbortController().signal)
    issue = parseIssue({ text: pdf.text, lines: pdf.lines })
  }, 60_000)

  const columns = (page: number): Set<number | undefined> =>
    new Set(pdf.lines.filter((l) => l.layout?.page === page && !l.layout.spans).map((l) => l.layout?.columns))

  it('takes the three-column grid two pages show on the pages that hide it', () => {
    // Page 12: the 部门联合发文's short last page (a joint document's end, a document titled in
    // column 1); page 14: the 人事任免 banner and a spanning title over name lists.
    expect(columns(12)).toEqual(new Set([3]))
    expect(columns(14)).toEqual(new Set([3]))
    const page = pdf.lines.filter((l) => l.layout?.page === 12).map((l) => l.text)
    expect(page.indexOf('兴政函〔2022〕55号')).toBeGreaterThan(page.indexOf('二〇二二年五月十二日'))
  })

  it('reads every document with its 栏目, date and issuers', () => {
    expect(issue.documents.map((d) => d.category)).toEqual([
      '国务院文件', '国务院文件', '县政府文件', '县政府文件', '县政府文件', '县政府文件', '县政府文件',
      '部门联合发文', '部门联合发文', '县政府办公室文件', '人事任免', '人事任免',
    ])
    expect(issue.documents[7]).toMatchObject({ date: '2022-05-12', issuers: ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局'] })
    expect(issue.documents[8]).toMatchObject({ docNumber: '兴政函〔2022〕55号', title: '关于向兴县城乡基础设施建设投资有限公司增加资本金的通知' })
    expect(issue.documents[11]).toMatchObject({ docNumber: null, date: '2022-04-21' })
  })
})

describe('county-web-mixed as pdftotext text', () => {
  const text = readFileSync(join(DIR, 'county-web-mixed.txt'), 'utf8')

  it('reads the 目录 whose two columns of flex rows pdftotext wrote out of order, and ends it with its page', () => {
    // pdftotext sets the 目录's pages apart from their entries and its lines in neither column's
    // order: its lines are put together again (toc-fragments), and no document starts on its page.
    const issue = parseIssue(text)
    expect(issue.toc.length).toBe(12)
    expect(issue.documents[0]).toMatchObject({ docNumber: '国办发〔1997〕11号', title: '转发民政部关于清理整顿社会团体意见的通知', issuers: ['国务院办公厅'] })
    expect(issue.documents.map((d) => d.title)).toContain('关于建立县乡机关干部跟班轮训制度的通知')
  })
})
