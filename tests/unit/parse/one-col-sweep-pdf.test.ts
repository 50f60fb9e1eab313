// The one-column sweep's PDFs (s28, scripts/typeset/sweep_one.py, XeLaTeX), as the importer reads them:
// - city-xe-one-16k: the 目录's last entry fills its line to the right edge where the entries'
//   pages end, the leaders and the space squeezed out: the page stands right after the 文种
//   ('育乡村 e 镇工作实施方案的通知38'). Read as no page, the entry ran into the body and the
//   document's whole body was lost.
// - city-xe-one-toc1no: a 目录 with no 文号, so documents are also found by their 目录 titles; a
//   转发's 栏目 is printed as a letter-spaced band over its title mid-page ('市 政 府 办 公 室 转 发
//   文 件', read as an issuer and a 转发), and was taken for the title's first line: a second
//   document, the real one under the 栏目 before.
import { describe, expect, it } from 'vitest'
import type { SourceLine } from '../../../src/shared/source-line'
import { pageAtEdge } from '../../../src/main/importer/parse/toc-word'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'
import { readTypesetPdf } from '../../support/typeset-fixture'

const at = (text: string, x1: number): SourceLine => ({ no: 1, text, layout: { x1 } as SourceLine['layout'] })

describe('pageAtEdge: a page right after the 文种 on a line that fills the 目录 to its pages’ edge', () => {
  it('takes the page glued to the 文种 (city-xe-one-16k.pdf, page 2, right column: pages end at x 471)', () => {
    expect(pageAtEdge(at('育乡村 e 镇工作实施方案的通知38', 471.2), '育乡村 e 镇工作实施方案的通知38', 471, 37)).toEqual({ text: '育乡村 e 镇工作实施方案的通知', page: 38 })
  })
  it('leaves digits glued to words that end no title, a line short of the edge, and a page going back', () => {
    expect(pageAtEdge(at('关于印发兴县培育乡村 e 镇工作2022', 471), '关于印发兴县培育乡村 e 镇工作2022', 471, 37)).toBeNull()
    expect(pageAtEdge(at('育乡村 e 镇工作实施方案的通知38', 440), '育乡村 e 镇工作实施方案的通知38', 471, 37)).toBeNull()
    expect(pageAtEdge(at('育乡村 e 镇工作实施方案的通知38', 471), '育乡村 e 镇工作实施方案的通知38', 471, 40)).toBeNull()
  })
  it('gives the last document its body, 栏目 and date (city-xe-one-16k.pdf)', async () => {
    const { issue } = await readTypesetPdf('city-xe-one-16k')
    const doc = issue.documents.find((d) => d.docNumber === '兴政办发〔2022〕8号')
    expect(doc?.title).toBe('关于印发兴县培育乡村e镇工作实施方案的通知')
    expect(doc?.category).toBe('县（市、区）文件')
    expect(doc?.date).toBe('2022-05-06')
  }, 60_000)
})

describe('a 栏目 band over a title found by its 目录 title', () => {
  const lines = (texts: string[]): SourceLine[] => texts.map((text, k) => ({ no: k + 1, text }))
  const title = '沮州市人民政府办公室转发国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见的通知'
  it('is no line of the title (city-xe-one-toc1no, page 17)', () => {
    const body = lines([
      '国务院办公厅',
      '二〇〇四年一月十六日',
      '（本文有删减）',
      '市 政 府 办 公 室 转 发 文 件',
      '',
      '沮州市人民政府办公室转发国务院办公厅关于全面推行行政执法公示制度',
      '执法全过程记录制度重大执法决定法制审核制度的指导意见的通知',
      '（沮政办发〔2022〕14 号）',
      '各县（市、区）人民政府，沮州市人民政府各部门：',
      '现将《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118 号）转发给你们，请结合实际认真贯彻执行。',
    ])
    const spans = splitDocuments(body, 0, [{ category: '市政府办公室转发文件', title, docNumber: null, page: 15 }])
    expect(spans.map((s) => s.header)).toEqual([[5, 6]])
    expect(spans[0].docNumber).toBe('沮政办发〔2022〕14号')
    expect(spans[0].section).toBe('市政府办公室转发文件')
  })
  it('leaves the 转发 under its own 栏目 (city-xe-one-toc1no.pdf)', async () => {
    const { issue } = await readTypesetPdf('city-xe-one-toc1no')
    expect(issue.documents).toHaveLength(10)
    const doc = issue.documents.find((d) => d.docNumber === '沮政办发〔2022〕14号')
    expect(doc?.category).toBe('市政府办公室转发文件')
    expect(doc?.date).toBe('2022-05-12')
  }, 60_000)
})
