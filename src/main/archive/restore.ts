// Restores a backup folder over an archive, trusting nothing in it: only the files its manifest
// lists are copied (regular files, listed size, listed hash, read with a cap), the database is
// checked against the schema our migrations build, path settings are cleared, and all of it
// happens in a staging copy beside the target before anything is replaced. The replaced archive
// is kept as <stem>.before-restore-<timestamp>/. No other process may hold the archive meanwhile.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { keptBeforeRestoreDir, restoreTag, stagedRestorePath } from './backup-names'
import { withExclusiveLock } from './lock'
import { copyRegularFile } from './originals'
import { filesDirFor } from './open-archive'
import { backupFilesName, listedFileShapeProblem, readManifest, type BackupManifest, type ManifestFile } from './backup-manifest'
import { openDb } from '../db/open'
import { checkDatabase, clearPathSettings, missingKeptOriginals } from './restore-check'

export { checkDatabase } from './restore-check'

export interface RestoreResult {
  manifest: BackupManifest
  /** Folder holding the archive that was replaced, or null when there was none. */
  keptAs: string | null
  /** The backup's inbox folder, not taken over (staff choose it again in 设置), or null. */
  clearedInboxFolder: string | null
  /** For people, in Chinese: what the restore did not take over from the backup. */
  notes: string[]
}

/** Moves the current archive (db, -wal, -shm, originals) into one folder beside it. */
function keepCurrent(dbFile: string, filesDir: string, tag: string): string | null {
  const parts = [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, filesDir].filter((p) => existsSync(p))
  if (!parts.length) return null
  if (existsSync(dbFile)) {
    // Fold the WAL into the main file first so the kept copy opens on its own.
    const db = new Database(dbFile)
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
  }
  const kept = keptBeforeRestoreDir(dbFile, tag)
  mkdirSync(kept, { recursive: true })
  for (const p of parts) if (existsSync(p)) renameSync(p, join(kept, basename(p)))
  return kept
}

/** Copies one listed file after the checks 检查备份 makes, hashing the bytes as they are copied (one read). */
function copyListed(from: string, f: ManifestFile, dest: string): string | null {
  const problem = listedFileShapeProblem(from, f)
  if (problem) return problem
  mkdirSync(dirname(dest), { recursive: true })
  const copied = copyRegularFile(join(from, f.path), dest, f.path, f.size + 1)
  if (copied.size !== f.size) return `大小不符：${f.path}`
  return copied.sha256 === f.sha256 ? null : `SHA-256 不符：${f.path}`
}

/** The staged database and originals folder, every file checked; throws listing the problems. */
function stage(from: string, manifest: BackupManifest, stagedDb: string, stagedFiles: string): void {
  const filesPrefix = `${backupFilesName(manifest.database)}/`
  mkdirSync(stagedFiles, { recursive: true })
  const problems: string[] = []
  for (const f of manifest.files) {
    const dest = f.path === manifest.database ? stagedDb : join(stagedFiles, f.path.slice(filesPrefix.length))
    const p = copyListed(from, f, dest)
    if (p) problems.push(p)
  }
  if (problems.length) throw new AppError('CORRUPT_FILE', `备份已损坏或不可信，未做任何替换：\n${problems.join('\n')}`)
  checkDatabase(stagedDb)
}

function notesFor(cleared: { inboxFolder: string | null }, missing: number): string[] {
  const notes: string[] = []
  if (cleared.inboxFolder) notes.push(`未沿用备份中的收件文件夹设置（${cleared.inboxFolder}），如需自动导入，请在“设置”中重新选择收件文件夹。`)
  if (missing > 0) {
    notes.push(`备份中缺少 ${missing} 个原件（较早版本的程序备份时未包含待核对各期和“恢复替换前”所需的原件）：相关的期仍可核对、入库或恢复替换前，但无法对照原文；“检查档案”会列出这些原件。`)
  }
  return notes
}

function restoreLocked(from: string, manifest: BackupManifest, target: string, now: Date): RestoreResult {
  const filesDir = filesDirFor(target)
  const tag = restoreTag(now)
  const stagedDb = stagedRestorePath(target, tag)
  const stagedFiles = stagedRestorePath(filesDir, tag)
  let cleared: { inboxFolder: string | null }
  try {
    stage(from, manifest, stagedDb, stagedFiles)
    cleared = clearPathSettings(stagedDb)
  } catch (err) {
    rmSync(stagedDb, { force: true })
    rmSync(stagedFiles, { recursive: true, force: true })
    throw err
  }
  const keptAs = keepCurrent(target, filesDir, tag)
  renameSync(stagedDb, target)
  renameSync(stagedFiles, filesDir)
  openDb(target).close() // brings an older backup up to the current schema
  const missing = missingKeptOriginals(target, filesDir)
  return { manifest, keptAs, clearedInboxFolder: cleared.inboxFolder, notes: notesFor(cleared, missing) }
}

/** Restores `fromDir` over `dbFile`; refuses while any other process has the archive open. */
export function restoreArchive(fromDir: string, dbFile: string, now = new Date()): RestoreResult {
  const from = resolve(fromDir)
  const manifest = readManifest(from)
  const target = resolve(dbFile)
  mkdirSync(dirname(target), { recursive: true })
  return withExclusiveLock(target, () => restoreLocked(from, manifest, target, now))
}
