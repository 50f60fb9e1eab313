// A two-column 目录 (city-xe-one2-numpage, cut: its cover, 目录 page and each document's title block with
// its 栏目 band and a line or two) that prints each 文号 and page under its title, read from pdftotext's
// default text. pdftotext writes a full left line and the right column's opening on ONE line, a space
// apart ('…内地西藏班（校） 兴县人民政府关于…'): the row's two cells, told apart by the width the 目录's
// other title lines fill (toc-row-cells.ts). Two titles end with the same words ('有关问题的复函'),
// one with the 文种's tail alone ('函'), and the body prints those words by both 文号: the whole
// title tells which is whose (toc-number-swaps.ts).
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { cellWidth, splitRowCells } from '../../../src/main/importer/parse/toc-row-cells'
import { swapNumbers } from '../../../src/main/importer/parse/toc-number-swaps'
import type { Piece } from '../../../src/main/importer/parse/toc-piece-joins'

const NUMPAGE = [
  "邛川市人民政府公报",
  "2022 年第 6 期（总第 161 期）",
  "",
  "邛川市人民政府办公室主办",
  "2022 年 6 月 20 日出版",
  "",
  "\f目",
  "【国务院文件】",
  "国务院关于同意组建 2008 年北京奥运会首都国",
  "际机场协调委员会的批复",
  "（国函〔2006〕38 号） . . . . . . . . . . . . . . . . . . . . 1",
  "",
  "【国务院办公厅文件】",
  "国务院办公厅关于山西、安徽省四起特大煤矿瓦",
  "斯爆炸事故调查处理情况的通报",
  "（国办发〔2004〕7 号） . . . . . . . . . . . . . . . . . . . 2",
  "",
  "国务院办公厅关于抓好赋予科研机构和人员更",
  "",
  "录",
  "国务院办公厅转发国务院关于棉粮、糖粮挂钩奖",
  "售粮几个问题的通知",
  "（国办发〔1997〕9 号） . . . . . . . . . . . . . . . . . . 10",
  "",
  "国务院办公厅转发国务院关于印发《国务院工作",
  "规则》的通知",
  "（国办发〔2004〕41 号） . . . . . . . . . . . . . . . . . 11",
  "",
  "【国务院办公厅函件】",
  "国务院办公厅关于黄金经济政策有关问题的复",
  "",
  "大自主权有关文件贯彻落实工作的通知",
  "",
  "函",
  "",
  "（国办发〔2018〕127 号） . . . . . . . . . . . . . . . . . 4",
  "",
  "（国办函〔1996〕16 号） . . . . . . . . . . . . . . . . . 16",
  "",
  "国务院办公厅关于湖北省巴东县地质灾害险情",
  "有关问题的复函",
  "",
  "国务院办公厅关于科技节水建议的复函",
  "（国办函〔2005〕21 号） . . . . . . . . . . . . . . . . . 16",
  "",
  "（国办函〔2004〕80 号） . . . . . . . . . . . . . . . . . . 6",
  "",
  "【国务院办公厅转发文件】",
  "",
  "【县（市、区）文件】",
  "",
  "国务院办公厅转发国家教委关于内地西藏班（校） 兴县人民政府关于兴县经济技术开发区控制性",
  "扩大规模有关问题请示的通知",
  "",
  "详细规划（2021-2035）的批复",
  "",
  "（国办发〔1996〕32 号） . . . . . . . . . . . . . . . . . . 9",
  "",
  "（兴政函〔2022〕50 号） . . . . . . . . . . . . . . . . . 17",
  "",
  "\f国务院文件",
  "",
  "国 务",
  "",
  "院",
  "",
  "文 件",
  "",
  "国务院关于同意组建 2008 年北京奥运会首都国际机场协调委员会的批复",
  "（国函〔2006〕38 号）",
  "民航总局：",
  "你局《关于报送 2008 年北京奥运会首都国际机场协调委员会组建方案的请示》",
  "国 务",
  "",
  "院",
  "",
  "办 公",
  "",
  "厅",
  "",
  "文",
  "",
  "件",
  "",
  "国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况",
  "的通报",
  "（国办发〔2004〕7 号）",
  "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
  "",
  "国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实",
  "工作的通知",
  "（国办发〔2018〕127 号）",
  "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
  "",
  "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函",
  "（国办函〔2004〕80 号）",
  "湖北省人民政府：",
  "你省《关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题的请示》（鄂政文〔2004〕15",
  "国 务",
  "",
  "院",
  "",
  "办 公",
  "",
  "厅",
  "",
  "转",
  "",
  "发",
  "",
  "文",
  "",
  "件",
  "",
  "国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的",
  "通知",
  "（国办发〔1996〕32 号）",
  "北京、天津、上海、河北、辽宁、江苏、浙江、福建、山东、河南、湖南、湖北、广东、四川、西藏、",
  "",
  "国务院办公厅转发国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知",
  "（国办发〔1997〕9 号）",
  "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
  "现将《国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知》",
  "",
  "国务院办公厅转发国务院关于印发《国务院工作规则》的通知",
  "（国办发〔2004〕41 号）",
  "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
  "现将《国务院关于印发《国务院工作规则》的通知》",
  "国 务",
  "",
  "院",
  "",
  "办 公",
  "",
  "厅",
  "",
  "函",
  "",
  "件",
  "",
  "第 15 页",
  "",
  "\f邛川市人民政府公报",
  "",
  "2022 年第 6 期（总第 161 期）",
  "",
  "国务院办公厅关于黄金经济政策有关问题的复函",
  "（国办函〔1996〕16 号）",
  "国家经贸委、冶金部：",
  "国家经贸委《关于解决当前黄金生产问题的意见》和冶金部《关于“九五”期间黄金经济政策",
  "",
  "国务院办公厅关于科技节水建议的复函",
  "（国办函〔2005〕21 号）",
  "马万祺副主席：",
  "温家宝总理对您关于科技节水的建议十分重视，批示发展改革委、科技部、建设部和环保总局",
  "县 （",
  "",
  "市",
  "",
  "、 区",
  "",
  "）",
  "",
  "文",
  "",
  "件",
  "",
  "兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复",
  "（兴政函〔2022〕50 号）",
  "县经济技术开发区管理委员会：",
  "你单位上报的《关于申请批复兴县经济技术开发区控制性详细规划（2021-2035）的请示》（兴"
].join('\n')

