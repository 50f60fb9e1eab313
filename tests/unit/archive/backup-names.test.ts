// Every backup folder name the app writes is read back with the reason it was written for.
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  backupName,
  backupsDirFor,
  keptBeforeRestoreDir,
  preMigrationDir,
  reasonOf,
  removalBackupDir,
  restoreTag,
  stagedRestorePath,
} from '../../../src/main/archive/backup-names'

const at = new Date(Date.UTC(2024, 4, 6, 7, 8, 9, 10))

describe('backup folder names', () => {
  it('writes each reason in its shipped format, under <archive folder>/backups', () => {
    expect(backupsDirFor('/data/archive.files')).toBe('/data/backups')
    expect(preMigrationDir('/data/archive.db', 1, at)).toBe('/data/backups/pre-migration-v1-2024-05-06T07-08-09-010Z')
    expect(removalBackupDir('/data/archive.files', { gazette: '兴县人民政府公报', year: 2022, issueNo: 2 }, at)).toBe(
      '/data/backups/兴县人民政府公报_2022年第2期_删除前备份_20240506-070809',
    )
    expect(backupName(new Date(2024, 0, 2, 8, 5, 9))).toBe('公报档案备份-20240102-080509')
    const tag = restoreTag(at)
    expect(keptBeforeRestoreDir('/data/archive.db', tag)).toBe('/data/archive.before-restore-2024-05-06T07-08-09')
    expect(stagedRestorePath('/data/archive.db', tag)).toBe('/data/archive.db.restore-2024-05-06T07-08-09')
  })

  it('reads back why each one was written', () => {
    expect(reasonOf(basename(preMigrationDir('/d/a.db', 3, at)))).toEqual({ reason: 'pre-migration', reasonText: '程序升级前自动备份（旧结构版本 3）' })
    const removal = basename(removalBackupDir('/d/a.files', { gazette: '兴县人民政府公报', year: 2022, issueNo: 12 }, at))
    expect(reasonOf(removal)).toEqual({ reason: 'removed', reasonText: '删除 兴县人民政府公报 2022年第12期 前自动备份' })
    expect(reasonOf('20240506-070809-removed-2022-12')).toEqual({ reason: 'removed', reasonText: '删除 2022年第12期 前自动备份' })
    expect(reasonOf(backupName(at))).toEqual({ reason: 'manual', reasonText: '手动备份' })
    expect(reasonOf(`${backupName(at)}-2`).reason).toBe('manual')
  })

  it('keeps folders named by hand or by older versions readable as plain backups', () => {
    expect(reasonOf('usb-copy')).toEqual({ reason: 'other', reasonText: '备份' })
    expect(reasonOf(basename(join('/x', 'pre-migration-v3-x'))).reason).toBe('pre-migration')
  })
})
