// A 转发: the province's notice, signed and dated, then the State Council's document it forwards,
// with its own title and 文号 (prov-xe-forward.txt, tests/fixtures/typeset/tuning, lines 212–236).
// The 目录 lists the province's notice only; the forwarded document's title and 文号 had opened
// a document of their own, invented, taking every forwarded paragraph from the notice.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import type { TocEntry } from '../../../src/shared/domain'

const body = [
  '省政府文件',
  '',
  '黔川省人民政府转发国务院办公厅关于全面推行行政执法公示制度执法',
  '全过程记录制度重大执法决定法制审核制度的指导意见的通知',
  '（黔府发〔2022〕12 号）',
  '各市、自治州人民政府，各县（市、区）人民政府，',
  '省政府各部门、各直属机构：',
  '现将《国务院办公厅关于全面推行行政执法',
  '公示制度执法全过程记录制度重大执法决定法制',
  '审核制度的指导意见》',
  '（国办发〔2018〕118 号）转',
  '发给你们，请结合实际认真贯彻执行。',
  '黔川省人民政府',
  '2022 年 6 月 13 日',
  '（此件公开发布）',
  '',
  '国务院办公厅关于全面推行行政执法公示',
  '制度执法全过程记录制度重大执法决定法',
  '制审核制度的指导意见',
  '国办发〔2018〕118 号',
  '各省、自治区、直辖市人民政府，国务院各部委、',
  '各直属机构：',
  '行政执法是行政机关履行政府职能、管理经济社会事务的重要方式。',
].join('\n')

const entry = (title: string, docNumber: string): TocEntry => ({ category: '省政府文件', title, docNumber, page: 3 })

describe('a forwarded document inside the forwarding notice', () => {
  it('stays in the notice the 目录 lists', () => {
    const toc = [entry('黔川省人民政府转发国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见的通知', '黔府发〔2022〕12号')]
    const spans = splitDocuments(splitLines(body), 0, toc)
    expect(spans.map((s) => s.docNumber)).toEqual(['黔府发〔2022〕12号'])
  })

  it('opens its own document when the 目录 lists it', () => {
    const toc = [
      entry('黔川省人民政府转发国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见的通知', '黔府发〔2022〕12号'),
      entry('国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见', '国办发〔2018〕118号'),
    ]
    const spans = splitDocuments(splitLines(body), 0, toc)
    expect(spans.map((s) => s.docNumber)).toEqual(['黔府发〔2022〕12号', '国办发〔2018〕118号'])
  })

  it('stays in the notice when there is no 目录: the notice’s title names it after 转发, its text cites the 文号', () => {
    const spans = splitDocuments(splitLines(body), 0, [])
    expect(spans.map((s) => s.docNumber)).toEqual(['黔府发〔2022〕12号'])
  })

  it('opens its own document with no 目录 when the notice before it forwards something else', () => {
    const other = body.replace('转发国务院办公厅关于全面推行行政执法公示制度执法', '转发国务院办公厅关于加强政务公开工作的通知制度执法')
    const spans = splitDocuments(splitLines(other), 0, [])
    expect(spans.map((s) => s.docNumber)).toEqual(['黔府发〔2022〕12号', '国办发〔2018〕118号'])
  })
})

describe('the forwarded document’s title in hard-wrapped text', () => {
  it('is one block over its 文号', () => {
    const lines = splitLines(body).slice(5)
    const blocks = buildBlocks(lines).map((b) => [b.kind, b.text])
    expect(blocks).toContainEqual(['title', '国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见'])
  })

  it('stays a line of its own without a 文号 under it (an attachment’s title over its subtitle)', () => {
    const lines = splitLines(['兴县人民政府', '2022 年 6 月 13 日', '兴县培育乡村e镇工作实施方案', '（2022—2025年）', '为加快发展农村电子商务，制定本方案。'].join('\n'))
    expect(buildBlocks(lines).map((b) => b.text)).toContain('兴县培育乡村e镇工作实施方案')
  })
})
