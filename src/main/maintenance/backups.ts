// Backups for the app: named for people, listed with why they exist, checked before a restore.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { BackupCheck, BackupInfo, BackupList } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { MANIFEST, manifestFileProblem, readManifest, type BackupManifest } from '../archive/backup-manifest'
import { backupsDirFor, reasonOf } from '../archive/backup-names'
import { copyRegularFile } from '../archive/originals'
import { checkDatabase, openUntrusted } from '../archive/restore-check'

function describe(dir: string, location: BackupInfo['location']): BackupInfo {
  const name = dir.split(/[\\/]/).pop() ?? dir
  const base = { path: dir, name, location, ...reasonOf(name) }
  try {
    const m = readManifest(dir)
    const bytes = m.files.reduce((n, f) => n + (Number(f.size) || 0), 0)
    return { ...base, createdAt: m.createdAt ?? null, bytes, originals: m.files.length - 1, problem: null }
  } catch (err) {
    const problem = err instanceof AppError ? err.message : '无法读取备份清单'
    return { ...base, createdAt: null, bytes: 0, originals: 0, problem }
  }
}

/** `folder` itself when it is a backup, else the folders directly inside it (only real backups unless `all`). */
function backupsIn(folder: string, location: BackupInfo['location'], all: boolean): BackupInfo[] {
  const dir = resolve(folder)
  if (!existsSync(dir)) return []
  if (existsSync(join(dir, MANIFEST))) return [describe(dir, location)]
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (all || existsSync(join(dir, d.name, MANIFEST))))
    .map((d) => describe(join(dir, d.name), location))
}

/** The default folder (every subfolder: an unfinished backup shows with its problem) and a chosen one. */
export function listBackups(archive: { dbFile: string; filesDir: string }, folder?: string): BackupList {
  const defaultFolder = backupsDirFor(archive.filesDir)
  const found = backupsIn(defaultFolder, 'default', true)
  const known = new Set(found.map((b) => b.path))
  if (folder) found.push(...backupsIn(folder, 'chosen', false).filter((b) => !known.has(b.path)))
  found.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''))
  return { archiveFile: archive.dbFile, defaultFolder, backups: found }
}

/** Checks the database on a temporary copy: the check must not touch the backup (its hashes). */
function inspectDatabase(file: string, size: number, problems: string[]): { issues: number; documents: number } | null {
  const tmp = mkdtempSync(join(tmpdir(), 'gazette-check-'))
  try {
    const copy = join(tmp, 'check.db')
    copyRegularFile(file, copy, basename(file), size + 1) // never a FIFO, symlink or device
    checkDatabase(copy)
    const db = openUntrusted(copy, { readonly: true })
    try {
      const count = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
      return { issues: count('issues'), documents: count('documents') }
    } finally {
      db.close()
    }
  } catch (err) {
    problems.push(err instanceof AppError ? err.message : '备份中的数据库无法打开')
    return null
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

/** Everything restore would check, reported instead of thrown, changing nothing. */
export function checkBackupFolder(dir: string): BackupCheck {
  let manifest: BackupManifest
  try {
    manifest = readManifest(dir)
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    return { ok: false, problems: [err.message], createdAt: null, originals: 0, bytes: 0, issues: null, documents: null }
  }
  const root = resolve(dir)
  const problems: string[] = []
  let dbOk = false
  for (const f of manifest.files) {
    const p = manifestFileProblem(root, f)
    if (p) problems.push(p)
    else if (f.path === manifest.database) dbOk = true
  }
  // Only a database that passed the manifest check (regular file, size, hash) is opened.
  const dbEntry = manifest.files.find((f) => f.path === manifest.database)
  const counts = dbOk && dbEntry ? inspectDatabase(join(root, manifest.database), dbEntry.size, problems) : null
  return {
    ok: problems.length === 0,
    problems,
    createdAt: manifest.createdAt ?? null,
    originals: manifest.files.length - 1,
    bytes: manifest.files.reduce((n, f) => n + (Number(f.size) || 0), 0),
    issues: counts?.issues ?? null,
    documents: counts?.documents ?? null,
  }
}
