// A decree's short first page in an issue set in two columns (prov-sw-regpage.layout.txt, page 3):
// the 令's name and serial, the opening paragraph's first lines in the left column, its last lines,
// the signature and the date in the right. With so few rows pdftotext -layout sets the right
// column's lines where the left one's short lines leave room (cell 31, not the gutter near 40 the
// full pages show), so no gutter was found and the page read row by row: the paragraph's lines
// woven with the 令's, the decree lost (its document not found).
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readSparseColumns } from '../../../src/main/importer/layout/text-layout-sparse'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const page = [
  '省政府令                                          漳岳省人民政府公报',
  '',
  '                       【省政府令】',
  '',
  '     漳岳省人民政府令                  利代理条例》公布，自 2019 年 3 月 1 日起施',
  '                               行。',
  '           第 323 号',
  '                                               省长   骆承志',
  '《专利代理条例》已经 2018 年 9 月 6 日国务院              二〇一八年十一月六日',
  '第 23 次常务会议修订通过，现将修订后的《专',
  '',
  '                                                          ·1·',
]
const keep = page.map((_, i) => i === 0 || i === page.length - 1)

describe("a short page of an issue in two columns, its right column set nearer", () => {
  it('is read left column first, at the columns the issue shows', () => {
    const out = readSparseColumns(page, keep, 20)!.map((r) => r.trim())
    const at = (s: string): number => out.findIndex((r) => r.startsWith(s))
    expect(at('漳岳省人民政府令')).toBeLessThan(at('第 323 号'))
    expect(at('第 23 次常务会议')).toBe(at('《专利代理条例》已经') + 1)
    expect(at('利代理条例》公布')).toBeGreaterThan(at('第 23 次常务会议'))
    expect(out.slice(at('利代理条例》公布'), at('二〇一八年十一月六日') + 1)).toEqual(['利代理条例》公布，自 2019 年 3 月 1 日起施', '行。', '省长   骆承志', '二〇一八年十一月六日'])
  })

  it('is not when no left line beside a right one is as wide as the columns (a one-column page)', () => {
    expect(readSparseColumns(page, keep, 30)).toBeNull()
  })

  it('gives the whole issue its decree (the 令 with its 文号 and date)', () => {
    const issue = parseIssue(readLayoutColumns(typesetText('prov-sw-regpage', 'layout.txt')))
    const decree = issue.documents.find((d) => /第\s*323\s*号/.test(d.docNumber ?? ''))
    expect(decree?.date).toBe('2018-11-06')
  })
})
