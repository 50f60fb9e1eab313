// A 目录 set as a ruled grid (序号 | 标题 | 文号 | 页码) on a PDF page (county-web-masthead-t, Chromium):
// each row's cells are centred in its height, so a title wrapped over two lines has the serial, 文号
// and page on a baseline between them, a title over three lines has them on its middle line, and a
// row without 文号 shows its serial and page alone. Read line by line, the head row and the first
// 栏目 heading ran into the first title, the serials into every title, and a row without 文号 lost
// its title's tail to the next row (the 公告 and the 任免 under it not found).
import { describe, expect, it } from 'vitest'
import type { LineLayout, SourceLine } from '../../../src/shared/source-line'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { readGridRows } from '../../../src/main/importer/parse/toc-grid'
import { compact, splitLines } from '../../../src/main/importer/parse/lines'
import { isSectionLine } from '../../../src/main/importer/parse/sections'

function layout(y: number, x0: number, x1: number, size = 11): LineLayout {
  return { page: 2, column: 0, columns: 1, spans: false, x0, x1, y, size, relSize: 1, font: 'song', bold: false, align: 'left', indent: 0, gapBefore: 0, parts: 1 }
}

// The PDF reader's lines of the probe's 目录 page: [text, baseline, x0, x1].
const ROWS: [string, number, number, number][] = [
  ['目 录', 106, 254, 342],
  ['序号  标 题  文 号  页码', 153, 76, 516],
  ['一、上级文件', 175, 75, 141],
  ['国务院办公厅关于抓好赋予科研机构和人员更', 197, 112, 332],
  ['1  国办发〔2018〕127号 1', 204, 85, 507],
  ['大自主权有关文件贯彻落实工作的通知', 212, 112, 299],
  ['二、县政府函件', 271, 75, 152],
  ['兴县人民政府关于省道254线兴县境内吕家沟至', 293, 112, 338],
  ['3 魏家滩段改建工程项目资金承诺及列入中期财 兴政函〔2022〕29号 6', 308, 85, 507],
  ['政规划的函', 323, 112, 167],
  ['六、公告', 612, 75, 119],
  ['国务院办公厅关于2019年部分节假日安排的通', 634, 112, 332],
  ['9  28', 641, 85, 510],
  ['知', 649, 112, 123],
  ['七、人事任免', 671, 75, 141],
  ['兴县人民政府办公室关于成立兴县2022年高标', 692, 112, 332],
  ['10  29', 701, 82, 510],
  ['准农田建设项目领导组的通知', 708, 112, 255],
]
const lines: SourceLine[] = [
  { no: 1, text: '岚漪政报', layout: { ...layout(200, 150, 450, 66), page: 1 } },
  ...ROWS.map(([text, y, x0, x1], i): SourceLine => ({ no: i + 2, text, layout: layout(y, x0, x1, text === '目 录' ? 22 : 11) })),
]

