// A backup folder's manifest.json: what it may list, read and checked without trusting it. Only
// the database (a plain file name) and originals in the content-addressed form under its files
// folder are accepted; every listed file must be a regular file of the listed size and hash.
import { lstatSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { BackupManifest, ManifestFile } from '../../shared/archive-work-types'
import { AppError } from '../../shared/errors'
import { fileKind, hashRegularFile, readRegularFile, storedPathHash } from './originals'
import { filesDirFor } from './open-archive'

export type { BackupManifest, ManifestFile } from '../../shared/archive-work-types'

export const MANIFEST = 'manifest.json'
const MANIFEST_CAP = 64 * 1024 * 1024
const SHA = /^[0-9a-f]{64}$/

/** A bare file name a database can have: no folder, not `.`/`..`, no control characters. */
function plainName(name: unknown): name is string {
  return (
    typeof name === 'string' && name.length > 0 && name.length <= 255 && basename(name) === name &&
    !/[\\/\x00-\x1f]/.test(name) && name !== '.' && name !== '..'
  )
}

/** The folder of originals inside a backup: archive.db → archive.files. */
export function backupFilesName(database: string): string {
  return basename(filesDirFor(join('/', database)))
}

/** Why a manifest entry cannot be accepted, or null. */
function entryProblem(f: ManifestFile, database: string, filesName: string): string | null {
  if (typeof f?.path !== 'string') return `清单中有一项没有路径`
  if (!SHA.test(String(f.sha256)) || !Number.isSafeInteger(f.size) || f.size < 0) return `清单项的校验值或大小无效：${f.path}`
  if (f.path === database) return null
  const prefix = `${filesName}/`
  const hash = f.path.startsWith(prefix) ? storedPathHash(f.path.slice(prefix.length)) : null
  if (hash === null) return `清单列出了不属于备份的路径，已拒绝：${f.path}`
  if (hash !== f.sha256) return `清单项的文件名与其 SHA-256 不符，已拒绝：${f.path}`
  return null
}

function invalid(file: string, problems: string[]): AppError {
  return new AppError('CORRUPT_FILE', `备份清单不可信，未做任何替换：${file}\n${problems.join('\n')}`)
}

/** Reads a backup folder's manifest; throws when there is none or it cannot be a backup's. */
export function readManifest(fromDir: string): BackupManifest {
  const file = join(resolve(fromDir), MANIFEST)
  const kind = fileKind(file)
  if (kind === null) throw new AppError('BAD_REQUEST', `不是有效的备份文件夹（缺少 ${MANIFEST}）：${fromDir}`)
  if (kind !== 'file') throw new AppError('CORRUPT_FILE', `备份清单 ${MANIFEST} 不是普通文件（符号链接或特殊文件），已拒绝：${file}`)
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(readRegularFile(file, MANIFEST, MANIFEST_CAP).toString('utf8')) as BackupManifest
  } catch {
    throw new AppError('CORRUPT_FILE', `备份清单 ${MANIFEST} 无法读取`)
  }
  if (manifest?.format !== 'gazette-archive-backup' || !Array.isArray(manifest.files)) {
    throw new AppError('BAD_REQUEST', `备份清单格式不对：${file}`)
  }
  // The database must be one of the checked files: a manifest that leaves it out checks nothing.
  const dbName = manifest.database
  if (!plainName(dbName) || !manifest.files.some((f) => f?.path === dbName)) {
    throw new AppError('CORRUPT_FILE', `备份清单没有列出数据库文件（或数据库名不是普通文件名），未做任何替换：${file}`)
  }
  const filesName = backupFilesName(dbName)
  const seen = new Set<string>()
  const problems: string[] = []
  for (const f of manifest.files) {
    const p = entryProblem(f, dbName, filesName) ?? (seen.has(f.path) ? `清单重复列出：${f.path}` : null)
    if (p) problems.push(p)
    else seen.add(f.path)
  }
  if (problems.length) throw invalid(file, problems)
  return manifest
}

/** Every folder between the backup folder and a listed file must be a real folder, not a symlink. */
function foldersAreReal(dir: string, rel: string): boolean {
  const parts = rel.split('/').slice(0, -1)
  for (let i = 1; i <= parts.length; i++) {
    try {
      const st = lstatSync(join(dir, ...parts.slice(0, i)))
      if (!st.isDirectory() || st.isSymbolicLink()) return false
    } catch {
      return true // missing: reported as missing by the file check
    }
  }
  return true
}

/** One listed file before any byte is read: real folders, present, a regular file, the listed size. */
export function listedFileShapeProblem(dir: string, f: ManifestFile): string | null {
  const full = join(dir, f.path)
  if (!foldersAreReal(dir, f.path)) return `所在文件夹是符号链接，已拒绝：${f.path}`
  const kind = fileKind(full)
  if (kind === null) return `缺少：${f.path}`
  if (kind !== 'file') return `不是普通文件（符号链接或特殊文件），已拒绝：${f.path}`
  return lstatSync(full).size === f.size ? null : `大小不符：${f.path}`
}

/** One listed file: its shape, then its hash read with a cap of the listed size + 1. */
export function manifestFileProblem(dir: string, f: ManifestFile): string | null {
  const shape = listedFileShapeProblem(dir, f)
  if (shape) return shape
  return hashRegularFile(join(dir, f.path), f.path, f.size + 1).sha256 === f.sha256 ? null : `SHA-256 不符：${f.path}`
}

/** Every file the manifest lists, present and with its SHA-256: one Chinese line per problem. */
export function manifestProblems(fromDir: string, manifest: BackupManifest): string[] {
  const dir = resolve(fromDir)
  return manifest.files.map((f) => manifestFileProblem(dir, f)).filter((p): p is string => p !== null)
}

/** Reads and checks a backup folder's manifest and every file it lists; throws listing the problems. */
export function checkBackup(fromDir: string): BackupManifest {
  const manifest = readManifest(fromDir)
  const problems = manifestProblems(fromDir, manifest)
  if (problems.length) throw new AppError('CORRUPT_FILE', `备份已损坏，未做任何替换：\n${problems.join('\n')}`)
  return manifest
}
