// Another file of an issue the archive holds, in a format the issue has no original in yet (the same
// 期 as PDF and as OFD): kept beside its first original when its documents are the issue's; its
// documents are never imported twice. A file that reads as another issue is refused with the reasons.
import type { Database } from 'better-sqlite3'
import type { KeptOriginalReport, ParsedIssue } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { ordinalName, originalFormat } from '../../shared/original'
import type { Archive } from '../archive/open-archive'
import { removeStored, storeOriginal } from '../archive/store-original'
import { issueDocuments } from '../db/documents'
import { addImportLog } from '../db/import-log'
import { findIssueId, issueLabel } from '../db/issues'
import { findSourceBySha, insertSourceFile, isStoredPathReferenced, listIssueSources } from '../db/source-files'
import { toCompared } from './compare-fields'
import { checkSameIssue, type SameIssueCheck } from './same-issue'

/** A file read and parsed whose issue the archive already holds (kept for 安全替换, or as a further original). */
export interface HeldFile {
  name: string
  sha256: string
  bytes: Uint8Array
  mediaType: string
  parsed: ParsedIssue
  warnings: string[]
}

/** A held file offered as a further original: its path as given, and the import's time. */
export interface OtherFile extends HeldFile {
  file: string
  at: string
}

export type FurtherOutcome =
  | { kept: Omit<KeptOriginalReport, 'file' | 'code' | 'sourceIndex'> }
  /** Why the file was not kept (Chinese), naming the differences. */
  | { differs: string }

/** True when the issue keeps no original of this media type: a PDF beside a text file, not a second PDF. */
export function isAnotherFormat(db: Database, issueId: number, mediaType: string): boolean {
  const held = listIssueSources(db, issueId)
  return held.length > 0 && !held.some((s) => s.mediaType === mediaType)
}

function check(db: Database, issueId: number, f: OtherFile): SameIssueCheck {
  const held = issueDocuments(db, issueId).map((d) => toCompared(d, d.id))
  return checkSameIssue(held, f.parsed.documents.map((d) => toCompared(d)))
}

function differsMessage(db: Database, issueId: number, f: OtherFile, c: SameIssueCheck): string {
  const from = listIssueSources(db, issueId)[0]?.originalName ?? '未知文件'
  const format = originalFormat(f.mediaType, f.name)
  return `档案中已有${issueLabel(f.parsed.meta)}（来自 ${from}），但此文件（${format}）读出的文件与本期不一致，未另存为本期原件：${c.differences.join('；')}`
}

function keptMessage(ordinal: number, format: string, c: SameIssueCheck): string {
  const notes = c.notes.length ? `（${c.notes.join('；')}）` : ''
  return `已有本期，另存为本期的${ordinalName(ordinal)}原件（${format}）：与档案中的 ${c.counts.held} 件文件一一对应，文件不重复导入${notes}`
}

/** Under the write lock: the issue still held and the file still new, checked again, then recorded. */
function record(db: Database, issueId: number, f: OtherFile, rel: string): FurtherOutcome {
  const label = issueLabel(f.parsed.meta)
  if (findIssueId(db, f.parsed.meta.gazette, f.parsed.meta.year, f.parsed.meta.issueNo) !== issueId) {
    throw new AppError('NOT_FOUND', `${label}已不在档案中（刚被删除或替换），请重新导入这份文件`)
  }
  if (findSourceBySha(db, f.sha256)) throw new AppError('BAD_REQUEST', `「${f.name}」刚由另一次导入存入档案`)
  const c = check(db, issueId, f)
  if (!c.same) return { differs: differsMessage(db, issueId, f, c) }
  const ordinal = listIssueSources(db, issueId).length + 1
  const format = originalFormat(f.mediaType, f.name)
  const size = f.bytes.length
  insertSourceFile(db, { issueId, sha256: f.sha256, originalName: f.name, storedPath: rel, size, mediaType: f.mediaType, importedAt: f.at })
  const message = keptMessage(ordinal, format, c)
  addImportLog(db, { at: f.at, file: f.file, sha256: f.sha256, outcome: 'kept', issueId, message, warnings: f.warnings })
  return { kept: { issue: label, issueId, format, ordinal, documents: c.counts.other, message } }
}

/**
 * Keeps `f` as a further original of issue `issueId` when its documents are the issue's: stored like
 * the first original (content-addressed, so backups and 检查档案 cover it), recorded in one transaction.
 */
export function keepFurtherOriginal(archive: Archive, issueId: number, f: OtherFile): FurtherOutcome {
  const { db, filesDir } = archive
  // Compared first outside the lock, so that a file of another issue writes nothing.
  const first = check(db, issueId, f)
  if (!first.same) return { differs: differsMessage(db, issueId, f, first) }
  const rel = storeOriginal(filesDir, f.sha256, f.name, f.bytes)
  let out: FurtherOutcome | undefined
  try {
    out = db.transaction(() => record(db, issueId, f, rel)).immediate()
    return out
  } finally {
    if (!out || 'differs' in out) {
      if (!isStoredPathReferenced(db, rel)) removeStored(filesDir, rel)
    }
  }
}
