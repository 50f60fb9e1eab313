// Titles set as the issuer's name on a line of its own over the 关于… line, in two columns. In
// county-xe-issuer.txt (tests/fixtures/typeset/tuning, lines 263–273) a document's 文号 and issuer
// line end the left column and its 关于… lines head the right one, which pdftotext writes first:
// the title stands without its issuers, far from its 文号. The 目录 lists it with them.
import { describe, expect, it } from 'vitest'
import type { ParsedDocument, TocEntry } from '../../../src/shared/domain'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'
import { titlesFromToc } from '../../../src/main/importer/parse/toc-titles'

const text = [
  '正的原则，依法依规办理。',
  '兴县人民政府',
  '二○二二年五月十三日',
  '',
  '部门文件',
  '',
  '兴县人民政府公报 2022 年第 16 期',
  '',
  '关于将新建兴县至保德县地方铁路二期工程瓦',
  '塘至冯家川复线项目（兴县段）纳入当地国土',
  '空间总体规划（2021-2035 年）的承诺函',
  '',
  '（此件公开发布）',
  '兴政函 (2022)44 号',
  '',
  '兴县人民政府',
  '关于将兴县经济技术开发区 2022 年第 1 批次',
  '建设用地项目纳入当地国土空间总体规划',
  '(2021-2035 年) 的承诺函',
  '山西省自然资源厅:',
].join('\n')

const toc: TocEntry[] = [
  { category: '县政府文件', title: '兴县人民政府关于将兴县经济技术开发区2022年第1批次建设用地项目纳入当地国土空间总体规划(2021-2035年)的承诺函', docNumber: '兴政函〔2022〕44号', page: 3 },
  { category: '县政府文件', title: '兴县人民政府关于将新建兴县至保德县地方铁路二期工程瓦塘至冯家川复线项目（兴县段）纳入当地国土空间总体规划（2021-2035年）的承诺函', docNumber: '兴政函〔2022〕51号', page: 3 },
]

describe('a title printed without its issuer line (county-xe-issuer.txt 263–282)', () => {
  const lines = splitLines(text)
  const spans = splitDocuments(lines, 0, toc)

  it('is found by the 目录 title from 关于 on', () => {
    expect(spans.map((s) => s.header.map((i) => lines[i].text.trim()).join(''))).toEqual([
      '关于将新建兴县至保德县地方铁路二期工程瓦塘至冯家川复线项目（兴县段）纳入当地国土空间总体规划（2021-2035 年）的承诺函',
      '兴县人民政府关于将兴县经济技术开发区 2022 年第 1 批次建设用地项目纳入当地国土空间总体规划(2021-2035 年) 的承诺函',
    ])
    expect(spans.map((s) => s.docNumber)).toEqual([null, '兴政函〔2022〕44号'])
  })

  it('takes the issuers the 目录 lists with that title', () => {
    const doc = { title: '关于将新建兴县至保德县地方铁路二期工程瓦塘至冯家川复线项目（兴县段）纳入当地国土空间总体规划（2021-2035年）的承诺函', docNumber: null, issuers: [], issuer: null, docType: '函' } as unknown as ParsedDocument
    titlesFromToc([doc], toc)
    expect(doc.issuers).toEqual(['兴县人民政府'])
  })

  it('is not looked for from 关于 on when what stands before 关于 is no issuer', () => {
    const other: TocEntry[] = [{ category: '县政府文件', title: '转发关于将新建兴县至保德县地方铁路二期工程瓦塘至冯家川复线项目（兴县段）纳入当地国土空间总体规划（2021-2035年）的承诺函', docNumber: null, page: 3 }]
    expect(splitDocuments(lines, 0, other).some((s) => s.docNumber === null)).toBe(false)
  })
})
