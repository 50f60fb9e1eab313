// A band of three columns in pdftotext -layout text whose one-em gutters are a single cell where a
// column's line is full (prov-xe-3col-mast, 【建议提案答复】): the rows are cut where the widths add up
// and the band is read column by column, after the rows above it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { edgesOf, issueThreeWidth, rowColumns, threeBand } from '../../../src/main/importer/layout/text-layout-three'
import { lowerMarks } from '../../../src/main/importer/layout/text-layout-marks'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const FILE = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'prov-xe-3col-mast', 'prov-xe-3col-mast.layout.txt')
const TEXT = readFileSync(FILE, 'utf8')
const page = (text: string, n: number): string[] => text.split('\f')[n - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')

/** Whether the lines hold `seq` one after the other. */
function inOrder(lines: string[], seq: string[]): boolean {
  const i = lines.indexOf(seq[0])
  return i >= 0 && seq.every((s, k) => lines[i + k] === s)
}

describe('rowColumns', () => {
  const edges = [0, 22, 40] as const
  it('cuts a row of three lines joined at single spaces where each is a column wide', () => {
    expect(rowColumns('  国家经贸委《关于解决当前黄金 持。黄金生产企业要按照两个根本性 号）的有关规定，同时参照黄金税收', 16, edges)).toEqual([
      [2, '国家经贸委《关于解决当前黄金'],
      [0, '持。黄金生产企业要按照两个根本性'],
      [0, '号）的有关规定，同时参照黄金税收'],
    ])
  })

  it('gives a piece pdftotext set left of its column edge, too wide where it starts, to the next column', () => {
    expect(rowColumns('                  金管理部门，按照政企分开的原则进 听取民意的建议收悉，现答复如下：', 16, edges)).toEqual([
      null,
      [0, '金管理部门，按照政企分开的原则进'],
      [0, '听取民意的建议收悉，现答复如下：'],
    ])
  })

  it('cuts a title line set larger inside a column at its one space between ideographs', () => {
    expect(rowColumns('国务院办公厅关于黄金经济政 资规模每年仍按 10 亿元安排，所需  另外，白银的经济政策继续按照', 16, edges)).toEqual([
      [0, '国务院办公厅关于黄金经济政'],
      [0, '资规模每年仍按 10 亿元安排，所需'],
      [0, '另外，白银的经济政策继续按照'],
    ])
  })
})

describe('threeBand', () => {
  it('finds the band under the banner, not the two-column rows above it', () => {
    const rows = TEXT.split('\f')[10].split('\n')
    const band = threeBand(rows)
    expect(band).not.toBeNull()
    expect(rows.slice(0, band!.start).some((r) => r.includes('【建议提案答复】'))).toBe(true)
    expect(band!.columns[0][0].trim()).toBe('国务院办公厅文件')
    expect(band!.columns[1][0].trim()).toBe('由中国人民建设银行贷款；续建项目，')
    expect(band!.columns[2][0].trim()).toBe('产环节的增值税，配售环节的增值税')
  })

  it('finds none on a page of two columns', () => {
    expect(threeBand(TEXT.split('\f')[9].split('\n'))).toBeNull()
  })
})

describe('readLayoutColumns on three joined columns', () => {
  const lines = page(readLayoutColumns(TEXT), 11)
  it('reads each column down, the in-column masthead document first', () => {
    expect(inOrder(lines, ['国务院办公厅文件', '国办函〔1996〕16 号', '国务院办公厅关于黄金经济政', '策有关问题的复函', '国家经贸委、冶金部：', '国家经贸委《关于解决当前黄金', '生产问题的意见》和冶金部《关于“九'])).toBe(true)
    expect(inOrder(lines, ['（本文有删减）', '国务院办公厅对十届全国人大', '四次会议第 7264 号建议的答', '复', '（国办函〔2006〕69 号）', '邓明义代表：', '您提出的关于请总理网上博客', '听取民意的建议收悉，现答复如下：'])).toBe(true)
  })

  it('reads the two-column rows above the band before it', () => {
    expect(lines.indexOf('在地震重点监视防御区，使防震减灾知识家喻户晓。')).toBeLessThan(lines.indexOf('【建议提案答复】'))
    expect(lines.indexOf('一九九七年一月二十日')).toBeLessThan(lines.indexOf('【建议提案答复】'))
    expect(lines.indexOf('【建议提案答复】')).toBeLessThan(lines.indexOf('国务院办公厅文件'))
  })
})

// A Chromium page of three columns whose gutters pdftotext closed up (city-web-3col-song page 16,
// over 四、部门联合发文): no row joins three lines at single spaces, but a full line of the first
// column runs into the second's with no space at all ('…助力乡村于加强我国…保护工 遗产…'). The band
// was left as it stood, rows woven: the 报告 and the 通知 beside it lost their dates and the 通知
// its public note.
describe('a band of three columns whose gutters pdftotext closed up (city-web-3col-song page 16)', () => {
  const song = (): string => readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'city-web-3col-song', 'city-web-3col-song.layout.txt'), 'utf8')

  it('cuts the row of two full lines run together where the first is a column wide', () => {
    const rows = song().split('\f')[15].split('\n')
    const band = threeBand(rows, rows.map((_, i) => i === 0))!
    expect(band.columns.map((c) => c.map((l) => l.trim()))).toEqual([
      expect.arrayContaining(['动能、新平台、新支撑，助力乡村', '兴县人民政府', '二〇二二年五月六日', '（此件主动公开）']),
      expect.arrayContaining(['于加强我国非物质文化遗产保护工', '表性传承人，现予以公布。']),
      expect.arrayContaining(['遗产项目代表性传承人名单', '2022年5月23日', '（此件公开发布）', '序号 项目名称']),
    ])
  })

  it('reads the page column by column, the rows under the band as any page\'s', () => {
    const lines = page(readLayoutColumns(song()), 16)
    expect(inOrder(lines, ['作。', '兴县人民政府', '二〇二二年五月六日', '（此件主动公开）', '兴政函〔2022〕45号'])).toBe(true)
    expect(inOrder(lines, ['附件：兴县第一批非物质文化', '遗产项目代表性传承人名单', '兴县人民政府', '2022年5月23日', '（此件公开发布）'])).toBe(true)
    expect(inOrder(lines, ['现印发给你们，请认真贯彻实施。', '兴县人力资源和社会保障局'])).toBe(true)
  })

  it('gives the 报告 and the 通知 their dates and public notes', () => {
    const docs = parseIssue(readLayoutColumns(song())).documents
    const closing = (number: string) => docs.find((d) => d.docNumber === number)
    expect(closing('兴政函〔2022〕35号')).toMatchObject({ date: '2022-05-06', public: true })
    expect(closing('兴政函〔2022〕45号')).toMatchObject({ date: '2022-05-23', public: true })
  })
})

