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
