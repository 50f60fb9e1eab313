// Backup folder names: the one place that writes them and reads them back. The reason a backup
// exists is in its name, so 备份列表 can say why without opening it. Every format below has shipped
// (archives hold folders so named), so each one stays readable.
import { existsSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { issueFilePart } from '../../shared/catalogue'
import type { BackupReason } from '../../shared/domain'

export const BACKUP_PREFIX = '公报档案备份-'

/** `<archive>.files/../backups`: where automatic backups go, and manual ones unless told otherwise. */
export function backupsDirFor(filesDir: string): string {
  return join(dirname(resolve(filesDir)), 'backups')
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** 公报档案备份-20240301-142530, in local time: the name staff see, e.g. on a USB stick. */
export function backupName(now: Date): string {
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`
  return `${BACKUP_PREFIX}${day}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`
}

/** A manual backup's folder inside `parent` that does not exist yet (two within one second get -2, -3…). */
export function newBackupDir(parent: string, now: Date): string {
  const base = join(resolve(parent), backupName(now))
  let dir = base
  for (let i = 2; existsSync(dir); i++) dir = `${base}-${i}`
  return dir
}

/** `backups/pre-migration-v<N>-2024-05-06T07-08-09-010Z` beside the database (UTC, milliseconds kept). */
export function preMigrationDir(dbFile: string, version: number, now: Date): string {
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-')
  return join(dirname(resolve(dbFile)), 'backups', `pre-migration-v${version}-${stamp}`)
}

/** `backups/兴县人民政府公报_2022年第2期_删除前备份_20240506-070809` (UTC) beside the archive, before an issue is removed. */
export function removalBackupDir(filesDir: string, issue: { gazette: string; year: number; issueNo: number }, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
  return join(backupsDirFor(filesDir), `${issueFilePart(issue.gazette, issue.year, issue.issueNo)}${REMOVAL_MARK}${stamp}`)
}

const REMOVAL_MARK = '_删除前备份_'

/** One restore's tag, 2024-05-06T07-08-09 (UTC): names its staging copies and the archive it keeps. */
export function restoreTag(now: Date): string {
  return now.toISOString().replace(/\.\d+Z$/, '').replace(/:/g, '-')
}

/** `archive.db.restore-<tag>`, `archive.files.restore-<tag>`: a restore's staging copy of `path`. */
export const stagedRestorePath = (path: string, tag: string): string => `${path}.restore-${tag}`

/** `<stem>.before-restore-<tag>` beside the database: the archive a restore replaced. */
export function keptBeforeRestoreDir(dbFile: string, tag: string): string {
  return join(dirname(dbFile), `${basename(dbFile, extname(dbFile))}.before-restore-${tag}`)
}

/** Why a backup folder exists, read from its name (every name written above, old and new). */
export function reasonOf(name: string): { reason: BackupReason; reasonText: string } {
  const migration = /^pre-migration-v(\d+)-/.exec(name)
  if (migration) return { reason: 'pre-migration', reasonText: `程序升级前自动备份（旧结构版本 ${migration[1]}）` }
  const named = /^(.+)_(\d{4})年第(\d+)期_删除前备份_\d{8}-\d{6}$/.exec(name)
  if (named) return { reason: 'removed', reasonText: `删除 ${named[1]} ${named[2]}年第${named[3]}期 前自动备份` }
  const removed = /-removed-(\d{4})-(\d+)$/.exec(name) // written before issue 16
  if (removed) return { reason: 'removed', reasonText: `删除 ${removed[1]}年第${removed[2]}期 前自动备份` }
  if (name.startsWith(BACKUP_PREFIX)) return { reason: 'manual', reasonText: '手动备份' }
  return { reason: 'other', reasonText: '备份' }
}
