// Consistent backups while the archive is in use (SQLite online backup + originals + manifest).
// Only regular files inside the archive's folder are copied; a backup that fails for any reason
// leaves no partial folder behind.
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import type { Database as Db } from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { preMigrationDir } from './backup-names'
import { acquireShared } from './lock'
import { copyRegularFile, fileKind, hashRegularFile, originalPath } from './originals'
import { asDiskError, checkFreeSpace } from '../disk-errors'
import { filesDirFor, noArchiveError } from './open-archive'
import { MANIFEST, type BackupManifest, type ManifestFile } from './backup-manifest'
import { schemaVersion } from '../db/migrate'
import { keptOriginalsSize, listKeptOriginals, type KeptOriginal } from '../db/kept-originals'

export {
  checkBackup,
  manifestProblems,
  MANIFEST,
  readManifest,
  type BackupManifest,
  type ManifestFile,
} from './backup-manifest'

function fileEntry(root: string, rel: string): ManifestFile {
  return { path: rel, ...hashRegularFile(join(root, rel), rel) }
}

async function copyDatabase(src: string, dest: string): Promise<number> {
  const source = new Database(src, { fileMustExist: true })
  source.pragma('busy_timeout = 5000')
  source.pragma('trusted_schema = OFF')
  try {
    // All remaining pages in one step, i.e. one read snapshot: with the default 100 pages per
    // step, every write by another connection would restart the copy, possibly forever.
    await source.backup(dest, { progress: () => 0x7fffffff })
  } finally {
    source.close()
  }
  // A single self-contained file: no -wal beside it to forget when copying the backup around.
  const copy = new Database(dest)
  try {
    copy.pragma('journal_mode = DELETE')
    return schemaVersion(copy)
  } finally {
    copy.close()
  }
}

type CopyFn = (from: string, to: string, r: KeptOriginal) => ManifestFile | null

/** A capped copy (never more than the recorded size + 1 bytes), hashed while copying. */
const copyCapped: CopyFn = (from, to, r) => ({ path: '', ...copyRegularFile(from, to, r.storedPath, r.size + 1) })

/** Originals never change once stored (named by SHA-256), so a hard link is a safe, free copy. */
const linkOrCopy: CopyFn = (from, to, r) => {
  try {
    linkSync(from, to)
  } catch {
    return copyCapped(from, to, r)
  }
  return { path: '', ...hashRegularFile(to, r.storedPath, r.size + 1) }
}

/** Where a record's original is, or why it is not backed up (outside the archive, not a regular file). */
function sourceOf(srcFiles: string, r: KeptOriginal, warnings: string[]): string | null {
  let from: string
  try {
    from = originalPath(srcFiles, r.storedPath)
  } catch {
    warnings.push(`原件路径不合规，未备份（档案记录可能被篡改）：${r.originalName}（${r.storedPath}）`)
    return null
  }
  const kind = fileKind(from)
  if (kind === null) warnings.push(`原件缺失，未能备份：${r.originalName}（${r.storedPath}）`)
  else if (kind !== 'file') warnings.push(`原件不是普通文件（符号链接或特殊文件），未备份：${r.originalName}（${r.storedPath}）`)
  return kind === 'file' ? from : null
}

/**
 * Copies the originals the backup's database records (its rows never precede their files): of the
 * archived issues, of the issues waiting under 待核对, and of replaced issues 恢复替换前 can bring back.
 */
function copyOriginals(src: string, out: string, dbName: string, warnings: string[], copy: CopyFn = copyCapped): ManifestFile[] {
  const snapshot = new Database(join(out, dbName), { readonly: true })
  snapshot.pragma('trusted_schema = OFF')
  const records = listKeptOriginals(snapshot)
  snapshot.close()
  const filesName = basename(filesDirFor(src))
  const files: ManifestFile[] = []
  const done = new Set<string>()
  for (const r of records) {
    const rel = `${filesName}/${r.storedPath}`
    if (done.has(rel)) continue
    const from = sourceOf(filesDirFor(src), r, warnings)
    if (!from) continue
    mkdirSync(dirname(join(out, rel)), { recursive: true })
    const entry = copy(from, join(out, rel), r)
    if (!entry) continue
    if (entry.size !== r.size || entry.sha256 !== r.sha256) warnings.push(`原件已损坏（大小或 SHA-256 不符），仍已备份：${r.originalName}`)
    files.push({ ...entry, path: rel })
    done.add(rel)
  }
  return files
}

