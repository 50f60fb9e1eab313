// Two bands of columns on one page (a 栏目 ending mid-page with its columns balanced, the next
// starting below), told from a title set inside one column while the other runs on beside it.
import { describe, expect, it } from 'vitest'
import { readingBlocks } from '../../../src/main/importer/layout/columns'
import { groupLines, type TextRun } from '../../../src/main/importer/layout/pdf-lines'

const EM = 10
const PAGE = 842
// Columns of 20 ems at x 50 and 270: a 2-em gutter from 250 to 270.
const COLS = [50, 270]
const GUTTER = [{ x0: 250, x1: 270 }]

/** A line of `text` in column `c`, `top` points from the page's top, `ems` wide, at `size`. */
function at(text: string, c: number, top: number, ems = 20, size = EM): TextRun {
  return { str: text, x: COLS[c], y: PAGE - top, width: ems * size, size }
}

/** Full body lines filling column `c` from `top`, one every `pitch` points. */
function body(tag: string, c: number, top: number, n: number, pitch = 14): TextRun[] {
  return Array.from({ length: n }, (_, i) => at(`${tag}${i}`.padEnd(20, '文'), c, top + i * pitch))
}

/** The first text of each block, in reading order. */
function order(runs: TextRun[]): string[] {
  return readingBlocks(groupLines(runs), GUTTER).map((b) => groupLines(b.runs)[0].runs.map((r) => r.str).join('').slice(0, 4))
}

