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

  it('keeps a numbered document with a page an entry (a 文种 ends it)', () => {
    const toc = parseToc(lines(['目　　录', '一、县政府文件', '一、政府工作报告\t3', '二、关于加强安全生产的通知\t9']))
    expect(toc.entries.map((e) => e.title)).toEqual(['一、政府工作报告', '二、关于加强安全生产的通知'])
  })
})
