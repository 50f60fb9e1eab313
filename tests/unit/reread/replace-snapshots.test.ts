// What 恢复替换前 keeps: the snapshot of a 期's latest replace only, for SNAPSHOT_KEEP_DAYS. A second
// replace, a removal or an undo drops the snapshot before it, an older one goes when the archive
// opens or at the next replace; the originals only those snapshots kept go from disk with them.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices } from '../../../src/main/services'
import { silentLogger } from '../../../src/main/log'
import { SNAPSHOT_KEEP_DAYS } from '../../../src/main/db/replaced-issues'
import { dropExpiredSnapshots } from '../../../src/main/archive-work/replace-snapshots'
import { SAMPLE_TEXT, tempArchive, upload, type TempArchive } from '../archive-work/helpers'

const LINES = SAMPLE_TEXT.split('\n')
const CUT_AT = LINES.findIndex((l) => l.startsWith('兴县人民政府办公室 关于印发兴县 2022 年度地质灾害防治方案的通知'))
/** The sample cut before its last documents, and cut again shorter: two worse files of the issue. */
const SHORTER = LINES.slice(0, CUT_AT).join('\n')
const SHORTEST = LINES.slice(0, Math.floor(CUT_AT * 0.7)).join('\n')
const DAY = 24 * 60 * 60 * 1000

let t: TempArchive
beforeEach(async () => {
  expect(CUT_AT).toBeGreaterThan(2000)
  t = tempArchive('snapshots-')
  await t.api.importFiles({ sources: [upload('第2期.txt', SAMPLE_TEXT)] })
})
afterEach(() => t.close())

const db = () => t.api.archive.db
const snapshots = (): number => db().prepare('SELECT COUNT(*) FROM replaced_issues').pluck().get() as number
const pathOf = (name: string): string =>
  db().prepare('SELECT stored_path FROM source_files WHERE original_name = ?').pluck().get(name) as string
const onDisk = (rel: string): boolean => existsSync(join(t.api.archive.filesDir, rel))
const issueId = async (): Promise<number> => (await t.api.listIssues({}))[0].id

async function safeReplace(name: string, text: string): Promise<{ issueId: number; documents: number }> {
  const token = (await t.api.importFiles({ sources: [upload(name, text)] })).skipped[0].replaceToken as string
  const preview = await t.api.previewReplace({ token })
  return t.api.applyReplace({ token, expect: preview.fingerprint })
}

describe('replace snapshots', () => {
  it('keep only a 期’s latest replace: replaced again, the first snapshot and the original only it kept go', async () => {
    const first = pathOf('第2期.txt')
    const shorter = await safeReplace('第2期-残缺.txt', SHORTER)
    expect([snapshots(), onDisk(first)]).toEqual([1, true])
    const second = pathOf('第2期-残缺.txt')
    // The second replace goes through the plain import path (替换 on import).
    await t.api.importFiles({ sources: [upload('第2期-更残缺.txt', SHORTEST)], replace: true })
    expect([snapshots(), onDisk(first), onDisk(second)]).toEqual([1, false, true])
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true, unreferenced: 0 })

    const undone = await t.api.undoReplace({ issueId: await issueId() })
    expect(undone).toMatchObject({ issueId: shorter.issueId, documents: shorter.documents })
    // Undone, the snapshot has served; the one before it was dropped, so nothing more to undo.
    expect(snapshots()).toBe(0)
    expect(await t.api.getReplaceUndo({ issueId: undone.issueId })).toBeNull()
    expect(onDisk(second)).toBe(true)
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true, unreferenced: 0 })
  })

  it('go with the issue when it is removed (the removal backup still holds both originals)', async () => {
    const first = pathOf('第2期.txt')
    await safeReplace('第2期-残缺.txt', SHORTER)
    const second = pathOf('第2期-残缺.txt')
    const removed = await t.api.removeIssue({ issueId: await issueId(), editor: '王档案', reason: '测试' })
    expect([snapshots(), onDisk(first), onDisk(second)]).toEqual([0, false, false])
    const check = await t.api.checkBackup({ source: removed.backupDir })
    expect(check).toMatchObject({ ok: true, originals: 2 })
  })

  it(`are dropped after ${SNAPSHOT_KEEP_DAYS} days with their originals, not before`, async () => {
    const first = pathOf('第2期.txt')
    const replaced = (await safeReplace('第2期-残缺.txt', SHORTER)).issueId
    const at = new Date(db().prepare('SELECT replaced_at FROM replaced_issues').pluck().get() as string).getTime()
    expect(dropExpiredSnapshots(t.api.archive, new Date(at + (SNAPSHOT_KEEP_DAYS - 1) * DAY))).toBe(0)
    expect(await t.api.getReplaceUndo({ issueId: replaced })).not.toBeNull()
    expect(dropExpiredSnapshots(t.api.archive, new Date(at + (SNAPSHOT_KEEP_DAYS + 1) * DAY))).toBe(1)
    expect([snapshots(), onDisk(first)]).toEqual([0, false])
    expect(await t.api.getReplaceUndo({ issueId: replaced })).toBeNull()
    await expect(t.api.undoReplace({ issueId: replaced })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await t.api.verifyArchive({})).toMatchObject({ ok: true, unreferenced: 0 })
  })

  it('older than that are dropped when the archive is opened', async () => {
    const first = pathOf('第2期.txt')
    await safeReplace('第2期-残缺.txt', SHORTER)
    const old = new Date(Date.now() - (SNAPSHOT_KEEP_DAYS + 2) * DAY).toISOString()
    db().prepare('UPDATE replaced_issues SET replaced_at = ?').run(old)
    t.api.close()
    t.api = createServices({ dbFile: join(t.dir, 'archive.db'), log: silentLogger })
    expect([snapshots(), onDisk(first)]).toEqual([0, false])
  })
})
