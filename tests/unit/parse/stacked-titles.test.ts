// Two titles at the feet of both columns, read by pdftotext as one band: the left column's title,
// then the right column's title with its bracketed 文号, then the left one's 文号 and first line.
// Real lines of the tuning file city-xe-consult.txt (213–227). Without this, the left title was
// read into the right one's header and its document was lost.
import { describe, expect, it } from 'vitest'
import type { TocEntry } from '../../../src/shared/domain'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'

const text = [
  '二〇〇六年十月十八日',
  '（本文有删减）',
  '',
  '国务院办公厅文件',
  '国务院办公厅对全国政协十届四次会议第',
  '4626 号提案的答复',
  '',
  '国务院办公厅关于调整国家教材委员会组成',
  '人员的通知',
  '（国办发〔2018〕109 号）',
  '',
  '（国办函〔2006〕82 号）',
  '王超斌委员：',
  '',
  '各省、自治区、直辖市人民政府，国务院各部委、',
  '各直属机构：',
  '根据机构设置、人员变动情况和工作需要，',
].join('\n')

const toc: TocEntry[] = [
  { category: '国务院办公厅文件', title: '国务院办公厅对全国政协十届四次会议第4626号提案的答复', docNumber: '国办函〔2006〕82号', page: 2 },
  { category: '国务院办公厅文件', title: '国务院办公厅关于调整国家教材委员会组成人员的通知', docNumber: '国办发〔2018〕109号', page: 2 },
]

describe('two titles stacked over one 文号 (city-xe-consult.txt 213–227)', () => {
  it('are two documents: the upper one a 目录 title, numbered by the 目录’s 文号 under them', () => {
    const lines = splitLines(text)
    const spans = splitDocuments(lines, 0, toc)
    expect(spans.map((s) => s.docNumber)).toEqual(['国办函〔2006〕82号', '国办发〔2018〕109号'])
    expect(spans.map((s) => s.header.map((i) => lines[i].text).join(''))).toEqual([
      '国务院办公厅对全国政协十届四次会议第4626 号提案的答复',
      '国务院办公厅关于调整国家教材委员会组成人员的通知',
    ])
    expect(spans[0].section).toBe('国务院办公厅文件')
  })

  it('stay one title when the upper lines are no title the 目录 misses', () => {
    const lines = splitLines(text)
    const spans = splitDocuments(lines, 0, toc.slice(1))
    expect(spans).toHaveLength(1)
    expect(spans[0].docNumber).toBe('国办发〔2018〕109号')
  })
})

// Two short 批复 at the heads of the first two of three columns, read across by pdftotext: the
// first column's title, the second's, then their 文号 in that order, then the first column down
// to its closing. Real lines of the tuning file city-xe-3col.txt (694–744, the first column's
// middle cut short). Without this, the second title was read into the first one's header and
// its document was lost.
const across = [
  '兴县人民政府关于兴县殡仪',
  '馆及骨灰堂建设项目国有建',
  '设用地使用权划拨方案的请',
  '示的批复',
  '',
  '兴县人民政府关于 2022 年',
  '不动产解遗及清零行动补缴',
  '出让金方案和土地合宗的请',
  '示的批复',
  '',
  '（兴政函〔2022〕43 号）',
  '',
  '（兴政函〔2022〕46 号）',
  '',
  '县自然资源局：',
  '',
  '权划拨方案的请示》',
  '关税、费。',
  '兴县人民政府',
  '二〇二二年五月二十四日',
  '（此件公开发布）',
  '',
  '复如下：',
].join('\n')

const replies: TocEntry[] = [
  { category: '批复', title: '兴县人民政府关于兴县殡仪馆及骨灰堂建设项目国有建设用地使用权划拨方案的请示的批复', docNumber: '兴政函〔2022〕43号', page: 5 },
  { category: '批复', title: '兴县人民政府关于2022年不动产解遗及清零行动补缴出让金方案和土地合宗的请示的批复', docNumber: '兴政函〔2022〕46号', page: 5 },
]

describe('two titles side by side over their two 文号 (city-xe-3col.txt 694–744)', () => {
  it('are two documents, the second starting under the first one’s closing', () => {
    const lines = splitLines(across)
    const spans = splitDocuments(lines, 0, replies)
    expect(spans.map((s) => s.docNumber)).toEqual(['兴政函〔2022〕43号', '兴政函〔2022〕46号'])
    expect(spans.map((s) => s.header.map((i) => lines[i].text).join(''))).toEqual([
      '兴县人民政府关于兴县殡仪馆及骨灰堂建设项目国有建设用地使用权划拨方案的请示的批复',
      '兴县人民政府关于 2022 年不动产解遗及清零行动补缴出让金方案和土地合宗的请示的批复',
    ])
    // The first document's body holds its closing, not the second title's 文号.
    const first = lines.slice(spans[0].bodyStart, spans[0].end).map((l, k) => (spans[0].foreign?.includes(spans[0].bodyStart + k) ? '' : l.text))
    expect(first).toContain('二〇二二年五月二十四日')
    expect(first).not.toContain('（兴政函〔2022〕46 号）')
    expect(lines[spans[1].bodyStart].text).toBe('')
    expect(lines.slice(spans[1].bodyStart).map((l) => l.text)).toContain('复如下：')
    expect(lines.slice(spans[1].bodyStart).map((l) => l.text)).not.toContain('（此件公开发布）')
  })

  it('stay one title when the 目录 does not list the lower one', () => {
    const lines = splitLines(across)
    const spans = splitDocuments(lines, 0, replies.slice(0, 1))
    expect(spans).toHaveLength(1)
    expect(spans[0].docNumber).toBe('兴政函〔2022〕43号')
  })
})
