// swap-xe-unbal-b7's -layout text (text-swap round 7, prov-xe-unbal-b's look): a page holding two
// documents side by side, each from its 文号 and title at the top down its own column. The -layout
// reader reads the left column, then the right, as a person does. Plain text's reading of pages
// written block by block (text-closing-order.ts) then took the page for one whose blocks came in
// turn from both columns, and moved the right document's head under the left one's title: the
// 答复 got the 函's title and body. Pages the reader already read keep their lines (keepRead).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readSource } from '../../../src/main/importer/read/read-source'
import { pagesReadInColumns, readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetFile, typesetText } from '../../support/typeset-files'

describe('a page the -layout reader read in columns (swap-xe-unbal-b7.layout.txt)', () => {
  it('is marked read, and a page of one column is not', () => {
    const given = typesetText('swap-xe-unbal-b7', 'layout.txt')
    const read = pagesReadInColumns(given, readLayoutColumns(given))
    const pages = given.split('\f')
    const sideBySide = pages.findIndex((p) => p.includes('石英代表：'))
    expect(read[sideBySide]).toBe(true)
    // The cover and 目录 pages are set in one column.
    expect(read[0]).toBe(false)
  })

  it('keeps each document under its own title', async () => {
    const file = typesetFile('swap-xe-unbal-b7', 'layout.txt')
    const source = await readSource(new Uint8Array(readFileSync(file)), 'swap-xe-unbal-b7.layout.txt')
    expect(source.columnsRead?.some((r) => r)).toBe(true)
    const issue = parseIssue({ text: source.text, lines: source.lines, columnsRead: source.columnsRead })
    const answer = issue.documents.find((d) => d.docNumber === '国办函〔2006〕70号')!
    expect(answer.title).toContain('第2996号建议的答复')
    expect(answer.blocks.map((b) => b.text)).toContain('感谢您对政府工作的关心和支持。')
    const plan = issue.documents.find((d) => d.docNumber === '国办函〔2005〕57号')!
    expect(plan.title).toContain('国家粮食应急预案')
  })
})
