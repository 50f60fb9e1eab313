// The import log: one row per file per run, whatever happened to it.
import type { Database } from 'better-sqlite3'

export type ImportOutcome = 'imported' | 'replaced' | 'skipped' | 'failed' | 'removed' | 'staged' | 'kept'

export interface ImportLogEntry {
  at: string
  file: string
  sha256: string | null
  outcome: ImportOutcome
  issueId: number | null
  message: string
  warnings: string[]
}

export function addImportLog(db: Database, e: ImportLogEntry): void {
  db.prepare(
    `INSERT INTO import_log (at, file, sha256, outcome, issue_id, message, warnings_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.at, e.file, e.sha256, e.outcome, e.issueId, e.message, JSON.stringify(e.warnings))
}

export function listImportLog(db: Database, limit = 1000): (ImportLogEntry & { id: number })[] {
  const rows = db.prepare('SELECT * FROM import_log ORDER BY id DESC LIMIT ?').all(limit) as {
    id: number
    at: string
    file: string
    sha256: string | null
    outcome: ImportOutcome
    issue_id: number | null
    message: string
    warnings_json: string
  }[]
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    file: r.file,
    sha256: r.sha256,
    outcome: r.outcome,
    issueId: r.issue_id,
    message: r.message,
    warnings: JSON.parse(r.warnings_json) as string[],
  }))
}
