// swap-2col-bands2 (prov-2col-bands' look printed with other texts, the s47 text-swap sweep's round
// 5, now a tuning fixture), in -layout text read in columns: a document's title set across the page
// over a band of two columns ('国务院办公厅关于同意以深圳市名义申办 2011 年第 26 届世界大学生夏季' /
// '运动会的复函') is wider than a column. Plain text's reading of rows that join a line of each
// column took its first line for two ('…申办 2011 年第' | '26 届世界大学生夏季'), the left part
// filling a column exactly, and read the right column's signature date between them: the title came
// out '…申办2011年第二〇〇四年十二月十七日26届…', the document out of the 目录 under another 栏目.
// The 目录 spells the whole line inside that title: a title's line, never two merged.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { runsOf } from '../../../src/main/importer/parse/text-streams'
import { pageWidths } from '../../../src/main/importer/parse/text-page-widths'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { spelledLine, tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { typesetText } from '../../support/typeset-files'

const TITLE = '关于同意以深圳市名义申办2011年第26届世界大学生夏季运动会的复函'

describe('a title’s line set across the page, wider than a column, in text read in columns', () => {
  const read = readLayoutColumns(typesetText('swap-2col-bands2', 'layout.txt'))

  it('is one unit of the page’s runs when the 目录 spells it, two merged lines when it does not', () => {
    const lines = splitLines(read)
    const anchors = tocAnchors(parseToc(lines).entries)
    const at = lines.findIndex((l) => l.text.trim() === '国务院办公厅关于同意以深圳市名义申办 2011 年第 26 届世界大学生夏季')
    expect(spelledLine(anchors, lines[at].text)).toBe(true)
    // The page's column width, in display cells (a hanzi takes two).
    const full = pageWidths(lines, 0)!(at)
    const units = (listed?: (t: string) => boolean) => runsOf(lines, at - 3, at + 12, full, undefined, listed).flat().filter((u) => u.line === at)
    expect(units().map((u) => u.text)).toEqual(['国务院办公厅关于同意以深圳市名义申办 2011 年第', '26 届世界大学生夏季'])
    expect(units((t) => spelledLine(anchors, t))).toHaveLength(0)
  })

  it('gives the document its title whole, under the 目录’s 栏目', () => {
    const doc = parseIssue(read).documents.find((d) => d.docNumber === '国办函〔2004〕88号')
    expect(doc?.title).toBe(TITLE)
    expect(doc?.category).toBe('国务院办公厅文件')
  })
})
