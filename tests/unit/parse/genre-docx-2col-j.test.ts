// A Word issue in two columns whose odd pages print their 栏目 as the running head
// (tests/fixtures/typeset/tuning/county-docx-2col-j, python-docx → LibreOffice): a title set
// under its 文号 at a column's foot runs on to the next page, and the text keeps the running
// head '县政府文件' between the title's lines. The texts are the tuning files; the documents
// expected are its truth's.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
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
