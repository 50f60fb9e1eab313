// Full disks and failing disks, said plainly: ENOSPC/EDQUOT/SQLITE_FULL become 磁盘空间不足…,
// EIO/SQLITE_IOERR* become 磁盘读写错误…, instead of 内部错误 with an English message. And a
// free-space check before the big writers (import, backup) refuse early instead of half-way.
import { existsSync, mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { AppError } from '../shared/errors'

export type DiskTrouble = 'full' | 'io'

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL'])
const IO_CODES = new Set(['EIO', 'EROFS'])

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}

/** What kind of disk trouble `err` (or an error it wraps as `cause`) is, if any. */
export function diskTrouble(err: unknown, depth = 0): DiskTrouble | null {
  if (err === null || typeof err !== 'object' || depth > 4) return null
  if (err instanceof AppError) return err.code === 'DISK_FULL' ? 'full' : err.code === 'DISK_IO' ? 'io' : null
  const code = codeOf(err)
  if (FULL_CODES.has(code)) return 'full'
  if (IO_CODES.has(code) || code.startsWith('SQLITE_IOERR')) return 'io'
  return diskTrouble((err as { cause?: unknown }).cause, depth + 1)
}

/**
 * The AppError people should see for a disk failure while doing `what` (e.g. 「a.pdf」未能导入),
 * or null when `err` is something else.
 */
export function diskError(err: unknown, what: string): AppError | null {
  const kind = diskTrouble(err)
  if (kind === null) return null
  if (err instanceof AppError) return err
  const e =
    kind === 'full'
      ? new AppError('DISK_FULL', `磁盘空间不足，${what}。请清理磁盘空间后再试；档案中已有的内容不受影响。`)
      : new AppError('DISK_IO', `磁盘读写错误，${what}。请检查磁盘或存储设备是否正常；档案中已有的内容不受影响。`)
  e.cause = err
  return e
}

/** `err` as a disk AppError when it is one, else unchanged (for `catch (e) { throw asDiskError(e, …) }`). */
export function asDiskError(err: unknown, what: string): unknown {
  return diskError(err, what) ?? err
}

/** The seam tests replace (vi.spyOn(disk, 'freeBytes')): no test may need a really full disk. */
export const disk = {
  /** Bytes an unprivileged process may still write on the filesystem holding `path`. */
  freeBytes(path: string): number | null {
    try {
      const s = statfsSync(existingAncestor(path))
      return s.bavail * s.bsize
    } catch {
      return null // unknown (an exotic filesystem): do not refuse on a guess
    }
  },
}

function existingAncestor(path: string): string {
  let p = resolve(path)
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p)
  return p
}

const MB = 1024 * 1024
export const FREE_SPACE_MARGIN = 50 * MB

const mb = (n: number): string => String(Math.max(1, Math.ceil(n / MB)))

/** Refuses before writing when `dir`'s disk has less than `needed` (+ a margin) free. */
export function checkFreeSpace(dir: string, needed: number): void {
  const free = disk.freeBytes(dir)
  if (free === null) return
  const want = needed + FREE_SPACE_MARGIN
  if (free >= want) return
  throw new AppError('DISK_FULL', `磁盘空间不足，需要约 ${mb(want)} MB，可用 ${mb(free)} MB。请清理磁盘空间后再试。`)
}

/** An import needs room for the original, the database rows and the search index: ≈ 3 × the files. */
export function importSpaceNeeded(fileBytes: number): number {
  return fileBytes * 3
}

/** Writes an exported file (PDF, catalogue); on a full disk no truncated file is left, and it says so. */
export function writeExportFile(file: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, bytes)
  } catch (err) {
    const e = diskError(err, `「${basename(file)}」未能写入`)
    if (!e) throw err
    rmSync(file, { force: true })
    throw e
  }
}
