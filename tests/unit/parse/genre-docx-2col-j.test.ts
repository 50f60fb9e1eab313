// A Word issue in two columns whose odd pages print their 栏目 as the running head
// (tests/fixtures/typeset/tuning/county-docx-2col-j, python-docx → LibreOffice): a title set
// under its 文号 at a column's foot runs on to the next page, and the text keeps the running
// head '县政府文件' between the title's lines. The texts are the tuning files; the documents
// expected are its truth's.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { startsAfterStop } from '../../../src/main/importer/parse/text-breaks'
import { typesetText, typesetTruth } from '../../support/typeset-files'

const LAYOUT = 'county-docx-2col-j'
const truth = typesetTruth(LAYOUT)

describe('a title under its 文号 that runs on past a page whose running head is a 栏目', () => {
  for (const [name, text] of [['plain text', typesetText(LAYOUT)], ['-layout text', readLayoutColumns(typesetText(LAYOUT, 'layout.txt'))]]) {
    it(`finds every document of ${name}, the title read over the running head`, () => {
      const docs = parseIssue(text).documents
      expect(docs.map((d) => d.docNumber)).toEqual(truth.map((d) => d.docNumber))
      const carried = docs.find((d) => d.docNumber === '兴政函〔2022〕51号')
      expect(carried?.title).toBe(truth[3].title)
    })
  }
})

describe('the closing formula after a last sentence that filled its line', () => {
  it('starts a paragraph of its own; a sentence that begins 特此 does not', () => {
    const next = (text: string): Parameters<typeof startsAfterStop>[0] => ({ text, kind: 'paragraph', gap: 0, edge: 'short' })
    expect(startsAfterStop(next('特此承诺。'))).toBe(true)
    expect(startsAfterStop(next('特此通知。'))).toBe(true)
    expect(startsAfterStop(next('特此向各单位说明如下：'))).toBe(false)
  })

  it('parts 兴政函〔2022〕51号’s 特此承诺。 from the paragraph over it in plain text', () => {
    const doc = parseIssue(typesetText(LAYOUT)).documents.find((d) => d.docNumber === '兴政函〔2022〕51号')!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('特此承诺。')
    expect(blocks.some((b) => b.endsWith('预支指标计入我县国土空间总体规划空间规模。'))).toBe(true)
  })
})
