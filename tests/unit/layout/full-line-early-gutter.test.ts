// A -layout page in two columns (city-xe-midcol-b.layout.txt, page 14): pdftotext gives a hanzi
// one cell though it is set an em wide, so a full left line of 22 hanzi ends at cell 22 while the
// right column starts near cell 41 on most rows. Where the left line ends in a full-width mark
// ('…的专家组，'), pdftotext sets the right line one space after it, at cell 24: before the share
// of the gutter a right line may start at, so the row was read as one line across the page. It cut
// the page's run in two, and the left column's last line ('…中国地质大学进行了地') was joined to the
// right column's middle ('震动记录。此后停止监测。') instead of its top ('质勘查，划定了危险区。').
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText, typesetTruth } from '../../support/typeset-files'

const text = typesetText('city-xe-midcol-b', 'layout.txt')
const row = text.split('\n').find((r) => r.startsWith('科技大学刘广润院士为组长的更大范围的专家组， 监测在'))!

describe('a full left line meeting the right column at one space, early', () => {
  it('is cut at that space: the left line whole, the right one after it', () => {
    const kind = rowKind(row, 41, 22)
    expect(kind.kind).toBe('both')
    if (kind.kind !== 'both') return
    expect(kind.left).toBe('科技大学刘广润院士为组长的更大范围的专家组，')
    expect(kind.right.trim()).toBe('监测在 25 公里范围内共记录到振动事件 567 次，')
  })

  it('a short left line at one space is not (a line of one column with a space inside it)', () => {
    expect(rowKind('科技大学刘广润院士为组长的， 监测在 25 公里范围内共记录到振动事件 567 次，', 41, 22).kind).not.toBe('both')
  })

  it("a 目录's leader dots, spaced one apart past a full entry's width, stay on their row with the page (prov-xe-3col-answers)", () => {
    const toc = readLayoutColumns(typesetText('prov-xe-3col-answers', 'layout.txt')).split('\n')
    expect(toc.filter((l) => /^\s*号） (\. )+.*第 5页$/.test(l))).toHaveLength(1)
    expect(toc.some((l) => /^(\. )+第 5页$/.test(l.trim()))).toBe(false)
  })

  it('reads the page left column first: the paragraph the left column ends goes on at the right top', () => {
    const doc = typesetTruth('city-xe-midcol-b').find((d) => d.paragraphs.some((p) => p.startsWith('巴东县人民政府委托中国地质大学')))!
    const want = flat(doc.paragraphs.find((p) => p.startsWith('巴东县人民政府委托中国地质大学'))!)
    const got = parseIssue(readLayoutColumns(text)).documents.flatMap((d) => d.blocks.map((b) => flat(b.text)))
    expect(got).toContain(want)
  })
})
