// checkSameIssue over the sample's 45 documents as the real parser reads them: another reading of the
// same issue passes (titles read otherwise and body text are notes), another issue's does not.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ComparedDocument } from '../../../src/shared/issue-comparison'
import { toCompared } from '../../../src/main/importer/compare-fields'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { checkSameIssue, titleSimilarity } from '../../../src/main/importer/same-issue'
import { SAMPLE_TXT } from '../../support/sample'

let held: ComparedDocument[]
/** A copy of the sample's documents with `change` applied to the one at index `i`. */
const other = (i: number, change: Partial<ComparedDocument>): ComparedDocument[] =>
  held.map((d, k) => (k === i ? { ...d, ...change } : { ...d }))

beforeAll(() => {
  held = parseIssue(readFileSync(SAMPLE_TXT, 'utf8')).documents.map((d) => toCompared(d))
})

describe('checkSameIssue', () => {
  it('passes the same documents, with no difference and no note', () => {
    expect(held).toHaveLength(45)
    expect(checkSameIssue(held, held.map((d) => ({ ...d })))).toEqual({ same: true, counts: { held: 45, other: 45 }, differences: [], notes: [] })
  })

  it('a document missing is another issue: the counts and the document are named', () => {
    const c = checkSameIssue(held, held.filter((_, k) => k !== 3))
    expect(c.same).toBe(false)
    expect(c.differences).toEqual(['本期有 45 件文件，此文件读出 44 件', '此文件中没有：兴政发〔2022〕11号'])
  })

  it('a 文号 read otherwise is a difference; one read on one side only is a note', () => {
    const wrong = checkSameIssue(held, other(1, { docNumber: '兴政发〔2022〕99号' }))
    expect(wrong.differences).toEqual(['文号不同：兴政发〔2022〕9号 → 兴政发〔2022〕99号'])
    const missing = checkSameIssue(held, other(1, { docNumber: null }))
    expect(missing).toMatchObject({ same: true, notes: ['1 件的文号只在一份中读出'] })
  })

  it('a title read with a stray character is a note; an unlike title without 文号 is a difference', () => {
    const stray = checkSameIssue(held, other(2, { title: `${held[2].title}。` }))
    expect(stray).toMatchObject({ same: true, differences: [], notes: ['1 件的标题读法略有不同'] })
    const olds = other(10, { docNumber: null })
    const unlike = checkSameIssue(olds, other(10, { docNumber: null, title: '关于开展春季植树造林活动的通知' }))
    expect(unlike.same).toBe(false)
    expect(unlike.differences).toEqual([`标题不同：「${held[10].title}」→「关于开展春季植树造林活动的通知」`])
  })

  it('body text that differs is a note, paragraphing alone is not', () => {
    const split = other(5, { paragraphs: held[5].paragraphs.flatMap((p) => [p.slice(0, 3), p.slice(3)]) })
    expect(checkSameIssue(held, split).notes).toEqual([])
    const edited = other(5, { paragraphs: ['另一段文字。', ...held[5].paragraphs] })
    expect(checkSameIssue(held, edited)).toMatchObject({ same: true, notes: ['1 件的正文文字有出入'] })
  })

  it('titleSimilarity: one title, spaces and full-width forms aside, is 1; unrelated titles share little', () => {
    expect(titleSimilarity('关于印发 兴县方案的通知', '关于印发兴县方案的通知')).toBe(1)
    expect(titleSimilarity('关于（2022）方案', '关于(2022)方案')).toBe(1)
    expect(titleSimilarity(held[0].title, held[10].title)).toBeLessThan(0.5)
  })
})
