// Staging (待核对): a parsed issue kept with its original until staff 入库 (save) or 放弃 (discard).
// 入库 goes through the same save path as a direct import (save-issue.ts, one transaction).
import type { ParsedIssue, StagedDocument, StagedSaveResult } from '../../shared/domain'
import { AppError, isAppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { removeStored, storeOriginal } from '../archive/store-original'
import { addImportLog } from '../db/import-log'
import { findIssueId, issueLabel } from '../db/issues'
import { isStoredPathReferenced } from '../db/source-files'
import {
  countStillDoubtful,
  deleteStaged,
  findStagedBySha,
  findStagedIssue,
  getStagedRow,
  insertStaged,
  markReviewed,
} from '../db/staged-issues'
import { saveIssue } from './save-issue'
import { toParsedIssue, type StagedParsed } from './staged-edit'
import { isDoubtful } from './parse/confidence'
import { isNameless } from '../../shared/gazette-shown'

export interface StageInput {
  file: string
  name: string
  sha256: string
  bytes: Uint8Array
  mediaType: string
  warnings: string[]
  parsed: ParsedIssue
  sourceText: string
  replace: boolean
  at: string
}

/** Every document confident (none below the threshold): such an issue may be saved at once. */
export function allConfident(parsed: ParsedIssue): boolean {
  // An issue that names its gazette nowhere waits for staff to see it, however sure its documents.
  if (isNameless(parsed.meta.gazette)) return false
  // Nor one whose body was rebuilt from columns written out of order: its fields were checked,
  // its paragraphs were not (text-rebuilt.ts).
  if (parsed.warnings.some((w) => w.code === 'COLUMNS_REBUILT')) return false
  return parsed.documents.every((d) => d.confidence === undefined || !isDoubtful(d.confidence))
}

/** Keeps the original durably, then the parsed issue in staged_issues; returns its id. */
export function stageIssue(archive: Archive, s: StageInput): number {
  const { db, filesDir } = archive
  const rel = storeOriginal(filesDir, s.sha256, s.name, s.bytes)
  try {
    return db.transaction(() => {
      const id = insertStaged(db, {
        file: s.file,
        sha256: s.sha256,
        originalName: s.name,
        storedPath: rel,
        size: s.bytes.length,
        mediaType: s.mediaType,
        stagedAt: s.at,
        replace: s.replace,
        issue: s.parsed,
        readWarnings: s.warnings,
        sourceText: s.sourceText,
      })
      // The import itself is in the log now; 入库 or 放弃 adds its own entry later.
      addImportLog(db, { at: s.at, file: s.file, sha256: s.sha256, outcome: 'staged', issueId: null, message: stagedMessage(s), warnings: stagedWarnings(s) })
      return id
    })()
  } catch (err) {
    if (!isStoredPathReferenced(db, rel)) removeStored(filesDir, rel)
    throw err
  }
}

/** 兴县人民政府公报 2022年第2期 进入待核对（12 件文件，其中 3 份存疑） */
function stagedMessage(s: StageInput): string {
  const p = s.parsed
  const doubtful = p.documents.filter((d) => d.confidence !== undefined && isDoubtful(d.confidence)).length
  const note = doubtful ? `，其中 ${doubtful} 份存疑` : '，无存疑'
  return `${issueLabel(p.meta)}进入待核对（${p.documents.length} 件文件${note}）${s.replace ? '，入库时将替换档案中的同一期' : ''}`
}

function stagedWarnings(s: StageInput): string[] {
  return [...s.warnings, ...s.parsed.warnings.map((w) => w.message)]
}

export function readStagedIssue(archive: Archive, id: number): StagedParsed {
  return JSON.parse(getStagedRow(archive.db, id).issue_json) as StagedParsed
}

/**
 * 入库: saves the staged issue (with staff's fixes) in one transaction with its import-log row and
 * the review marks, and drops it from staging. Refused (ISSUE_EXISTS) when the 期 is held and
 * neither the import nor this call asked to replace it.
 */
export function saveStagedIssue(archive: Archive, id: number, opts: { replace?: boolean; at: string }): StagedSaveResult {
  const { db, filesDir } = archive
  const row = getStagedRow(db, id)
  const staged = JSON.parse(row.issue_json) as StagedParsed
  const parsed = toParsedIssue(staged)
  const label = issueLabel(parsed.meta)
  const replace = opts.replace === true || row.replace === 1
  if (!replace && findIssueId(db, row.gazette, row.year, row.issue_no) !== null) {
    throw new AppError('ISSUE_EXISTS', `档案中已有${label}；如需替换请选择“替换入库”`)
  }
  const source = { sha256: row.sha256, originalName: row.original_name, storedPath: row.stored_path, size: row.size, mediaType: row.media_type, importedAt: opts.at }
  const doubtful = countStillDoubtful(staged.documents)
  const result = db
    .transaction(() => {
      // The staged row goes first so the original's sha is free for its source_files record.
      deleteStaged(db, id)
      const r = saveIssue(db, parsed, source, { replace })
      markReviewed(db, r.issueId, reviewMarks(staged.documents))
      const warnings = [...(JSON.parse(row.read_warnings_json) as string[]), ...parsed.warnings.map((w) => w.message)]
      const note = doubtful ? `，其中 ${doubtful} 份未经核对仍存疑` : '（已核对）'
      addImportLog(db, {
        at: opts.at,
        file: row.file,
        sha256: row.sha256,
        outcome: r.replacedIssueId === null ? 'imported' : 'replaced',
        issueId: r.issueId,
        message: `核对后入库：${label}${note}`,
        warnings,
      })
      return r
    })
    .immediate()
  for (const old of result.replacedFiles) {
    if (!isStoredPathReferenced(db, old)) removeStored(filesDir, old)
  }
  return { issueId: result.issueId, label, documents: parsed.documents.length, doubtful }
}

function reviewMarks(docs: StagedDocument[]): { seq: number; by: string; at: string }[] {
  return docs.flatMap((d) => (d.review ? [{ seq: d.seq, by: d.review.by, at: d.review.at }] : []))
}

/** 放弃: drops the staged issue and its kept original (unless an archived issue shares the file). */
export function discardStagedIssue(archive: Archive, id: number, opts: { at: string }): { label: string } {
  const { db, filesDir } = archive
  const row = getStagedRow(db, id)
  const label = issueLabel({ gazette: row.gazette, year: row.year, issueNo: row.issue_no })
  db.transaction(() => {
    deleteStaged(db, id)
    addImportLog(db, { at: opts.at, file: row.file, sha256: row.sha256, outcome: 'skipped', issueId: null, message: `核对后放弃：${label}`, warnings: [] })
  })()
  try {
    if (!isStoredPathReferenced(db, row.stored_path)) removeStored(filesDir, row.stored_path)
  } catch (err) {
    // The row is gone; a file left behind is listed by 检查档案 as unreferenced, never lost data.
    if (!isAppError(err)) throw err
  }
  return { label }
}

/** Why a file or an issue must not be staged again: it already waits under 待核对. */
export function stagedReason(db: Archive['db'], what: { sha256: string } | { meta: ParsedIssue['meta'] }): string | null {
  if ('sha256' in what) return findStagedBySha(db, what.sha256) ? '相同文件已在“待核对”中，请在那里入库或放弃' : null
  const row = findStagedIssue(db, what.meta.gazette, what.meta.year, what.meta.issueNo)
  return row ? `${issueLabel(what.meta)}已在“待核对”中（来自 ${row.original_name}），请先在那里入库或放弃` : null
}
