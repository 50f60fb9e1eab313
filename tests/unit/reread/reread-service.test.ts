// previewReread / applyReread on a real archive: the sample imported, then aged to what an older
// importer stored (a document lost, a title cut, a 栏目 wrong, no confidence), with corrections
// by staff. Re-reading the kept original restores the documents and keeps the corrections.
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { realPipeline } from '../../../src/main/importer/worker/pipeline'
import { silentLogger } from '../../../src/main/log'
import { createServices } from '../../../src/main/services'
import type { RereadPreview } from '../../../src/shared/issue-comparison'
import { ageIssue, type Aged } from '../../support/older-reading'
import { SAMPLE_TEXT, idOf, tempArchive, upload, type TempArchive } from '../archive-work/helpers'
import type { ParseSource } from '../../../src/main/importer/worker/pipeline'

const EDITOR = '王档案'
let t: TempArchive
let issueId: number
let aged: Aged
let preview: RereadPreview
const NEW_61 = '关于申请省道岢大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示'

const docCount = (): number => t.api.archive.db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number
const sourceRows = (): unknown[] => t.api.archive.db.prepare('SELECT * FROM source_files').all()

beforeAll(async () => {
  t = tempArchive('reread-')
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
  issueId = (await t.api.listIssues({}))[0].id
  await t.api.correctDocument({ id: await idOf(t.api, '兴政函〔2022〕61号'), changes: { title: NEW_61 }, editor: EDITOR })
  aged = ageIssue(t.api.archive.db, issueId)
  // A correction to the document the older importer had at the end, which the new reading lacks.
  const lastId = t.api.archive.db.prepare('SELECT id FROM documents WHERE issue_id = ? ORDER BY seq DESC').pluck().get(issueId) as number
  t.api.archive.db.prepare(`UPDATE documents SET doc_number = '兴政办函〔2022〕99号' WHERE id = ?`).run(lastId)
  t.api.archive.db.prepare('UPDATE documents SET seq = 99 WHERE id = ?').run(lastId)
  await t.api.correctDocument({ id: lastId, changes: { recipients: '各乡镇' }, editor: EDITOR })
  preview = await t.api.previewReread({ issueId })
})
afterAll(() => t.close())

describe('previewReread', () => {
  it('counts, documents only in the new reading, and what a corrected archive would change', () => {
    const c = preview.comparison
    expect(c.counts).toEqual({ old: 44, new: 45 })
    expect(c.onlyNew.map((d) => d.docNumber)).toEqual([aged.lost.docNumber])
    expect(c.onlyOld).toEqual([])
    const changes = c.pairs.filter((p) => p.changes.length)
    const shown = changes.map((p) => [p.matchedBy, p.old.docNumber, p.changes.map((ch) => `${ch.label}:${ch.old}→${ch.new}`)])
    expect(shown).toEqual([
      ['docNumber', aged.cutTitle.docNumber, [`标题:${aged.cutTitle.stored}→${aged.cutTitle.title}`]],
      ['docNumber', aged.wrongCategory.docNumber, [`栏目:${aged.wrongCategory.stored}→${aged.wrongCategory.category}`]],
      // Paired by its title; the staff's 主送机关 follows the document by its title (issue 14).
      ['title', '兴政办函〔2022〕99号', ['文号:兴政办函〔2022〕99号→兴政办函〔2022〕16号']],
    ])
    expect(c.changed).toBe(3)
  })

  it('shows the staff title of 61号 as kept (no change); the correction made under a wrong 文号 follows its title', () => {
    const p61 = preview.comparison.pairs.find((p) => p.old.docNumber === '兴政函〔2022〕61号')
    expect(p61?.changes).toEqual([])
    expect(p61?.new.title).toBe(NEW_61)
    expect(preview.corrections.total).toBe(2)
    expect(preview.corrections.notReapplied).toEqual([])
  })

  it('gains confidence (the old archive kept none) and raises no red warning', () => {
    expect(preview.comparison.confidence.old).toEqual({ mean: null, min: null, doubtful: 0 })
    expect(preview.comparison.confidence.new.mean).toBeGreaterThan(0.7)
    expect(preview.comparison.warn).toBe(false)
    expect(preview.file).toBe('xingxian-2022-02.txt')
  })

  it('saves nothing', async () => {
    expect(docCount()).toBe(44)
    expect((await t.api.listIssues({}))[0].id).toBe(issueId)
    const cut = t.api.archive.db.prepare('SELECT title FROM documents WHERE doc_number = ?').pluck().get(aged.cutTitle.docNumber)
    expect(cut).toBe(aged.cutTitle.stored)
    expect((await t.api.listImportLog({})).map((e) => e.outcome)).toEqual(['imported'])
  })
})

