// Provincial and State Council gazettes number pages through the year (this issue's body starts at
// 第 1241 页), list them in brackets in the 目录 ('……（1241）'), give the 目录's own pages roman
// numerals, keep a document's 版记 (抄送 / 印发) and end with a 版权页. Excerpts from the
// prov-xe-yearpages probe (pdftotext of the XeLaTeX issue).
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { splitPage } from '../../../src/main/importer/parse/toc'
import { makeNoiseTest } from '../../../src/main/importer/parse/noise'
import { colophonStart } from '../../../src/main/importer/parse/colophon'

const COVER = [
  '南屏省人民政府公报', 'GAZETTE OF THE PEOPLE’S GOVERNMENT', '', '2019 年 第 9 期 （总第 652 期）', '',
  '南屏省人民政府办公厅主办', '', '出版日期：2019 年 5 月 15 日', '\f',
]

const TOC = [
  '目', '', '录', '',
  '【国务院文件】', '',
  '国务院关于做好当前和今后一个时期促进就业工作的若干意见',
  '（国发〔2018〕39 号） . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . （1241）', '',
  '【国务院办公厅文件】', '',
  '国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用',
  '号牌有关事项的通知 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . （1243）',
  'I', '',
  '\f',
  '国务院办公厅关于推进政务新媒体健康有序发展的意见',
  '（国办发〔2018〕123 号） . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . （1244）', '',
  'II', '',
  '\f',
]

const BANJI = (date: string): string[] => [
  '抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监',
  '委，最高人民法院，最高人民检察院，各民主党派中央。',
  '国务院办公厅', '', `${date}印发`, '',
]

const BODY = [
  '国务院关于做好当前和今后一个时期促进就业工作的若干意见',
  '（国发〔2018〕39 号）', '',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '  当前我国就业形势保持总体稳定，但外部环境更趋复杂严峻，经济面临一定下行压力，部分企',
  '业生产经营困难，稳就业压力加大。为做好当前和今后一个时期促进就业工作，现提出如下意见：',
  '  各地区、各部门要切实将思想和行动统一到党中央、国务院决策部署上来，确保就业局势稳定。',
  '国务院', '', '2018 年 11 月 16 日', '',
  '（此件公开发布）',
  ...BANJI('2018 年 11 月 18 日'),
  '第 1241 页', '', '\f',
  '南屏省人民政府公报 2019 年第 9 期', '', '国务院办公厅文件', '',
  '国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知',
  '（国办发〔2018〕114 号）', '',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '  经国务院同意，现就国家综合性消防救援车辆悬挂应急救援专用号牌有关事项通知如下：',
  '  一、专用号牌的核发范围和管理',
  '  国家综合性消防救援队伍所属的消防救援车辆悬挂应急救援专用号牌。',
  '国务院办公厅', '', '2018 年 12 月 4 日', '',
  '（此件公开发布）',
  ...BANJI('2018 年 12 月 6 日'),
  '第 1243 页', '', '\f',
  '国务院办公厅关于推进政务新媒体健康有序发展的意见',
  '（国办发〔2018〕123 号）', '',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '  政务新媒体是移动互联网时代党和政府联系群众、服务群众、凝聚群众的重要渠道。',
  '国务院办公厅', '', '2018 年 12 月 7 日', '',
  '（此件公开发布）', '',
  '第 1244 页', '', '\f',
]

const BACK = [
  '南屏省人民政府公报', '（半月刊）', '2019 年第 9 期（总第 652 期）', '',
  '主管：南屏省人民政府', '主办：南屏省人民政府办公厅', '编辑出版：《南屏省人民政府公报》编辑部',
  '地址：南屏省昆川市五华区光华路１号', '邮编：650021', '电话：0871-63611234', '印刷：南屏日报印刷厂',
  '国内统一连续出版物号：CN 53-1125/D', '国际标准连续出版物号：ISSN 1671-2345', '出版日期：2019 年 5 月 15 日', '',
  '定价：5.00 元', '\f',
]

