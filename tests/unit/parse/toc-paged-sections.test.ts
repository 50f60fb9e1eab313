// Word's own TOC field lists the 栏目 (heading level 1) with a page, as it lists the documents
// (county-docx-realworld.docx): '第一部分　县人民政府文件<tab>1' heads a section, it is no entry.
import { describe, expect, it } from 'vitest'
import { parseToc } from '../../../src/main/importer/parse/toc'

const lines = (texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }))

describe('a 目录 whose section headings carry pages', () => {
  it('reads a numbered or bracketed heading with a page as the section of the entries under it', () => {
    const toc = parseToc(lines([
      '目　　录',
      '第一部分　县人民政府文件\t1',
      '兴县人民政府关于申请培育乡村e镇工作的报告\t6',
      '【部门联合发文】\t14',
      '兴县人力资源和社会保障局 兴县财政局关于印发2022年兴县冬季清洁取暖工作方案的通知（兴人社发〔2022〕23号）\t14',
      '',
      '正文从这里开始，这是一段很长的正文，不是目录的内容。',
    ]))
    expect(toc.sections).toEqual(['县人民政府文件', '部门联合发文'])
    expect(toc.entries.map((e) => [e.category, e.page])).toEqual([['县人民政府文件', 6], ['部门联合发文', 14]])
  })

  it('reads a section named for a 文种 as a section (【市政府令】)', () => {
    const toc = parseToc(lines(['目　　录', '【市政府令】\t1', '云岭市人民政府令（第3号）\t1', '专利代理条例\t1', '【县区文件】\t3', '兴县人民政府关于向兴县城乡基础设施建设投资有限公司增加资本金的通知（兴政函〔2022〕55号）\t3']))
    expect(toc.sections).toEqual(['市政府令', '县区文件'])
    expect(toc.entries.map((e) => e.category)).toEqual(['市政府令', '市政府令', '县区文件'])
  })

  it('keeps a numbered document with a page an entry (a 文种 ends it)', () => {
    const toc = parseToc(lines(['目　　录', '一、县政府文件', '一、政府工作报告\t3', '二、关于加强安全生产的通知\t9']))
    expect(toc.entries.map((e) => e.title)).toEqual(['一、政府工作报告', '二、关于加强安全生产的通知'])
  })
})
