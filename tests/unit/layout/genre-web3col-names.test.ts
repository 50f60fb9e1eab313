// Three CSS columns printed by headless Chromium with name lists (tuning layout county-web-3col-names,
// a fourth probe of the held-out city-web-3col's genre, written before the importer first read it):
// a list set in a narrow column — names, a wide blank, then the posts, row under row — opens a
// blank band inside its column that no line crosses, beside the page's two real gutters.
import { beforeAll, describe, expect, it } from 'vitest'
import type { PdfText } from '../../../src/main/importer/read/read-pdf'
import type { ParsedIssue } from '../../../src/shared/domain'
import { readTypesetPdf } from '../../support/typeset-fixture'

describe('county-web-3col-names as PDF (Chromium, three CSS columns of name lists)', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    ;({ pdf, issue } = await readTypesetPdf('county-web-3col-names'))
  }, 60_000)

  it("reads a page of name lists in its three columns, not the list's names and posts as a fourth", () => {
    // Page 4: a 联席会议's members in columns 1 and 2 above a banner, then a title across the page
    // and the 国家教材委员会's members in all three columns, column 2's names and posts apart.
    const lines = pdf.lines.filter((l) => l.layout?.page === 4 && !l.layout.spans)
    expect(new Set(lines.map((l) => l.layout?.columns))).toEqual(new Set([3]))
    const texts = lines.map((l) => l.text)
    expect(texts).toContain('甄占民 中央党校副校长')
    expect(texts).toContain('仲呈祥 研究员、中国文联原副主席')
    expect(texts).toContain('陈肇雄 工业和信息化部副部长')
  })

  it('keeps the list under a title across the page whole, one member a paragraph', () => {
    const doc = issue.documents.find((d) => d.title.endsWith('关于调整国家教材委员会组成人员的通知'))
    const texts = (doc?.blocks ?? []).map((b) => b.text)
    expect(texts.slice(0, 3)).toEqual([
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '根据机构设置、人员变动情况和工作需要，国务院决定对国家教材委员会组成人员进行调整。现将调整后的组成人员名单通知如下：',
      '主任：孙春兰 国务院副总理',
    ])
    expect(texts).toContain('（二）专家委员（按姓氏笔划为序）')
    expect(texts).toContain('国家教材委员会办公室设在教育部，由教育部教材局承担办公室工作。')
  })
})
