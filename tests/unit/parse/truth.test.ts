// The shared sample against its hand-checked truth file: every field, the 目录, meta and warnings.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { FIELDS, hardWrap, sampleText, truth } from './sample'

const issue = parseIssue(sampleText)

describe('parseIssue on xingxian-2022-02', () => {
  it('reads the cover', () => {
    const { gazette, year, issueNo, totalNo, publishedOn } = issue.meta
    expect({ gazette, year, issueNo, totalNo, publishedOn }).toEqual({
      gazette: truth.gazette,
      year: truth.year,
      issueNo: truth.issueNo,
      totalNo: truth.totalNo,
      publishedOn: truth.publishedOn,
    })
  })

  it('finds all 45 documents in order', () => {
    expect(issue.documents.map((d) => d.docNumber)).toEqual(truth.documents.map((d) => d.docNumber))
    expect(issue.documents.map((d) => d.seq)).toEqual(truth.documents.map((d) => d.seq))
  })

  it.each(truth.documents.map((t) => [t.seq, t] as const))('document %i matches the truth', (seq, t) => {
    const doc = issue.documents[seq - 1]
    for (const f of FIELDS) expect({ f, v: doc[f] }).toEqual({ f, v: t[f] })
  })

  it('reads the 目录 (46 entries, 2 sections)', () => {
    expect(issue.toc.map(({ docNumber, title, category, page }) => ({ docNumber, title, category, page }))).toEqual(
      truth.toc.map(({ docNumber, title, category, page }) => ({ docNumber, title, category, page })),
    )
    expect(issue.sections).toEqual(['县政府文件', '县政府办公室文件'])
  })

  it('warns only about the 目录 entry without a body', () => {
    expect(issue.warnings).toEqual([
      {
        code: 'TOC_ENTRY_WITHOUT_BODY',
        message: '目录列出但正文未收录：兴政办函〔2022〕17号',
        docNumber: '兴政办函〔2022〕17号',
      },
    ])
  })

  it('fills recipients, docType, attachments and citations', () => {
    const [d1, , , , d5, , , d8, , d10] = issue.documents
    expect(d1.recipients).toBe('各乡（镇）人民政府，各有关单位')
    expect(issue.documents[16].recipients).toBeNull()
    expect(d8.docType).toBe('批复')
    expect(d10.docType).toBe('承诺函')
    expect(issue.documents[22].docType).toBe('意见')
    expect(d5.attachments).toEqual(['关于群众反映问题的调查报告'])
    expect(issue.documents[31].attachments).toEqual([
      '兴县2022年农村“厕所革命”任务分配表',
      '双瓮式厕所剖面示意图、厕屋立面图',
    ])
    expect(d1.citations).toEqual(['晋政办发〔2021〕44号', '晋人社厅发〔2021〕45号'])
    expect(issue.documents[11].citations).toContain('吕自然资函〔2020〕316号')
    expect(d1.issuers).toEqual(['兴县人民政府'])
  })
})

describe('parseIssue on the hard-wrapped (PDF text layer) variant', () => {
  const wrapped = parseIssue(hardWrap(sampleText))

  it('finds all 45 documents and ≥ 90% of fields', () => {
    expect(wrapped.documents).toHaveLength(45)
    let right = 0
    for (const t of truth.documents) {
      const doc = wrapped.documents.find((d) => d.docNumber === t.docNumber)
      for (const f of FIELDS) if (doc && JSON.stringify(doc[f]) === JSON.stringify(t[f])) right++
    }
    expect(right / (truth.documents.length * FIELDS.length)).toBeGreaterThanOrEqual(0.9)
  })

  it('gives the same meta and warning', () => {
    expect(wrapped.meta).toEqual(issue.meta)
    expect(wrapped.warnings.map((w) => w.code)).toEqual(['TOC_ENTRY_WITHOUT_BODY'])
  })
})
