// A 目录 set as a borderless Word table (title cell, 文号 cell, page cell; each 栏目 a merged row),
// read a column at a time: pdftotext (county-lo-tabletoc.txt, tests/fixtures/typeset/tuning,
// lines 8–71) writes a 栏目's titles, then several rows' 文号 and pages; the PDF reader, which
// took the blank band between the cells for a gutter, wrote the titles (two joint ones run
// together) and then the cells. Read row by row, the first entry swallowed three titles and the
// rest were lost. The Word file's rows keep their cells apart with tabs.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc, splitEntry } from '../../../src/main/importer/parse/toc'
import { splitTitles } from '../../../src/main/importer/parse/toc-table'

const txt = [
  '2022 年 7 月 20 日出版',
  '',
  '目',
  '',
  '录',
  '',
  '◆县政府文件',
  '兴县人民政府关于兴县 2018 年第四批次城乡建设用地增减',
  '挂钩孟家坪乡、罗峪口镇项目区（拆旧区）完成外业整改和',
  '全部竣工资料的承诺函',
  '兴县人民政府关于兴县城乡基础设施投资有限公司申请项目',
  '贷款意见',
  '兴县人民政府关于兴县殡仪馆及骨灰堂建设项目国有建设用',
  '地使用权划拨方案的请示的批复',
  '',
  '兴政函（2022）53 号',
  '',
  '1',
  '',
  '兴政函〔2022〕54 号',
  '',
  '1',
  '',
  '兴政函〔2022〕43 号',
  '',
  '1',
  '',
  '康政发〔2022〕9 号',
  '',
  '1',
  '',
  '◆乡镇街道文件',
  '康宁镇人民政府关于向兴县城乡基础设施建设投资有限公司',
  '增加资本金的通知',
  '',
  '◆公告',
  '兴县人民政府办公室关于更新行政执法主体的通知',
  '',
  '4',
  '',
  '兴县人民政府公报',
  '',
  '◆县政府文件',
  '',
  '兴县人民政府关于兴县 2018 年',
  '部竣工资料的承诺函',
  '兴政函（2022）53 号',
  '吕梁市规划和自然资源局：',
].join('\n')

describe('a 目录 laid out as a table, read a column at a time', () => {
  it('pairs the titles with the 文号 and page cells in order (pdftotext)', () => {
    const toc = parseToc(splitLines(txt))
    expect(toc.sections).toEqual(['县政府文件', '乡镇街道文件', '公告'])
    expect(toc.entries.map((e) => [e.category, e.title.slice(-8), e.docNumber, e.page])).toEqual([
      ['县政府文件', '完成外业整改和全部竣工资料的承诺函'.slice(-8), '兴政函〔2022〕53号', 1],
      ['县政府文件', '有限公司申请项目贷款意见'.slice(-8), '兴政函〔2022〕54号', 1],
      ['县政府文件', '方案的请示的批复'.slice(-8), '兴政函〔2022〕43号', 1],
      ['乡镇街道文件', '设投资有限公司增加资本金的通知'.slice(-8), '康政发〔2022〕9号', 1],
      ['公告', '关于更新行政执法主体的通知'.slice(-8), null, 4],
    ])
    // The body's first title and 文号 are not read as the 目录's.
    expect(toc.end).toBe(38)
  })

  it('cuts titles run together where a 文种 ends and a joint title opens (the PDF reader)', () => {
    expect(
      splitTitles(
        '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局兴县住房和城乡建设管理局 兴县交通运输局 兴县水利局关于印发兴县煤炭消费减量替代 2022 年工作方案的通知兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局关于成立兴县“乡村振兴贷”风险补偿基金管理工作领导小组的通知',
      ),
    ).toEqual([
      '兴县人力资源和社会保障局兴县发展和改革局兴县财政局兴县住房和城乡建设管理局兴县交通运输局兴县水利局关于印发兴县煤炭消费减量替代2022年工作方案的通知',
      '兴县人力资源和社会保障局兴县发展和改革局兴县财政局关于成立兴县“乡村振兴贷”风险补偿基金管理工作领导小组的通知',
    ])
  })

  it('reads a 目录 row by row as before: one title, then its own 文号 and page', () => {
    const rows = ['目　　录', '县政府文件', '兴县人民政府关于印发某某方案的通知', '（兴政发〔2022〕8号）……1', '兴县人民政府关于某某的批复', '（兴政函〔2022〕9号）……3', '', '兴县人民政府公报'].join('\n')
    expect(parseToc(splitLines(rows)).entries.map((e) => e.page)).toEqual([1, 3])
  })

  it("keeps a Word table row's 文号 in its cell (read-docx joins cells with tabs)", () => {
    expect(splitEntry('兴县人民政府关于兴县2018年第四批次城乡建设用地增减挂钩孟家坪乡、罗峪口镇项目区（拆旧区）完成外业整改和全部竣工资料的承诺函\t兴政函（2022）53号')).toEqual({
      title: '兴县人民政府关于兴县2018年第四批次城乡建设用地增减挂钩孟家坪乡、罗峪口镇项目区（拆旧区）完成外业整改和全部竣工资料的承诺函',
      docNumber: '兴政函〔2022〕53号',
    })
  })
})
