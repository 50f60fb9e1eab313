// A 目录 whose page stands on the title's line and the 文号 in brackets on the line under it
// (city-xe-dense.txt, tests/fixtures/typeset/tuning, lines 15–22). Read as wrapped text, each
// 文号 opened the next entry's title, the last one ran into the body, and a document was invented.
// And a 栏目 label printed with an ornament inside the column ('■ 县区文件').
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { isSectionLine, sectionName } from '../../../src/main/importer/parse/sections'

const dots = ' . . . . . . . . . . . . . . . . . . . . '
const below = [
  '目',
  '',
  '录',
  '',
  '【县区文件】',
  `兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知${dots}2`,
  '（兴政发〔2022〕10 号）',
  `兴县人民政府关于巡察反馈问题整改落实情况的报告.${dots}3`,
  '（兴政函〔2022〕47 号）',
  '',
  '【部门文件】',
  '兴县人力资源和社会保障局兴县发展和改革局兴县财政局兴县住房和城乡建设管理局关于印发兴县 2022 年度地质灾害防治方案',
  `的通知${dots}6`,
  '（兴人社发〔2022〕20 号）',
  '',
  '鹭江市人民政府公报',
  '',
  '■ 县区文件',
].join('\n')

// The same entries with each 文号 printed above its title: a lone 文号 opens the entry under it.
const above = [
  '目录',
  '【县区文件】',
  '（兴政发〔2022〕10 号）',
  `兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知${dots}2`,
  '（兴政函〔2022〕47 号）',
  `兴县人民政府关于巡察反馈问题整改落实情况的报告${dots}3`,
].join('\n')

describe('目录 with the 文号 under the title', () => {
  it('gives each 文号 to the entry above it', () => {
    const toc = parseToc(splitLines(below))
    expect(toc.entries.map((e) => [e.category, e.title, e.docNumber, e.page])).toEqual([
      ['县区文件', '兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知', '兴政发〔2022〕10号', 2],
      ['县区文件', '兴县人民政府关于巡察反馈问题整改落实情况的报告', '兴政函〔2022〕47号', 3],
      ['部门文件', '兴县人力资源和社会保障局兴县发展和改革局兴县财政局兴县住房和城乡建设管理局关于印发兴县2022年度地质灾害防治方案的通知', '兴人社发〔2022〕20号', 6],
    ])
  })

  it('keeps a 文号 printed above its title with that title', () => {
    const toc = parseToc(splitLines(above))
    expect(toc.entries.map((e) => [e.title, e.docNumber, e.page])).toEqual([
      ['兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知', '兴政发〔2022〕10号', 2],
      ['兴县人民政府关于巡察反馈问题整改落实情况的报告', '兴政函〔2022〕47号', 3],
    ])
  })
})

// county-xe-kai-inner.pdf: a 目录 whose entries print their 文号 inline, the body's first line
// (the first document's 文号 above its title) right under the last entry, which has none.
const inline = [
  '目录',
  '一、县政府文件',
  `兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知（兴政发〔2022〕10 号）${dots}第 1页`,
  '四、人事任免',
  `兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组成人员的通知${dots}第 9页`,
  '兴政发〔2022〕10 号',
  '兴县人民政府关于打造城乡绿色低碳建设运',
].join('\n')

// A decree listed with its number does not say the 目录 prints 文号 inline.
const decree = [
  '目录',
  '【市政府令】',
  `鹭江市人民政府令（第 7 号）${dots}1`,
  `专利代理条例${dots}1`,
  '【县区文件】',
  `兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知${dots}2`,
  '（兴政发〔2022〕10 号）',
].join('\n')

describe('目录 with 文号 inline', () => {
  it('leaves a 文号 line under the last entry to the body', () => {
    const toc = parseToc(splitLines(inline))
    expect(toc.entries.map((e) => e.docNumber)).toEqual(['兴政发〔2022〕10号', null])
  })

  it('still reads 文号 lines under titles after a decree entry', () => {
    const toc = parseToc(splitLines(decree))
    expect(toc.entries.map((e) => e.docNumber)).toEqual(['鹭江市人民政府令 第7号', null, '兴政发〔2022〕10号'])
  })
})

describe('栏目 label with an ornament', () => {
  it('names the section without the ornament', () => {
    expect(sectionName('■ 县区文件')).toBe('县区文件')
    expect(isSectionLine('■ 市政府令', new Set(['市政府令']))).toBe(true)
  })
})
