// Staged issues (待核对): parsed issues kept as JSON until staff save or discard them (migration 0007).
import type { Database } from 'better-sqlite3'
import type { ParsedIssue, StagedDocument, StagedIssueSummary } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { findIssueId, issueLabel } from './issues'
import { gazetteKept } from '../../shared/gazette-shown'

/** Below this a document is doubtful (DOUBTFUL_BELOW in importer/parse/confidence.ts; db imports nothing of importer). */
const DOUBTFUL_BELOW = 0.7

export interface StagedRow {
  id: number
  gazette: string
  year: number
  issue_no: number
  file: string
  sha256: string
  original_name: string
  stored_path: string
  size: number
  media_type: string
  staged_at: string
  replace: number
  issue_json: string
  read_warnings_json: string
  source_text: string
  document_count: number
  doubtful_count: number
  /** 1 when some document was read from a scan by OCR (listStaged computes it). */
  ocr?: number
}

export interface StagedInput {
  file: string
  sha256: string
  originalName: string
  storedPath: string
  size: number
  mediaType: string
  stagedAt: string
  replace: boolean
  issue: ParsedIssue
  readWarnings: string[]
  sourceText: string
}

/** Doubtful and not approved by staff. */
export function isStillDoubtful(d: StagedDocument): boolean {
  return d.confidence !== undefined && d.confidence < DOUBTFUL_BELOW && !d.review
}

export function countStillDoubtful(docs: StagedDocument[]): number {
  return docs.filter(isStillDoubtful).length
}

export function insertStaged(db: Database, input: StagedInput): number {
  // Named nowhere, the issue waits under its file's name (shared/gazette-shown.ts), as it is saved.
  const meta = { ...input.issue.meta, gazette: gazetteKept(input.issue.meta.gazette, input.originalName) }
  const s = { ...input, issue: { ...input.issue, meta } }
  const r = db
    .prepare(
      `INSERT INTO staged_issues (gazette, year, issue_no, file, sha256, original_name, stored_path, size,
         media_type, staged_at, replace, issue_json, read_warnings_json, source_text, document_count, doubtful_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      s.issue.meta.gazette, s.issue.meta.year, s.issue.meta.issueNo, s.file, s.sha256, s.originalName,
      s.storedPath, s.size, s.mediaType, s.stagedAt, s.replace ? 1 : 0, JSON.stringify(s.issue),
      JSON.stringify(s.readWarnings), s.sourceText, s.issue.documents.length, countStillDoubtful(s.issue.documents),
    )
  return Number(r.lastInsertRowid)
}

export function getStagedRow(db: Database, id: number): StagedRow {
  const row = db.prepare('SELECT * FROM staged_issues WHERE id = ?').get(id) as StagedRow | undefined
  if (!row) throw new AppError('NOT_FOUND', `待核对中没有这一期（编号 ${id}），可能已入库或放弃`)
  return row
}

export function findStagedBySha(db: Database, sha256: string): StagedRow | null {
  return (db.prepare('SELECT * FROM staged_issues WHERE sha256 = ?').get(sha256) as StagedRow | undefined) ?? null
}

/** The staged issue of the same 期, if any (a second file for it waits or is skipped). */
export function findStagedIssue(db: Database, gazette: string, year: number, issueNo: number): StagedRow | null {
  const row = db
    .prepare('SELECT * FROM staged_issues WHERE gazette = ? AND year = ? AND issue_no = ? ORDER BY id LIMIT 1')
    .get(gazette, year, issueNo) as StagedRow | undefined
  return row ?? null
}

/** Writes back the issue after staff changed it; the counts follow. */
export function updateStagedIssue(db: Database, id: number, issue: ParsedIssue): void {
  const docs = issue.documents as StagedDocument[]
  db.prepare('UPDATE staged_issues SET issue_json = ?, document_count = ?, doubtful_count = ? WHERE id = ?').run(
    JSON.stringify(issue),
    docs.length,
    countStillDoubtful(docs),
    id,
  )
}

export function deleteStaged(db: Database, id: number): void {
  db.prepare('DELETE FROM staged_issues WHERE id = ?').run(id)
}

export function toStagedSummary(db: Database, r: Omit<StagedRow, 'issue_json' | 'source_text'>): StagedIssueSummary {
  return {
    id: r.id,
    label: issueLabel({ gazette: r.gazette, year: r.year, issueNo: r.issue_no }),
    gazette: r.gazette,
    year: r.year,
    issueNo: r.issue_no,
    file: r.file,
    originalName: r.original_name,
    mediaType: r.media_type,
    stagedAt: r.staged_at,
    replace: r.replace === 1,
    documentCount: r.document_count,
    doubtfulCount: r.doubtful_count,
    held: findIssueId(db, r.gazette, r.year, r.issue_no) !== null,
    ocr: r.ocr === 1,
  }
}

/** Every staged issue, oldest first, without their JSON (the list stays cheap). */
export function listStaged(db: Database): StagedIssueSummary[] {
  const rows = db
    .prepare(
      `SELECT id, gazette, year, issue_no, file, sha256, original_name, stored_path, size, media_type, staged_at,
         replace, read_warnings_json, document_count, doubtful_count,
         instr(issue_json, '"code":"OCR"') > 0 AS ocr FROM staged_issues ORDER BY id`,
    )
    .all() as Omit<StagedRow, 'issue_json' | 'source_text'>[]
  return rows.map((r) => toStagedSummary(db, r))
}

/** For navigation: staged issues, and archived documents still doubtful and not approved. */
export function countToReview(db: Database): { stagedIssues: number; doubtfulDocuments: number } {
  const stagedIssues = db.prepare('SELECT COUNT(*) FROM staged_issues').pluck().get() as number
  const doubtfulDocuments = db
    .prepare(`SELECT COUNT(*) FROM documents WHERE confidence < ${DOUBTFUL_BELOW} AND reviewed_at IS NULL`)
    .pluck()
    .get() as number
  return { stagedIssues, doubtfulDocuments }
}

/** Records staff approval on saved documents, by their seq in the issue. */
export function markReviewed(db: Database, issueId: number, marks: { seq: number; by: string; at: string }[]): void {
  const stmt = db.prepare('UPDATE documents SET reviewed_by = ?, reviewed_at = ? WHERE issue_id = ? AND seq = ?')
  for (const m of marks) stmt.run(m.by, m.at, issueId, m.seq)
}

/** Approves one archived document (review outside staging, e.g. after a CLI import). */
export function markDocumentReviewed(db: Database, id: number, by: string, at: string): void {
  const r = db.prepare('UPDATE documents SET reviewed_by = ?, reviewed_at = ? WHERE id = ?').run(by, at, id)
  if (r.changes === 0) throw new AppError('NOT_FOUND', `找不到这份文件（编号 ${id}）`)
}
