// Keeps an original file in the archive folder by content: <files>/ab/abcdef….pdf, written
// durably (temp file, fsync, rename, fsync dir) BEFORE the database rows that point at it.
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** SHA-256 and size of a file read in chunks: a database over 2 GB cannot be read whole. */
export function sha256OfFile(path: string): { sha256: string; size: number } {
  const hash = createHash('sha256')
  const chunk = Buffer.allocUnsafe(1 << 20)
  const fd = openSync(path, 'r')
  let size = 0
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      hash.update(chunk.subarray(0, n))
      size += n
    }
  } finally {
    closeSync(fd)
  }
  return { sha256: hash.digest('hex'), size }
}

export function storedPathFor(sha256: string, fileName: string): string {
  const ext = extname(fileName).toLowerCase().replace(/[^.a-z0-9]/g, '')
  return `${sha256.slice(0, 2)}/${sha256}${ext}`
}

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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
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

/** Writes `bytes` under `filesDir` unless an intact copy is already there; returns the relative path. */
export function storeOriginal(filesDir: string, sha256: string, fileName: string, bytes: Uint8Array): string {
  const rel = storedPathFor(sha256, fileName)
  const target = join(filesDir, rel)
  removeStaleTemps(target)
  if (existsSync(target) && sha256Hex(readFileSync(target)) === sha256) return rel
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
  try {
    rmSync(join(filesDir, rel), { force: true })
  } catch {
    /* an orphan file is harmless; verify only checks recorded files */
  }
}
