// prov-sw-b5.layout.txt, page 10: a right-column line ('方案的通知》（吕政办发〔2019〕23 号）、《山')
// cut by pdftotext at its brackets, set on other baselines, into three pieces written on the rows
// under the left column's line, each further right. The pieces short of the gutter read as rows
// across the page and cut its run of two columns: the next document's first paragraphs were read
// after the rest of the left column, 49 paragraphs in another document.
import { describe, expect, it } from 'vitest'
import { joinStairs } from '../../../src/main/importer/layout/text-layout-stairs'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const rows = [
  '作领导小组各成员单位要认真履行职责，推           程记录制度重大执法决定法制审核制度实施',
  '动全县 2022 年冬季清洁取暖工作目标任务',
  '                     方案的通知》',
  '                          （吕政办发〔2019〕23 号）',
  '                                         、《山',
  '的顺利完成。县财政局负责筹措县本级资金， 西省司法厅关于加强行政执法资格管理的通',
]

describe('a right line cut into a staircase of pieces', () => {
  it('is joined and set beside the left line above it', () => {
    const joined = joinStairs(rows, 40)!
    expect(joined.rows).toHaveLength(3)
    expect(joined.rows[1]).toBe('动全县 2022 年冬季清洁取暖工作目标任务'.padEnd(40) + '方案的通知》（吕政办发〔2019〕23 号）、《山')
    expect(joined.kept).toEqual([0, 1, 5])
  })

  it('pieces cut where no full-width mark stands, or not reaching the gutter, are not', () => {
    expect(joinStairs([rows[1], '                     方案的通知', '                          吕政办发', rows[5]], 40)).toBeNull()
    expect(joinStairs(rows.slice(0, 4).concat(rows[5]), 40)).toBeNull()
  })

  it("reads the notice's first paragraph whole, in its document", () => {
    const doc = parseIssue(readLayoutColumns(typesetText('prov-sw-b5', 'layout.txt'))).documents.find((d) => d.title.includes('更新行政执法主体'))!
    const text = doc.blocks.map((b) => b.text.replace(/\s+/g, '')).join('\n')
    expect(text).toContain('方案的通知》（吕政办发〔2019〕23号）、《山西省司法厅关于加强行政执法资格管理的通知》')
  })
})
