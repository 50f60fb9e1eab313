// Typed errors that cross IPC/HTTP as data: a code for programs, a Chinese message for people.

export type AppErrorCode =
  | 'NOT_FOUND'
  | 'BAD_REQUEST'
  | 'FORBIDDEN'
  | 'UNSUPPORTED_FILE'
  | 'EMPTY_FILE'
  | 'NOT_A_GAZETTE'
  | 'SCANNED_PDF'
  | 'FILE_TOO_LARGE'
  | 'CORRUPT_FILE'
  | 'TIMEOUT'
  /** Staff stopped a long task (OCR of a registered scan); nothing was changed. */
  | 'CANCELLED'
  | 'ISSUE_EXISTS'
  | 'NO_ARCHIVE'
  | 'ARCHIVE_TOO_NEW'
  | 'BUSY'
  | 'DISK_FULL'
  | 'DISK_IO'
  | 'INTERNAL'

/** BUSY while an import (or anything counted as one) runs: every shell says it the same way. */
export const IMPORT_BUSY = '正在导入，请等当前导入完成后再试'

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export interface SerializedError {
  code: AppErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SerializedError }

export function fail(code: AppErrorCode, message: string): { ok: false; error: SerializedError } {
  return { ok: false, error: { code, message } }
}

/** Turns anything thrown into what may cross a process boundary; internals stay behind. */
export function toSerializedError(err: unknown): SerializedError {
  if (err instanceof AppError) return { code: err.code, message: err.message }
  return { code: 'INTERNAL', message: '内部错误，详情已写入日志。' }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError
}
