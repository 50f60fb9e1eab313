// Restores a backup folder over an archive: checks everything first, stages the copy beside the
// target, keeps the replaced archive as <stem>.before-restore-<timestamp>/, then swaps.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { filesDirFor } from './archive'
import { checkBackup, type BackupManifest } from './backup'
import { LATEST_VERSION, schemaVersion } from './migrate'
import { openDb } from './open'
import { checkFts, checkIntegrity } from './verify'

export interface RestoreResult {
  manifest: BackupManifest
  /** Folder holding the archive that was replaced, or null when there was none. */
  keptAs: string | null
}

function stamp(now: Date): string {
  return now.toISOString().replace(/\.\d+Z$/, '').replace(/:/g, '-')
}

/** Opens the staged copy and refuses it unless SQLite and the FTS index say it is sound. */
export function checkDatabase(file: string): void {
  const db = new Database(file, { fileMustExist: true })
  try {
    const version = schemaVersion(db)
    if (version > LATEST_VERSION) {
      throw new AppError('ARCHIVE_TOO_NEW', `备份来自更新版本的程序（结构版本 ${version}），请先升级程序。`)
    }
    const integrity = checkIntegrity(db)
    if (integrity !== 'ok') throw new AppError('CORRUPT_FILE', `备份中的数据库已损坏：${integrity.join('；')}`)
    const fts = checkFts(db)
    if (fts !== 'ok') throw new AppError('CORRUPT_FILE', `备份中的全文索引已损坏：${fts}`)
  } finally {
    db.close()
  }
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
  const stem = basename(dbFile, extname(dbFile))
  const kept = join(dirname(dbFile), `${stem}.before-restore-${tag}`)
  mkdirSync(kept, { recursive: true })
  for (const p of parts) if (existsSync(p)) renameSync(p, join(kept, basename(p)))
  return kept
}

export function restoreArchive(fromDir: string, dbFile: string, now = new Date()): RestoreResult {
  const from = resolve(fromDir)
  const manifest = checkBackup(from)
  const target = resolve(dbFile)
  const filesDir = filesDirFor(target)
  const tag = stamp(now)
  mkdirSync(dirname(target), { recursive: true })
  const stagedDb = `${target}.restore-${tag}`
  const stagedFiles = `${filesDir}.restore-${tag}`
  try {
    cpSync(join(from, manifest.database), stagedDb)
    checkDatabase(stagedDb)
    const backupFiles = join(from, basename(filesDirFor(join(from, manifest.database))))
    if (existsSync(backupFiles)) cpSync(backupFiles, stagedFiles, { recursive: true })
    else mkdirSync(stagedFiles, { recursive: true })
  } catch (err) {
    rmSync(stagedDb, { force: true })
    rmSync(stagedFiles, { recursive: true, force: true })
    throw err
  }
  const keptAs = keepCurrent(target, filesDir, tag)
  renameSync(stagedDb, target)
  renameSync(stagedFiles, filesDir)
  openDb(target).close() // brings an older backup up to the current schema
  return { manifest, keptAs }
}
