// A -layout page in three columns (prov-xe-3col-answers-b.layout.txt, page 14): a middle column's
// line with digits in it ('2004 年 4 月 16 日至 18 日，') takes a cell for each digit and each
// space beside one, half an em wide, so the right column's text after it starts past the gutter's
// window. Read as a row set across the page, it cut the page's run in two and lost the title set
// in the left column beside it (a 复函 printed without 文号).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'prov-xe-3col-answers-b')
const text = readFileSync(join(DIR, 'prov-xe-3col-answers-b.layout.txt'), 'utf8')

describe('a column line with digits pushing the next column past the gutter window', () => {
  const row = '                        2004 年 4 月 16 日至 18 日， 但这一产品制造难度大、技术复'

  it('is cut at the lone space after it, the right part set where its digits would put it', () => {
    const kind = rowKind(row, 38, 30)
    expect(kind.kind).toBe('both')
    if (kind.kind !== 'both') return
    expect(kind.left.trim()).toBe('2004 年 4 月 16 日至 18 日，')
    expect(kind.right).toBe(' 但这一产品制造难度大、技术复')
  })

  it('a row of hanzi only, its lone space as far past the gutter, is still set across', () => {
    expect(rowKind('                        二〇〇四年四月十六日至十八日，曾培炎副总理率国务 但这一产品制造难度大', 38, 30).kind).toBe('across')
  })

  it('keeps the page in one run: the 复函 beside it is found with its title whole', () => {
    const titles = parseIssue(readLayoutColumns(text)).documents.map((d) => d.title)
    expect(titles).toContain('关于广东与香港、澳门合建自动气象站网有关问题的复函')
  })
})
