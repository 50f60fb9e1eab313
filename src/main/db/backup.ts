// Consistent backups while the archive is in use (SQLite online backup + originals + manifest),
// and restores that check the backup completely before replacing anything.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import type { Database as Db } from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { asDiskError, checkFreeSpace } from '../disk-errors'
import { sha256OfFile } from '../importer/store-original'
import { filesDirFor, noArchiveError } from './archive'
import { schemaVersion } from './migrate'
import { listSourceFiles } from './source-files'

export interface ManifestFile {
  path: string // relative to the backup folder, with /
  sha256: string
  size: number
}

export interface BackupManifest {
  format: 'gazette-archive-backup'
  version: 1
  createdAt: string
  schemaVersion: number
  database: string
  files: ManifestFile[]
}

export const MANIFEST = 'manifest.json'

function fileEntry(root: string, rel: string): ManifestFile {
  return { path: rel, ...sha256OfFile(join(root, rel)) }
}

async function copyDatabase(src: string, dest: string): Promise<number> {
  const source = new Database(src, { fileMustExist: true })
  source.pragma('busy_timeout = 5000')
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

/** Originals never change once stored (named by SHA-256), so a hard link is a safe, free copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}

/** Copies the originals the backup's database records (its rows never precede their files). */
function copyOriginals(
  src: string,
  out: string,
  dbName: string,
  warnings: string[],
  copy: (from: string, to: string) => void = copyFileSync,
): ManifestFile[] {
  const snapshot = new Database(join(out, dbName), { readonly: true })
  const records = listSourceFiles(snapshot)
  snapshot.close()
  const filesName = basename(filesDirFor(src))
  const files: ManifestFile[] = []
  for (const r of records) {
    const rel = `${filesName}/${r.storedPath}`
    const from = join(filesDirFor(src), r.storedPath)
    if (!existsSync(from)) {
      warnings.push(`原件缺失，未能备份：${r.originalName}（${r.storedPath}）`)
      continue
    }
    mkdirSync(dirname(join(out, rel)), { recursive: true })
    copy(from, join(out, rel))
    const entry = fileEntry(out, rel)
    if (entry.sha256 !== r.sha256) warnings.push(`原件已损坏（SHA-256 不符），仍已备份：${r.originalName}`)
    files.push(entry)
  }
  return files
}

/** Copies the database (online backup API, safe while another process writes) and the originals it records. */
export async function backupArchive(
  dbFile: string,
  outDir: string,
  now = new Date(),
): Promise<{ manifest: BackupManifest; warnings: string[] }> {
  const src = resolve(dbFile)
  if (!existsSync(src)) throw noArchiveError(dbFile)
  const out = resolve(outDir)
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new AppError('BAD_REQUEST', `备份目标文件夹不是空的：${outDir}（请换一个新文件夹）`)
  }
  const created = !existsSync(out)
  checkFreeSpace(created ? dirname(out) : out, backupSpaceNeeded(src))
  mkdirSync(out, { recursive: true })
  try {
    const dbName = basename(src)
    const version = await copyDatabase(src, join(out, dbName))
    const warnings: string[] = []
    const files = [fileEntry(out, dbName), ...copyOriginals(src, out, dbName, warnings)]
    return { manifest: writeManifest(out, dbName, version, files, now), warnings }
  } catch (err) {
    // A half-written backup must not pass for one: remove what this call wrote.
    if (created) rmSync(out, { recursive: true, force: true })
    else for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true, force: true })
    throw asDiskError(err, '备份未能完成，未完成的备份已删除')
  }
}

/** Room a backup takes: the database (with its WAL) and the originals it records. */
function backupSpaceNeeded(src: string): number {
  const size = (f: string): number => (existsSync(f) ? statSync(f).size : 0)
  const db = new Database(src, { readonly: true, fileMustExist: true })
  try {
    const originals = Number(db.prepare('SELECT COALESCE(SUM(size), 0) FROM source_files').pluck().get())
    return size(src) + size(`${src}-wal`) + originals
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
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-')
  const out = join(dirname(src), 'backups', `pre-migration-v${version}-${stamp}`)
  mkdirSync(out, { recursive: true })
  const dbName = basename(src)
  db.prepare('VACUUM INTO ?').run(join(out, dbName))
  const warnings: string[] = []
  const files = [fileEntry(out, dbName), ...copyOriginals(src, out, dbName, warnings, linkOrCopy)]
  writeManifest(out, dbName, version, files, now)
  if (warnings.length) writeFileSync(join(out, 'warnings.txt'), `${warnings.join('\n')}\n`)
  return out
}

/** Reads a backup folder's manifest; throws when there is none or it cannot be a backup's. */
export function readManifest(fromDir: string): BackupManifest {
  const file = join(resolve(fromDir), MANIFEST)
  if (!existsSync(file)) throw new AppError('BAD_REQUEST', `不是有效的备份文件夹（缺少 ${MANIFEST}）：${fromDir}`)
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest
  } catch {
    throw new AppError('CORRUPT_FILE', `备份清单 ${MANIFEST} 无法读取`)
  }
  if (manifest?.format !== 'gazette-archive-backup' || !Array.isArray(manifest.files)) {
    throw new AppError('BAD_REQUEST', `备份清单格式不对：${file}`)
  }
  // The database must be one of the checked files: a manifest that leaves it out checks nothing.
  const dbName = manifest.database
  if (typeof dbName !== 'string' || basename(dbName) !== dbName || !manifest.files.some((f) => f.path === dbName)) {
    throw new AppError('CORRUPT_FILE', `备份清单没有列出数据库文件，未做任何替换：${file}`)
  }
  return manifest
}

/** Every file the manifest lists, present and with its SHA-256: one Chinese line per problem. */
export function manifestProblems(fromDir: string, manifest: BackupManifest): string[] {
  const dir = resolve(fromDir)
  const problems: string[] = []
  for (const f of manifest.files) {
    const full = join(dir, String(f.path))
    if (typeof f.path !== 'string' || f.path.includes('..') || !existsSync(full)) problems.push(`缺少：${f.path}`)
    else if (sha256OfFile(full).sha256 !== f.sha256) problems.push(`SHA-256 不符：${f.path}`)
  }
  return problems
}

/** Reads and checks a backup folder's manifest and every file it lists; throws listing the problems. */
export function checkBackup(fromDir: string): BackupManifest {
  const manifest = readManifest(fromDir)
  const problems = manifestProblems(fromDir, manifest)
  if (problems.length) throw new AppError('CORRUPT_FILE', `备份已损坏，未做任何替换：\n${problems.join('\n')}`)
  return manifest
}
