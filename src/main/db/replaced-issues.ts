// Snapshots of replaced issues (table replaced_issues): every row of the old issue, taken inside
// the replace's transaction, and put back as it was by 恢复替换前. SQL only.
import type { Database } from 'better-sqlite3'
import { AppError } from '../../shared/errors'

type Row = Record<string, unknown>

/** The rows of one issue, table by table, exactly as stored. */
export interface IssueRows {
  issues: Row[]
  sections: Row[]
  documents: Row[]
  citations: Row[]
  relations: Row[]
  search_keys: Row[]
  scanned_documents: Row[]
  source_files: Row[]
  /** The issue's corrections: only their links to documents change in a replace. */
  corrections: { id: number; document_id: number | null; related_document_id: number | null }[]
}

export interface ReplacedIssue {
  id: number
  gazette: string
  year: number
  issueNo: number
  oldIssueId: number
  newIssueId: number | null
  replacedAt: string
  rows: IssueRows
  storedPaths: string[]
  undoneAt: string | null
}

const BY_DOCUMENT = { citations: 'source_id', relations: 'source_id', search_keys: 'doc_id', scanned_documents: 'document_id' } as const

function issueKey(db: Database, issueId: number): { gazette: string; year: number; issue_no: number } {
  const key = db
    .prepare('SELECT g.name AS gazette, i.year, i.issue_no FROM issues i JOIN gazettes g ON g.id = i.gazette_id WHERE i.id = ?')
    .get(issueId) as { gazette: string; year: number; issue_no: number } | undefined
  if (!key) throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${issueId}）`)
  return key
}

/** Every row that belongs to the issue. */
export function readIssueRows(db: Database, issueId: number): IssueRows {
  const key = issueKey(db, issueId)
  const docs = `SELECT id FROM documents WHERE issue_id = ${Number(issueId)}`
  const byDoc = (table: keyof typeof BY_DOCUMENT): Row[] =>
    db.prepare(`SELECT * FROM ${table} WHERE ${BY_DOCUMENT[table]} IN (${docs}) ORDER BY rowid`).all() as Row[]
  return {
    issues: db.prepare('SELECT * FROM issues WHERE id = ?').all(issueId) as Row[],
    sections: db.prepare('SELECT * FROM sections WHERE issue_id = ? ORDER BY id').all(issueId) as Row[],
    documents: db.prepare('SELECT * FROM documents WHERE issue_id = ? ORDER BY id').all(issueId) as Row[],
    citations: byDoc('citations'),
    relations: byDoc('relations'),
    search_keys: byDoc('search_keys'),
    scanned_documents: byDoc('scanned_documents'),
    source_files: db.prepare('SELECT * FROM source_files WHERE issue_id = ? ORDER BY id').all(issueId) as Row[],
    corrections: db
      .prepare('SELECT id, document_id, related_document_id FROM corrections WHERE gazette = ? AND year = ? AND issue_no = ? ORDER BY id')
      .all(key.gazette, key.year, key.issue_no) as IssueRows['corrections'],
  }
}

/** Records the issue as it is now, before it is deleted by a replace. */
export function snapshotIssue(db: Database, issueId: number, at: string): { id: number; rows: IssueRows } {
  const key = issueKey(db, issueId)
  const rows = readIssueRows(db, issueId)
  const paths = rows.source_files.map((f) => String(f.stored_path))
  const r = db
    .prepare(
      `INSERT INTO replaced_issues (gazette, year, issue_no, old_issue_id, replaced_at, rows_json, stored_paths_json)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(key.gazette, key.year, key.issue_no, issueId, at, JSON.stringify(rows), JSON.stringify(paths))
  return { id: Number(r.lastInsertRowid), rows }
}

export function setReplacement(db: Database, snapshotId: number, newIssueId: number): void {
  db.prepare('UPDATE replaced_issues SET new_issue_id = ? WHERE id = ?').run(newIssueId, snapshotId)
}

interface SnapshotRow {
  id: number
  gazette: string
  year: number
  issue_no: number
  old_issue_id: number
  new_issue_id: number | null
  replaced_at: string
  rows_json: string
  stored_paths_json: string
  undone_at: string | null
}

