// 安全替换 on a real archive: the sample imported and corrected by staff, then another file of the
// same issue (the sample cut short, one 文号 misprinted) imported with 替换. The import skips it
// with a token; the preview compares and warns in red; applying keeps the corrections that still
// fit and lists the others; 恢复替换前 puts back every row of the old issue exactly.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReplaceOutcome, ReplacePreview } from '../../../src/shared/issue-comparison'
import { readIssueRows } from '../../../src/main/db/replaced-issues'
import { SAMPLE_TEXT, idOf, tempArchive, upload, type TempArchive } from '../archive-work/helpers'

const EDITOR = '王档案'
const LINES = SAMPLE_TEXT.split('\n')
/** The sample cut before 兴政办发〔2022〕15号 (a file that lost its last pages), with 61号 misprinted. */
const CUT_AT = LINES.findIndex((l) => l.startsWith('兴县人民政府办公室 关于印发兴县 2022 年度地质灾害防治方案的通知'))
const WORSE = LINES.slice(0, CUT_AT)
  .map((l) => (l === '兴政函〔2022〕61号' ? '兴政函〔2022〕161号' : l))
  .join('\n')

let t: TempArchive
let issueId: number
let token: string
let preview: ReplacePreview
let outcome: ReplaceOutcome
let before: ReturnType<typeof readIssueRows>
let correctionsBefore: unknown[]
const db = () => t.api.archive.db
const allCorrections = (): unknown[] => db().prepare('SELECT * FROM corrections ORDER BY id').all()
const storedFile = (name: string): string => {
  const rel = db().prepare('SELECT stored_path FROM source_files WHERE original_name = ?').pluck().get(name) as string
  return join(t.dir, 'archive.files', rel)
}

beforeAll(async () => {
  expect(CUT_AT).toBeGreaterThan(2000)
  t = tempArchive('replace-')
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
  issueId = (await t.api.listIssues({}))[0].id
  // Kept by 文号; kept by title (its 文号 is misprinted in the new file); lost with the cut pages.
  await t.api.correctDocument({ id: await idOf(t.api, '兴政发〔2022〕10号'), changes: { title: '关于打造城乡绿色低碳建设运营商的通知（更正）' }, editor: EDITOR })
  await t.api.correctDocument({ id: await idOf(t.api, '兴政函〔2022〕61号'), changes: { recipients: '吕梁市交通运输局' }, editor: EDITOR })
  await t.api.correctDocument({ id: await idOf(t.api, '兴政办发〔2022〕15号'), changes: { recipients: '各乡镇' }, editor: EDITOR })
  before = readIssueRows(db(), issueId)
  correctionsBefore = allCorrections()
  const report = await t.api.importFiles({ sources: [upload('第2期-重新扫描.txt', WORSE)] })
  expect(report.imported).toEqual([])
  token = report.skipped[0].replaceToken as string
  preview = await t.api.previewReplace({ token })
})
afterAll(() => t.close())

describe('previewReplace', () => {
  it('is offered by the import that skipped the file, and saves nothing', async () => {
    expect(token).toMatch(/^[0-9a-f]{32}$/)
    expect(readIssueRows(db(), issueId)).toEqual(before)
    expect(preview).toMatchObject({ issueId, file: '第2期-重新扫描.txt', oldFile: 'xingxian-2022-02.txt', token })
  })

  it('counts both sides, lists the documents the new file lacks and warns in red', () => {
    const c = preview.comparison
    const lost = before.documents.length - c.counts.new
    expect(c.counts.old).toBe(before.documents.length)
    expect(lost).toBeGreaterThan(3)
    expect(c.onlyOld.map((d) => d.docNumber)).toContain('兴政办发〔2022〕15号')
    expect(c.onlyOld).toHaveLength(lost)
    expect(c.warn).toBe(true)
    expect(c.warningMessages[0]).toBe(`新版本少了 ${lost} 份文件（${c.counts.old} → ${c.counts.new}）`)
  })

  it('shows the misprinted 文号 as a change on the document paired by its title', () => {
    const p = preview.comparison.pairs.find((x) => x.old.docNumber === '兴政函〔2022〕61号')
    expect(p?.matchedBy).toBe('title')
    // With its 文号 no longer the one the 目录 gives, the document also loses its 栏目.
    expect(p?.changes.map((ch) => `${ch.label}:${ch.old}→${ch.new}`)).toEqual(['文号:兴政函〔2022〕61号→兴政函〔2022〕161号', '栏目:县政府文件→（空）'])
  })

  it('lists only the correction whose document is gone', () => {
    expect(preview.corrections.total).toBe(3)
    expect(preview.corrections.notReapplied).toEqual([expect.stringMatching(/^更正未能重新应用（兴政办发〔2022〕15号，主送机关）/)])
  })
})

