// Re-reading an archived issue: its kept original through the importer's own Pipeline, and its
// stored documents in the compared shape.
import type { Database } from 'better-sqlite3'
import type { ParsedIssue } from '../../shared/domain'
import type { ComparedDocument, IssueFieldChange } from '../../shared/issue-comparison'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { issueDocuments } from '../db/documents'
import { toCompared } from '../importer/compare-fields'
import { issueLabel } from '../db/issues'
import type { SourceFileInput } from '../db/source-files'
import { readOriginal } from '../archive/originals'
import { createFileRunner, type RunnerChoice } from '../importer/worker/file-runner'
import { DEFAULT_FILE_LIMITS, type FileLimits } from '../importer/worker/pipeline'

/** An original kept for the issue, as `source_files` records it. */
export type SourceRow = SourceFileInput

export interface IssueKey {
  gazette: string
  year: number
  issueNo: number
}

/** The new reading of one archived issue, not saved. */
export interface Reading {
  issueId: number
  key: IssueKey
  label: string
  /** The issue's kept originals, the one read first. */
  sources: SourceRow[]
  parsed: ParsedIssue
  readWarnings: string[]
  issueChanges: IssueFieldChange[]
}

export interface ReadDeps extends RunnerChoice {
  limits?: Partial<FileLimits>
}

function issueKeyOf(db: Database, issueId: number): IssueKey & { totalNo: number | null; publishedOn: string | null } {
  const row = db
    .prepare(
      `SELECT g.name AS gazette, i.year, i.issue_no AS issueNo, i.total_no AS totalNo, i.published_on AS publishedOn
       FROM issues i JOIN gazettes g ON g.id = i.gazette_id WHERE i.id = ?`,
    )
    .get(issueId) as (IssueKey & { totalNo: number | null; publishedOn: string | null }) | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${issueId}）`)
  return row
}

function sourcesOf(db: Database, issueId: number): SourceRow[] {
  return db
    .prepare(
      `SELECT sha256, original_name AS originalName, stored_path AS storedPath, size, media_type AS mediaType,
         imported_at AS importedAt FROM source_files WHERE issue_id = ? ORDER BY id`,
    )
    .all(issueId) as SourceRow[]
}

function isScanned(db: Database, issueId: number): boolean {
  const sql = 'SELECT 1 FROM scanned_documents s JOIN documents d ON d.id = s.document_id WHERE d.issue_id = ? LIMIT 1'
  return db.prepare(sql).get(issueId) !== undefined
}

const shown = (v: string | number | null): string => (v === null ? '（空）' : String(v))

/**
 * The issue keeps its place in the archive (刊名, 年, 期: what staff browse by and corrections
 * are keyed on); a new reading of them is reported, not applied. 总期号 and 出版日期 follow it.
 */
function keepPlace(parsed: ParsedIssue, old: ReturnType<typeof issueKeyOf>): IssueFieldChange[] {
  const out: IssueFieldChange[] = []
  const m = parsed.meta
  const place = issueLabel(m)
  if (place !== issueLabel(old)) out.push({ label: '期（保留档案中的）', old: issueLabel(old), new: place })
  if (m.totalNo !== old.totalNo) out.push({ label: '总期号', old: shown(old.totalNo), new: shown(m.totalNo) })
  if (m.publishedOn !== old.publishedOn) out.push({ label: '出版日期', old: shown(old.publishedOn), new: shown(m.publishedOn) })
  parsed.meta = { ...m, gazette: old.gazette, year: old.year, issueNo: old.issueNo }
  return out
}

/** Reads the issue's first kept original again, read → parse as the importer does; saves nothing. */
export async function readAgain(archive: Archive, issueId: number, deps: ReadDeps): Promise<Reading> {
  const { db } = archive
  const old = issueKeyOf(db, issueId)
  const label = issueLabel(old)
  if (isScanned(db, issueId)) throw new AppError('BAD_REQUEST', `${label}是按扫描件人工编目的，没有可重新识别的文字`)
  const sources = sourcesOf(db, issueId)
  if (!sources.length) throw new AppError('NOT_FOUND', `${label}没有保存原件，无法重新识别`)
  const first = sources[0]
  const limits = { ...DEFAULT_FILE_LIMITS, ...deps.limits }
  const bytes = new Uint8Array(readOriginal(archive.filesDir, first.storedPath, limits.maxFileBytes + 1))
  const readWarnings: string[] = []
  const runner = createFileRunner(deps) // the same worker and limits as an import
  const { parsed } = await runner
    .run(bytes, first.originalName, limits, (m) => readWarnings.push(m))
    .finally(() => runner.close())
  readWarnings.push(...parsed.warnings.map((w) => w.message))
  const issueChanges = keepPlace(parsed, old)
  return { issueId, key: old, label, sources, parsed, readWarnings, issueChanges }
}

/** An issue's stored documents (staff corrections included), in order. */
export function storedDocuments(db: Database, issueId: number): ComparedDocument[] {
  return issueDocuments(db, issueId).map((d) => toCompared(d, d.id))
}
