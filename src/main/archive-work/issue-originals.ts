// The originals an issue keeps (issue 17): the file it was read from and any further copy of the same
// 期 in another format, listed for its page and the CLI, and handed out by id (no path crosses the contract).
import type { Database } from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { originalFormat, type IssueOriginal } from '../../shared/original'
import type { Archive } from '../archive/open-archive'
import { readOriginal } from '../archive/originals'
import { listIssueSources, type SourceFileRow } from '../db/source-files'

function requireIssue(db: Database, issueId: number): void {
  if (db.prepare('SELECT 1 FROM issues WHERE id = ?').get(issueId) === undefined) {
    throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${issueId}）`)
  }
}

/** Every original of the issue, the one its documents were read from first. */
export function listIssueOriginals(db: Database, issueId: number): IssueOriginal[] {
  requireIssue(db, issueId)
  return listIssueSources(db, issueId).map((s, i) => ({
    id: s.id,
    fileName: s.originalName,
    format: originalFormat(s.mediaType, s.originalName),
    mediaType: s.mediaType,
    size: s.size,
    sha256: s.sha256,
    importedAt: s.importedAt,
    ordinal: i + 1,
  }))
}

/** One original of the issue by its record id (the first when `originalId` is absent). */
export function findIssueOriginal(db: Database, issueId: number, originalId?: number): SourceFileRow {
  requireIssue(db, issueId)
  const all = listIssueSources(db, issueId)
  const f = originalId === undefined ? all[0] : all.find((s) => s.id === originalId)
  if (!f) throw new AppError('NOT_FOUND', originalId === undefined ? `这一期没有保存原件（编号 ${issueId}）` : `这一期没有编号为 ${originalId} 的原件`)
  return f
}

/** An original's bytes as kept, for 另存为 (its original file name). */
export function getOriginalFile(archive: Archive, issueId: number, originalId: number): { fileName: string; bytesBase64: string } {
  const f = findIssueOriginal(archive.db, issueId, originalId)
  try {
    return { fileName: f.originalName, bytesBase64: readOriginal(archive.filesDir, f.storedPath).toString('base64') }
  } catch {
    throw new AppError('NOT_FOUND', `原件缺失：${f.originalName}`)
  }
}
