// A 转发 notice holds the document it forwards (its title and 文号 after the notice's own closing):
// named by the notice's title and cited by its text, they are the genre's, a light note, not
// TITLE_IN_BODY and STRAY_NUMBER. Real text: city-xe-one-toc1no's 转发 of 国办发〔2018〕117号.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../src/shared/domain'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { assess, isDoubtful, type TocFacts } from '../../../src/main/importer/parse/confidence'
import { forwardedParts, namedTitles } from '../../../src/main/importer/parse/forwarded-parts'

const file = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'city-xe-one-toc1no', 'city-xe-one-toc1no.txt')
const issue = parseIssue(readFileSync(file, 'utf8'))
const notice = issue.documents.find((d) => d.docNumber === '沮政办发〔2022〕17号') as ParsedDocument
const facts: TocFacts = { hasToc: true, entry: issue.toc.find((e) => e.title.endsWith(notice.title)) ?? null, numberFromToc: false, previousPage: null, sectionClash: false }
const codes = (doc: ParsedDocument): string[] => assess(doc, facts, issue.meta).reasons.map((r) => r.code)

describe('a 转发 notice’s forwarded title and 文号', () => {
  it('are found right after the notice’s closing', () => {
    const parts = [...forwardedParts(notice)].map((i) => notice.blocks[i].text.replace(/\s+/g, ''))
    expect(parts).toEqual(['国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知', '国办发〔2018〕117号'])
  })
  it('make a light note, not a doubt', () => {
    const got = codes(notice)
    expect(got).toContain('FORWARDED_INSIDE')
    expect(got).not.toContain('TITLE_IN_BODY')
    expect(got).not.toContain('STRAY_NUMBER')
    expect(isDoubtful(assess(notice, facts, issue.meta).confidence)).toBe(false)
  })
  it('still doubt a notice that took the forwarded document’s date', () => {
    const taken = { ...notice, date: '2018-12-05', blocks: [...notice.blocks, { kind: 'date' as const, text: '2018年12月5日' }] }
    expect(forwardedParts(taken).size).toBe(0)
    expect(codes(taken)).toEqual(expect.arrayContaining(['TITLE_IN_BODY', 'STRAY_NUMBER']))
  })
  it('are named by the notice’s title with or without the 的 the forwarded title prints (govcn-52)', () => {
    const named = namedTitles('国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知', [])
    expect(named.some((t) => t.includes('关于内地西藏班（校）扩大规模有关问题的请示'.replace(/的/g, '')))).toBe(true)
    expect(namedTitles('关于印发兴县培育乡村e镇工作实施方案的通知', [])).toEqual([])
  })
})
