// Records of the original files kept in the archive folder, addressed by SHA-256.
import type { Database } from 'better-sqlite3'
import { isPathKeptBySnapshot } from './replaced-issues'

export interface SourceFileInput {
  sha256: string
  originalName: string
  /** Relative to the archive's files folder: ab/abcdef….pdf */
  storedPath: string
  size: number
  mediaType: string
  importedAt: string
}

export interface SourceFileRow extends SourceFileInput {
  id: number
  issueId: number | null
}

interface Row {
  id: number
  issue_id: number | null
  sha256: string
  original_name: string
  stored_path: string
  size: number
  media_type: string
  imported_at: string
}

function fromRow(r: Row): SourceFileRow {
  return {
    id: r.id,
    issueId: r.issue_id,
    sha256: r.sha256,
    originalName: r.original_name,
    storedPath: r.stored_path,
    size: r.size,
    mediaType: r.media_type,
    importedAt: r.imported_at,
  }
}

export function insertSourceFile(db: Database, f: SourceFileInput & { issueId: number | null }): number {
  const r = db
    .prepare(
      `INSERT INTO source_files (issue_id, sha256, original_name, stored_path, size, media_type, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(f.issueId, f.sha256, f.originalName, f.storedPath, f.size, f.mediaType, f.importedAt)
  return Number(r.lastInsertRowid)
}

export function findSourceBySha(db: Database, sha256: string): SourceFileRow | null {
  const r = db.prepare('SELECT * FROM source_files WHERE sha256 = ?').get(sha256) as Row | undefined
  return r ? fromRow(r) : null
}

/** The file an issue was imported from (the first, if several). */
export function findSourceForIssue(db: Database, issueId: number): SourceFileRow | null {
  const r = db.prepare('SELECT * FROM source_files WHERE issue_id = ? ORDER BY id LIMIT 1').get(issueId) as
    | Row
    | undefined
  return r ? fromRow(r) : null
}

/** Every original an issue keeps, the one it was read from first (issue 17: further originals follow). */
export function listIssueSources(db: Database, issueId: number): SourceFileRow[] {
  return (db.prepare('SELECT * FROM source_files WHERE issue_id = ? ORDER BY id').all(issueId) as Row[]).map(fromRow)
}

export function listSourceFiles(db: Database): SourceFileRow[] {
  return (db.prepare('SELECT * FROM source_files ORDER BY id').all() as Row[]).map(fromRow)
}

/** Whether any record still points at `storedPath` (before removing a file from disk): an
 * original of an issue, or of an issue replaced that can still be restored (恢复替换前). */
export function isStoredPathReferenced(db: Database, storedPath: string): boolean {
  if (db.prepare('SELECT 1 FROM source_files WHERE stored_path = ?').get(storedPath) !== undefined) return true
  // An original waiting in staging (待核对), or of a replaced issue 恢复替换前 can bring back, is kept too.
  if (db.prepare('SELECT 1 FROM staged_issues WHERE stored_path = ?').get(storedPath) !== undefined) return true
  return isPathKeptBySnapshot(db, storedPath)
}
