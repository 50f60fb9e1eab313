// Staging through the service on a real archive: stage → review → fix → 入库 gives the fixed fields
// in the archive; 放弃 leaves nothing; folder imports save all-confident issues at once.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DOUBTFUL_DOC_NUMBER, MISREAD_TITLE, TOC_TITLE, doubtfulSampleText } from '../../support/doubtful-sample'
import { SAMPLE_TEXT, idOf, tempArchive, upload, type TempArchive } from '../archive-work/helpers'

let t: TempArchive
beforeEach(() => {
  t = tempArchive('staging-')
})
afterEach(() => t.close())

const count = (sql: string): number => t.api.archive.db.prepare(sql).pluck().get() as number

async function stageDoubtful(stage: 'files' | 'folder' = 'files') {
  const report = await t.api.importFiles({ sources: [upload('兴县2022-02.txt', doubtfulSampleText())], stage })
  return report
}

describe('staging an import', () => {
  it('parses into 待核对 without touching the archive, doubtful documents listed', async () => {
    const report = await stageDoubtful()
    expect(report.imported).toEqual([])
    expect(report.staged).toHaveLength(1)
    const staged = report.staged![0]
    // The import is in the log at once, saying what waits and how much of it is doubtful.
    expect(await t.api.listImportLog({})).toMatchObject([
      { outcome: 'staged', file: '兴县2022-02.txt', issueId: null, message: '兴县人民政府公报 2022年第2期进入待核对（45 件文件，其中 1 份存疑）' },
    ])
    expect(staged).toMatchObject({ issue: '兴县人民政府公报 2022年第2期', documents: 45 })
    expect(staged.doubtful!.map((d) => [d.docNumber, d.reasons.map((r) => r.code)])).toEqual([
      [DOUBTFUL_DOC_NUMBER, ['TITLE_DIFFERS_FROM_TOC']],
    ])
    expect(count('SELECT COUNT(*) FROM documents')).toBe(0)
    expect(await t.api.listStagedIssues({})).toMatchObject([{ id: staged.stagedId, documentCount: 45, doubtfulCount: 1, held: false }])
    expect(await t.api.countToReview({})).toEqual({ stagedIssues: 1, doubtfulDocuments: 0 })
    // The kept original of a waiting issue is not a stray file to 检查档案.
    expect((await t.api.verifyArchive({})).unreferenced).toBe(0)
    const issue = await t.api.getStagedIssue({ id: staged.stagedId })
    const doc = issue.documents.find((d) => d.docNumber === DOUBTFUL_DOC_NUMBER)!
    expect(doc).toMatchObject({ title: MISREAD_TITLE, confidence: 0.65 })
    // The source lines it was read from hold the (misread) title line and its 文号.
    const src = await t.api.getStagedSource({ id: staged.stagedId, seq: doc.seq })
    expect(src.lines.join('\n')).toContain(`兴县人民政府 ${MISREAD_TITLE}`)
    expect(src.lines.join('\n')).toContain(DOUBTFUL_DOC_NUMBER)
  })

  it('the same file again is skipped while it waits, and so is another file for that 期', async () => {
    await stageDoubtful()
    const again = await stageDoubtful()
    expect(again.skipped[0].reason).toContain('待核对')
    const other = await t.api.importFiles({ sources: [upload('sample.txt', SAMPLE_TEXT)], stage: 'files' })
    expect(other.skipped[0].reason).toContain('已在“待核对”中')
  })
})

