// A column's line pdftotext writes a few rows late on a page written line by line
// (city-docx-sw-s0, LibreOffice's PDF of a Word section in two columns): read where it was due, the
// streams no longer cross there. The paragraphs expected are the fixture's truth.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams } from '../../../src/main/importer/parse/text-streams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

/** The non-blank lines of a layout's text as the columns are read. */
const readLines = (layout: string): string[] =>
  readStreams(blankFurniture(splitLines(text(layout)), 0), 0)
    .filter((l) => !isBlank(l.text))
    .map((l) => l.text.trim())

/** The truth's paragraphs that start so, and the paragraphs the parsed issue holds, flat. */
function paragraphs(layout: string, starts: string[]): { want: string[]; got: Set<string> } {
  const all = truth(layout).flatMap((d) => d.paragraphs.map(flat))
  const want = starts.map((s) => all.find((p) => p.startsWith(flat(s))) ?? s)
  return { want, got: new Set(parseIssue(text(layout)).documents.flatMap((d) => d.blocks.map((b) => flat(b.text)))) }
}

describe('a column’s line written a few rows late', () => {
  it('goes back after the line it goes on from (page 4: 涉及国家秘 / 密、商业秘密)', () => {
    // pdftotext wrote '开行政执法…涉及国家秘' four of the left column's rows late, after '…要及时予以更正。'.
    const out = readLines('city-docx-sw-s0')
    const k = out.indexOf('体、办事大厅公示栏、服务窗口等平台向社会公')
    expect(out.slice(k + 1, k + 3)).toEqual(['开行政执法基本信息、结果信息。涉及国家秘', '密、商业秘密、个人隐私等不宜公开的信息，依'])
  })

  it('leaves the streams uncrossed after it: each column’s paragraphs whole', () => {
    // Page 4's columns go on past the late line; page 6's late line ('挖掘，发挥人工智能…') ends
    // （十七）'s first half; page 14's ('查员选聘和入户开户工作，…') sits in the right column beside
    // the left's name list.
    const { want, got } = paragraphs('city-docx-sw-s0', ['行政执法公示是保障行政相对人', '行政执法全过程记录是行政执法活动', '（十七）强化智能应用。', '国家统计局兴县调查队要统筹抓好人员调配'])
    for (const p of want) expect(got.has(p), p.slice(0, 12)).toBe(true)
  })

  it('moves no line on a page written in turn without one (county-docx-sw-cflow page 8)', () => {
    // '认真分析总结清洁取暖推进过程中的问题，建立' reads on from '…各乡镇各相关单位要' by chance: it stays.
    const out = readLines('county-docx-sw-cflow')
    const k = out.indexOf('认真分析总结清洁取暖推进过程中的问题，建立')
    expect(k).toBeGreaterThan(0)
    expect(out[k - 1]).not.toMatch(/各乡镇各相关单位要$/)
  })
})
