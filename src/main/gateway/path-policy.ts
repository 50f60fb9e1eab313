// Which paths from the page main may act on: ones it produced (dialog grants), and for checking or
// restoring a backup also one directly inside a granted folder or inside the default backups folder.
import { dirname, resolve } from 'node:path'
import type { ArchiveApi } from '../../shared/api'

export interface PathPolicy {
  isGranted(path: string): boolean
  /** The archive's default backups folder (Services.backupsDir). */
  backupsDir?: string
}

const BACKUP_SOURCE: ReadonlySet<keyof ArchiveApi> = new Set(['checkBackup', 'restoreArchive'])

export function isPathAllowed(method: keyof ArchiveApi, path: string, policy: PathPolicy): boolean {
  if (policy.isGranted(path)) return true
  if (!BACKUP_SOURCE.has(method)) return false
  // resolve() folds `..`, so a name that climbs out of the folder has another parent.
  const parent = dirname(resolve(path))
  return policy.isGranted(parent) || (policy.backupsDir !== undefined && parent === resolve(policy.backupsDir))
}

const MAINTENANCE: ReadonlySet<keyof ArchiveApi> = new Set([...BACKUP_SOURCE, 'backupArchive', 'listBackups'])

/** The refusal, in words that fit what was asked. */
export function refusedPathMessage(method: keyof ArchiveApi, browser: boolean): string {
  if (MAINTENANCE.has(method)) {
    return browser ? '浏览器模式只能使用档案旁默认备份文件夹中的备份' : '只能使用在对话框中选择的文件夹，或默认备份文件夹中的备份'
  }
  return browser ? '浏览器模式只接受上传的文件' : '只能导入在对话框中选择的文件或文件夹'
}