/** Runs `work` on a new backup folder; when it throws, whatever it wrote is removed. */
async function intoFreshFolder<T>(out: string, label: string, work: () => Promise<T> | T): Promise<T> {
  if (existsSync(out) && (!lstatSync(out).isDirectory() || readdirSync(out).length > 0)) {
    throw new AppError('BAD_REQUEST', `备份目标文件夹不是空的：${label}（请换一个新文件夹）`)
  }
  const created = !existsSync(out)
  mkdirSync(out, { recursive: true })
  try {
    return await work()
  } catch (err) {
    // A half-written backup must not pass for one: remove what this call wrote.
    if (created) rmSync(out, { recursive: true, force: true })
    else for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true, force: true })
    throw asDiskError(err, '备份未能完成，未完成的备份已删除')
  }
}

/** Copies the database (online backup API, safe while another process writes) and the originals it records. */
export async function backupArchive(
  dbFile: string,
  outDir: string,
  now = new Date(),
): Promise<{ manifest: BackupManifest; warnings: string[] }> {
  const src = resolve(dbFile)
  if (!existsSync(src)) throw noArchiveError(dbFile)
  const target = resolve(outDir)
  checkFreeSpace(existsSync(target) ? target : dirname(target), backupSpaceNeeded(src))
  const lock = acquireShared(src) // a restore must not swap the archive under the copy
  try {
    return await intoFreshFolder(resolve(outDir), outDir, async () => {
      const out = resolve(outDir)
      const dbName = basename(src)
      const version = await copyDatabase(src, join(out, dbName))
      const warnings: string[] = []
      const files = [fileEntry(out, dbName), ...copyOriginals(src, out, dbName, warnings)]
      return { manifest: writeManifest(out, dbName, version, files, now), warnings }
    })
  } finally {
    lock.release()
  }
}

/** Room a backup takes: the database (with its WAL) and the originals it keeps. */
function backupSpaceNeeded(src: string): number {
  const size = (f: string): number => (existsSync(f) ? statSync(f).size : 0)
  const db = new Database(src, { readonly: true, fileMustExist: true })
  try {
    return size(src) + size(`${src}-wal`) + keptOriginalsSize(db)
  } finally {
    db.close()
  }
}

function writeManifest(out: string, dbName: string, version: number, files: ManifestFile[], now: Date): BackupManifest {
  const manifest: BackupManifest = {
    format: 'gazette-archive-backup',
    version: 1,
    createdAt: now.toISOString(),
    schemaVersion: version,
    database: dbName,
    files,
  }
  writeFileSync(join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Before a migration: <folder of the archive>/backups/pre-migration-v<N>-<time>/, a backup that
 * `restore --from` accepts. Synchronous because opening an archive is; VACUUM INTO copies one
 * consistent snapshot like the online backup API (better-sqlite3 offers that only async).
 */
export function backupBeforeMigration(db: Db, dbFile: string, now = new Date()): string {
  const src = resolve(dbFile)
  const version = schemaVersion(db)
  const out = preMigrationDir(src, version, now)
  mkdirSync(out, { recursive: true })
  try {
    const dbName = basename(src)
    db.prepare('VACUUM INTO ?').run(join(out, dbName))
    const warnings: string[] = []
    const files = [fileEntry(out, dbName), ...copyOriginals(src, out, dbName, warnings, linkOrCopy)]
    writeManifest(out, dbName, version, files, now)
    if (warnings.length) writeFileSync(join(out, 'warnings.txt'), `${warnings.join('\n')}\n`)
  } catch (err) {
    rmSync(out, { recursive: true, force: true })
    throw err
  }
  return out
}