describe('applyReplace', () => {
  it('refuses a fingerprint that is not the current preview', async () => {
    await expect(t.api.applyReplace({ token, expect: 'b'.repeat(64) })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(readIssueRows(db(), issueId)).toEqual(before)
  })

  it('replaces the issue, carries the corrections over by 文号 and by title, keeps the old original', async () => {
    outcome = await t.api.applyReplace({ token, expect: preview.fingerprint })
    expect(outcome).toMatchObject({ documents: preview.comparison.counts.new, correctionsKept: 2, correctionsListed: preview.corrections.notReapplied })
    expect(outcome.undo).toMatchObject({ issueId: outcome.issueId, oldDocuments: before.documents.length, oldFile: 'xingxian-2022-02.txt' })
    expect(outcome.issueId).not.toBe(issueId)
    expect((await t.api.getDocument({ id: await idOf(t.api, '兴政发〔2022〕10号') })).title).toBe('关于打造城乡绿色低碳建设运营商的通知（更正）')
    expect((await t.api.getDocument({ id: await idOf(t.api, '兴政函〔2022〕161号') })).recipients).toBe('吕梁市交通运输局')
    expect(await t.api.findByDocNumber({ docNumber: '兴政办发〔2022〕15号' })).toBeNull()
    expect(existsSync(join(t.dir, 'archive.files', String(before.source_files[0].stored_path)))).toBe(true)
    expect(await t.api.getReplaceUndo({ issueId: outcome.issueId })).toEqual(outcome.undo)
    expect((await t.api.verifyArchive({})).unreferenced).toBe(0)
    const log = (await t.api.listImportLog({}))[0]
    expect(log).toMatchObject({ outcome: 'replaced', issueId: outcome.issueId, file: '第2期-重新扫描.txt' })
    expect(log.message).toContain('可“恢复替换前”')
  })

  it('is not offered twice for the same file', async () => {
    await expect(t.api.previewReplace({ token })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('undoReplace (恢复替换前)', () => {
  it('puts back every row of the old issue with its ids, and the corrections as they were', async () => {
    const newFile = storedFile('第2期-重新扫描.txt')
    expect(existsSync(newFile)).toBe(true)
    const out = await t.api.undoReplace({ issueId: outcome.issueId })
    expect(out).toEqual({ issueId, issue: '兴县人民政府公报 2022年第2期', documents: before.documents.length })
    expect(readIssueRows(db(), issueId)).toEqual(before)
    expect(allCorrections()).toEqual(correctionsBefore)
    expect(existsSync(newFile)).toBe(false)
    expect(existsSync(storedFile('xingxian-2022-02.txt'))).toBe(true)
    expect(db().prepare('SELECT COUNT(*) FROM documents WHERE issue_id = ?').pluck().get(outcome.issueId)).toBe(0)
  })

  it('search and history find the restored documents again', async () => {
    const hits = (await t.api.searchDocuments({ query: '地质灾害防治方案' })).hits
    expect(hits[0]?.docNumber).toBe('兴政办发〔2022〕15号')
    const id = await idOf(t.api, '兴政办发〔2022〕15号')
    const history = await t.api.getDocumentHistory({ id })
    expect(history.map((h) => [h.documentId, h.summary.endsWith('→ 各乡镇')])).toEqual([[id, true]])
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true })
  })

  it('can be done only once', async () => {
    await expect(t.api.undoReplace({ issueId: outcome.issueId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await t.api.getReplaceUndo({ issueId })).toBeNull()
  })
})