function fromRow(r: SnapshotRow): ReplacedIssue {
  return {
    id: r.id,
    gazette: r.gazette,
    year: r.year,
    issueNo: r.issue_no,
    oldIssueId: r.old_issue_id,
    newIssueId: r.new_issue_id,
    replacedAt: r.replaced_at,
    rows: JSON.parse(r.rows_json) as IssueRows,
    storedPaths: JSON.parse(r.stored_paths_json) as string[],
    undoneAt: r.undone_at,
  }
}

/** The replace that produced `issueId` and can still be undone, if any. */
export function undoableReplace(db: Database, issueId: number): ReplacedIssue | null {
  const r = db
    .prepare('SELECT * FROM replaced_issues WHERE new_issue_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1')
    .get(issueId) as SnapshotRow | undefined
  return r ? fromRow(r) : null
}

function insertRows(db: Database, table: string, rows: Row[]): void {
  for (const row of rows) {
    const cols = Object.keys(row)
    db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
      ...cols.map((c) => row[c]),
    )
  }
}

/** How long a replace can be undone (恢复替换前); older snapshots go with the originals they kept. */
export const SNAPSHOT_KEEP_DAYS = 30

/** Deletes snapshot rows; returns the stored paths they kept (the caller removes unreferenced files). */
function dropWhere(db: Database, where: string, arg: number | string): string[] {
  const rows = db.prepare(`SELECT id, stored_paths_json FROM replaced_issues WHERE ${where}`).all(arg) as {
    id: number
    stored_paths_json: string
  }[]
  const del = db.prepare('DELETE FROM replaced_issues WHERE id = ?')
  for (const r of rows) del.run(r.id)
  return rows.flatMap((r) => JSON.parse(r.stored_paths_json) as string[])
}

/**
 * The issue `issueId` is being deleted (replaced again, removed, or undone): the snapshot of the
 * issue it replaced goes with it, so only the latest replace of a 期 can be undone.
 */
export function dropSnapshotsOf(db: Database, issueId: number): string[] {
  return dropWhere(db, 'new_issue_id = ?', issueId)
}

/** Snapshots taken before `cutoff` (ISO time): their replace can no longer be undone. */
export function dropSnapshotsBefore(db: Database, cutoff: string): string[] {
  return dropWhere(db, 'replaced_at < ?', cutoff)
}

/**
 * Puts the snapshot's rows back (same ids) after the issue that replaced them was deleted, and
 * points the corrections at the documents they named before. Drops the snapshot.
 */
export function restoreIssueRows(db: Database, snap: ReplacedIssue): void {
  const r = snap.rows
  insertRows(db, 'issues', r.issues)
  insertRows(db, 'sections', r.sections)
  insertRows(db, 'documents', r.documents)
  // documents' triggers refill the full-text index; the rest is copied as it was.
  for (const table of ['citations', 'relations', 'search_keys', 'scanned_documents', 'source_files'] as const) {
    insertRows(db, table, r[table])
  }
  const link = db.prepare('UPDATE corrections SET document_id = ?, related_document_id = ? WHERE id = ?')
  for (const c of r.corrections) link.run(c.document_id, c.related_document_id, c.id)
  // Undone, the snapshot has served: its originals are the restored issue's again.
  db.prepare('DELETE FROM replaced_issues WHERE id = ?').run(snap.id)
}

/** Whether a snapshot that can still be undone keeps `storedPath` (before removing a file from disk). */
export function isPathKeptBySnapshot(db: Database, storedPath: string): boolean {
  const sql = `SELECT 1 FROM replaced_issues, json_each(stored_paths_json) j WHERE undone_at IS NULL AND j.value = ? LIMIT 1`
  return db.prepare(sql).get(storedPath) !== undefined
}

/** When the replace happened (the writer stamps its own time; a re-read keeps its original's). */
export function setReplacedAt(db: Database, snapshotId: number, at: string): void {
  db.prepare('UPDATE replaced_issues SET replaced_at = ? WHERE id = ?').run(at, snapshotId)
}
