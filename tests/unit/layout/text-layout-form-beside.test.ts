// A page of a Word issue in two columns (tuning county-lo-total, page 10): the left column goes on
// with a 制度's numbered text, full line after full line, while the right column holds the
// document's closing, its attachment's title and the attachment, a 推荐表 form whose labels stand
// one character a row ('政' / '治' / '面' / '貌'), then the next document's 文号 and title.
// pdftotext -layout sets the form's cells wherever the left line leaves room, so most rows start
// right text at the form's second column: no gutter there read the page, and it stayed unread,
// the two columns woven row by row (the next document lost).
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { isTwoColumns } from '../../../src/main/importer/layout/text-layout-runs'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const text = readLayoutColumns(typesetText('county-lo-total', 'layout.txt'))
const page10 = text.split('\f')[9].split('\n').map((l) => l.trim()).filter((l) => l !== '')

describe('a left column of text beside a form set in the right column', () => {
  it('is read left column first, the form after it', () => {
    const last = page10.indexOf('荐表》')
    expect(page10.slice(page10.indexOf('和效率，全面推动县乡机关工作提标提质提效，'), last).every((l) => !/ {3,}/.test(l))).toBe(true)
    expect(page10.indexOf('兴县人民政府办公室跟班轮训人员推荐表')).toBeGreaterThan(last)
    expect(page10.indexOf('兴政办函〔2022〕6 号')).toBeGreaterThan(page10.indexOf('兴县人民政府办公室跟班轮训人员推荐表'))
  })

  it('finds the document that starts under the form', () => {
    const issue = parseIssue(text)
    expect(issue.documents.find((d) => d.docNumber === '兴政办函〔2022〕6号')?.title).toBe('关于更新行政执法主体的通知')
  })

  it("is no reading where the left side holds a gap of its own (the form's first cells)", () => {
    const row = (left: string, right: string): Row => ({ kind: 'both', left, right })
    const full = '和效率，全面推动县乡机关工作提标提质提效，'
    const run = Array.from({ length: 12 }, (_, k) => row(k % 3 === 0 ? `${full}         基` : full, '    性  出'))
    expect(isTwoColumns(run)).toBe(false)
    expect(isTwoColumns(run.map((r) => (r.kind === 'both' ? row(full, r.right) : r)))).toBe(true)
  })
})
