// An archived issue's identity as stored (its gazette, year, 期, 总期号, date) and the history of its
// corrections (migration 0015). Stores only: the checks and the order of things are the service's
// (archive-work/issue-identity.ts).
import type { Database } from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import {
  changesSummary,
  type IdentityFieldChange,
  type IssueIdentity,
  type IssueIdentityChange,
} from '../../shared/issue-identity'

export function readIdentity(db: Database, issueId: number): IssueIdentity {
  const row = db
    .prepare(
      `SELECT g.name AS gazette, i.year, i.issue_no AS issueNo, i.total_no AS totalNo, i.published_on AS publishedOn
       FROM issues i JOIN gazettes g ON g.id = i.gazette_id WHERE i.id = ?`,
    )
    .get(issueId) as IssueIdentity | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${issueId}）`)
  return row
}

/** The issue of that gazette (by the name it is held under), year and 期, other than `exceptId`. */
export function otherIssueHolding(
  db: Database,
  key: { gazette: string; year: number; issueNo: number },
  exceptId: number | null,
): { id: number; documents: number; importedAt: string } | null {
  const row = db
    .prepare(
      `SELECT i.id, i.imported_at AS importedAt, (SELECT COUNT(*) FROM documents d WHERE d.issue_id = i.id) AS documents
       FROM issues i JOIN gazettes g ON g.id = i.gazette_id
       WHERE g.name = ? AND i.year = ? AND i.issue_no = ? AND i.id IS NOT ?`,
    )
    .get(key.gazette, key.year, key.issueNo, exceptId) as { id: number; documents: number; importedAt: string } | undefined
  return row ?? null
}

function gazetteId(db: Database, name: string): number {
  db.prepare('INSERT INTO gazettes (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name)
  return db.prepare('SELECT id FROM gazettes WHERE name = ?').pluck().get(name) as number
}

/**
 * Writes the issue's identity, and moves what is keyed by its gazette, year and 期 with it: the
 * staff corrections of its documents (replayed by that key when the issue is imported again) and
 * the snapshot of the replace that produced it (恢复替换前 checks the corrections by that key).
 * A gazette left without issues keeps its row (nothing lists it; a snapshot may name it).
 */
export function writeIdentity(db: Database, issueId: number, from: IssueIdentity, to: IssueIdentity): void {
  db.prepare('UPDATE issues SET gazette_id = ?, year = ?, issue_no = ?, total_no = ?, published_on = ? WHERE id = ?').run(
    gazetteId(db, to.gazette),
    to.year,
    to.issueNo,
    to.totalNo,
    to.publishedOn,
    issueId,
  )
  if (from.gazette === to.gazette && from.year === to.year && from.issueNo === to.issueNo) return
  db.prepare('UPDATE corrections SET gazette = ?, year = ?, issue_no = ? WHERE gazette = ? AND year = ? AND issue_no = ?').run(
    to.gazette, to.year, to.issueNo, from.gazette, from.year, from.issueNo,
  )
  db.prepare('UPDATE replaced_issues SET gazette = ?, year = ?, issue_no = ? WHERE new_issue_id = ?').run(
    to.gazette, to.year, to.issueNo, issueId,
  )
}

interface ChangeRow {
  id: number
  issue_id: number
  editor: string
  at: string
  note: string | null
  changes_json: string
  undoes: number | null
  undone_at: string | null
  undone_by: string | null
  origin: 'correction' | 'review'
}

function fromRow(r: ChangeRow): IssueIdentityChange {
  const changes = JSON.parse(r.changes_json) as IdentityFieldChange[]
  return {
    id: r.id,
    issueId: r.issue_id,
    editor: r.editor,
    at: r.at,
    note: r.note,
    changes,
    undoes: r.undoes,
    undoneAt: r.undone_at,
    undoneBy: r.undone_by,
    origin: r.origin,
    summary: `${r.undoes === null ? '' : '撤销：'}${changesSummary(changes)}`,
  }
}

export function insertIdentityChange(
  db: Database,
  c: { issueId: number; editor: string; at: string; note: string | null; changes: IdentityFieldChange[]; undoes: number | null; origin?: 'review' },
): number {
  const r = db
    .prepare('INSERT INTO issue_identity_changes (issue_id, editor, at, note, changes_json, undoes, origin) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(c.issueId, c.editor, c.at, c.note, JSON.stringify(c.changes), c.undoes, c.origin ?? 'correction')
  return Number(r.lastInsertRowid)
}

export function markIdentityChangeUndone(db: Database, id: number, by: string, at: string): void {
  db.prepare('UPDATE issue_identity_changes SET undone_at = ?, undone_by = ? WHERE id = ?').run(at, by, id)
}

export function getIdentityChange(db: Database, id: number): IssueIdentityChange {
  const row = db.prepare('SELECT * FROM issue_identity_changes WHERE id = ?').get(id) as ChangeRow | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这条更正记录（编号 ${id}）`)
  return fromRow(row)
}

/** An issue's identity corrections (and their 撤销), oldest first. */
export function listIdentityChanges(db: Database, issueId: number): IssueIdentityChange[] {
  const rows = db.prepare('SELECT * FROM issue_identity_changes WHERE issue_id = ? ORDER BY id').all(issueId) as ChangeRow[]
  return rows.map(fromRow)
}

/** Corrections of the archived issue still in force (not undone, not an undo, not set under 待核对). */
export function identityChangesInForce(db: Database, issueId: number): number {
  return db
    .prepare("SELECT COUNT(*) FROM issue_identity_changes WHERE issue_id = ? AND undone_at IS NULL AND undoes IS NULL AND origin = 'correction'")
    .pluck()
    .get(issueId) as number
}

/** The issues whose identity was ever set by staff (the only ones that held or were read as another). */
export function issuesReidentified(db: Database): number[] {
  return db.prepare('SELECT DISTINCT issue_id FROM issue_identity_changes ORDER BY issue_id').pluck().all() as number[]
}

/**
 * Every identity the issue had before its corrections and their 撤销, newest first: its history
 * walked back from what it holds now. The last is what the importer read (a correction under 待核对
 * is recorded too, origin 'review').
 */
export function earlierIdentities(db: Database, issueId: number): IssueIdentity[] {
  let state = readIdentity(db, issueId)
  const out: IssueIdentity[] = []
  for (const c of listIdentityChanges(db, issueId).reverse()) {
    state = { ...state }
    for (const f of c.changes) Object.assign(state, { [f.field]: f.old })
    out.push(state)
  }
  return out
}
