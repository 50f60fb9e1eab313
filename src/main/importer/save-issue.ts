// Saving a parsed issue: its rows, the staff corrections replayed over them, and the derived data
// (relations, search keys), all in the one transaction db/issues.ts writeIssue opens.
import type { Database } from 'better-sqlite3'
import type { ParsedIssue } from '../../shared/domain'
import { reapplyCorrections } from '../corrections/apply'
import { withCanonicalIssuers } from '../corrections/issuer-names'
import { issueDocumentIds, writeIssue, type SaveResult } from '../db/issues'
import type { IssueRows } from '../db/replaced-issues'
import type { SourceFileInput } from '../db/source-files'
import { refreshDerived } from '../derived/refresh'

/**
 * For each correction of a replaced issue (by its id), the titles its document had: now, and
 * before each title correction. The correction is carried to the new document with its 文号 or
 * one of these titles. (Deleting the old issue has already unlinked the corrections.)
 */
function titlesOf(db: Database, replaced: IssueRows): Map<number, string[]> {
  const byDoc = new Map<number, string[]>()
  for (const d of replaced.documents) byDoc.set(Number(d.id), [String(d.title)])
  const docOf = new Map(replaced.corrections.map((c) => [c.id, c.document_id]))
  const ids = replaced.corrections.map((c) => Number(c.id))
  const rows = ids.length
    ? (db.prepare(`SELECT id, old_value FROM corrections WHERE field = 'title' AND id IN (${ids.join(',')})`).all() as { id: number; old_value: string | null }[])
    : []
  for (const r of rows) {
    const doc = docOf.get(r.id)
    if (doc != null && r.old_value) byDoc.get(doc)?.push(r.old_value)
  }
  return new Map(replaced.corrections.map((c) => [c.id, c.document_id === null ? [] : (byDoc.get(c.document_id) ?? [])]))
}

/**
 * Saves `parsed` with its original's record in ONE transaction; replaces an existing issue only if
 * asked. Issuer variants staff merged (the alias table) are saved under their canonical name.
 */
export function saveIssue(db: Database, parsed: ParsedIssue, source: SourceFileInput, opts: { replace?: boolean } = {}): SaveResult {
  return writeIssue(db, withCanonicalIssuers(db, parsed), source, opts, (tx, issueId, replaced) => {
    // Staff corrections of this issue (from before a replace) win over the file's text.
    const { skipped } = reapplyCorrections(tx, issueId, replaced ? titlesOf(tx, replaced) : undefined)
    refreshDerived(tx, issueDocumentIds(tx, issueId))
    return skipped
  })
}
