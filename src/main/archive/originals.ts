// The one way to reach a stored original: <name>.files/ab/<sha256>.<ext>. Every read, hash, copy
// and delete of an original goes through here, so a row or manifest naming `../../victim.txt`, a
// symlink or a FIFO can never make the program touch anything outside the archive's folder.
import { createHash } from 'node:crypto'
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, rmSync, writeSync } from 'node:fs'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { AppError } from '../../shared/errors'

/** ab/<64 hex>.<ext>: the form storedPathFor writes; the folder is the hash's first two digits. */
const STORED_PATH = /^([0-9a-f]{2})\/([0-9a-f]{64})(\.[a-z0-9]{0,32})?$/

/** Where an original with this hash and name is kept, relative to the files folder. */
export function storedPathFor(sha256: string, fileName: string): string {
  const ext = extname(fileName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 33)
  return `${sha256.slice(0, 2)}/${sha256}${ext}`
}

/** The SHA-256 a stored path names, or null when the path is not in the content-addressed form. */
export function storedPathHash(rel: unknown): string | null {
  if (typeof rel !== 'string') return null
  const m = STORED_PATH.exec(rel)
  return m && m[2].startsWith(m[1]) ? m[2] : null
}

function inside(root: string, full: string): boolean {
  const rel = relative(root, full)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * The absolute path of a stored original, or an error: the path must be content-addressed and
 * resolve (symlinks in the folders included) inside `filesDir`.
 */
export function originalPath(filesDir: string, rel: unknown): string {
  const root = resolve(filesDir)
  if (storedPathHash(rel) === null) {
    throw new AppError('CORRUPT_FILE', `原件路径不合规，已拒绝（可能是伪造或损坏的档案）：${String(rel)}`)
  }
  const full = resolve(root, rel as string)
  if (!inside(root, full)) throw new AppError('CORRUPT_FILE', `原件路径在档案文件夹之外，已拒绝：${String(rel)}`)
  let realRoot: string
  let realDir: string
  try {
    realRoot = realpathSync(root)
    realDir = realpathSync(resolve(full, '..'))
  } catch {
    return full // folder not there yet (first import) or gone: nothing outside can be reached
  }
  if (!inside(realRoot, join(realDir, 'x'))) {
    throw new AppError('CORRUPT_FILE', `原件所在文件夹指向档案之外，已拒绝：${String(rel)}`)
  }
  return full
}

// No-follow and non-blocking: a symlink fails to open, a FIFO opens without waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** What a file is, without following a symlink: null when missing. */
export function fileKind(full: string): 'file' | 'other' | null {
  try {
    return lstatSync(full).isFile() ? 'file' : 'other'
  } catch {
    return null
  }
}

export interface CappedRead {
  sha256: string
  size: number
}

/**
 * Hashes a regular file (never a symlink, FIFO or device), reading at most `cap` bytes; when
 * `to` is given the bytes read are also written there. Throws a Chinese AppError naming `label`.
 */
export function hashRegularFile(full: string, label: string, cap = Number.MAX_SAFE_INTEGER, to?: number): CappedRead {
  if (fileKind(full) !== 'file') throw new AppError('CORRUPT_FILE', `不是普通文件（符号链接或特殊文件），已拒绝：${label}`)
  let fd: number
  try {
    fd = openSync(full, OPEN_FLAGS)
  } catch (err) {
    // O_NOFOLLOW meets a link swapped in after the check (ELOOP; EMLINK on BSD); a full or failing
    // disk is not the file's fault and goes on to be reported as such.
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'ELOOP' && code !== 'EMLINK' && code !== 'ENXIO') throw err
    throw new AppError('CORRUPT_FILE', `无法打开（可能是符号链接），已拒绝：${label}`)
  }
  try {
    if (!fstatSync(fd).isFile()) throw new AppError('CORRUPT_FILE', `不是普通文件，已拒绝：${label}`)
    const hash = createHash('sha256')
    const chunk = Buffer.allocUnsafe(1 << 20)
    let size = 0
    while (size < cap) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, cap - size), null)
      if (n <= 0) break
      hash.update(chunk.subarray(0, n))
      if (to !== undefined) for (let off = 0; off < n; ) off += writeSync(to, chunk, off, n - off)
      size += n
    }
    return { sha256: hash.digest('hex'), size }
  } finally {
    closeSync(fd)
  }
}

/** Copies a regular file to `dest` (created new), at most `cap` bytes; returns what was copied. */
export function copyRegularFile(full: string, dest: string, label: string, cap = Number.MAX_SAFE_INTEGER): CappedRead {
  const out = openSync(dest, 'wx')
  try {
    return hashRegularFile(full, label, cap, out)
  } finally {
    closeSync(out)
  }
}

/** Hash and size of a stored original, read with a cap of its recorded size + 1. */
export function hashOriginal(filesDir: string, rel: string, expectedSize: number): CappedRead {
  return hashRegularFile(originalPath(filesDir, rel), rel, expectedSize + 1)
}

/** The bytes of a regular file (never a symlink, FIFO or device), at most `cap` bytes. */
export function readRegularFile(full: string, label: string, cap: number): Buffer {
  if (fileKind(full) !== 'file') throw new AppError('NOT_FOUND', `缺失或不是普通文件：${label}`)
  const fd = openSync(full, OPEN_FLAGS)
  try {
    if (!fstatSync(fd).isFile()) throw new AppError('NOT_FOUND', `不是普通文件：${label}`)
    const size = Math.min(fstatSync(fd).size, cap)
    const buf = Buffer.allocUnsafe(size)
    let got = 0
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, null)
      if (n <= 0) break
      got += n
    }
    return buf.subarray(0, got)
  } finally {
    closeSync(fd)
  }
}

/** The bytes of a stored original (a regular file inside the archive). */
export function readOriginal(filesDir: string, rel: string, cap = 2 ** 31 - 1): Buffer {
  return readRegularFile(originalPath(filesDir, rel), rel, cap)
}

/** Removes a stored original; a path outside the archive is never touched. Never throws. */
export function removeOriginal(filesDir: string, rel: string): boolean {
  try {
    rmSync(originalPath(filesDir, rel), { force: true })
    return true
  } catch {
    return false // an orphan file is harmless; a forged path is simply not followed
  }
}
