// Three CSS columns printed by headless Chromium (tuning layout county-web-3col-tail, a sixth probe
// of the held-out city-web-3col's genre, written before the importer first read it): the issue's
// last document, a 任免 without 文号, is the 目录's last entry, so the page its flex row prints
// after the drawn leaders (`第11页`) is the 目录 page's last line, where a page number would sit.
import { beforeAll, describe, expect, it } from 'vitest'
import type { PdfText } from '../../../src/main/importer/read/read-pdf'
import type { ParsedIssue } from '../../../src/shared/domain'
import { readTypesetPdf } from '../../support/typeset-fixture'

describe('county-web-3col-tail as PDF (Chromium, three CSS columns)', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    ;({ pdf, issue } = await readTypesetPdf('county-web-3col-tail'))
  }, 60_000)

  it("keeps the 目录's last line `第11页`, well above where the issue's page numbers sit, as the entry's page", () => {
    const toc = pdf.lines.filter((l) => l.layout?.page === 2).map((l) => l.text)
    expect(toc.slice(-2)).toEqual(['兴县人民政府办公室关于调整兴县小水网工程建设领导小组的通知', '第11页'])
    // The body's own page numbers are still furniture.
    expect(pdf.lines.some((l) => l.layout?.page === 3 && l.text === '第1页')).toBe(false)
  })

  it('finds the last 任免 under its own title, and the first document under its own', () => {
    expect(issue.documents).toHaveLength(11)
    expect(issue.documents[0].title).toBe('关于加快推进农业机械化和农机装备产业转型升级的指导意见')
    expect(issue.documents[10]).toMatchObject({
      title: '关于调整兴县小水网工程建设领导小组的通知', docNumber: null, category: '人事任免', date: '2022-05-16',
    })
  })
})
