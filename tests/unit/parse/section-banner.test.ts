// A 栏目 banner the column reading put inside the document before (county-web-mixed.txt: the
// banner 三、部门联合发文 over three columns, read with the two-column page before it): the split
// carries the earlier 栏目 over to the documents after it, so they must be doubtful, naming the
// banner, whether or not the 目录 listed the 栏目 the issue had before.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument, ParsedIssue } from '../../../src/shared/domain'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import { isSectionLine } from '../../../src/main/importer/parse/sections'
import { parseIssueTraced, parserText, withoutLines } from '../../support/perturb'

const DIR = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'county-web-mixed')
const whole = parserText(readFileSync(join(DIR, 'county-web-mixed.txt'), 'utf8'))
// The 目录 read (toc-fragments) names every document's 栏目; with one of its pages lost it is not
// read, and only the body's banners say where a 栏目 starts.
const text = withoutLines(whole, [whole.split('\n').findIndex((l, i, all) => i > all.findIndex((x) => x.trim() === '目 录') && l.trim() === '9') + 1])
const truth = JSON.parse(readFileSync(join(DIR, 'county-web-mixed.truth.json'), 'utf8')) as { documents: { docNumber: string | null; category: string }[] }
const codes = (d: ParsedDocument): string[] => (d.reasons ?? []).map((r) => r.code)

/** Documents (with a 文号 the truth has) whose 栏目 is not the truth's. */
function misfiled(issue: ParsedIssue): ParsedDocument[] {
  return issue.documents.filter((d) => {
    const t = truth.documents.find((x) => x.docNumber !== null && x.docNumber === d.docNumber)
    return t !== undefined && d.category !== t.category
  })
}

/**
 * The misfiled documents are all doubtful for `code`, whose message names the banner. Since the
 * plain text's pages in three columns are split at their own width (text-widths pageWidths), the
 * banner is read where it stands and 55号 is filed right: none may then be misfiled undoubted.
 */
function expectMisfiledDoubted(issue: ParsedIssue, code: string): ParsedDocument[] {
  const wrong = misfiled(issue)
  const d55 = issue.documents.find((d) => d.docNumber === '兴政函〔2022〕55号')
  expect(d55 && (wrong.includes(d55) || d55.category === truth.documents.find((x) => x.docNumber === d55.docNumber)?.category)).toBe(true)
  for (const d of wrong) {
    expect(isDoubtful(d.confidence ?? 1), d.docNumber ?? '').toBe(true)
    expect(codes(d), d.docNumber ?? '').toContain(code)
    expect(d.reasons?.find((r) => r.code === code)?.message).toContain('“部门联合发文”')
  }
  return wrong
}

describe('a 栏目 named …发文', () => {
  it('is a 栏目 heading (部门联合发文, as 部门文件 is)', () => {
    expect(isSectionLine('三、部门联合发文', new Set())).toBe(true)
  })
})

describe('county-web-mixed.txt: the banner 三、部门联合发文 read inside the document before', () => {
  it('leaves no document with a wrong 栏目 undoubted, and names the banner', () => {
    expectMisfiledDoubted(parseIssueTraced(text).issue, 'SECTION_VS_HEADING')
  })

  it('with no 栏目 read from the 目录, the 栏目 carried over past the banner is doubted too', () => {
    const lines = text.split('\n')
    const toc = lines.findIndex((l) => l.trim() === '目 录')
    const body = lines.indexOf('一、国务院文件', toc + 2)
    // The 目录's 栏目 lines gone: the 目录 names no 栏目, so only the body's banners say where one starts.
    const drop = lines.flatMap((l, i) => (i > toc && i < body && /^[一二三四五]、/.test(l) ? [i + 1] : []))
    expect(drop.length).toBe(5)
    const issue = parseIssueTraced(withoutLines(text, drop)).issue
    const wrong = expectMisfiledDoubted(issue, 'HEADING_NOT_FOLLOWED')
    // Documents whose 栏目 is right are not doubted for it.
    for (const d of issue.documents.filter((x) => !wrong.includes(x))) expect(codes(d), d.title).not.toContain('HEADING_NOT_FOLLOWED')
  })
})