describe('a ruled grid 目录 on a PDF page', () => {
  it('reads each row across: the title whole, then its 文号 and page; the serial and the head row dropped', () => {
    const read = readGridRows(lines, 1).map((l) => l.text)
    expect(read[2]).toBe('')
    expect(read[6]).toBe('大自主权有关文件贯彻落实工作的通知  国办发〔2018〕127号 1')
    expect(read[9]).toBe('魏家滩段改建工程项目资金承诺及列入中期财')
    expect(read[10]).toBe('政规划的函  兴政函〔2022〕29号 6')
    expect(read[14]).toBe('知  28')
  })

  it('gives every row its title, 文号, page and 栏目, the rows without 文号 included', () => {
    const toc = parseToc(lines)
    expect(toc.entries).toEqual([
      { category: '上级文件', title: '国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知', docNumber: '国办发〔2018〕127号', page: 1 },
      { category: '县政府函件', title: '兴县人民政府关于省道254线兴县境内吕家沟至魏家滩段改建工程项目资金承诺及列入中期财政规划的函', docNumber: '兴政函〔2022〕29号', page: 6 },
      { category: '公告', title: '国务院办公厅关于2019年部分节假日安排的通知', docNumber: null, page: 28 },
      { category: '人事任免', title: '兴县人民政府办公室关于成立兴县2022年高标准农田建设项目领导组的通知', docNumber: null, page: 29 },
    ])
  })

  it('leaves text with no grid head row as it is', () => {
    const plain = lines.filter((l) => !l.text.startsWith('序号')).map(({ no, text }) => ({ no, text }))
    expect(readGridRows(plain, 1)).toBe(plain)
  })

  it('leaves a PDF 目录 page with no grid head row as it is: numbered entries are no grid', () => {
    const numbered = lines.filter((l) => !l.text.startsWith('序号'))
    expect(readGridRows(numbered, 1)).toBe(numbered)
  })

  it('reads the grid in -layout text: the serial dropped, the cells after the title\'s last line', () => {
    // county-web-masthead-t.layout.txt: the serials ran into the titles (silent wrong titles), and
    // the rows without 文号 lost their tails, so the 公告 and the 任免 were not found.
    const text = [
      '\f                      目   录',
      '',
      '序号            标   题              文   号        页码',
      '一、上级文件',
      '',
      '1    国务院办公厅关于抓好赋予科研机构和人员更     国办发〔2018〕127号   1',
      '     大自主权有关文件贯彻落实工作的通知',
      '2    国务院关于棉粮、糖粮挂钩奖售粮几个问题的      国发〔1981〕88号    5',
      '     通知',
      '二、县政府函件',
      '     兴县人民政府关于省道254线兴县境内吕家沟至',
      '3    魏家滩段改建工程项目资金承诺及列入中期财     兴政函〔2022〕29号    6',
      '     政规划的函',
      '4    兴县人民政府关于兴县经济技术开发区控制性     兴政函〔2022〕50号    7',
      '     详细规划（2021-2035）的批复',
      '三、部门联合发文',
      '     兴县水务管理中心 兴县生态环境局 兴县城市',
      '6    管理局关于印发兴县依法关闭自备水井专项整     兴水务发〔2022〕20号   10',
      '     治行动实施方案的通知',
      '六、公告',
      '',
      '9    国务院办公厅关于2019年部分节假日安排的通                   28',
      '     知',
      '七、人事任免',
      '',
      '10 兴县人民政府办公室关于成立兴县2022年高标',
      '   准农田建设项目领导组的通知                              29',
    ].join('\n')
    const toc = parseToc(splitLines(text))
    expect(toc.entries.map((e) => [e.category, compact(e.title), e.docNumber, e.page])).toEqual([
      ['上级文件', '国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知', '国办发〔2018〕127号', 1],
      ['上级文件', '国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知', '国发〔1981〕88号', 5],
      ['县政府函件', '兴县人民政府关于省道254线兴县境内吕家沟至魏家滩段改建工程项目资金承诺及列入中期财政规划的函', '兴政函〔2022〕29号', 6],
      ['县政府函件', '兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复', '兴政函〔2022〕50号', 7],
      ['部门联合发文', '兴县水务管理中心兴县生态环境局兴县城市管理局关于印发兴县依法关闭自备水井专项整治行动实施方案的通知', '兴水务发〔2022〕20号', 10],
      ['公告', '国务院办公厅关于2019年部分节假日安排的通知', null, 28],
      ['人事任免', '兴县人民政府办公室关于成立兴县2022年高标准农田建设项目领导组的通知', null, 29],
    ])
  })

  it('reads the grid in plain text: the head words and serials written as blocks of their own are dropped', () => {
    // county-web-masthead-t.txt: pdftotext writes the grid cell block by cell block, the heading's
    // letters among the head's words ('目' / '序号' / '标' / '录'…) and the serials ('1' / '2')
    // after each 栏目's line. The 目录 was not found (every document TOC_LOST, 4 invented).
    const text = [
      '岚漪政报',
      '2022年第4期',
      '\f',
      '\f目',
      '序号',
      '',
      '标',
      '',
      '录',
      '',
      '题',
      '',
      '文',
      '',
      '号',
      '',
      '页码',
      '',
      '一、上级文件',
      '',
      '1',
      '2',
      '',
      '国务院办公厅关于抓好赋予科研机构和人员更',
      '大自主权有关文件贯彻落实工作的通知',
      '国务院关于棉粮、糖粮挂钩奖售粮几个问题的',
      '通知',
      '',
      '国办发〔2018〕127号',
      '',
      '1',
      '',
      '国发〔1981〕88号',
      '',
      '5',
      '',
      '兴政函〔2022〕29号',
      '',
      '6',
      '',
      '兴政函〔2022〕50号',
      '',
      '7',
      '',
      '兴政函〔2022〕55号',
      '',
      '9',
      '',
      '兴水务发〔2022〕20号',
      '',
      '10',
      '',
      '兴政办发〔2022〕8号',
      '',
      '14',
      '',
      '兴政办函〔2022〕5号',
      '',
      '25',
      '',
      '二、县政府函件',
      '',
      '3',
      '4',
      '5',
      '',
      '兴县人民政府关于省道254线兴县境内吕家沟至',
      '魏家滩段改建工程项目资金承诺及列入中期财',
      '政规划的函',
      '兴县人民政府关于兴县经济技术开发区控制性',
      '详细规划（2021-2035）的批复',
      '兴县人民政府关于向兴县城乡基础设施建设投',
      '资有限公司增加资本金的通知',
      '',
      '三、部门联合发文',
      '',
      '6',
      '',
      '兴县水务管理中心 兴县生态环境局 兴县城市',
      '管理局关于印发兴县依法关闭自备水井专项整',
      '治行动实施方案的通知',
      '',
      '四、县政府办公室文件',
      '',
      '7',
      '',
      '兴县人民政府办公室关于印发兴县培育乡村e镇',
      '工作实施方案的通知',
      '',
      '五、县政府办公室函件',
      '',
      '8',
      '',
      '兴县人民政府办公室关于成立兴县培育乡村e镇',
      '工作领导小组的通知',
      '',
      '六、公告',
      '',
      '9',
      '',
      '国务院办公厅关于2019年部分节假日安排的通',
      '知',
      '',
      '28',
      '',
      '七、人事任免',
      '',
      '10 兴县人民政府办公室关于成立兴县2022年高标',
      '准农田建设项目领导组的通知',
      '',
      '29',
      '',
    ].join('\n')
    const toc = parseToc(splitLines(text))
    expect(toc.entries.map((e) => [e.category, e.docNumber, e.page])).toEqual([
      ['上级文件', '国办发〔2018〕127号', 1],
      ['上级文件', '国发〔1981〕88号', 5],
      ['县政府函件', '兴政函〔2022〕29号', 6],
      ['县政府函件', '兴政函〔2022〕50号', 7],
      ['县政府函件', '兴政函〔2022〕55号', 9],
      ['部门联合发文', '兴水务发〔2022〕20号', 10],
      ['县政府办公室文件', '兴政办发〔2022〕8号', 14],
      ['县政府办公室函件', '兴政办函〔2022〕5号', 25],
      ['公告', null, 28],
      ['人事任免', null, 29],
    ])
    expect(toc.entries[9].title).toBe('兴县人民政府办公室关于成立兴县2022年高标准农田建设项目领导组的通知')
    expect(toc.entries[2].title).toBe('兴县人民政府关于省道254线兴县境内吕家沟至魏家滩段改建工程项目资金承诺及列入中期财政规划的函')
  })

  it('finds the head row whose page word pdftotext wrote after the first 栏目’s titles', () => {
    // The text-swap sweep's swap-masthead-t1.txt (county-web-masthead-t's look, other texts): the
    // head's '页码' stands under the first 栏目's title cells, not among the head's words. The 目录
    // was not found: every document TOC_LOST, and each took the masthead's 国务院文件 for its 栏目.
    const text = [
      '岚漪政报', '2022年第4期', '\f', '\f目', '序号', '', '标', '', '题', '', '录', '文', '', '号', '',
      '一、上级文件', '', '1', '2', '',
      '国务院办公厅关于抓好赋予科研机构和人员更', '大自主权有关文件贯彻落实工作的通知',
      '国务院关于棉粮、糖粮挂钩奖售粮几个问题的', '通知', '',
      '页码', '',
      '国办发〔2018〕127号', '', '1', '', '国发〔1981〕88号', '', '5', '', '兴政函〔2022〕29号', '', '6', '',
      '二、县政府函件', '', '3', '',
      '兴县人民政府关于省道254线兴县境内吕家沟至', '魏家滩段改建工程项目资金承诺及列入中期财', '政规划的函', '',
      '七、人事任免', '', '4 兴县人民政府办公室关于成立兴县2022年高标', '准农田建设项目领导组的通知', '', '29', '',
    ].join('\n')
    const toc = parseToc(splitLines(text))
    expect(toc.entries.map((e) => [e.category, e.docNumber, e.page])).toEqual([
      ['上级文件', '国办发〔2018〕127号', 1],
      ['上级文件', '国发〔1981〕88号', 5],
      ['县政府函件', '兴政函〔2022〕29号', 6],
      ['人事任免', null, 29],
    ])
  })

  it('takes no lone 页码 far below an unfinished head for the grid’s', () => {
    const lines = splitLines(['目', '序号', '标', '题', '录', '文', '号', ...Array.from({ length: 70 }, (_, k) => `第${k + 1}行正文内容`), '页码'].join('\n'))
    expect(readGridRows(lines, 0).map((l) => l.text)).toEqual(lines.map((l) => l.text))
  })
})

