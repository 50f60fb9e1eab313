// Snapshots of stored documents taken before a split or merge, and their restore when the change
// is undone (corrections/undo.ts): SQL only, run inside the caller's transaction.
import type { Database } from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { reinsertDocumentRow } from './insert-document'
import { shiftSeqs } from './document-edit'

/** The body as stored: blocks, their plain text and sources, and the attachments list. */
export interface BodySnapshot {
  blocks_json: string
  body_text: string
  sources_json: string | null
  attachments_json: string
}

export function bodySnapshot(db: Database, id: number): BodySnapshot {
  const row = db
    .prepare('SELECT blocks_json, body_text, sources_json, attachments_json FROM documents WHERE id = ?')
    .get(id) as BodySnapshot | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这份文件（编号 ${id}）`)
  return row
}

/** Puts a body back exactly as it was (the FTS triggers follow body_text). */
export function restoreBody(db: Database, id: number, s: BodySnapshot): void {
  db.prepare('UPDATE documents SET blocks_json = ?, body_text = ?, sources_json = ?, attachments_json = ? WHERE id = ?').run(
    s.blocks_json, s.body_text, s.sources_json, s.attachments_json, id,
  )
}

/** Every column of a document row, as JSON-safe values. */
export function rawRow(db: Database, id: number): Record<string, unknown> {
  const row = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as Record<string, unknown> | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这份文件（编号 ${id}）`)
  return row
}

/**
 * Puts a deleted document back at `seq` of its issue (later documents move down one), under its
 * old id when that id is free. Returns the id it has now.
 */
export function restoreDocument(db: Database, row: Record<string, unknown>, issueId: number, seq: number): number {
  shiftSeqs(db, issueId, seq - 1, 1)
  return reinsertDocumentRow(db, { ...row, issue_id: issueId, seq })
}
