// Removing an issue: an automatic backup first (recoverable), then the delete, logged as 'removed'.
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { backupArchive } from '../archive/backup'
import { removalBackupDir } from '../archive/backup-names'
import { addImportLog } from '../db/import-log'
import { deleteIssue, issueLabel } from '../db/issues'
import { findSourceForIssue, isStoredPathReferenced } from '../db/source-files'
import { removeOriginal } from '../archive/originals'

export interface RemoveRequest {
  issueId: number
  editor: string
  reason: string
}

export async function removeIssue(archive: Archive, req: RemoveRequest, now = new Date()): Promise<{ issue: string; backupDir: string }> {
  const { db } = archive
  if (!req.editor.trim() || !req.reason.trim()) throw new AppError('BAD_REQUEST', '删除一期须填写操作人和原因')
  const row = db
    .prepare('SELECT g.name AS gazette, i.year, i.issue_no AS issueNo FROM issues i JOIN gazettes g ON g.id = i.gazette_id WHERE i.id = ?')
    .get(req.issueId) as { gazette: string; year: number; issueNo: number } | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${req.issueId}）`)
  if (archive.dbFile === ':memory:') throw new AppError('BAD_REQUEST', '内存中的档案库无法备份，不能删除')
  const label = issueLabel(row)
  const backupDir = removalBackupDir(archive.filesDir, row, now)
  await backupArchive(archive.dbFile, backupDir, now)
  const file = findSourceForIssue(db, req.issueId)?.originalName ?? label
  const files = db.transaction(() => {
    const stored = deleteIssue(db, req.issueId)
    const message = `删除${label}（操作人：${req.editor.trim()}；原因：${req.reason.trim()}；删除前备份：${backupDir}）`
    addImportLog(db, { at: now.toISOString(), file, sha256: null, outcome: 'removed', issueId: req.issueId, message, warnings: [] })
    return stored
  })()
  for (const rel of files) if (!isStoredPathReferenced(db, rel)) removeOriginal(archive.filesDir, rel)
  return { issue: label, backupDir }
}
