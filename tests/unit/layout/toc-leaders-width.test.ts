// swap-xe-3col-answers1 (prov-xe-3col-answers' look printed with other texts, the s47 text-swap
// sweep's round 4, now a tuning fixture): its 目录 is set in two columns, and in -layout text
// - pdftotext spaces a leader's dots out ('号） . . . . … 第 10页'), so a line with leaders runs
//   cells past its column's edge by as much as it has dots: measured with them, the left column
//   came out 34.5 ems wide beside a right one of 24.5, the page's sides were no two columns, and
//   the 目录 was read across its rows, each entry glued to the one beside it;
// - the right column's banner stands one space after a left entry's page, on a row whose
//   neighbours hold the left column's lines alone ('…39 号） . . . . 第 1页 【建议提案答复】').
// Read wrong, the six entries under 【建议提案答复】 took the banner before it (12 of 72 fields wrong).
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { isTwoColumns } from '../../../src/main/importer/layout/text-layout-runs'
import { splitGluedTocRows } from '../../../src/main/importer/layout/text-layout-toc-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const text = typesetText('swap-xe-3col-answers1', 'layout.txt')
const toc = text.split('\f')[1].split('\n')
/** The 目录's rows under its head, cut at the gutter the page shows (cell 79). */
const kinds = () => toc.slice(2).map((r) => rowKind(r, 79, undefined))

describe('a two-column 目录 in -layout text, its leaders spaced out', () => {
  it('is two columns: the sides are measured by their lines without leaders', () => {
    expect(isTwoColumns(splitGluedTocRows(toc.slice(2), kinds()))).toBe(true)
  })

  it('a left entry ended by its page has the row’s rest cut off as the right column’s, with no right text beside it', () => {
    const rows = toc.slice(2)
    const at = rows.findIndex((r) => r.includes('若干意见（国发〔2018〕39 号）'))
    expect(kinds()[at].kind).toBe('left')
    const row = splitGluedTocRows(rows, kinds())[at]
    expect(row.kind).toBe('both')
    if (row.kind !== 'both') return
    expect(row.left.trim()).toMatch(/^若干意见（国发〔2018〕39 号）[ .]+第 1页$/)
    expect(row.right.trim()).toBe('【建议提案答复】')
  })

  it('reads the 目录 column by column, each entry under its own banner', () => {
    const issue = parseIssue(readLayoutColumns(text))
    const replies = issue.toc.filter((e) => e.category === '建议提案答复').map((e) => e.page)
    expect(replies).toEqual([15, 16, 18, 20, 22, 22])
    expect(issue.toc.filter((e) => e.category === '国务院办公厅文件').map((e) => e.page)).toEqual([10, 11, 13])
    const answer = issue.documents.find((d) => d.docNumber === '国办函〔2005〕69号')
    expect(answer?.category).toBe('建议提案答复')
  })
})
