// Table-driven tests of the parser's small stages.
import { describe, expect, it } from 'vitest'
import { docNumberOfLine, readHeader } from '../../../src/main/importer/parse/header'
import { parseCover } from '../../../src/main/importer/parse/cover'
import { parseToc, splitPage } from '../../../src/main/importer/parse/toc'
import { docTypeOf } from '../../../src/main/importer/parse/doc-type'
import { extractConsult } from '../../../src/main/importer/parse/consult'
import { parseDateLine } from '../../../src/main/importer/parse/dates'
import { makeNoiseTest } from '../../../src/main/importer/parse/noise'
import { collapseSpaces, splitLines } from '../../../src/main/importer/parse/lines'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { AppError } from '../../../src/shared/errors'

describe('docNumberOfLine', () => {
  it.each([
    ['兴政发〔2022〕8号', '兴政发〔2022〕8号'],
    ['兴政函〔2022〕28 号', '兴政函〔2022〕28号'],
    ['兴政函（2022）40 号', '兴政函〔2022〕40号'],
    ['兴政函(2022)44号', '兴政函〔2022〕44号'],
    ['（兴政发〔2022〕8号）', '兴政发〔2022〕8号'],
    ['东政发[2023]12号', '东政发〔2023〕12号'],
    ['东政办发【2023】7号', '东政办发〔2023〕7号'],
    ['东政发2023年13号', '东政发〔2023〕13号'],
    ['兴县人民政府 关于将兴县经济技术开发区 2022 年第 1', null],
    // a masthead line: the issuer at the left, the 文号 at the right
    ['兴县人民政府          兴政发〔2022〕10 号', '兴政发〔2022〕10号'],
    ['兴县人民政府办公室\t兴政办发〔2022〕12号', '兴政办发〔2022〕12号'],
    ['兴县财政局、兴县水利局  兴财发〔2022〕7号', '兴财发〔2022〕7号'],
    ['案的请示》（兴自然资字〔2022〕41 号）', null],
  ])('%s', (line, want) => {
    expect(docNumberOfLine(line)?.docNumber ?? null).toBe(want)
  })
})

describe('readHeader', () => {
  it.each([
    [['兴县人民政府 关于印发全面落实保障农民工工资支付 相关制度的通知'], ['兴县人民政府'], '关于印发全面落实保障农民工工资支付相关制度的通知'],
    [['兴县人民政府', '关于省道 254 线改建工程的函'], ['兴县人民政府'], '关于省道254线改建工程的函'],
    [['甲县财政局 甲县发展和改革局 关于加强资金管理的通知'], ['甲县财政局', '甲县发展和改革局'], '关于加强资金管理的通知'],
    [['青山区人民政府关于同意设立青山区工业园区的', '批复'], ['青山区人民政府'], '关于同意设立青山区工业园区的批复'],
  ])('%j', (lines, issuers, title) => {
    expect(readHeader(lines)).toEqual({ issuers, title })
  })
})

describe('parseCover', () => {
  const cover = (text: string) => parseCover(splitLines(text), 100).meta
  it.each([
    ['兴县人民政府公报\n\n2022 第2期\n\n(总第4期)\n\n2022 年 7 月 1 日出版（季刊）', [2022, 2, 4, '2022-07-01']],
    ['兴 县 人 民 政 府 公 报\n2022年第二期（总第四期）', [2022, 2, 4, null]],
    ['青山区人民政府公报 2023年第1期', [2023, 1, null, null]],
    ['东关县人民政府公报\n出版日期：2023-09-30\n第3期', [2023, 3, null, '2023-09-30']],
    // provinces whose gazette is a 政报 (山西政报, 浙江政报, 安徽政报)
    ['山西政报\n2021年第5期（总第1213期）', [2021, 5, 1213, null]],
  ])('%s', (text, [year, issueNo, totalNo, publishedOn]) => {
    expect(cover(text)).toMatchObject({ year, issueNo, totalNo, publishedOn })
  })

  it('names a 政报 as printed', () => {
    expect(cover('浙江政报\n2022年第12期')?.gazette).toBe('浙江政报')
  })

  it('finds no gazette in other text', () => {
    expect(cover('会议纪要\n关于某事的通知')).toBeNull()
  })
})

