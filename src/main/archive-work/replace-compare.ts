// One issue replaced by a new reading (re-read of its kept original, or another file: 安全替换),
// compared before and after. The preview runs the very replace that applying would run (staff
// corrections replayed) inside a transaction that is rolled back, so what staff see is what they get.
import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { RereadPreview } from '../../shared/issue-comparison'
import { AppError } from '../../shared/errors'
import type { SaveResult } from '../db/issues'
import { insertSourceFile } from '../db/source-files'
import { saveIssue } from '../importer/save-issue'
import { compareIssues } from '../importer/compare-issues'
import { storedDocuments, type Reading } from './reread-read'

class Rollback extends Error {
  constructor(readonly preview: RereadPreview) {
    super('rollback')
  }
}

function correctionCount(db: Database, r: Reading): number {
  const sql = 'SELECT COUNT(*) FROM corrections WHERE gazette = ? AND year = ? AND issue_no = ?'
  return db.prepare(sql).pluck().get(r.key.gazette, r.key.year, r.key.issueNo) as number
}

/** Replaces the issue by the new reading; the first source is the original it was read from. */
function replaceIssue(db: Database, r: Reading): SaveResult {
  const [first, ...rest] = r.sources
  const saved = saveIssue(db, r.parsed, first, { replace: true })
  for (const s of rest) insertSourceFile(db, { ...s, issueId: saved.issueId })
  return saved
}

/** Inside a transaction: replace, then compare the stored issue before and after. */
export function replaceAndCompare(db: Database, r: Reading): { preview: RereadPreview; saved: SaveResult } {
  const before = storedDocuments(db, r.issueId)
  const total = correctionCount(db, r)
  const saved = replaceIssue(db, r)
  // New ids are not shown: they would differ between the preview and the apply.
  const after = storedDocuments(db, saved.issueId).map((d) => ({ ...d, id: null }))
  const comparison = compareIssues(before, after)
  const body = { sha: r.sources[0].sha256, before, after, issue: r.issueChanges, skipped: saved.correctionsSkipped }
  const fingerprint = createHash('sha256').update(JSON.stringify(body)).digest('hex')
  const preview: RereadPreview = {
    issueId: r.issueId,
    issue: r.label,
    file: r.sources[0].originalName,
    comparison,
    issueChanges: r.issueChanges,
    corrections: { total, notReapplied: saved.correctionsSkipped },
    readWarnings: r.readWarnings,
    fingerprint,
  }
  return { preview, saved }
}

/** The preview of replacing, with nothing saved. */
export function simulate(db: Database, r: Reading): RereadPreview {
  try {
    db.transaction(() => {
      throw new Rollback(replaceAndCompare(db, r).preview)
    })()
  } catch (err) {
    if (err instanceof Rollback) return err.preview
    throw err
  }
  throw new AppError('INTERNAL', '替换预览未能回滚')
}

export const STALE = '预览之后档案或识别结果已有变化，请重新预览后再应用'
