// Lines pdftotext writes after a page's folio (tests/fixtures/typeset/tuning, real text): where
// the folio sits in the left foot corner, pdftotext reads it after the left column, then the right
// column's lines it had not placed yet. A document's closing written there is the right column's
// foot, and stands under a finished paragraph there, not under the left column's open line.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { linesAfterFolio, pageStarts } from '../../../src/main/importer/parse/text-pages'
import { REPO_ROOT } from '../../support/sample'

const tuning = (layout: string): string =>
  readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', layout, `${layout}.txt`), 'utf8')

describe('the lines written after a page’s folio (county-docx-2col-b)', () => {
  const lines = splitLines(tuning('county-docx-2col-b'))
  const after = linesAfterFolio(lines)
  const starts = pageStarts(lines)
  const onPage = (p: number): string[] => [...after].filter((i) => i >= starts[p - 1] && i < (starts[p] ?? lines.length)).map((i) => lines[i].text.trim())

  it('are the right column’s lines the page’s folio ‘-2-’ stands before', () => {
    // Page 4 (body page 2): the left column ends with 44 号's '…关于当前建设用地报批'; the folio
    // '-2-' follows it in the text, then 44 号's closing from the right column's foot.
    expect(onPage(4)).toEqual(['兴县人民政府', '二〇二二年五月二十四日', '公开属性：主动公开'])
  })

  it('are none on a page whose folio is its last line', () => {
    expect(onPage(5)).toEqual([])
    // The cover has no folio: nothing on it is written after one.
    expect(onPage(1)).toEqual([])
  })
})

describe('a closing written after the folio is read at the right column’s foot (county-docx-2col-b)', () => {
  // Page 4: 10 号's rest and its closing (六月九日) in the left column, then 44 号's 文号, title
  // and first paragraphs; the right column goes on with 44 号 down to '特此承诺。', and its
  // closing (五月二十四日) comes after the folio. Read under the left column's open line
  // '…在县财政可承受前提下，' the two documents traded dates.
  const docs = parseIssue(tuning('county-docx-2col-b')).documents

  it('gives each document its own date', () => {
    expect(docs.find((d) => d.docNumber === '兴政发〔2022〕10号')?.date).toBe('2022-06-09')
    expect(docs.find((d) => d.docNumber === '兴政函〔2022〕44号')?.date).toBe('2022-05-24')
  })
})
