// A decree's name wrapped in a narrow column: swap-xe-3col-mast1 (sweep_swap.py, round 3) sets
// '中华人民共和国国务院令' at 17 pt in a column of three, and the PDF reader hands the parser
// '中华人民共和国国务' over '院令' over '第 706 号'. The name was read on one line only, so the
// decree went unseen: its document kept the decree's name for a title and the premier for its
// issuer. Here state-pdfkit's text, whose decree stands on one line, with its name wrapped so.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const file = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'state-pdfkit', 'state-pdfkit.txt')
const text = readFileSync(file, 'utf8')

describe('a decree whose name wraps onto a second line', () => {
  const decreeOf = (t: string) => parseIssue(t).documents.find((d) => d.docNumber?.includes('令'))

  it('is read as on one line', () => {
    expect(text).toMatch(/^中华人民共和国国务院令$/m)
    const wrapped = text.replace(/^中华人民共和国国务院令$/m, '中华人民共和国国务\n院令')
    const one = decreeOf(text)!
    const two = decreeOf(wrapped)!
    expect(two.docNumber).toBe('中华人民共和国国务院令 第706号')
    expect([two.title, two.issuers]).toEqual([one.title, one.issuers])
    expect(two.title).toBe('专利代理条例')
  })

  it('needs the short rest to end the name: a line that only starts one is no decree', () => {
    const cut = text.replace(/^中华人民共和国国务院令$/m, '中华人民共和国国务\n院令及其他')
    expect(decreeOf(cut)).toBeUndefined()
  })
})
