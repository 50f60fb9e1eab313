// 档案维护 through createServices: check, back up, list, check a backup, restore by swapping the open archive.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportSource } from '../../../src/shared/api'
import type { ArchiveSettings } from '../../../src/shared/domain'
import { createServices, type Services } from '../../../src/main/services'
import { silentLogger } from '../../../src/main/log'
import { backupName, newBackupDir } from '../../../src/main/archive/backup-names'
import { fakePipeline, issueFile, makeDoc, makeIssue } from '../db/make-issue'

let dir: string
let api: Services

const upload = (issueNo: number): ImportSource => ({
  kind: 'upload',
  name: `2022-${issueNo}.txt`,
  bytesBase64: Buffer.from(issueFile(makeIssue(issueNo, [makeDoc(1), makeDoc(2, { docNumber: `兴政函〔2022〕${issueNo}0号` })]))).toString('base64'),
})

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'maintenance-'))
  api = createServices({ dbFile: join(dir, 'archive.db'), log: silentLogger, pipeline: fakePipeline })
  await api.importFiles({ sources: [upload(2)] })
})
afterEach(() => {
  api.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Changes a file without changing its size, so only its SHA-256 shows the change. */
function flipFirstByte(file: string): void {
  const bytes = readFileSync(file)
  bytes[0] ^= 0xff
  writeFileSync(file, bytes)
}

const issueNos = async (): Promise<number[]> => (await api.listIssues({})).map((i) => i.issueNo).sort()

describe('档案维护 in the service', () => {
  it('checks the archive, and reports a changed original', async () => {
    expect(await api.verifyArchive({})).toMatchObject({ ok: true, integrityOk: true, ftsOk: true, filesChecked: 1, documents: 2, problems: [] })
    const [sub] = readdirSync(api.archive.filesDir)
    const [file] = readdirSync(join(api.archive.filesDir, sub))
    flipFirstByte(join(api.archive.filesDir, sub, file)) // same size: only the hash can tell
    const r = await api.verifyArchive({})
    expect(r.ok).toBe(false)
    expect(r.problems[0]).toMatch(/SHA-256 不符/)
  })

  it('remembers when staff last backed up, for the reminder (default: every 7 days)', async () => {
    expect(await api.getSettings({})).toMatchObject({ backupReminderDays: 7, lastBackupAt: null })
    const b = await api.backupArchive({})
    expect((await api.getSettings({})).lastBackupAt).toBe(b.createdAt)
    expect(await api.setSettings({ backupReminderDays: 30 })).toMatchObject({ backupReminderDays: 30, lastBackupAt: b.createdAt })
    expect(await api.setSettings({ backupReminderDays: 0 })).toMatchObject({ backupReminderDays: 0 })
  })

  it('backs up into a new dated folder (default folder or a chosen one) and lists it with its reason', async () => {
    const b = await api.backupArchive({})
    expect(basename(b.path)).toMatch(/^公报档案备份-\d{8}-\d{6}$/)
    expect(b.path.startsWith(api.backupsDir)).toBe(true)
    expect(b).toMatchObject({ originals: 1, warnings: [] })
    expect(b.bytes).toBeGreaterThan(0)
    const usb = join(dir, 'usb')
    const second = await api.backupArchive({ target: usb })
    expect(second.path.startsWith(usb)).toBe(true)
    mkdirSync(join(usb, backupName(new Date(2024, 0, 2, 8, 5, 9))))
    expect(newBackupDir(usb, new Date(2024, 0, 2, 8, 5, 9))).toBe(join(usb, '公报档案备份-20240102-080509-2'))
    const list = await api.listBackups({ folder: usb })
    expect(list).toMatchObject({ archiveFile: api.archive.dbFile, defaultFolder: api.backupsDir })
    expect(list.backups.map((x) => [x.location, x.reason, x.reasonText])).toEqual(
      expect.arrayContaining([['default', 'manual', '手动备份'], ['chosen', 'manual', '手动备份']]),
    )
    expect(await api.checkBackup({ source: b.path })).toMatchObject({ ok: true, problems: [], originals: 1, issues: 1, documents: 2 })
  })

  it('lists the automatic backup made before removing an issue', async () => {
    const [issue] = await api.listIssues({})
    const removed = await api.removeIssue({ issueId: issue.id, editor: '张三', reason: '重复' })
    const { backups } = await api.listBackups({})
    expect(backups).toEqual([expect.objectContaining({ path: removed.backupDir, reason: 'removed', reasonText: '删除 兴县人民政府公报 2022年第2期 前自动备份' })])
  })

  it('restores a backup over the open archive; every method then uses the restored one', async () => {
    const seen: ArchiveSettings[] = []
    api.onSettingsChanged((s) => seen.push(s))
    const before = (await api.searchDocuments({ query: '第1项工作' })).total // builds the old connection's index
    const inbox = join(dir, 'inbox')
    mkdirSync(inbox)
    await api.setSettings({ inboxFolder: inbox })
    const b = await api.backupArchive({})
    await api.importFiles({ sources: [upload(3)] })
    await api.setSettings({ editorName: '李四' })
    expect(await issueNos()).toEqual([2, 3])
    expect((await api.searchDocuments({ query: '第1项工作' })).total).toBeGreaterThan(before)

    const r = await api.restoreArchive({ source: b.path })
    expect(r.keptAs && basename(r.keptAs)).toMatch(/^archive\.before-restore-/)
    expect(readdirSync(r.keptAs!).sort()).toEqual(['archive.db', 'archive.files'])
    expect(await issueNos()).toEqual([2])
    expect((await api.getSettings({})).editorName).toBeNull()
    expect(seen.at(-1)).toMatchObject({ editorName: null, inboxFolder: null }) // the inbox runner stops
    // A path setting is never taken over from a backup: staff choose the inbox folder again.
    expect(r.clearedInboxFolder).toBe(inbox)
    expect(r.notes).toEqual([expect.stringContaining('未沿用备份中的收件文件夹设置')])
    expect((await api.getSettings({})).inboxFolder).toBeNull()

    const id = (await api.findByDocNumber({ docNumber: '兴政函〔2022〕20号' }))!
    expect((await api.getDocument({ id })).docNumber).toBe('兴政函〔2022〕20号')
    expect((await api.searchDocuments({ query: '第1项工作' })).total).toBe(before)
    expect((await api.listDocuments({ offset: 0, limit: 10 })).total).toBe(2)
    expect((await api.listSeries({}))[0].heldCount).toBe(1)
    const fixed = await api.correctDocument({ id, changes: { title: '恢复后更正的标题' }, editor: '张三' })
    expect(fixed.title).toBe('恢复后更正的标题')
    expect((await api.searchDocuments({ query: '恢复后更正' })).total).toBe(1)
    expect(await api.verifyArchive({})).toMatchObject({ ok: true })
    await api.importFiles({ sources: [upload(3)] })
    expect(await issueNos()).toEqual([2, 3])
  })

  it('refuses a tampered backup and leaves the archive untouched', async () => {
    const b = await api.backupArchive({})
    await api.importFiles({ sources: [upload(3)] })
    const [sub] = readdirSync(join(b.path, 'archive.files'))
    const [file] = readdirSync(join(b.path, 'archive.files', sub))
    flipFirstByte(join(b.path, 'archive.files', sub, file))
    const check = await api.checkBackup({ source: b.path })
    expect(check.ok).toBe(false)
    expect(check.problems).toEqual([expect.stringMatching(/^SHA-256 不符/)])
    await expect(api.restoreArchive({ source: b.path })).rejects.toMatchObject({ code: 'CORRUPT_FILE' })
    expect(await issueNos()).toEqual([2, 3])
    expect(readdirSync(dir).filter((n) => n.includes('before-restore') || n.includes('.restore-'))).toEqual([])
    expect(await api.verifyArchive({})).toMatchObject({ ok: true })
  })

  it('reports a folder that is no backup, without throwing', async () => {
    const check = await api.checkBackup({ source: join(dir, 'nothing') })
    expect(check).toMatchObject({ ok: false, problems: [expect.stringMatching(/manifest\.json/)] })
  })

  it('refuses to restore (BUSY) while an import runs, and restores once it is done', async () => {
    const b = await api.backupArchive({})
    const importing = api.importFiles({ sources: [upload(3)] })
    await expect(api.restoreArchive({ source: b.path })).rejects.toMatchObject({ code: 'BUSY', message: expect.stringMatching(/导入/) })
    await importing
    expect(await issueNos()).toEqual([2, 3])
    await api.restoreArchive({ source: b.path })
    expect(await issueNos()).toEqual([2])
    expect(existsSync(api.archive.dbFile)).toBe(true)
  })
})