describe('column bands', () => {
  /** A Word page balanced above a continuous section break; column 0's last line above it `ems` wide. */
  const wordPage = (ems: number): TextRun[] => [
    ...body('上左', 0, 100, 8, 12),
    at('办公室主任由某某兼', 0, 196, ems), // runs on to the next column's top: no full stop
    ...body('上右', 1, 100, 8, 12),
    at('（此件公开发布）', 1, 193, 8),
    // The next 栏目's first title, inside column 0; column 1 starts level with it.
    at('某县人民政府办公室关于印', 0, 216, 12, 16.5),
    at('某某工作方案的通知', 0, 242, 9, 16.5),
    ...body('下左', 0, 270, 6, 12),
    at('二〇二二年五月十二日', 1, 210, 10),
    ...body('下右', 1, 222, 8, 12),
  ]

  it('reads a Word page whose columns are balanced above a continuous section break band by band', () => {
    expect(order(wordPage(20))).toEqual(['上左0文', '上右0文', '某县人民', '二〇二二'])
  })

  it('reads it band by band too when the line above the title is a character short, measured a hair shorter (an OFD rounds to 0.001 mm)', () => {
    expect(order(wordPage(19 - 0.0003))).toEqual(['上左0文', '上右0文', '某县人民', '二〇二二'])
    // Two characters short, the line ends its text there: column 0 reads on into the title.
    expect(order(wordPage(18))).not.toEqual(['上左0文', '上右0文', '某县人民', '二〇二二'])
  })

  it("reads a band whose column 0 stops short (a name list's line) beside column 1 closing the document (county-lo-tabletoc)", () => {
    // Page 6 of county-lo-tabletoc: the 栏目's last document's name list ends column 0 ('中心主任',
    // wrapped from '贾永平　县中小企业服务'), its closing ends column 1 ('信息公开选项：主动公开')
    // level with it; the next 栏目's ◆ banner opens column 0 one pitch lower, its list goes on beside.
    const runs = [
      ...body('上左', 0, 100, 8, 12),
      at('中心主任', 0, 196, 4),
      ...body('上右', 1, 100, 7, 12),
      at('二〇二二年四月二十一日', 1, 184, 11),
      at('信息公开选项：主动公开', 1, 196, 11),
      at('◆公告', 0, 213, 3, 13.5),
      ...body('下左', 0, 230, 6, 12),
      at('9. 罗峪口镇人民政府', 1, 208, 10),
      ...body('下右', 1, 220, 8, 12),
    ]
    expect(order(runs)).toEqual(['上左0文', '上右0文', '◆公告', '9. 罗'])
    // Column 0 closing its own document there: the banner is a title inside one column.
    const closed = runs.map((r) => (r.str === '中心主任' ? { ...r, str: '二〇二二年五月六日' } : r))
    expect(order(closed)).not.toEqual(['上左0文', '上右0文', '◆公告', '9. 罗'])
  })

  it('reads Word columns balanced with no blank under them band by band (LibreOffice, city-lo-fang)', () => {
    // Column 1's upper text (the 栏目's last document: a name list) ends level with column 0's cut
    // sentence; the next 栏目's 文号 and title open column 0 one pitch lower, column 1 goes on beside.
    const runs = [
      ...body('上左', 0, 100, 8, 12),
      at('之前，由联席会议办公室召开联络员会议，研', 0, 196),
      ...body('上右', 1, 100, 7, 12),
      at('洪天云　扶贫办副主任', 1, 184, 11),
      at('孙瑞标　税务总局副局长', 1, 196, 12),
      at('国办发〔2018〕127号', 0, 208, 10),
      at('国务院办公厅关于抓好某', 0, 228, 12, 16.5),
      at('某工作的通知', 0, 252, 6, 16.5),
      ...body('下左', 0, 276, 6, 12),
      ...body('下右', 1, 208, 12, 12),
    ]
    expect(order(runs)).toEqual(['上左0文', '上右0文', '国办发〔', '下右0文'])
  })

  it('reads a band whose column 0 ends in a blank beside column 1 closing a document (county-lo-noto)', () => {
    const runs = [
      ...body('上左', 0, 100, 6, 16),
      at('省交通运输厅：', 0, 196, 7), // the request's addressee; its body went to column 1
      at('兴人社发〔2022〕9号', 0, 250, 10),
      at('某某局关于印发某某方案的', 0, 272, 12, 16),
      ...body('下左', 0, 300, 6, 16),
      ...body('上右', 1, 100, 8, 16),
      at('公开属性：主动公开', 1, 228, 9),
      ...body('下右', 1, 244, 8, 16),
    ]
    expect(order(runs)).toEqual(['上左0文', '上右0文', '兴人社发', '下右0文'])
  })

  it("reads a band whose column 0 ends in a blank beside column 1's paragraph breaking off", () => {
    const runs = [
      ...body('上左', 0, 100, 3, 16),
      at('（四）认真履职，严肃问责', 0, 148, 12),
      at('某某办公室关于建立某某', 0, 190, 12, 16),
      at('制度的通知', 0, 216, 5, 16),
      ...body('下左', 0, 240, 6, 16),
      ...body('上右', 1, 100, 4, 16),
      at('导和人员的责任。', 1, 164, 8), // the paragraph's last line
      at('满后，由某某办公室对跟班人员作出鉴定。', 1, 184, 20), // no indent: not its continuation
      ...body('下右', 1, 200, 8, 16),
    ]
    expect(order(runs)).toEqual(['上左0文', '上右0文', '某某办公', '满后，由'])
  })

  it('reads column 1 holding only the signature and date that close column 0 before the title under them', () => {
    const runs = [
      at('康晓军　县农业农村局农艺师', 0, 100, 13),
      at('孙永芳　县农业农村局助理农艺师', 0, 116, 15), // a name list's last line: no full stop
      at('兴县人民政府关于2022年度安', 0, 140, 12, 16),
      at('全生产监督检查计划的批复', 0, 166, 12, 16),
      ...body('下左', 0, 200, 8, 16),
      at('兴县人民政府办公室', 1, 100, 9),
      at('二〇二二年六月九日', 1, 116, 9),
      at('公开属性：主动公开', 1, 132, 9),
    ]
    expect(order(runs)).toEqual(['康晓军　', '兴县人民', '兴县人民'])
    const blocks = readingBlocks(groupLines(runs), GUTTER)
    expect(blocks.map((b) => b.column)).toEqual([0, 1, 0])
  })

  it('reads LaTeX columns ended mid-page and begun again under a blank band band by band', () => {
    const runs = [
      ...body('上左', 0, 80, 1, 15.5),
      at('某某公报期。', 0, 95.5, 3), // a full stop: only the blank band tells
      ...body('上右', 1, 80, 2, 15.5),
      at('国务院关于同意某某高新技术产业', 0, 150, 15, 12),
      at('开发区建设示范区的批复', 0, 165, 11, 12),
      ...body('下左', 0, 185, 6, 15.5),
      ...body('下右', 1, 150, 8, 15.5),
    ]
    expect(order(runs)).toEqual(['上左0文', '上右0文', '国务院关', '下右0文'])
  })

  it('reads a title set inside column 0 in its place while column 1 runs on beside it', () => {
    const runs = [
      ...body('左', 0, 100, 6, 12),
      at('2018年11月16日', 0, 172, 12),
      at('（此件公开发布）', 0, 184, 8),
      at('国务院关于同意建立某某联席', 0, 212, 13, 12),
      at('会议制度的批复', 0, 228, 7, 12),
      ...body('后左', 0, 250, 8, 12),
      // Column 1 runs from the top to the bottom at its pitch, a paragraph gap or none.
      ...body('右', 1, 100, 9, 12),
      ...body('右再', 1, 214, 12, 12),
    ]
    expect(order(runs)).toEqual(['左0文文', '右0文文'])
  })

  it('does not cut where titles stand side by side in both columns', () => {
    const runs = [
      ...body('左', 0, 100, 8, 12),
      at('某某局关于做好某某工作的', 0, 216, 12, 16.5),
      at('通知', 0, 242, 2, 16.5),
      ...body('后左', 0, 270, 6, 12),
      ...body('右', 1, 100, 8, 12),
      at('某某局关于做好某某工作的', 1, 216, 12, 16.5),
      at('批复', 1, 242, 2, 16.5),
      ...body('后右', 1, 270, 6, 12),
    ]
    expect(order(runs)).toEqual(['左0文文', '右0文文'])
  })
  it("does not cut where column 1's top carries on column 0's foot title and another title stands level with it", () => {
    const runs = [
      ...body('左', 0, 100, 8, 12),
      at('某政函〔2022〕5 号', 0, 200, 9),
      at('某某局关于做好某某工作的', 0, 224, 12, 16.5),
      // Column 1 opens with the rest of column 0's title, then its body; at the foot, a later title.
      at('某某工作的通知', 1, 100, 7, 16.5),
      ...body('右', 1, 126, 6, 12),
      at('（此件公开发布）', 1, 198, 8),
      at('某某局关于某某事项的批复', 1, 222, 12, 16.5),
    ]
    expect(order(runs)).toEqual(['左0文文', '某某工作'])
  })
  it("reads a 目录 page's columns top to bottom though its full entry lines end beside a 栏目 heading (prov2-a0, page 2)", () => {
    // The 目录 of prov2-a0: column 0's entries end in their leaders and page ('专利代理条例 . . . ·1·'),
    // full to the column's edge, over the next 栏目's larger heading; column 1's entries step down
    // beside it at their own pitch. An entry ends at its page: it does not run on to column 1's top.
    const runs = [
      at('【省政府令】', 0, 124, 6, 12),
      at('澄江省人民政府令（第 331 号）. . . . . . . . . . .·1·', 0, 141),
      at('专利代理条例 . . . . . . . . . . . . . . . . . . . . . ·1·', 0, 157),
      at('【国务院文件】', 0, 176, 7, 12),
      at('国务院关于授权香港特别行政区实施管辖的深', 0, 194),
      at('圳湾口岸港方口岸区范围和土地使用期限的', 0, 210, 19),
      at('批复. . . . . . . . . . . . . . . . . . . . . . . . . . .·3·', 0, 225),
      at('国函〔2006〕132 号', 0, 241, 8, 9),
      at('国务院关于同意组建2008年北京奥运会首都国', 0, 256),
      at('际机场协调委员会的批复. . . . . . . . . . . .·4·', 0, 272),
      at('国函〔2006〕38 号', 0, 287, 8, 9),
      at('国务院办公厅关于四川省在温家宝总理考察工', 1, 123),
      at('作时所提问题和建议办理情况的函. . . . . .·12·', 1, 139),
      at('国办函〔2004〕71 号', 1, 155, 8, 9),
      at('国务院办公厅关于湖北省巴东县地质灾害险情', 1, 170),
      at('有关问题的复函. . . . . . . . . . . . . . . . . . . .·15·', 1, 186),
      at('国办函〔2004〕80 号', 1, 201, 8, 9),
      at('国务院办公厅关于同意以哈尔滨市名义申办', 1, 217),
      at('2009 年第二十四届世界大学生冬季运动会的', 1, 232),
      at('复函. . . . . . . . . . . . . . . . . . . . . . . . . . . .·17·', 1, 248),
      at('国办函〔2004〕36 号', 1, 263, 8, 9),
    ]
    expect(order(runs)).toEqual(['【省政府', '国务院办'])
  })
  it("reads LaTeX columns begun again under a small 【栏目】 banner band by band, the banner over column 0's title (prov2-band, page 13)", () => {
    // Page 13 of prov2-band: column 0's text ends, a blank, then the next 栏目's banner set small
    // (9 pt) right over the first title (12 pt); column 1 ends with the last document's closing
    // and starts again level with the title, not with the banner.
    const runs = [
      ...body('上左', 0, 100, 16, 15.6),
      at('【 国 务 院 办 公 厅 函 件 】', 0, 370, 17, 9),
      at('国务院办公厅关于辽宁省在曾培炎副总', 0, 401, 16, 12),
      at('理考察工作时所提问题和建议办理情', 0, 432, 16, 12),
      at('国办函〔2004〕57 号', 0, 451, 9),
      ...body('下左', 0, 478, 10, 15.6),
      ...body('上右', 1, 100, 12, 15.6),
      at('国务院办公厅', 1, 290, 6),
      at('二〇〇四年一月十六日', 1, 306, 10),
      at('（本文有删减）', 1, 321, 7),
      ...body('下右', 1, 401, 14, 15.6),
    ]
    expect(order(runs)).toEqual(['上左0文', '上右0文', '国务院办', '下右0文'])
  })
})