const ENTRIES = [
  ['国务院文件', '国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复', '国函〔2006〕38号', 1],
  ['国务院办公厅文件', '国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报', '国办发〔2004〕7号', 2],
  ['国务院办公厅文件', '国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知', '国办发〔2018〕127号', 4],
  ['国务院办公厅文件', '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函', '国办函〔2004〕80号', 6],
  ['国务院办公厅转发文件', '国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知', '国办发〔1996〕32号', 9],
  ['国务院办公厅转发文件', '国务院办公厅转发国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知', '国办发〔1997〕9号', 10],
  ['国务院办公厅转发文件', '国务院办公厅转发国务院关于印发《国务院工作规则》的通知', '国办发〔2004〕41号', 11],
  ['国务院办公厅函件', '国务院办公厅关于黄金经济政策有关问题的复函', '国办函〔1996〕16号', 16],
  ['国务院办公厅函件', '国务院办公厅关于科技节水建议的复函', '国办函〔2005〕21号', 16],
  ['县（市、区）文件', '兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复', '兴政函〔2022〕50号', 17],
]

const opens = (t: string): boolean => /^(国务院|兴县人民政府)/.test(t)

describe('a two-column 目录 printing each 文号 and page under its title, in pdftotext\'s default text', () => {
  it('reads every entry, 栏目, 文号 and page', () => {
    const toc = parseToc(splitLines(NUMPAGE))
    expect(toc.entries.map((e) => [e.category, e.title, e.docNumber, e.page])).toEqual(ENTRIES)
  })

  it('splits a line holding a full left cell and the right column\'s opening where the left cell\'s width ends', () => {
    const lines = splitLines(NUMPAGE)
    const width = cellWidth(lines, 7, 59)
    expect(width).not.toBeNull()
    const row = '国务院办公厅转发国家教委关于内地西藏班（校） 兴县人民政府关于兴县经济技术开发区控制性'
    expect(splitRowCells({ text: row, at: 0 }, width, opens).map((p) => p.text)).toEqual(['国务院办公厅转发国家教委关于内地西藏班（校）', '兴县人民政府关于兴县经济技术开发区控制性'])
    // A title line no wider than the column stays whole, and so does a line whose right part opens no entry.
    expect(splitRowCells({ text: '国务院办公厅关于湖北省巴东县地质灾害险情', at: 0 }, width, opens)).toHaveLength(1)
    expect(splitRowCells({ text: '国务院办公厅转发国家教委关于内地西藏班（校） 扩大规模有关问题请示的通知', at: 0 }, width, opens)).toHaveLength(1)
  })

  it('gives two titles ending alike the 文号 the body prints by each whole title', () => {
    const piece = (text: string, page: number | null, line: number): Piece => ({ text, page, opens: false, line, at: 0 })
    const chains = [
      [piece('国务院办公厅关于黄金经济政策有关问题的复', null, 29), piece('函', null, 33), piece('（国办函〔2004〕80号）', 6, 45)],
      [piece('国务院办公厅关于湖北省巴东县地质灾害险情', null, 39), piece('有关问题的复函', null, 40), piece('（国办函〔1996〕16号）', 16, 37)],
    ]
    const body = NUMPAGE.split('\n').slice(60).join('').replace(/\s/g, '')
    swapNumbers(chains, body)
    expect(chains.map((c) => c[c.length - 1].text)).toEqual(['（国办函〔1996〕16号）', '（国办函〔2004〕80号）'])
  })
})
