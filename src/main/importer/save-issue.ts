// Saving a parsed issue: its rows, the staff corrections replayed over them, and the derived data
// (relations, search keys), all in the one transaction db/issues.ts writeIssue opens.
import type { Database } from 'better-sqlite3'
import type { ParsedIssue } from '../../shared/domain'
import { reapplyCorrections } from '../corrections/apply'
import { issueDocumentIds, writeIssue, type SaveResult } from '../db/issues'
import type { SourceFileInput } from '../db/source-files'
import { refreshDerived } from '../derived/refresh'

/** Saves `parsed` with its original's record in ONE transaction; replaces an existing issue only if asked. */
export function saveIssue(db: Database, parsed: ParsedIssue, source: SourceFileInput, opts: { replace?: boolean } = {}): SaveResult {
  return writeIssue(db, parsed, source, opts, (tx, issueId) => {
    // Staff corrections of this issue (from before a replace) win over the file's text.
    const { skipped } = reapplyCorrections(tx, issueId)
    refreshDerived(tx, issueDocumentIds(tx, issueId))
    return skipped
  })
}
