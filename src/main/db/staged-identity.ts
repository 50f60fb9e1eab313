// A staged issue's identity (gazette, year, 期, 总期号, date) as staff set it under 待核对: its row's
// key columns and the meta of its JSON together, and the other staged issue of the same 期, if any.
import type { Database } from 'better-sqlite3'
import type { IssueIdentity } from '../../shared/issue-identity'

/** What staff set under 待核对: the identity the importer read (`from`), who set it last and when. */
export interface StagedIdentitySet {
  from: IssueIdentity
  by: string
  at: string
}

export function writeStagedIdentity(db: Database, id: number, to: IssueIdentity, replace: boolean, set: StagedIdentitySet): void {
  db.prepare(
    `UPDATE staged_issues SET gazette = ?, year = ?, issue_no = ?, replace = ?,
       issue_json = json_set(issue_json, '$.meta.gazette', ?, '$.meta.year', ?, '$.meta.issueNo', ?, '$.meta.totalNo', ?,
         '$.meta.publishedOn', ?, '$.identitySet', json(?))
     WHERE id = ?`,
  ).run(to.gazette, to.year, to.issueNo, replace ? 1 : 0, to.gazette, to.year, to.issueNo, to.totalNo, to.publishedOn, JSON.stringify(set), id)
}

export function readStagedIdentitySet(db: Database, id: number): StagedIdentitySet | null {
  const raw = db.prepare("SELECT json_extract(issue_json, '$.identitySet') FROM staged_issues WHERE id = ?").pluck().get(id) as string | null | undefined
  return raw ? (JSON.parse(raw) as StagedIdentitySet) : null
}

/** Another staged issue of that gazette, year and 期 (saving both would make one replace the other). */
export function otherStagedHolding(
  db: Database,
  key: { gazette: string; year: number; issueNo: number },
  exceptId: number,
): { id: number; originalName: string } | null {
  const row = db
    .prepare('SELECT id, original_name AS originalName FROM staged_issues WHERE gazette = ? AND year = ? AND issue_no = ? AND id <> ? ORDER BY id LIMIT 1')
    .get(key.gazette, key.year, key.issueNo, exceptId) as { id: number; originalName: string } | undefined
  return row ?? null
}
