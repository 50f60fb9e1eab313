// A backup holds every original the archive keeps, not only those of archived issues: the original
// of an issue waiting under 待核对 and that of an issue a replace took out (恢复替换前 needs it).
// Restored, the staged issue can be 入库'd and the replace made before the backup can be undone.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BackupManifest, BackupResult } from '../../../src/shared/archive-work-types'
import { openArchive } from '../../../src/main/archive/open-archive'
import { restoreArchive } from '../../../src/main/archive/restore'
import { verifyArchive } from '../../../src/main/archive/verify'
import { readIssueRows } from '../../../src/main/db/replaced-issues'
import { doubtfulSampleText } from '../../support/doubtful-sample'
import { SAMPLE_TEXT, tempArchive, upload, type TempArchive } from '../archive-work/helpers'

/** The sample cut before its last documents: a worse file of the same issue, to replace with. */
const LINES = SAMPLE_TEXT.split('\n')
const CUT_AT = LINES.findIndex((l) => l.startsWith('兴县人民政府办公室 关于印发兴县 2022 年度地质灾害防治方案的通知'))
const WORSE = LINES.slice(0, CUT_AT).join('\n')

let t: TempArchive
let backup: BackupResult
let oldRows: ReturnType<typeof readIssueRows>
let newIssueId: number
let stagedId: number
const db = () => t.api.archive.db
const paths = (sql: string): string[] => db().prepare(sql).pluck().all() as string[]
const onDisk = (rel: string): boolean => existsSync(join(t.api.archive.filesDir, rel))

beforeAll(async () => {
  expect(CUT_AT).toBeGreaterThan(2000)
  t = tempArchive('backup-kept-')
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
  oldRows = readIssueRows(db(), (await t.api.listIssues({}))[0].id)
  const token = (await t.api.importFiles({ sources: [upload('第2期-残缺.txt', WORSE)] })).skipped[0].replaceToken as string
  const preview = await t.api.previewReplace({ token })
  newIssueId = (await t.api.applyReplace({ token, expect: preview.fingerprint })).issueId
  const report = await t.api.importFiles({ sources: [upload('第2期-待核对.txt', doubtfulSampleText())], replace: true, stage: 'files' })
  stagedId = report.staged![0].stagedId
  backup = await t.api.backupArchive({})
})
afterAll(() => t.close())

describe('a backup with a staged issue and a replaced one', () => {
  it('copies the staged original and the replaced issue’s original beside the archived one', async () => {
    const kept = [
      ...paths('SELECT stored_path FROM source_files'),
      ...paths('SELECT stored_path FROM staged_issues'),
      String(oldRows.source_files[0].stored_path),
    ]
    expect(new Set(kept).size).toBe(3)
    expect(backup.originals).toBe(3)
    expect(backup.warnings).toEqual([])
    expect(backup.manifest.files.map((f) => f.path).sort()).toEqual(['archive.db', ...kept.map((p) => `archive.files/${p}`)].sort())
    expect(await t.api.checkBackup({ source: backup.path })).toMatchObject({ ok: true, originals: 3 })
    // 检查档案 hashes every kept original, and finds none unaccounted for.
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true, filesChecked: 3, unreferenced: 0 })
  })

  it('an older backup without them restores with a note, and 检查档案 lists what it lacks', () => {
    const older = join(t.dir, 'older-backup')
    cpSync(backup.path, older, { recursive: true })
    const lacking = [paths('SELECT stored_path FROM staged_issues')[0], String(oldRows.source_files[0].stored_path)]
    const manifest = JSON.parse(readFileSync(join(older, 'manifest.json'), 'utf8')) as BackupManifest
    manifest.files = manifest.files.filter((f) => !lacking.some((p) => f.path === `archive.files/${p}`))
    writeFileSync(join(older, 'manifest.json'), JSON.stringify(manifest))
    for (const p of lacking) rmSync(join(older, 'archive.files', p))
    const target = join(t.dir, 'elsewhere', 'archive.db')
    expect(restoreArchive(older, target).notes).toEqual([expect.stringMatching(/^备份中缺少 2 个原件（较早版本的程序备份时未包含/)])
    const restored = openArchive(target)
    const report = verifyArchive(restored.db, restored.filesDir)
    restored.close()
    // Staged originals are listed before those kept for 恢复替换前.
    expect(report.problems).toEqual([expect.stringMatching(/^原件缺失：第2期-待核对\.txt/), expect.stringMatching(/^原件缺失：xingxian-2022-02\.txt/)])
  })

  it('restored after the staged issue was discarded and the replace undone, brings both back', async () => {
    const stagedPath = paths('SELECT stored_path FROM staged_issues')[0]
    const newPath = paths(`SELECT stored_path FROM source_files WHERE original_name = '第2期-残缺.txt'`)[0]
    await t.api.discardStagedIssue({ id: stagedId })
    await t.api.undoReplace({ issueId: newIssueId })
    expect([onDisk(stagedPath), onDisk(newPath)]).toEqual([false, false])

    await t.api.restoreArchive({ source: backup.path })
    expect([onDisk(stagedPath), onDisk(newPath), onDisk(String(oldRows.source_files[0].stored_path))]).toEqual([true, true, true])
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true, filesChecked: 3, unreferenced: 0 })
    expect((await t.api.listStagedIssues({})).map((s) => s.id)).toEqual([stagedId])
    const staged = await t.api.getStagedOriginal({ id: stagedId })
    expect(Buffer.from(staged.bytesBase64, 'base64').toString('utf8')).toBe(doubtfulSampleText())
    expect(await t.api.getReplaceUndo({ issueId: newIssueId })).toMatchObject({ oldDocuments: oldRows.documents.length, oldFile: 'xingxian-2022-02.txt' })
  })

  it('undoes the replace made before the backup, exactly, its original still on disk', async () => {
    const undone = await t.api.undoReplace({ issueId: newIssueId })
    expect(undone.documents).toBe(oldRows.documents.length)
    expect(readIssueRows(db(), undone.issueId)).toEqual(oldRows)
    const original = await t.api.getOriginal({ issueId: undone.issueId })
    expect(original.fileName).toBe('xingxian-2022-02.txt')
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true, unreferenced: 0 })
  })

  it('入库s the restored staged issue from its restored original', async () => {
    const saved = await t.api.saveStagedIssue({ id: stagedId })
    expect(saved.documents).toBe(45)
    expect(paths('SELECT original_name FROM source_files')).toEqual(['第2期-待核对.txt'])
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true, unreferenced: 0 })
  })
})
