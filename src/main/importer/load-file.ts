// Reads a file for import through one descriptor: a regular file only (never a FIFO or device,
// which would hang), and with `noFollow` never through a symlink, so a file swapped for a link
// after it was listed (the inbox) cannot make the import read somewhere else.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../shared/errors'

// Not defined on Windows, where neither FIFOs nor these races apply in the same way.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0
const NONBLOCK = constants.O_NONBLOCK ?? 0

export function loadRegularFile(path: string, noFollow: boolean): Uint8Array {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | NONBLOCK | (noFollow ? NOFOLLOW : 0))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new AppError('UNSUPPORTED_FILE', `「${basename(path)}」是符号链接，收件文件夹只导入普通文件，已拒绝。`)
    }
    throw err
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new AppError('UNSUPPORTED_FILE', `「${basename(path)}」不是普通文件，已拒绝。`)
    const out = Buffer.allocUnsafe(st.size)
    let at = 0
    while (at < st.size) {
      const n = readSync(fd, out, at, st.size - at, null)
      if (n === 0) break
      at += n
    }
    return out.subarray(0, at)
  } finally {
    closeSync(fd)
  }
}
