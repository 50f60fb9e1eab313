// The last page of city-xe-toc2dec-b.layout.txt: a 禁毒委员会's member list runs on in the left
// column (names and posts, eleven ems at most) beside the notice's last paragraphs, its signature
// and date in the right one. The left column is narrower than a column of text, so the run was
// not read as two columns: rows woven, the notice took the date of the document before it.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { besideList } from '../../../src/main/importer/layout/text-layout-runs'
import { findGutter, rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const text = typesetText('city-xe-toc2dec-b', 'layout.txt')
const page = text.split('\f').find((p) => p.includes('王爱明县人行副行长'))!.split('\n')
const body = page.slice(3, 22)
const gutter = findGutter(body.filter((r) => r.trim() !== ''), 46)!
const run = body.map((r) => rowKind(r, gutter, 12))

describe('a name list in the left column beside a column of text', () => {
  it('is two columns when the right side is no wider than the columns the page before showed', () => {
    expect(besideList(run, 20.5)).toBe(true)
    expect(besideList(run, 12)).toBe(false)
    expect(besideList(run, null)).toBe(false)
  })

  it('gives the notice its own date and public marker', () => {
    const doc = parseIssue(readLayoutColumns(text)).documents.find((d) => d.title.includes('禁毒委员会'))!
    expect(doc.date).toBe('2022-06-09')
  })
})
