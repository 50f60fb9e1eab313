// Fixes to a staged issue on the real sample: fields, split keeping each block's source, merge
// giving the blocks back, approval; and the review order (doubtful first).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import {
  approveStagedDocument,
  editStagedDocument,
  mergeStagedDocuments,
  splitStagedDocument,
  toParsedIssue,
} from '../../../src/main/importer/staged-edit'
import { reviewOrder } from '../../../src/renderer/src/components/review/review-order'
import { DOUBTFUL_DOC_NUMBER, doubtfulSampleText } from '../../support/doubtful-sample'
import { SAMPLE_TXT } from '../../support/sample'

const sample = parseIssue(readFileSync(SAMPLE_TXT, 'utf8'))

describe('editStagedDocument', () => {
  it('normalises a 文号, keeps issuers and issuer together, and lists what changed', () => {
    const out = editStagedDocument(sample, 1, { docNumber: '兴政发(2022)8号', issuers: ['兴县人民政府', ' 兴县财政局 '], date: '2022-05-13' })
    const d = out.documents[0]
    expect(d).toMatchObject({ docNumber: '兴政发〔2022〕8号', issuers: ['兴县人民政府', '兴县财政局'], issuer: '兴县人民政府、兴县财政局', date: '2022-05-13' })
    // The 文号 was already 兴政发〔2022〕8号: only issuers and date changed.
    expect(d.edited).toEqual(['issuers', 'date'])
    expect(sample.documents[0].issuers).toEqual(['兴县人民政府']) // pure: the input is untouched
  })

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => editStagedDocument(sample, 1, { date: '2022年5月' })).toThrow('成文日期')
  })
})

describe('split and merge', () => {
  it('split keeps one source per block on both parts; merge restores the blocks with the title between', () => {
    const doc = sample.documents[0]
    expect(doc.sources).toHaveLength(doc.blocks.length)
    const split = splitStagedDocument(sample, 1, 5)
    const [a, b] = split.documents
    expect(a.blocks).toEqual(doc.blocks.slice(0, 5))
    expect(a.sources).toEqual(doc.sources!.slice(0, 5))
    expect(b.sources).toHaveLength(b.blocks.length)
    expect(b.title).toBe(doc.blocks[5].text) // its first block became its title
    expect(b.sources![0]).toEqual(doc.sources![6])
    expect(split.documents.map((d) => d.seq)).toEqual(split.documents.map((_, i) => i + 1))
    const merged = mergeStagedDocuments(split, 1)
    expect(merged.documents).toHaveLength(sample.documents.length)
    expect(merged.documents[0].blocks.map((x) => x.text)).toEqual(doc.blocks.map((x) => x.text))
    expect(merged.documents[0].sources).toHaveLength(doc.blocks.length)
  })

  it('refuses a split outside the body and a merge of the last document', () => {
    expect(() => splitStagedDocument(sample, 1, 0)).toThrow('拆分位置')
    expect(() => mergeStagedDocuments(sample, sample.documents.length)).toThrow('最后一份')
  })
})

describe('approval and order', () => {
  it('an approved document leaves the front of the review order; staging marks are dropped on save', () => {
    const issue = parseIssue(doubtfulSampleText())
    const first = reviewOrder(issue.documents)[0]
    expect(first.docNumber).toBe(DOUBTFUL_DOC_NUMBER)
    const approved = approveStagedDocument(issue, first.seq, { by: '王档案', at: '2026-12-01T10:00:00.000Z' })
    expect(reviewOrder(approved.documents)[0].seq).toBe(1)
    const saved = toParsedIssue(approved).documents[first.seq - 1] as unknown as Record<string, unknown>
    expect('review' in saved).toBe(false)
    expect(saved.confidence).toBe(0.65)
  })
})
