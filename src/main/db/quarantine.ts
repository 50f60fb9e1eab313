// Quarantined files (see migration 0004): SQL only.
import type { Database } from 'better-sqlite3'

export interface QuarantineEntry {
  sha256: string
  file: string
  code: string
  reason: string
  at: string
}

/** Records (or re-records) a file by content; the latest reason wins. */
export function addQuarantine(db: Database, e: QuarantineEntry): void {
  db.prepare(
    `INSERT INTO quarantine (sha256, file, code, reason, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(sha256) DO UPDATE SET file = excluded.file, code = excluded.code, reason = excluded.reason, at = excluded.at`,
  ).run(e.sha256, e.file, e.code, e.reason, e.at)
}

export function findQuarantine(db: Database, sha256: string): QuarantineEntry | null {
  return (db.prepare('SELECT sha256, file, code, reason, at FROM quarantine WHERE sha256 = ?').get(sha256) as QuarantineEntry | undefined) ?? null
}
