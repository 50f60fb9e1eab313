// Honest wording (issue 14): a 目录 entry with no document is the gazette's own gap only when the
// 目录 was read; when most entries find no document, each is the importer's doubt (无法确定).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { groupWarnings, warningKind } from '../../../src/shared/warning-kind'
import { SAMPLE_TXT } from '../../support/sample'

const TEXT = readFileSync(SAMPLE_TXT, 'utf8')

describe('warnings keep the gazette apart from the importer', () => {
  it('the sample: 17号 is listed in the 目录 and not printed — the gazette\'s own', () => {
    const w = parseIssue(TEXT).warnings
    expect(w).toEqual([{ code: 'TOC_ENTRY_WITHOUT_BODY', message: '目录列出但正文未收录：兴政办函〔2022〕17号', docNumber: '兴政办函〔2022〕17号' }])
    expect(groupWarnings(w).map((g) => g.kind)).toEqual(['gazette'])
  })

  it('a body cut to its first documents: the 目录 entries left over are 无法确定, not blamed on the gazette', () => {
    const lines = TEXT.split('\n')
    const cut = lines.findIndex((l) => l.startsWith('兴县人民政府 关于申请'))
    expect(cut).toBeGreaterThan(400)
    const w = parseIssue(lines.slice(0, cut).join('\n')).warnings
    const codes = new Set(w.map((x) => x.code))
    expect(codes.has('TOC_ENTRY_WITHOUT_BODY')).toBe(false)
    const unsure = w.filter((x) => x.code === 'TOC_ENTRY_NOT_FOUND')
    expect(unsure.length).toBeGreaterThan(20)
    expect(unsure.every((x) => x.message.startsWith('无法确定：目录条目未能与正文对应') && warningKind(x) === 'uncertain')).toBe(true)
  })

  it('every doubt the parser raises says 无法确定', () => {
    const doubts = ['BODY_WITHOUT_TOC_ENTRY', 'MISSING_DOC_NUMBER', 'MISSING_DATE', 'DUPLICATE_DOC_NUMBER', 'TOC_ENTRY_NOT_FOUND'] as const
    expect(doubts.map((code) => warningKind({ code }))).toEqual(doubts.map(() => 'uncertain'))
    expect(warningKind({ code: 'OTHER' })).toBe('other')
  })
})