describe('review, fix and 入库', () => {
  it('saves the edited fields and who approved what, through the import save path', async () => {
    const { stagedId } = (await stageDoubtful()).staged![0]
    const seq = (await t.api.getStagedIssue({ id: stagedId })).documents.find((d) => d.docNumber === DOUBTFUL_DOC_NUMBER)!.seq
    await t.api.editStagedDocument({ id: stagedId, seq, changes: { title: TOC_TITLE, issuers: ['兴县人民政府', '兴县财政局'], date: '2022-03-01', category: '县政府文件' } })
    const approved = await t.api.approveStagedDocument({ id: stagedId, seq, editor: '王档案' })
    expect(approved.doubtfulCount).toBe(0)
    expect(approved.documents[seq - 1]).toMatchObject({ edited: ['title', 'issuers', 'date'], review: { by: '王档案' } })

    const saved = await t.api.saveStagedIssue({ id: stagedId })
    expect(saved).toMatchObject({ label: '兴县人民政府公报 2022年第2期', documents: 45, doubtful: 0 })
    const doc = await t.api.getDocument({ id: await idOf(t.api, DOUBTFUL_DOC_NUMBER) })
    expect(doc).toMatchObject({ title: TOC_TITLE, issuers: ['兴县人民政府', '兴县财政局'], issuer: '兴县人民政府、兴县财政局', date: '2022-03-01', reviewedBy: '王档案' })
    expect(doc.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    // The parser's doubt stays on record beside the review.
    expect(doc.reasons?.map((r) => r.code)).toEqual(['TITLE_DIFFERS_FROM_TOC'])
    expect(await t.api.listStagedIssues({})).toEqual([])
    expect((await t.api.searchDocuments({ query: '绿色低碳建设运营商' })).hits.map((h) => h.docNumber)).toContain(DOUBTFUL_DOC_NUMBER)
    const log = await t.api.listImportLog({})
    expect(log.map((e) => [e.outcome, e.message])).toEqual([
      ['imported', '核对后入库：兴县人民政府公报 2022年第2期（已核对）'],
      ['staged', '兴县人民政府公报 2022年第2期进入待核对（45 件文件，其中 1 份存疑）'],
    ])
    expect((await t.api.verifyArchive({})).ok).toBe(true)
  })

  it('入库 without approval keeps the document doubtful and says so', async () => {
    const { stagedId } = (await stageDoubtful()).staged![0]
    expect(await t.api.saveStagedIssue({ id: stagedId })).toMatchObject({ doubtful: 1 })
    expect(await t.api.countToReview({})).toEqual({ stagedIssues: 0, doubtfulDocuments: 1 })
    const page = await t.api.listDocuments({ doubtful: true, offset: 0, limit: 10 })
    expect(page.items.map((d) => d.docNumber)).toEqual([DOUBTFUL_DOC_NUMBER])
    const [log] = await t.api.listImportLog({})
    expect(log.message).toContain('1 份未经核对仍存疑')
    await t.api.approveDocument({ id: page.items[0].id, editor: '李四' })
    expect(await t.api.countToReview({})).toEqual({ stagedIssues: 0, doubtfulDocuments: 0 })
  })

  it('splits and merges staged documents, renumbering the rest', async () => {
    const { stagedId } = (await stageDoubtful()).staged![0]
    const before = await t.api.getStagedIssue({ id: stagedId })
    const first = before.documents[0]
    const split = await t.api.splitStagedDocument({ id: stagedId, seq: 1, atBlock: 2, title: '拆出的文件' })
    expect(split.documents).toHaveLength(46)
    expect(split.documents[1]).toMatchObject({ seq: 2, title: '拆出的文件', edited: ['split'] })
    expect(split.documents[2].docNumber).toBe(before.documents[1].docNumber)
    const merged = await t.api.mergeStagedDocuments({ id: stagedId, seq: 1 })
    expect(merged.documents).toHaveLength(45)
    expect(merged.documents[0].blocks.map((b) => b.text)).toContain('拆出的文件')
    expect(merged.documents[0].blocks).toHaveLength(first.blocks.length + 1)
    await t.api.saveStagedIssue({ id: stagedId })
    expect(count('SELECT COUNT(*) FROM documents')).toBe(45)
  })

  it('refuses 入库 over an issue already held unless asked to replace', async () => {
    await t.api.importFiles({ sources: [upload('sample.txt', SAMPLE_TEXT)] })
    const { stagedId } = (await t.api.importFiles({ sources: [upload('b.txt', doubtfulSampleText())], replace: true, stage: 'files' })).staged![0]
    // Staged with replace: 入库 replaces the held issue.
    expect((await t.api.listStagedIssues({}))[0]).toMatchObject({ held: true, replace: true })
    await t.api.saveStagedIssue({ id: stagedId })
    expect(count('SELECT COUNT(*) FROM issues')).toBe(1)
    expect((await t.api.getDocument({ id: await idOf(t.api, DOUBTFUL_DOC_NUMBER) })).title).toBe(MISREAD_TITLE)
  })
})

describe('放弃', () => {
  it('leaves nothing: no staged row, no documents, no kept original', async () => {
    const { stagedId } = (await stageDoubtful()).staged![0]
    const stored = t.api.archive.db.prepare('SELECT stored_path FROM staged_issues').pluck().get() as string
    expect(existsSync(join(t.api.archive.filesDir, stored))).toBe(true)
    expect(await t.api.discardStagedIssue({ id: stagedId })).toEqual({ label: '兴县人民政府公报 2022年第2期' })
    expect((await t.api.listImportLog({})).map((e) => [e.outcome, e.message.slice(0, 7)])).toEqual([['skipped', '核对后放弃：兴'], ['staged', '兴县人民政府公']])
    expect(await t.api.listStagedIssues({})).toEqual([])
    expect(count('SELECT COUNT(*) FROM documents') + count('SELECT COUNT(*) FROM source_files')).toBe(0)
    expect(existsSync(join(t.api.archive.filesDir, stored))).toBe(false)
    expect((await t.api.verifyArchive({})).unreferenced).toBe(0)
    await expect(t.api.saveStagedIssue({ id: stagedId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // Discarded, the same file may be imported again.
    expect((await stageDoubtful()).staged).toHaveLength(1)
  })
})

describe('folder and inbox imports', () => {
  it('save an all-confident issue at once and stage a doubtful one (autoSaveConfident on)', async () => {
    expect((await t.api.getSettings({})).autoSaveConfident).toBe(true)
    const clean = await t.api.importFiles({ sources: [upload('clean.txt', SAMPLE_TEXT)], stage: 'folder' })
    expect(clean.imported).toHaveLength(1)
    expect(clean.staged ?? []).toEqual([])
    await t.api.removeIssue({ issueId: (await t.api.listIssues({}))[0].id, editor: '王档案', reason: '测试' })
    const doubtful = await stageDoubtful('folder')
    expect(doubtful.imported).toEqual([])
    expect(doubtful.staged).toHaveLength(1)
  })

  it('stage every issue when the setting is off', async () => {
    await t.api.setSettings({ autoSaveConfident: false })
    const r = await t.api.importFiles({ sources: [upload('clean.txt', SAMPLE_TEXT)], stage: 'folder' })
    expect(r.imported).toEqual([])
    expect(r.staged).toHaveLength(1)
  })

  it('files chosen one by one wait even when all their documents are confident', async () => {
    const r = await t.api.importFiles({ sources: [upload('clean.txt', SAMPLE_TEXT)], stage: 'files' })
    expect(r.staged).toHaveLength(1)
    expect(r.staged![0].doubtful).toEqual([])
    expect((await t.api.listImportLog({})).map((e) => [e.outcome, e.message])).toEqual([
      ['staged', '兴县人民政府公报 2022年第2期进入待核对（45 件文件，无存疑）'],
    ])
  })
})
