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

// A document's last page (the 禁毒委员会 notice, sample text 14): its name list runs down the left
// column while the right column holds the signature, date and public note alone at its top
// (county-lo-stairs); or the page is short but set in larger type than the issue's other pages,
// so its full lines are narrower than the issue's columns (county-2col-kai). Both were read row
// by row, each closing line glued to a name: the notice lost its date and its public note.
const lastPage = (layout: string): string[] => {
  const pages = typesetText(layout, 'layout.txt').split('\f')
  return pages[pages.length - 2].split('\n')
}
const lastDoc = (layout: string) => parseIssue(readLayoutColumns(typesetText(layout, 'layout.txt'))).documents.at(-1)

describe("a last page whose right column holds the closing alone, beside the left column's list", () => {
  const rows = lastPage('county-lo-stairs')
  const keep = rows.map((r) => r.trim() === '县政府文件' || /^-\d+-$/.test(r.trim()))

  it('is read left column first, the closing after the list', () => {
    const out = readSparseColumns(rows, keep, 21)!.map((r) => r.trim())
    expect(out.indexOf('特此通知。')).toBeGreaterThan(out.indexOf('贺建军 县教科局副局长'))
    expect(out.slice(out.indexOf('特此通知。') + 2, out.indexOf('特此通知。') + 5)).toEqual(['兴县人民政府办公室', '二〇二二年六月九日', '（此件公开发布）'])
  })

  it('is not when the right pieces at the top are no closing', () => {
    const body = rows.map((r) => r.replace('二〇二二年六月九日', '各有关单位要认真落实').replace('（此件公开发布）', '抓好工作'))
    expect(readSparseColumns(body, keep, 21)).toBeNull()
  })

  it('gives the notice its date and its public note', () => {
    expect(lastDoc('county-lo-stairs')).toMatchObject({ date: '2022-06-09', public: true })
  })
})

describe('a short page set in larger type than the issue', () => {
  it('is read at the page\'s own column width, shown by a full line of each column', () => {
    const rows = lastPage('county-2col-kai')
    const keep = rows.map((r) => /2022 年第 6 期/.test(r))
    const out = readSparseColumns(rows, keep, 22)!.map((r) => r.trim())
    expect(out.indexOf('体负责县禁毒委员会日常工作。')).toBe(out.indexOf('同志兼任，副主任由杨旭兵同志兼任，具') + 1)
    expect(out.indexOf('领导小组组成人员如有变动，由现履')).toBeGreaterThan(out.indexOf('体负责县禁毒委员会日常工作。'))
  })

  it('gives the notice its date and its public note', () => {
    expect(lastDoc('county-2col-kai')).toMatchObject({ date: '2022-06-09', public: true })
  })
})

// A three-column issue's last page (city-web-3col-song, the 小水网 notice): its name table runs
// across the two left columns, the next lines under it, while the right column holds the notice's
// last paragraph, signature, date and public note alone at its top. A row's first run of spaces
// parts the table's cells, not the closing's column, so the page was read row by row: the notice
// lost its date and its public note.
describe("a last page whose right column holds the closing beside two left columns", () => {
  const rows = lastPage('city-web-3col-song')
  const keep = rows.map((r) => /2022年第10期/.test(r) || /^·\d+·$/.test(r.trim()))

  it('is read left part first, the closing after it, each closing line whole', () => {
    const out = readSparseColumns(rows, keep, 15)!.map((r) => r.trim())
    expect(out.indexOf('兴县人民政府办公室')).toBeGreaterThan(out.indexOf('鸿           （镇）长'))
    expect(out.slice(out.indexOf('兴县人民政府办公室') - 3)).toEqual(['领导小组下设办公室，承担领', '导小组日常工作，办公室主任由范', '兴森兼任，副主任由刘晋利兼任。', '兴县人民政府办公室', '二〇二二年五月十六日', '（此件公开发布）', '', '', '', '', '·16·', ''])
  })

  it('is not when the right pieces at the top are no closing', () => {
    const body = rows.map((r) => r.replace('二〇二二年五月十六日', '各有关单位要认真落实').replace('（此件公开发布）', '抓好工作'))
    expect(readSparseColumns(body, keep, 15)).toBeNull()
  })

  it('gives the notice its date and its public note', () => {
    expect(lastDoc('city-web-3col-song')).toMatchObject({ date: '2022-05-16', public: true })
  })
})
