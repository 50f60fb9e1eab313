// Gazettes print the 目录 at the front, on the cover or at the back of the issue. A back 目录 used to
// leave nothing to read after it (NOT_A_GAZETTE); the body before it is read, with the 目录 still
// naming each document's section and finding a document printed without a 文号.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

// A cover that names no publisher: the signatures in the body after it do not make one.
const COVER = ['兴县人民政府公报', '2022 年第 11 期（总第 13 期）', '', '2022 年 12 月 26 日出版']

const BODY = [
  '兴县人民政府公报', '2022 年第 11 期', '',
  '【县政府文件】',
  '兴县人民政府关于兴县经济技术开发区控制性详细规划',
  '（2021-2035）的批复',
  '兴政函〔2022〕50 号',
  '县经济技术开发区管理委员会：',
  '你单位上报的请示收悉。经研究，现批复如下：原则同意该规划。',
  '兴县人民政府',
  '2022 年 6 月 6 日',
  '（此件公开发布）',
  '-1-', '\f',
  '兴县人民政府公报', '2022 年第 11 期', '',
  '【县政府办公室文件】',
  '兴县人民政府办公室关于调整兴县小水网工程建设领导小组的通知',
  '兴政办函〔2022〕10 号',
  '各乡镇人民政府，县直各有关单位：',
  '因人事变动，经县人民政府同意，决定对领导小组成员进行调整。',
  '兴县人民政府办公室',
  '2022 年 5 月 16 日',
  '（此件公开发布）',
  '兴县人民政府办公室关于刘某某等同志职务任免的通知',
  '各乡镇人民政府，县直各有关单位：',
  '经县人民政府研究决定：刘某某任兴县水利局局长。',
  '兴县人民政府办公室',
  '2022 年 5 月 20 日',
  '-2-', '\f',
]

const TOC = [
  '目', '', '录', '',
  '【县政府文件】',
  '兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复（兴政函〔2022〕50 号）. . . . . . 第 1页',
  '【县政府办公室文件】',
  '兴县人民政府办公室关于调整兴县小水网工程建设领导小组的通知（兴政办函〔2022〕10 号）. . . . 第 2页',
  '兴县人民政府办公室关于刘某某等同志职务任免的通知. . . . . . . . . . . . . . . . . . . . . . . 第 2页',
]

const fields = (text: string): unknown[] =>
  parseIssue(text).documents.map((d) => [d.docNumber, d.title, d.category, d.issuer, d.date, d.public])

describe('an issue with its 目录 at the back', () => {
  const back = [...COVER, '\f', ...BODY, ...TOC, '\f', '传达政令 公开信息'].join('\n')

  it('finds every document in the body before the 目录, with the 目录 section and page', () => {
    const issue = parseIssue(back)
    expect(issue.meta).toEqual({ gazette: '兴县人民政府公报', year: 2022, issueNo: 11, totalNo: 13, publishedOn: '2022-12-26', publisher: null })
    expect(issue.sections).toEqual(['县政府文件', '县政府办公室文件'])
    expect(fields(back)).toEqual([
      ['兴政函〔2022〕50号', '关于兴县经济技术开发区控制性详细规划（2021-2035）的批复', '县政府文件', '兴县人民政府', '2022-06-06', true],
      ['兴政办函〔2022〕10号', '关于调整兴县小水网工程建设领导小组的通知', '县政府办公室文件', '兴县人民政府办公室', '2022-05-16', true],
      [null, '关于刘某某等同志职务任免的通知', '县政府办公室文件', '兴县人民政府办公室', '2022-05-20', false],
    ])
    expect(issue.documents.map((d) => d.tocPage)).toEqual([1, 2, 2])
    // Nothing of the 目录 or the back cover is read into the last document.
    expect(issue.documents[2].blocks.map((b) => b.text).join('')).not.toMatch(/目|录|传达政令|\. \./)
  })

  it('reads the same documents as the issue with its 目录 at the front', () => {
    const front = [...COVER, '\f', ...TOC, '\f', ...BODY].join('\n')
    expect(fields(back)).toEqual(fields(front))
  })
})
