// saveIssue: one transaction per issue, a full round trip, replacement, and nothing left on failure.
import type { Database } from 'better-sqlite3'
import { beforeEach, describe, expect, it } from 'vitest'
import { getDocument } from '../../../src/main/db/documents'
import { getIssueToc, issueLabel, listIssues } from '../../../src/main/db/issues'
import { saveIssue } from '../../../src/main/importer/save-issue'
import { openDb } from '../../../src/main/db/open'
import type { SourceFileInput } from '../../../src/main/db/source-files'
import { makeDoc, makeIssue } from './make-issue'

const source = (sha = 'a'.repeat(64)): SourceFileInput => ({
  sha256: sha,
  originalName: 'xingxian-2022-02.pdf',
  storedPath: `${sha.slice(0, 2)}/${sha}.pdf`,
  size: 123,
  mediaType: 'application/pdf',
  importedAt: '2022-07-02T08:00:00.000Z',
})

function counts(db: Database): Record<string, number> {
  const tables = ['gazettes', 'issues', 'sections', 'documents', 'citations', 'source_files', 'search_keys']
  const out: Record<string, number> = {}
  for (const t of tables) out[t] = db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number
  out.fts = db.prepare('SELECT COUNT(*) FROM documents_fts').pluck().get() as number
  return out
}

describe('saveIssue', () => {
  let db: Database
  beforeEach(() => {
    db = openDb(':memory:')
  })

  it('round-trips an issue: fields, body, citations both ways, FTS', () => {
    const cited = makeDoc(1, { docNumber: '兴政发〔2022〕8号' })
    const citing = makeDoc(2, {
      citations: ['兴政发(2022)8号', '晋政发〔2020〕3号'],
      blocks: [{ kind: 'paragraph', text: '根据兴政发〔2022〕8号，特制定本方案。' }],
      consult: null,
      public: false,
    })
    const r = saveIssue(db, makeIssue(2, [cited, citing]), source())
    expect(r.documentIds).toHaveLength(2)
    const doc = getDocument(db, r.documentIds[1])
    expect(doc).toMatchObject({
      gazette: '兴县人民政府公报',
      year: 2022,
      issueNo: 2,
      totalNo: 4,
      seq: 2,
      docNumber: '兴政发〔2022〕2号',
      category: '县政府文件',
      public: false,
      consult: null,
      paragraphs: ['根据兴政发〔2022〕8号，特制定本方案。'],
      issuers: ['兴县人民政府'],
    })
    expect(doc.citations).toEqual([
      { docNumber: '兴政发〔2022〕8号', targetId: r.documentIds[0] },
      { docNumber: '晋政发〔2020〕3号', targetId: null },
    ])
    const first = getDocument(db, r.documentIds[0])
    expect(first.citedBy).toEqual([{ id: r.documentIds[1], docNumber: '兴政发〔2022〕2号', title: citing.title }])
    expect(first.consult).toEqual({ unit: '兴县人力资源和社会保障局', phone: '6322389' })
    const fts = db.prepare(`SELECT rowid FROM documents_fts WHERE documents_fts MATCH '特制定'`).pluck().all()
    expect(fts).toEqual([r.documentIds[1]])
    expect(listIssues(db)).toMatchObject([{ id: r.issueId, documentCount: 2, issueNo: 2, totalNo: 4 }])
    expect(counts(db)).toMatchObject({ gazettes: 1, issues: 1, sections: 1, documents: 2, citations: 2, source_files: 1, search_keys: 2 })
  })

  it('stores the parse warnings and the 目录, linking entries to documents', () => {
    const issue = makeIssue(2)
    issue.toc.push({ category: '县政府办公室文件', title: '关于成立领导小组的通知', docNumber: '兴政办函〔2022〕17号', page: 122 })
    issue.warnings.push({ code: 'TOC_ENTRY_WITHOUT_BODY', message: '目录列出但正文未收录：兴政办函〔2022〕17号' })
    const r = saveIssue(db, issue, source())
    const { issue: summary, toc } = getIssueToc(db, r.issueId)
    expect(summary.warnings).toEqual(issue.warnings)
    expect(toc.map((e) => e.documentId)).toEqual([...r.documentIds, null])
  })

  it('a transaction that throws halfway leaves nothing behind', () => {
    // Two documents with the same seq violate UNIQUE(issue_id, seq) after the first was inserted.
    const bad = makeIssue(2, [makeDoc(1), makeDoc(2), makeDoc(2)])
    expect(() => saveIssue(db, bad, source())).toThrow()
    expect(counts(db)).toEqual({ gazettes: 0, issues: 0, sections: 0, documents: 0, citations: 0, source_files: 0, search_keys: 0, fts: 0 })
  })

  it('refuses an issue already held unless replacing; replacing changes ids, not counts', () => {
    const first = saveIssue(db, makeIssue(2), source('a'.repeat(64)))
    expect(() => saveIssue(db, makeIssue(2), source('b'.repeat(64)))).toThrowError(
      expect.objectContaining({ code: 'ISSUE_EXISTS' }),
    )
    const before = counts(db)
    const second = saveIssue(db, makeIssue(2), source('b'.repeat(64)), { replace: true })
    expect(second.replacedIssueId).toBe(first.issueId)
    expect(second.replacedFiles).toEqual([source('a'.repeat(64)).storedPath])
    expect(second.issueId).not.toBe(first.issueId)
    expect(second.documentIds.some((id) => first.documentIds.includes(id))).toBe(false)
    expect(counts(db)).toEqual(before)
  })

  it('labels issues the way reports and messages name them', () => {
    expect(issueLabel(makeIssue(2).meta)).toBe('兴县人民政府公报 2022年第2期')
  })
})
