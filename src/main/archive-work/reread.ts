// 用新版本重新识别: an archived issue read again from its kept original with the current importer.
// The preview runs the very replace that applying would run (staff corrections replayed) inside a
// transaction that is rolled back, so what staff see is what they get.
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { RereadOutcome, RereadPreview } from '../../shared/issue-comparison'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { backupArchive } from '../archive/backup'
import { addImportLog } from '../db/import-log'
import type { SaveResult } from '../db/issues'
import { saveIssue } from '../importer/save-issue'
import { insertSourceFile } from '../db/source-files'
import { compareIssues } from '../importer/compare-issues'
import { readAgain, storedDocuments, type ReadDeps, type Reading } from './reread-read'

export interface RereadDeps extends ReadDeps {
  archive: () => Archive
  now?: () => Date
}

class Rollback extends Error {
  constructor(readonly preview: RereadPreview) {
    super('rollback')
  }
}

function correctionCount(db: Database, r: Reading): number {
  const sql = 'SELECT COUNT(*) FROM corrections WHERE gazette = ? AND year = ? AND issue_no = ?'
  return db.prepare(sql).pluck().get(r.key.gazette, r.key.year, r.key.issueNo) as number
}

/** Replaces the issue by the new reading, keeping its originals' records as they were. */
function replaceIssue(db: Database, r: Reading): SaveResult {
  const [first, ...rest] = r.sources
  const saved = saveIssue(db, r.parsed, first, { replace: true })
  for (const s of rest) insertSourceFile(db, { ...s, issueId: saved.issueId })
  return saved
}

/** Inside a transaction: replace, then compare the stored issue before and after. */
function replaceAndCompare(db: Database, r: Reading): { preview: RereadPreview; saved: SaveResult } {
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

function simulate(db: Database, r: Reading): RereadPreview {
  try {
    db.transaction(() => {
      throw new Rollback(replaceAndCompare(db, r).preview)
    })()
  } catch (err) {
    if (err instanceof Rollback) return err.preview
    throw err
  }
  throw new AppError('INTERNAL', '重新识别预览未能回滚')
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
}

const STALE = '预览之后档案或识别结果已有变化，请重新预览后再应用'

export function createReread(deps: RereadDeps): {
  previewReread(issueId: number): Promise<RereadPreview>
  applyReread(issueId: number, expect: string): Promise<RereadOutcome>
} {
  const read = (issueId: number): Promise<Reading> => readAgain(deps.archive(), issueId, deps)
  return {
    async previewReread(issueId) {
      const r = await read(issueId)
      return simulate(deps.archive().db, r)
    },

    async applyReread(issueId, expect) {
      const r = await read(issueId)
      const archive = deps.archive()
      const { db } = archive
      if (simulate(db, r).fingerprint !== expect) throw new AppError('BAD_REQUEST', STALE)
      if (archive.dbFile === ':memory:') throw new AppError('BAD_REQUEST', '内存中的档案库无法备份，不能重新识别')
      const now = deps.now?.() ?? new Date()
      const backupDir = join(dirname(archive.filesDir), 'backups', `${stamp(now)}-reread-${r.key.year}-${r.key.issueNo}`)
      await backupArchive(archive.dbFile, backupDir, now)
      const saved = db
        .transaction(() => {
          const { preview, saved } = replaceAndCompare(db, r)
          if (preview.fingerprint !== expect) throw new AppError('BAD_REQUEST', STALE)
          const kept = preview.corrections.total - saved.correctionsSkipped.length
          const message = `重新识别${r.label}（用新版本识别已保存的原件，原件不变；保留更正 ${kept} 条；重新识别前备份：${backupDir}）`
          const warnings = [...r.readWarnings, ...saved.correctionsSkipped]
          const log = { at: now.toISOString(), file: r.sources[0].originalName, sha256: r.sources[0].sha256 }
          addImportLog(db, { ...log, outcome: 'replaced', issueId: saved.issueId, message, warnings })
          return { saved, kept }
        })
        .immediate()
      return {
        issueId: saved.saved.issueId,
        issue: r.label,
        documents: saved.saved.documentIds.length,
        backupDir,
        correctionsKept: saved.kept,
        correctionsListed: saved.saved.correctionsSkipped,
      }
    },
  }
}