describe('目录', () => {
  it.each([
    ['（兴政发〔2022〕8号）……………1', 1],
    ['关于…的报告（兴政函〔2022〕32 号）\t18', 18],
    ['（兴政办发〔2022〕8 号）····· 44', 44],
    ['关于…的通知（青政发〔2023〕1号）…………（12）', 12],
    ['关于…的通知（5）', 5],
    ['关于…规划（2021-2035）的批复', null],
    // the page printed as the folio is: between dots, between dashes
    ['（国办函〔1996〕16 号）. . . . . . .·5·', 5],
    ['关于…的通知（国办发〔2018〕114 号）……-12-', 12],
    ['·3·', null],
    ['关于…的报告\t', null],
    // one leader dot where the title's last line left room for no more (prov-xe-3col-mast.txt 26)
    ['御区的确定和加强防震减灾工作意见报告的通知 . 4', 4],
    ['   御区的确定和加强防震减灾工作意见报告的通知 . 4', 4],
    ['御区的确定和加强防震减灾工作意见报告的通知. 4', 4], // the PDF's line
    // a decimal pdftotext spaced ('2.4' as '2. 4') is no leader and page
    ['一季度工业增加值同比增长 2. 4', null],
  ])('page of %s', (line, page) => {
    expect(splitPage(line)?.page ?? null).toBe(page)
  })

  const layouts = [
    '- 关于甲的通知\n（兴政发〔2022〕8号）……………1', // (a) bullet, title, (文号)…page
    '关于甲的通知（兴政发〔2022〕8号）\t1', // (b) one line with a tab
    '关于甲的通知\t\n（兴政发〔2022〕8号）\t1', // (c) title+TAB, (文号) TAB page
    '关于甲的\n\n通知\n（兴政发〔2022〕8号）····· 1', // (d) wrapped across a blank line
    '关于甲的通知（兴政发〔2022〕8号）（1）', // page in brackets
    '关于甲的通知（兴政发〔2022〕8号）. . . .·1·', // page marked as the folio is
    '关于甲的通知（兴政发〔2022〕8号）\n·1·', // … wrapped onto its own line
  ]
  it.each(layouts)('layout %#', (body) => {
    const toc = parseToc(splitLines(`目 录\n\n县政府文件\n\n${body}\n\n正文`))
    expect(toc.entries).toEqual([
      { category: '县政府文件', title: '关于甲的通知', docNumber: '兴政发〔2022〕8号', page: 1 },
    ])
    expect(toc.sections).toEqual(['县政府文件'])
  })
})

describe('docTypeOf', () => {
  it.each([
    ['关于…方案的请示的批复', '批复'],
    ['关于培育乡村e镇工作申报的承诺函', '承诺函'],
    ['关于…资金承诺及列入中期财政规划的函', '函'],
    ['关于申请培育乡村e镇工作的报告', '报告'],
    ['关于兴县城乡基础设施投资有限公司申请项目贷款意见', '意见'],
    ['关于印发《兴县全民健身实施计划(2021—2025年)》通知', '通知'],
    ['兴县铁路沿线安全环境管理办法（试行）', '办法'],
    ['关于表彰先进的决定', '决定'],
    ['关于2022年第一季度安全生产情况的通报', '通报'],
    ['兴县城市管理', null],
  ])('%s', (title, type) => {
    expect(docTypeOf(title)).toBe(type)
  })
})

describe('extractConsult', () => {
  const consult = (text: string) => {
    const lines = splitLines(text)
    return extractConsult(lines, 0, lines.length).consult
  }
  it.each([
    ['政策咨询\n\n咨询单位：兴县卫体局\n\n咨询电话：6322357', { unit: '兴县卫体局', phone: '6322357' }],
    ['政 策 咨 询\n咨询单位:兴县交通局办公室\n咨询电话:6322138', { unit: '兴县交通局办公室', phone: '6322138' }],
    ['政 策 咨 询\n咨询单位：兴县禁毒委办公室\n 咨询电话：6630606', { unit: '兴县禁毒委办公室', phone: '6630606' }],
    ['政策咨询\n咨询单位: 兴县人民政府办公室\n咨询电话: 6322352', { unit: '兴县人民政府办公室', phone: '6322352' }],
    ['政 策 咨 询\n\n咨询单位：兴县城乡投公司\n\n\n\n扫码咨询', { unit: '兴县城乡投公司', phone: null }],
    ['咨询单位：东关县城市管理局 咨询电话：0359-7770001', { unit: '东关县城市管理局', phone: '0359-7770001' }],
    ['特此通知。', null],
  ])('%s', (text, want) => {
    expect(consult(text)).toEqual(want)
  })
})

describe('small helpers', () => {
  it.each([
    ['2022年5月12日', '2022-05-12'],
    ['2022 年 4 月 1 日', '2022-04-01'],
    ['二〇二二年五月十二日', '2022-05-12'],
    ['（2023年1月10日）', '2023-01-10'],
    ['2022年3月30日，接到通知', null],
  ])('date %s', (line, want) => {
    expect(parseDateLine(line)).toBe(want)
  })

  it.each([
    ['— 12 —', true],
    ['·12·', true],
    ['第 12 页', true],
    ['12', true],
    ['兴县人民政府公报', true],
    ['兴县人民政府公报 2022年第2期', true],
    ['扫码咨询', true],
    ['传达政令 公开信息 指导工作 服务社会', true],
    ['兴县人民政府', false],
    ['\t18', false],
  ])('noise %s', (line, want) => {
    const cover = splitLines('传达政令 公开信息\n指导工作 服务社会')
    expect(makeNoiseTest('兴县人民政府公报', cover)(line)).toBe(want)
  })

  it.each([
    ['乡村 e 镇', '乡村e镇'],
    ['2022 年 7 月', '2022年7月'],
    ['PPP 项目', 'PPP项目'],
    ['XING XIAN REN MIN', 'XING XIAN REN MIN'],
  ])('collapseSpaces %s', (s, want) => {
    expect(collapseSpaces(s)).toBe(want)
  })
})

describe('NOT_A_GAZETTE', () => {
  it.each([['会议纪要\n\n一、会议议定事项。'], ['兴县人民政府公报\n\n2022年第2期\n\n本期无内容。']])('%s', (text) => {
    expect(() => parseIssue(text)).toThrow(AppError)
    try {
      parseIssue(text)
    } catch (e) {
      expect((e as AppError).code).toBe('NOT_A_GAZETTE')
    }
  })
})
