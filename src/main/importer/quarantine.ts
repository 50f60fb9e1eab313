// Files that killed their reader (memory, time, a crash) are quarantined by content: any later
// import refuses them at once with the original reason instead of running them again.
import type { Database } from 'better-sqlite3'
import { AppError, isAppError, type AppErrorCode } from '../../shared/errors'
import { addQuarantine, findQuarantine } from '../db/quarantine'

/** Ends the refusal of a quarantined file; the inbox does not announce these again. */
export const QUARANTINED = '（此文件曾使读取中止，已隔离，不再重试）'

/** Killed in its worker (memory, time, crash) or out of time: never worth running again. */
export function shouldQuarantine(err: unknown): err is AppError {
  if (!isAppError(err)) return false
  return (err as { quarantine?: boolean }).quarantine === true || err.code === 'TIMEOUT'
}

export function quarantine(
  db: Database,
  f: { sha256: string; file: string; reason: string; at: string },
  err: AppError,
): void {
  addQuarantine(db, { ...f, code: err.code })
}

/** A refusal of a quarantined file: its original code and reason (the report's code is QUARANTINED). */
export class QuarantinedError extends AppError {}

export function refuseQuarantined(db: Database, sha256: string): void {
  const q = findQuarantine(db, sha256)
  if (q) throw new QuarantinedError(q.code as AppErrorCode, `${q.reason}${QUARANTINED}`)
}
