// 恢复替换前: the issue as it was before its last replace (a file imported with 替换, or a re-read),
// put back exactly from the snapshot the replace wrote in its own transaction: same ids, same
// documents, sections and derived rows, the staff corrections linked to them again.
import type { Database } from 'better-sqlite3'
import type { ReplaceUndo, UndoReplaceOutcome } from '../../shared/issue-comparison'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { addImportLog } from '../db/import-log'
import { deleteIssue, issueLabel } from '../db/issues'
import { restoreIssueRows, undoableReplace, type ReplacedIssue } from '../db/replaced-issues'
import { identityChangesInForce } from '../db/issue-identity'
import { removeUnreferenced } from './replace-snapshots'

const oldFileOf = (s: ReplacedIssue): string | null => {
  const f = s.rows.source_files[0]
  return f ? String(f.original_name) : null
}

/** The replace that produced `issueId` and can still be undone, or null. */
export function undoInfo(db: Database, issueId: number): ReplaceUndo | null {
  const s = undoableReplace(db, issueId)
  if (!s) return null
  return {
    issueId,
    issue: issueLabel(s),
    replacedAt: s.replacedAt,
    oldDocuments: s.rows.documents.length,
    oldFile: oldFileOf(s),
  }
}

/** Corrections recorded on the replacement since: an undo would leave them pointing at nothing. */
function laterCorrections(db: Database, s: ReplacedIssue): number {
  const known = new Set(s.rows.corrections.map((c) => c.id))
  const ids = db
    .prepare('SELECT id FROM corrections WHERE gazette = ? AND year = ? AND issue_no = ?')
    .pluck()
    .all(s.gazette, s.year, s.issueNo) as number[]
  return ids.filter((id) => !known.has(id)).length
}

/** Puts the issue back as it was before the replace that produced `issueId`. */
export function undoReplace(archive: Archive, issueId: number, now = new Date()): UndoReplaceOutcome {
  const { db } = archive
  const at = now.toISOString()
  const { label, snap, files } = db
    .transaction(() => {
      const snap = undoableReplace(db, issueId)
      if (!snap) throw new AppError('NOT_FOUND', `这一期没有可以恢复的替换（编号 ${issueId}）`)
      const label = issueLabel(snap)
      const later = laterCorrections(db, snap)
      if (later > 0) {
        throw new AppError('BAD_REQUEST', `替换之后${label}又有 ${later} 条人工更正，恢复替换前会使它们失效，未恢复。如仍需恢复，请从自动备份恢复。`)
      }
      // The snapshot holds the issue as it was: its identity corrected since would quietly go.
      if (identityChangesInForce(db, issueId) > 0) {
        throw new AppError('BAD_REQUEST', `替换之后${label}的本期信息（公报名称、年份、期号等）又经更正，恢复替换前会使更正失效，未恢复。请先在这一期的“本期信息更正记录”中撤销那次更正。`)
      }
      const files = deleteIssue(db, issueId)
      restoreIssueRows(db, snap)
      const file = oldFileOf(snap) ?? label
      const message = `恢复替换前：${label}（撤销 ${snap.replacedAt.slice(0, 16).replace('T', ' ')} 的替换，恢复原有 ${snap.rows.documents.length} 件文件）`
      addImportLog(db, { at, file, sha256: null, outcome: 'replaced', issueId: snap.oldIssueId, message, warnings: [] })
      return { label, snap, files }
    })
    .immediate()
  removeUnreferenced(archive, files)
  return { issueId: snap.oldIssueId, issue: label, documents: snap.rows.documents.length }
}