describe('a grid 目录 whose 栏目 name a list of places (县（市、区）政府办公室文件)', () => {
  it('reads every entry in plain text: a place list in brackets is no part of the name\'s length', () => {
    // county-web-masthead-u.txt: '四、县（市、区）政府办公室文件' (14 characters) was no 栏目's line, so
    // the serials after it were not dropped and no entry was read (every document TOC_LOST, 51/60).
    const text = [
      '岚州市人民政府公报',
      '2022年第9期',
      '\f目', '序号', '', '标', '', '录', '', '题', '', '文', '', '号', '', '页码', '', '一、县（市、区）政府文件', '', '1', '2', '',
      '兴县人民政府关于巡察反馈问题整改落实情况', '的报告', '兴县人民政府关于2022年不动产解遗及清零行', '动补缴出让金方案的请示的批复', '', '兴政函〔2022〕47号', '', '1', '',
      '兴政函〔2022〕39号', '', '7', '', '兴政函〔2022〕46号', '', '7', '', '兴政函〔2022〕51号', '', '10', '', '兴政函〔2022〕62号', '',
      '11', '', '兴财发〔2022〕26号', '', '12', '', '兴政办发〔2022〕9号', '', '15', '', '国办函〔2018〕74号', '', '27', '',
      '二、县（市、区）政府函件', '', '3', '4', '5', '', '兴县人民政府关于2022年不动产解遗及清零行', '动补缴出让金方案和土地合宗的请示的批复', '兴县人民政府关于将新建兴县至保德县地方铁',
      '路二期工程瓦塘至冯家川复线项目（兴县段）', '纳入当地国土空间总体规划（2021-2035年）的', '承诺函', '兴县人民政府关于2021-09号宗地国有建设用地', '使用权挂牌出让方案的请示的批复', '',
      '三、部门联合发文', '', '6', '', '兴县财政局 兴县审计局关于成立兴县“乡村振', '兴贷”风险补偿基金管理工作领导小组的通知', '', '四、县（市、区）政府办公室文件', '', '7', '8',
      '', '兴县人民政府办公室关于印发兴县培育乡村e镇', '发展规划的通知', '国务院办公厅关于调整国务院第二次全国污染', '源普查领导小组组成人员的通知', '', '五、公告', '', '9', '',
      '兴县人民政府关于兴县城乡基础设施投资有限', '公司申请项目贷款意见', '', '29', '', '六、人事任免', '', '10 国务院办公厅关于调整国家教材委员会组成人', '员的通知', '', '30',
    ].join('\n')
    const toc = parseToc(splitLines(text))
    expect(toc.sections).toEqual(['县（市、区）政府文件', '县（市、区）政府函件', '部门联合发文', '县（市、区）政府办公室文件', '公告', '人事任免'])
    expect(toc.entries.map((e) => [e.category, e.docNumber, e.page])).toEqual([
      ['县（市、区）政府文件', '兴政函〔2022〕47号', 1],
      ['县（市、区）政府文件', '兴政函〔2022〕39号', 7],
      ['县（市、区）政府函件', '兴政函〔2022〕46号', 7],
      ['县（市、区）政府函件', '兴政函〔2022〕51号', 10],
      ['县（市、区）政府函件', '兴政函〔2022〕62号', 11],
      ['部门联合发文', '兴财发〔2022〕26号', 12],
      ['县（市、区）政府办公室文件', '兴政办发〔2022〕9号', 15],
      ['县（市、区）政府办公室文件', '国办函〔2018〕74号', 27],
      ['公告', null, 29],
      ['人事任免', null, 30],
    ])
    expect(toc.entries[9].title).toBe('国务院办公厅关于调整国家教材委员会组成人员的通知')
  })

  it('takes such a name for a 栏目\'s line', () => {
    expect(isSectionLine('四、县（市、区）政府办公室文件', new Set())).toBe(true)
    expect(isSectionLine('二、县（市、区）政府函件', new Set())).toBe(true)
  })
})
