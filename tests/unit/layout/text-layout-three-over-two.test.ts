// A page of three narrow columns over a 栏目 banner, two wider columns under it (pdftotext -layout,
// city-xe-3col page 8, tests/fixtures/typeset/tuning), or two over a head set across, three under
// it (prov-3col-replies page 6). Three things the reader got wrong there:
// - the page's gutter (the three columns' first one) cut the two-column band under the banner, so
//   its title read as set across and its columns woven: each band (between banners, or where two
//   blank rows stand over text) is read at its own gutter;
// - the third column's title, set in a larger face, starts left of its column (its row restarts
//   at 37, the column at 46) and crosses the second gutter, its 文号 on a row of its own: read as
//   set across, it parted the middle and right columns' runs; it is the right column's again;
// - the lower band's closing is broken across its columns (the signature at the left column's
//   foot, the date at the right's head): no blank row parts them, or the date is read as another
//   document's (and the issue's last two documents traded dates).
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readBannerBands } from '../../../src/main/importer/layout/text-layout-banner-bands'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { isMasthead } from '../../../src/main/importer/layout/text-layout-runs'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const layoutText = (): string => typesetText('city-xe-3col', 'layout.txt')
const pageRows = (n: number): string[] => layoutText().split('\f')[n - 1].split('\n')
const readLines = (n: number): string[] => readLayoutColumns(layoutText()).split('\f')[n - 1].split('\n').map((l) => l.trim())

describe('a page of three columns over a banner, two under it (city-xe-3col page 8)', () => {
  it('reads each band at its own gutter', () => {
    const rows = pageRows(8)
    const banner = rows.findIndex((r) => r.trim() === '【部门文件】')
    const bands: string[][] = []
    // The running head, kept in place, opens the band under it.
    const read = readBannerBands(rows, rows.map((_, i) => i === 0), (band) => (bands.push(band), null))
    expect(read).toEqual([...rows.slice(0, 1)[0].trim().split(/ {3,}/), ...rows.slice(1)])
    // The bands above and under the banner each read alone, the banner between them.
    expect(bands.map((b) => b[0])).toEqual([rows[0], rows[banner + 1]])
    expect(bands.every((b) => !b.includes(rows[banner]))).toBe(true)
  })

  it('reads no band apart on pages whose bands share their columns (city-web-3col-b: three over three)', () => {
    // Its banners (pages 3, 5, 7, 9, 11) part bands of the same three columns, each band showing
    // one of their two gutters: the other band's rows restart there too.
    const pages = typesetText('city-web-3col-b', 'layout.txt').split('\f').map((p) => p.split('\n'))
    for (const rows of pages) expect(readBannerBands(rows, rows.map(() => false), () => null)).toBeNull()
  })

  it('reads no band apart where two columns stair over a banner (city-xe-toc2dec-b page 16: two over two)', () => {
    // The band above the banner sets its two columns' lines on rows apart ('大、河湖管理保护成效明显的省'
    // over '（区、市）' over '，在    引导作用。'), so its rows show a gutter a third in; the band under
    // it shows the columns' gutter, which stands no half across: no three columns over two.
    const rows = typesetText('city-xe-toc2dec-b', 'layout.txt').split('\f')[15].split('\n')
    expect(readBannerBands(rows, rows.map(() => false), () => null)).toBeNull()
    const issue = parseIssue(readLayoutColumns(typesetText('city-xe-toc2dec-b', 'layout.txt')))
    expect(issue.documents).toHaveLength(11)
  })

  it('gives the third column its title in a larger face, over its 文号', () => {
    const lines = readLines(8)
    const title = lines.indexOf('兴县人民政府关于 2022 年')
    expect(lines.slice(title, title + 5)).toEqual(['兴县人民政府关于 2022 年', '度安全生产监督检查计划的', '批复', '（兴政函（2022）49 号）', '县应急管理局：'])
  })

  it('reads the lower band column by column, its date right under its signature', () => {
    const lines = readLines(8)
    const number = lines.indexOf('（兴人社发〔2022〕19 号）')
    expect(lines[number - 1]).toBe('井专项整治行动实施方案的通知')
    expect(lines[number + 1]).toBe('各乡（镇）人民政府、县直各有关单位：')
    const signed = lines.indexOf('兴县财政局')
    expect(lines.slice(signed, signed + 3)).toEqual(['兴县财政局', '二〇二二年五月十二日', '（此件公开发布）'])
  })

  it('gives the last two documents their own closings', () => {
    const docs = parseIssue(readLayoutColumns(layoutText())).documents
    const closing = (number: string): [string | null, boolean] | undefined => {
      const d = docs.find((doc) => doc.docNumber === number)
      return d && [d.date, d.public]
    }
    expect(closing('兴人社发〔2022〕19号')).toEqual(['2022-05-12', true])
    expect(closing('兴政函〔2022〕49号')).toEqual(['2022-05-27', true])
  })
})

describe('a page of two columns over a head set across, three under it (prov-3col-replies page 6)', () => {
  const lines = (): string[] => readLayoutColumns(typesetText('prov-3col-replies', 'layout.txt')).split('\f')[5].split('\n').map((l) => l.trim())

  // The band of three under the head shows its second gutter (two thirds across), not its first:
  // its first is found left of it, a third across, so the bands read apart.
  it('reads the upper band at its own gutter: its full left lines whole, the left column before the right', () => {
    const read = lines()
    const full = read.indexOf('从黄金收售价差款中支付 XXX 元，财政部定额补')
    expect(read[full + 1]).toBe('贴 XXX 元。黄金地质勘探资金实行有偿使用，要')
    const right = read.indexOf('三、关于黄金行业管理经费问题')
    expect(right).toBeGreaterThan(read.indexOf('方案的研究，抓紧进行“借金还金”的试点。'))
    expect(read.slice(right + 1, right + 3)).toEqual(['中国人民银行每年从黄金收售价差款中支付', 'XXX 元，用于黄金行业的管理经费。冶金部要督'])
  })
})

describe('a document’s head over three columns between bands of them (prov-3col-replies page 8)', () => {
  // 国务院办公厅文件 over 国办函〔2004〕88 号, in a larger face, centred on the page: pdftotext
  // sets them in the middle column's cells, so they read as that column's last lines and the
  // third column's text came after the next document's head.
  const lines = (): string[] => readLayoutColumns(typesetText('prov-3col-replies', 'layout.txt')).split('\f')[7].split('\n').map((l) => l.trim())

  it('tells an issuer’s mark over its 文号 past the gutter', () => {
    const run: Row[] = [{ kind: 'blank' }, { kind: 'right', text: '     国务院办公厅文件' }, { kind: 'right', text: '        国办函〔2004〕88 号' }]
    expect(isMasthead(run, 1)).toBe(true)
    // A column's short line over a 文号 cited on the next (a clause) is no mark.
    expect(isMasthead([{ kind: 'right', text: '的请示》，' }, run[2]], 0)).toBe(false)
  })

  it('reads the band above the head column by column, then the head', () => {
    const read = lines()
    const [right, signed, mark] = ['进水价改革，完善节水配套法规，', '二〇〇五年三月三日', '国务院办公厅文件']
    expect(read.indexOf(right)).toBeGreaterThan(read.indexOf('立健全城市节约用水责任制，推'))
    expect(read.indexOf(mark)).toBeGreaterThan(read.indexOf(signed))
    expect(read.slice(read.indexOf(mark), read.indexOf(mark) + 3)).toEqual([mark, '国办函〔2004〕88 号', '国务院办公厅关于同意以深圳市名义申办 2011 年第 26 届世界大学生'])
  })
})
