// A 栏目 banner over three columns in plain text (county-web-mixed.txt: 三、部门联合发文, a page of
// three columns after pages of two): the documents after it are filed under it, even where the
// 目录 names no 栏目 and the banner line itself is lost (the running head over the pages names it).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument, ParsedIssue } from '../../../src/shared/domain'
import { isSectionLine } from '../../../src/main/importer/parse/sections'
import { parseIssueTraced, parserText, withoutLines } from '../../support/perturb'

const DIR = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'county-web-mixed')
const whole = parserText(readFileSync(join(DIR, 'county-web-mixed.txt'), 'utf8'))
// The 目录 read (toc-fragments) names every document's 栏目; with one of its pages lost it is not
// read, and only the body's banners say where a 栏目 starts.
const text = withoutLines(whole, [whole.split('\n').findIndex((l, i, all) => i > all.findIndex((x) => x.trim() === '目 录') && l.trim() === '9') + 1])
const truth = JSON.parse(readFileSync(join(DIR, 'county-web-mixed.truth.json'), 'utf8')) as { documents: { docNumber: string | null; category: string }[] }

/** Documents (with a 文号 the truth has) whose 栏目 is not the truth's. */
function misfiled(issue: ParsedIssue): ParsedDocument[] {
  return issue.documents.filter((d) => {
    const t = truth.documents.find((x) => x.docNumber !== null && x.docNumber === d.docNumber)
    return t !== undefined && d.category !== t.category
  })
}

describe('a 栏目 named …发文', () => {
  it('is a 栏目 heading (部门联合发文, as 部门文件 is)', () => {
    expect(isSectionLine('三、部门联合发文', new Set())).toBe(true)
  })
})

describe('county-web-mixed.txt: the banner 三、部门联合发文 over three columns', () => {
  // Until the plain text's pages in three columns were split at their own width (text-widths
  // pageWidths), the banner was read inside the document before and 兴政函〔2022〕55号 was misfiled
  // (doubted, SECTION_VS_HEADING). Read where it stands, it files every document right.
  it('files every numbered document under its 栏目', () => {
    expect(misfiled(parseIssueTraced(text).issue).map((d) => d.docNumber)).toEqual([])
  })

  it('with no 栏目 read from the 目录 and the banner line itself lost, the running head over its pages still files them', () => {
    const lines = text.split('\n')
    const toc = lines.findIndex((l) => l.trim() === '目 录')
    const body = lines.indexOf('一、国务院文件', toc + 2)
    // The 目录's 栏目 lines gone: the 目录 names no 栏目, so only the body says where one starts.
    const drop = lines.flatMap((l, i) => (i > toc && i < body && /^[一二三四五]、/.test(l) ? [i + 1] : []))
    expect(drop.length).toBe(5)
    const banner = lines.lastIndexOf('三、部门联合发文') + 1
    expect(banner).toBeGreaterThan(body)
    const issue = parseIssueTraced(withoutLines(text, [...drop, banner])).issue
    expect(misfiled(issue).map((d) => d.docNumber)).toEqual([])
    expect(issue.documents.find((d) => d.docNumber === '兴政函〔2022〕55号')?.category).toBe('部门联合发文')
  })
})
