// Issue 17: the sample issue imported as text, then the same issue as OFD (built in memory by the
// app's OFD writer): the OFD is kept as the issue's second original — stored, listed with its format,
// size and time, handed out by id, backed up and checked — and its documents are not imported twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../src/shared/domain'
import { sha256Hex } from '../../../src/main/archive/store-original'
import { fileOutcome, tallyReport, tallyText } from '../../../src/renderer/src/import-tally'
import { sampleOfd } from '../../support/sample-ofd'
import { SAMPLE_TEXT, tempArchive, upload, type TempArchive } from './helpers'

let t: TempArchive
let ofd: Buffer
let first: ImportReport
let second: ImportReport
let issueId: number
let documentIds: number[]

const ids = (): number[] => t.api.archive.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]

beforeAll(async () => {
  t = tempArchive('further-originals-')
  first = await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
  documentIds = ids()
  ofd = await sampleOfd()
  second = await t.api.importFiles({ sources: [upload('兴县公报2022第2期.ofd', ofd)] })
  issueId = (await t.api.listIssues({}))[0].id
}, 60_000)
afterAll(() => t.close())

describe('the same issue as text and as OFD', () => {
  it('keeps the OFD as the second original and imports no document twice', () => {
    expect(first.imported.map((i) => i.documents)).toEqual([45])
    expect(second).toMatchObject({ imported: [], skipped: [], failed: [] })
    expect(second.kept).toEqual([
      {
        file: '兴县公报2022第2期.ofd', issue: '兴县人民政府公报 2022年第2期', issueId, format: 'OFD', ordinal: 2, documents: 45,
        message: expect.stringMatching(/^已有本期，另存为本期的第二份原件（OFD）：与档案中的 45 件文件一一对应，文件不重复导入/),
        code: 'KEPT_ORIGINAL', sourceIndex: 0,
      },
    ])
    expect(ids()).toEqual(documentIds)
    // The import panel and report say it the same way.
    expect(tallyText(tallyReport(second))).toBe('未新增，另存原件 1 份')
    expect(fileOutcome(second, '兴县公报2022第2期.ofd')).toEqual({ label: '另存为本期第二份原件（OFD），文件未重复导入', color: 'teal' })
  })

  it('lists both originals on the issue with format, size and import time, and hands each out by id', async () => {
    const originals = await t.api.listIssueOriginals({ issueId })
    expect(originals.map((o) => [o.ordinal, o.fileName, o.format, o.mediaType, o.size, o.sha256])).toEqual([
      [1, 'xingxian-2022-02.txt', '文本', 'text/plain', Buffer.byteLength(SAMPLE_TEXT), sha256Hex(Buffer.from(SAMPLE_TEXT))],
      [2, '兴县公报2022第2期.ofd', 'OFD', 'application/ofd', ofd.length, sha256Hex(ofd)],
    ])
    expect(originals[1].importedAt >= originals[0].importedAt).toBe(true)
    const file = await t.api.getOriginalFile({ issueId, originalId: originals[1].id })
    expect(file.fileName).toBe('兴县公报2022第2期.ofd')
    expect(Buffer.from(file.bytesBase64, 'base64').equals(ofd)).toBe(true)
    // 对照原文 still shows the original the documents were read from (the OFD opens by its id: e2e replace.test).
    expect(await t.api.getOriginal({ issueId })).toMatchObject({ kind: 'text', fileName: 'xingxian-2022-02.txt' })
    await expect(t.api.getOriginalFile({ issueId, originalId: originals[1].id + 1000 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('logs what happened in Chinese, and the very same OFD again is “already imported”', async () => {
    const [log] = await t.api.listImportLog({ limit: 1 })
    expect(log).toMatchObject({ outcome: 'kept', file: '兴县公报2022第2期.ofd', issueId })
    expect(log.message).toMatch(/^已有本期，另存为本期的第二份原件（OFD）/)
    const again = await t.api.importFiles({ sources: [upload('副本.ofd', ofd)] })
    expect(again.skipped.map((s) => s.code)).toEqual(['SAME_FILE'])
    expect(again.kept ?? []).toEqual([])
  })

  it('backs up, checks and verifies both originals', async () => {
    const backup = await t.api.backupArchive({})
    expect(backup.originals).toBe(2)
    const stored = t.api.archive.db.prepare('SELECT stored_path FROM source_files ORDER BY id').pluck().all() as string[]
    expect(backup.manifest.files.map((f) => f.path).sort()).toEqual(['archive.db', ...stored.map((p) => `archive.files/${p}`)].sort())
    expect(await t.api.checkBackup({ source: backup.path })).toMatchObject({ ok: true, originals: 2 })
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true, filesChecked: 2, unreferenced: 0 })
    // Restored over the archive, the issue still has both, the OFD's bytes intact.
    await t.api.restoreArchive({ source: backup.path })
    const originals = await t.api.listIssueOriginals({ issueId })
    expect(originals.map((o) => o.format)).toEqual(['文本', 'OFD'])
    const file = await t.api.getOriginalFile({ issueId, originalId: originals[1].id })
    expect(sha256Hex(Buffer.from(file.bytesBase64, 'base64'))).toBe(sha256Hex(ofd))
  })

  it('removing the issue removes every original it kept', async () => {
    const stored = t.api.archive.db.prepare('SELECT stored_path FROM source_files').pluck().all() as string[]
    expect(stored).toHaveLength(2)
    await t.api.removeIssue({ issueId, editor: '张三', reason: '测试' })
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true, filesChecked: 0, unreferenced: 0 })
  })
})