describe('applyReread', () => {
  it('refuses a fingerprint that is not the current preview', async () => {
    await expect(t.api.applyReread({ issueId, expect: 'b'.repeat(64) })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(docCount()).toBe(44)
  })

  it('backs up, replaces the issue, keeps the original and the corrections that still fit, logs it', async () => {
    const sourcesBefore = sourceRows().map((r) => ({ ...(r as object), id: 0, issue_id: 0 }))
    const out = await t.api.applyReread({ issueId, expect: preview.fingerprint })
    expect(out).toMatchObject({ documents: 45, correctionsKept: 2, issue: '兴县人民政府公报 2022年第2期' })
    expect(out.correctionsListed).toEqual(preview.corrections.notReapplied)
    expect(existsSync(join(out.backupDir, 'manifest.json'))).toBe(true)
    expect(docCount()).toBe(45)
    const doc = await t.api.getDocument({ id: await idOf(t.api, aged.cutTitle.docNumber) })
    expect(doc.title).toBe(aged.cutTitle.title)
    expect((await t.api.getDocument({ id: await idOf(t.api, aged.wrongCategory.docNumber) })).category).toBe(aged.wrongCategory.category)
    expect((await t.api.getDocument({ id: await idOf(t.api, '兴政函〔2022〕61号') })).title).toBe(NEW_61)
    expect(await t.api.findByDocNumber({ docNumber: aged.lost.docNumber })).not.toBeNull()
    expect(sourceRows().map((r) => ({ ...(r as object), id: 0, issue_id: 0 }))).toEqual(sourcesBefore)
    const log = (await t.api.listImportLog({}))[0]
    expect(log).toMatchObject({ outcome: 'replaced', issueId: out.issueId, file: 'xingxian-2022-02.txt' })
    expect(log.message).toContain(`重新识别前备份：${out.backupDir}`)
    expect(log.warnings).toEqual(expect.arrayContaining(out.correctionsListed))
  })

  it('leaves nothing to change on a second preview', async () => {
    const again = await t.api.previewReread({ issueId: (await t.api.listIssues({}))[0].id })
    expect(again.comparison.same).toBe(true)
    expect(again.corrections).toEqual({ total: 2, notReapplied: preview.corrections.notReapplied })
  })

  it('search finds the restored document', async () => {
    const hits = (await t.api.searchDocuments({ query: aged.lost.title })).hits
    expect(hits[0]?.docNumber).toBe(aged.lost.docNumber)
  })
})

describe('re-reading goes through the injected pipeline and warns in red', () => {
  it('a parser that loses documents makes a preview with fewer documents and a warning', async () => {
    const dir = t.dir
    const pipeline = { ...realPipeline, parse: (source: ParseSource) => {
      const p = realPipeline.parse(source)
      return { ...p, documents: p.documents.slice(0, 40) }
    } }
    const other = createServices({ dbFile: join(dir, 'archive.db'), log: silentLogger, pipeline })
    try {
      const id = (await other.listIssues({}))[0].id
      const p = await other.previewReread({ issueId: id })
      expect(p.comparison.counts).toEqual({ old: 45, new: 40 })
      expect(p.comparison.warnings.fewerDocuments).toBe(true)
      expect(p.comparison.warningMessages[0]).toBe('新版本少了 5 份文件（45 → 40）')
      expect(p.comparison.onlyOld).toHaveLength(5)
    } finally {
      other.close()
    }
  })

  it('keeps the issue in its place when the new reading says another 期, and reports it', async () => {
    const pipeline = { ...realPipeline, parse: (source: ParseSource) => {
      const p = realPipeline.parse(source)
      return { ...p, meta: { ...p.meta, issueNo: 3, totalNo: 99 } }
    } }
    const other = createServices({ dbFile: join(t.dir, 'archive.db'), log: silentLogger, pipeline })
    try {
      const before = (await other.listIssues({}))[0]
      const p = await other.previewReread({ issueId: before.id })
      expect(p.issueChanges).toEqual([
        { label: '期（保留档案中的）', old: '兴县人民政府公报 2022年第2期', new: '兴县人民政府公报 2022年第3期' },
        { label: '总期号', old: String(before.totalNo), new: '99' },
      ])
      const out = await other.applyReread({ issueId: before.id, expect: p.fingerprint })
      const after = await other.listIssues({})
      expect(after.map((i) => [i.id, i.issueNo, i.totalNo])).toEqual([[out.issueId, 2, 99]])
    } finally {
      other.close()
    }
  })

  it('refuses an issue whose original is gone, naming it', async () => {
    const id = (await t.api.listIssues({}))[0].id
    const rel = t.api.archive.db.prepare('SELECT stored_path FROM source_files WHERE issue_id = ?').pluck().get(id) as string
    rmSync(join(t.api.archive.filesDir, rel))
    await expect(t.api.previewReread({ issueId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(t.api.previewReread({ issueId: 9999 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('9999') })
  })
})
