// Keeps an original file in the archive folder by content: <files>/ab/abcdef….pdf, written
// durably (temp file, fsync, rename, fsync dir) BEFORE the database rows that point at it.
import { createHash } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileKind, hashRegularFile, originalPath, removeOriginal, storedPathFor } from './originals'
import { isAlive } from './lock'

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export { storedPathFor }

function writeDurably(file: string, bytes: Uint8Array): void {
  const fd = openSync(file, 'w')
  try {
    let off = 0
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function fsyncDir(dir: string): void {
  // Not every platform lets a directory be opened for fsync (Windows); the rename is still atomic.
  try {
    const fd = openSync(dir, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    /* best effort */
  }
}


/**
 * Removes temp files an import killed mid-write left for this target (named …tmp-<pid>-<ms>);
 * a temp whose process still runs belongs to a concurrent import and is left alone.
 */
function removeStaleTemps(target: string): void {
  const dir = dirname(target)
  const prefix = `${basename(target)}.tmp-`
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const pid = Number(name.slice(prefix.length).split('-')[0])
    if (pid !== process.pid && Number.isInteger(pid) && isAlive(pid)) continue
    rmSync(join(dir, name), { force: true })
  }
}

/** A regular file already there with these bytes (a symlink or FIFO in its place is replaced). */
function intactCopy(target: string, sha256: string, size: number): boolean {
  if (fileKind(target) !== 'file') return false
  try {
    return hashRegularFile(target, target, size + 1).sha256 === sha256
  } catch {
    return false
  }
}

/** Writes `bytes` under `filesDir` unless an intact copy is already there; returns the relative path. */
export function storeOriginal(filesDir: string, sha256: string, fileName: string, bytes: Uint8Array): string {
  const rel = storedPathFor(sha256, fileName)
  const target = originalPath(filesDir, rel)
  removeStaleTemps(target)
  if (intactCopy(target, sha256, bytes.length)) return rel
  mkdirSync(dirname(target), { recursive: true })
  const tmp = `${target}.tmp-${process.pid}-${Date.now()}`
  try {
    writeDurably(tmp, bytes)
    renameSync(tmp, target)
  } catch (err) {
    rmSync(tmp, { force: true })
    throw err
  }
  fsyncDir(dirname(target))
  return rel
}

/** Removes a stored original (after a failed save or a replacement); never throws. */
export function removeStored(filesDir: string, rel: string): void {
  removeOriginal(filesDir, rel) // an orphan file is harmless; verify only checks recorded files
}