// A Chromium page of three columns at 9 pt (web3-sw-noto9 page 9, 兴政函〔2022〕46号 and 62号 side by
// side): a justified line pdftotext wrote as two pieces, a letter-spaced line, a title set larger
// beside the next column's line holding numbers. One row that read as no band's left the whole
// page woven, and the 批复 in the middle column was lost.
describe('a band of three columns at 9 pt (web3-sw-noto9 page 9)', () => {
  const noto9 = (): string => readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'web3-sw-noto9', 'web3-sw-noto9.layout.txt'), 'utf8')
  const edges = [0, 21, 43] as const

  it('joins a justified line parted at a stretched word space into its column', () => {
    expect(rowColumns('经营性用房、租赁住房、停车场等公共项                          编号为   2021-09 号宗地，面积为 154370', 18, edges)).toEqual([
      [0, '经营性用房、租赁住房、停车场等公共项'],
      null,
      [0, '编号为 2021-09 号宗地，面积为 154370'],
    ])
  })

  it('cuts a larger title line at its space between ideographs, not at a word space beside a number', () => {
    expect(rowColumns('                    出让金方案和土地合宗的请 年限为 50 年，容积率大于等于 1，建筑', 18, edges)).toEqual([
      null,
      [0, '出让金方案和土地合宗的请'],
      [0, '年限为 50 年，容积率大于等于 1，建筑'],
    ])
  })

  it('cuts no letter-spaced line inside', () => {
    const cols = rowColumns('服务者、产业配套设施的建设和运营者。    2. 如果城乡绿色低碳建设运营商出 费 用 为 土 地 评 估 费 用 ， 费 用 总 额', 18, [0, 20, 44])
    expect(cols?.[2]?.[1]).toBe('费 用 为 土 地 评 估 费 用 ， 费 用 总 额')
  })

  it('reads the page as a band, the 批复 in the middle column whole', () => {
    const rows = noto9().split('\f')[8].split('\n')
    const band = threeBand(rows, rows.map((_, i) => i === 0))!
    expect(band).not.toBeNull()
    expect(band.columns[1].map((l) => l.trim())).toEqual(expect.arrayContaining(['兴政函〔2022〕46号', '兴县人民政府关于2022年', '不动产解遗及清零行动补缴', '出让金方案和土地合宗的请', '示的批复', '县自然资源局：']))
  })
})

