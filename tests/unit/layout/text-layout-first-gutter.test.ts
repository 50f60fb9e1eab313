// A page of three columns whose third holds a form (city-web-3col-song page 15, the nu session's
// unseen sibling of the held-out city-web-3col): the 推荐表's labels, letter-spaced in their cells
// ('学 历 制 教 院校'), start a cell on every piece, so the most rows start past the SECOND gutter.
// Cut there, the left side (the first two columns) and the right one (the form over a document's
// head) made no two columns and the page was left as pdftotext wrote it: two documents lost. Cut
// at the first gutter, the right side holds the other two and is read again.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const NAME = 'city-web-3col-song'
const text = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', NAME, `${NAME}.layout.txt`), 'utf8')

describe('a page of three columns with a form in the third (city-web-3col-song, page 15)', () => {
  const page = readLayoutColumns(text).split('\f')[14].split('\n').map((r) => r.trim())

  it('reads the first column down before the second', () => {
    const title = page.indexOf('兴县人民政府办公室关于建')
    expect(title).toBeGreaterThan(0)
    expect(page.slice(title + 1, title + 4)).toEqual(['立县乡机关干部跟班轮训制', '度的通知', '兴政办函〔2022〕3号'])
    // The first column's last line comes before the second column's first.
    expect(page.indexOf('要求。')).toBeLessThan(page.indexOf('三、实施方法'))
  })

  it('finds both documents the page opens', () => {
    const docs = parseIssue(readLayoutColumns(text)).documents
    const notice = docs.find((d) => d.docNumber === '兴政办函〔2022〕3号')
    expect(notice?.title).toBe('关于建立县乡机关干部跟班轮训制度的通知')
    expect(docs.find((d) => d.docNumber === '兴政函〔2022〕35号')?.title).toBe('关于申请培育乡村e镇工作的报告')
  })
})
