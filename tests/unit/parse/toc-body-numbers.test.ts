// city-docx-sw-toctable: the 目录 is a borderless Word table of title and page, with no 文号
// column. Its page 7 sets the 46号's head at the left column's foot as city-docx-sw-s0 does, and
// pdftotext writes the head whole as one block ('兴县人民政府关于 2022 年不动' / '产解遗及清零行动补缴出让金' /
// '方案和土地合宗的请示的批复' / '（兴政函〔2022〕46 号）', lines 1042–1045) among the right column's
// lines. Without a 文号 for the entry the 目录 said nothing of that block, the page was read with
// the head apart, and the 46号 was lost into the 50号 (title holding two). The 文号 the body prints
// right under the entry's title spelt whole names that entry.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { tocAnchors, tocTitleOf } from '../../../src/main/importer/parse/toc-anchors'
import { withBodyNumbers } from '../../../src/main/importer/parse/toc-body-numbers'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text } from '../../support/typeset-files'

const entries = [
  { category: '县（市、区）政府文件', title: '兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知', docNumber: null, page: 6 },
  { category: '县（市、区）政府文件', title: '兴县人民政府关于2022年不动产解遗及清零行动补缴出让金方案和土地合宗的请示的批复', docNumber: null, page: 7 },
  { category: '县（市、区）政府文件', title: '兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复', docNumber: null, page: 7 },
]

/** The text's lines 1030–1054 (page 7's lower half: the 通知's closing, the 46号's head, the 50号's). */
function cut(): ReturnType<typeof splitLines> {
  const lines = text('city-docx-sw-toctable').split('\n').slice(1029, 1054)
  expect(lines.slice(12, 16)).toEqual(['兴县人民政府关于 2022 年不动', '产解遗及清零行动补缴出让金', '方案和土地合宗的请示的批复', '（兴政函〔2022〕46 号）'])
  return splitLines(lines.join('\n'))
}

describe('a 目录 without 文号: the body’s heads name its entries', () => {
  it('gives an entry the 文号 printed right under its title spelt whole', () => {
    const anchors = withBodyNumbers(tocAnchors(entries), cut(), 0)
    expect(tocTitleOf(anchors, '兴政函〔2022〕46号')).toBe('兴县人民政府关于2022年不动产解遗及清零行动补缴出让金方案和土地合宗的请示的批复')
    // Titles are kept folded (NFKC): the brackets half-width.
    expect(tocTitleOf(anchors, '兴政函〔2022〕50号')).toBe('兴县人民政府关于兴县经济技术开发区控制性详细规划(2021-2035)的批复')
    // The 通知 has no head on these lines: no 文号 for it.
    expect([...anchors.byNumber.values()].includes(0)).toBe(false)
  })

  it('leaves an entry the 目录 gives a 文号 as it is, and a 文号 by two titles alone', () => {
    const listed = entries.map((e, k) => (k === 1 ? { ...e, docNumber: '兴政函〔2022〕47号' } : e))
    const anchors = withBodyNumbers(tocAnchors(listed), cut(), 0)
    expect(tocTitleOf(anchors, '兴政函〔2022〕46号')).toBeUndefined()
    expect(tocTitleOf(anchors, '兴政函〔2022〕47号')).toBe(entries[1].title)
    const twice = [...entries, { ...entries[1], category: '五、人事任免' }]
    expect(tocTitleOf(withBodyNumbers(tocAnchors(twice), cut(), 0), '兴政函〔2022〕46号')).toBeUndefined()
  })

  it('gives the issue the 46号 with its title and date (city-docx-sw-toctable)', () => {
    const docs = parseIssue(text('city-docx-sw-toctable')).documents
    const doc = docs.find((d) => d.docNumber === '兴政函〔2022〕46号')
    expect(doc?.title).toBe('关于2022年不动产解遗及清零行动补缴出让金方案和土地合宗的请示的批复')
    expect(doc?.date).toBe('2022-05-26')
    expect(docs.find((d) => d.docNumber === '兴政函〔2022〕50号')?.title).toBe('关于兴县经济技术开发区控制性详细规划（2021-2035）的批复')
  })
})