// The page after it (web3-sw-noto9 page 10, 兴政函〔2022〕39号 beside 62号's tail): digits crowd it,
// and pdftotext set it on a grid of half an ideograph: a paragraph's first line stands four
// positions in, where most of the middle column's pieces start; its full lines measure 17 cells,
// a cell short of the issue's 18. The band read as none, and the 批复 was lost.
describe('a band of three columns on a grid of half cells (web3-sw-noto9 page 10)', () => {
  const noto9 = (): string => readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'web3-sw-noto9', 'web3-sw-noto9.layout.txt'), 'utf8')
  const rows = (): string[] => lowerMarks(noto9().split('\f')[9].split('\n'))

  it('finds the columns\' edges where their lines start, not where their paragraphs\' first lines do', () => {
    expect(edgesOf(rows().slice(0, 34), 18)).toEqual([26, 58])
    expect(edgesOf(lowerMarks(noto9().split('\f')[8].split('\n')).slice(1, 56), 18)).toEqual([20, 44])
  })

  it('takes a piece inside the column before it for that line\'s rest', () => {
    expect(rowColumns('                          还应补缴    9.84 万元。                绣园   2 号楼，2013-22 号宗地）因改变土', 18, [0, 26, 58])).toEqual([
      null,
      [0, '还应补缴 9.84 万元。'],
      [0, '绣园 2 号楼，2013-22 号宗地）因改变土'],
    ])
  })

  it('counts an indent of four positions two cells on a grid of half cells', () => {
    const row = '89 号）规定执行。                    （ 2 ） 剩 余 69.69 平 方 米 占 地 按     八、同意东街小区 3 号楼按第三方评'
    expect(rowColumns(row, 18, [0, 26, 58], false, 0.5)?.[1]).toEqual([4, '（ 2 ） 剩 余 69.69 平 方 米 占 地 按'])
    expect(rowColumns(row, 18, [0, 26, 58])?.[1]).not.toEqual([4, '（ 2 ） 剩 余 69.69 平 方 米 占 地 按'])
  })

  it('reads the band at the issue\'s width where the page\'s own reads none', () => {
    const pages = noto9().split('\f').map((p) => lowerMarks(p.split('\n')))
    expect(issueThreeWidth(pages)).toBe(18)
    expect(threeBand(rows())).toBeNull()
    expect(threeBand(rows(), [], 18)).not.toBeNull()
  })

  it('gives the 批复 of 兴政函〔2022〕46号 and 39号 their dates', () => {
    const docs = parseIssue(readLayoutColumns(noto9())).documents
    const closing = (number: string) => docs.find((d) => d.docNumber === number)
    expect(closing('兴政函〔2022〕46号')).toMatchObject({ date: '2022-05-26' })
    expect(closing('兴政函〔2022〕39号')).toMatchObject({ date: '2022-05-13' })
  })
})