describe('pages numbered through the year', () => {
  it('reads a page number of four digits in brackets', () => {
    expect(splitPage('（国发〔2018〕39 号） . . . . . . . . （1241）')).toEqual({ text: '（国发〔2018〕39 号）', page: 1241 })
    expect(splitPage('号牌有关事项的通知 . . . . . . . . (1243)')?.page).toBe(1243)
  })

  it('takes the front matter\'s roman folios for page numbers, not for text', () => {
    const noise = makeNoiseTest('南屏省人民政府公报', [])
    for (const folio of ['I', 'II', 'iv', 'XII', 'Ⅲ', '- IV -']) expect(noise(folio)).toBe(true)
    for (const text of ['IX 号', 'IIII', 'VX', '—', 'CN 53-1125/D']) expect(noise(text)).toBe(false)
  })
})

describe('a State Council style issue: 目录 over two pages, 版记, 版权页', () => {
  const issue = parseIssue([...COVER, ...TOC, ...BODY, ...BACK].join('\n'))

  it('finds every 目录 entry with its page, across the 目录 page break', () => {
    expect(issue.documents.map((d) => [d.docNumber, d.category, d.tocPage])).toEqual([
      ['国发〔2018〕39号', '国务院文件', 1241],
      ['国办发〔2018〕114号', '国务院办公厅文件', 1243],
      ['国办发〔2018〕123号', '国务院办公厅文件', 1244],
    ])
    expect(issue.documents[2].title).toBe('关于推进政务新媒体健康有序发展的意见')
  })

  it('keeps the 版记 as the document\'s last paragraphs, its 印发 date not the 成文日期', () => {
    expect(issue.documents.map((d) => [d.issuer, d.date])).toEqual([
      ['国务院', '2018-11-16'], ['国务院办公厅', '2018-12-04'], ['国务院办公厅', '2018-12-07'],
    ])
    expect(issue.documents[0].blocks.at(-1)?.text).toBe('国务院办公厅 2018年11月18日印发')
    const last = issue.documents[0].blocks.slice(-2).map((b) => b.text.replace(/\s+/g, ''))
    expect(last).toEqual([
      '抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院，各民主党派中央。',
      '国务院办公厅2018年11月18日印发',
    ])
  })

  it('reads nothing of the 版权页 into a document', () => {
    expect(issue.documents).toHaveLength(3)
    const text = issue.documents[2].blocks.map((b) => b.text).join('')
    expect(text).not.toMatch(/主管|编辑出版|ISSN|定价/)
    expect(issue.meta).toMatchObject({ gazette: '南屏省人民政府公报', year: 2019, issueNo: 9, totalNo: 652 })
  })
})

describe('colophonStart', () => {
  const src = (texts: string[]): { no: number; text: string }[] => texts.map((text, no) => ({ no, text }))
  const noise = makeNoiseTest('南屏省人民政府公报', [])

  it('cuts the 版权页 with the name, frequency and issue over it', () => {
    const lines = src(['国务院办公厅', '2018 年 12 月 7 日', '（此件公开发布）', '', ...BACK.slice(0, -1)])
    expect(colophonStart(lines, 0, lines.length, '南屏省人民政府公报', noise)).toBe(4)
  })

  it('reads a 版权页 set as a ruled table, each label a cell', () => {
    const lines = src(['（此件公开发布）', '', '主管单位\t南屏省人民政府', '主办单位\t南屏省人民政府办公厅',
      '印　　刷\t南屏日报印刷厂', '刊号  CN 53-1125/D', '定价\t5.00 元'])
    expect(colophonStart(lines, 0, lines.length, '南屏省人民政府公报', noise)).toBe(2)
  })

  it('leaves a notice that ends with its address, post code and telephone', () => {
    const lines = src(['特此公告。', '南屏省人民政府办公厅', '2019 年 5 月 6 日',
      '地址：南屏省昆川市五华区光华路１号', '邮编：650021', '电话：0871-63611234'])
    expect(colophonStart(lines, 0, lines.length, '南屏省人民政府公报', noise)).toBe(lines.length)
  })
})
