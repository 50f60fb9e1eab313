// The 目录 and document starts of the tuning layouts added for issue 12 (excerpts of their
// pdftotext text): page labels 第3页, a section named in no usual words, and documents printed
// without 文号 in an issue with no 目录, found where the previous document closes.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { titlesAfterClose } from '../../../src/main/importer/parse/starts-after-close'

describe('目录 pages printed as labels', () => {
  it('reads 第 3页 after leaders or right after the 文号, and on a line of its own', () => {
    // prov-xe-inner, as pdftotext wrote it.
    const toc = parseToc(splitLines([
      '目', '', '录', '', '【省政府令】',
      '江州省人民政府令（第 285 号） . . . . . . . . . . . . . . . 第 1页',
      '专利代理条例 . . . . . . . . . . . . . . . . . . . . . 第 1页', '', '【国务院办公厅文件】',
      '国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知（国办发〔2018〕117 号）', '第 14页',
      '国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函（国办函〔1996〕14 号）第 23页',
    ].join('\n')))
    expect(toc.sections).toEqual(['省政府令', '国务院办公厅文件'])
    expect(toc.entries.map((e) => [e.docNumber, e.page])).toEqual([
      ['江州省人民政府令 第285号', 1], [null, 1], ['国办发〔2018〕117号', 14], ['国办函〔1996〕14号', 23],
    ])
  })

})

describe('目录 page folios', () => {
  it('does not take the 目录 page’s own folio 第 2 页 for the page of an entry whose page was not printed', () => {
    const toc = parseToc(splitLines([
      '目  录', '县政府文件', '兴县人民政府关于巡察反馈问题整改落实情况的报告（兴政函〔2022〕47 号）.........2',
      '兴县人民政府关于2021-09号宗地国有建设用地使用权挂牌出让方案的请示的批复（兴政函〔2022〕62 号）', '第 2 页',
      '兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知（兴政发〔2022〕10 号）.........9',
    ].join('\n')))
    // (An entry printed without its page runs on into the next one, as before.)
    expect(toc.entries.map((e) => e.page)).toEqual([2, 9])
  })

  it('does not take a title’s tail cut off by the line above for a section', () => {
    const toc = parseToc(splitLines([
      '目  录', '县政府文件', '兴县人民政府关于打造城乡绿色低碳建设运营商有关事项（兴政发〔2022〕10 号）.........1', '的通知',
      '兴县人民政府关于巡察反馈问题整改落实情况的报告（兴政函〔2022〕47 号）.........2',
    ].join('\n')))
    expect(toc.sections).toEqual(['县政府文件'])
  })
})

describe('目录 sections in no usual words', () => {
  it('takes a short heading over an entry that starts with its issuer for a section (text)', () => {
    // county-docx-masthead: 联合发文 ends in no word a section name usually ends in.
    const toc = parseToc(splitLines([
      '目  录', '政府文件',
      '兴县人民政府关于巡察反馈问题整改落实情况的报告（兴政函〔2022〕47 号）.........2', '联合发文',
      '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局 兴县住房和城乡建设管理局关',
      '于成立兴县“乡村振兴贷”风险补偿基金管理工作领导小组的通知（兴人社发', '〔2022〕16 号）..............9',
    ].join('\n')))
    expect(toc.sections).toEqual(['政府文件', '联合发文'])
    expect(toc.entries.map((e) => e.category)).toEqual(['政府文件', '联合发文'])
  })
})

describe('documents without 文号 in an issue with no 目录', () => {
  // city-pdfkit-2col: 人事任免 and 公告 documents follow a signed and dated document.
  const text = [
    '白溪市人民政府公报', '2018 年第 12 期（总第 210 期）', '', '国务院办公厅文件', '',
    '国务院办公厅关于印发《政府网站集约化试点工作方案》的通知', '国办函〔2018〕71 号',
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '《政府网站集约化试点工作方案》已经国务院同意，现印发给你们，请认真贯彻落实。',
    '国务院办公厅', '2018 年 10 月 27 日', '（此件公开发布）', '', '人事任免', '',
    '国务院办公厅关于调整国家教材委员会组成人员的通知', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '根据机构设置、人员变动情况和工作需要，国务院决定对国家教材委员会组成人员进行调整。', '国务院办公厅', '2018 年 11 月 20 日',
    '国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的', '通知', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '根据机构设置、人员变动情况和工作需要，国务院决定对领导小组组成人员进行相应调整。', '国务院办公厅', '2018 年 11 月 5 日',
  ].join('\n')

  it('starts one where the previous one closes, its title naming the issuer', () => {
    const issue = parseIssue(text)
    expect(issue.documents.map((d) => [d.docNumber, d.category, d.date])).toEqual([
      ['国办函〔2018〕71号', '国务院办公厅文件', '2018-10-27'],
      [null, '人事任免', '2018-11-20'],
      [null, '人事任免', '2018-11-05'],
    ])
    expect(issue.documents[2].title).toBe('关于调整国务院第二次全国污染源普查领导小组组成人员的通知')
  })

  it('leaves an attachment and a forwarded report (no issuer before 关于) inside their document', () => {
    // govcn-23 and govcn-20, as printed after their covering letter's date.
    const lines = splitLines([
      '国务院办公厅', '二〇〇四年十一月四日', '附件1', '关于湖北省巴东县官渡口镇马鬃山村', '地质险情调研情况的报告', '国务院：',
      '国务院办公厅', '一九九六年二月五日', '（本文有删减）', '关于我国地震重点监视防御区的确定', '和加强防震减灾工作意见的报告', '国务院：',
    ].join('\n'))
    expect(titlesAfterClose(lines, 0, new Set(), new Set())).toEqual([])
  })
})
