// Issues: saving a parsed issue in one transaction, and reading issues back.
import type { Database } from 'better-sqlite3'
import type { IssueSummary, ParsedIssue, ParseWarning, TocEntry } from '../../shared/domain'
import { normalizeDocNumber } from '../../shared/doc-number'
import { AppError } from '../../shared/errors'
import { insertDocument } from './insert-document'
import { insertSourceFile, type SourceFileInput } from './source-files'
import { dropSnapshotsOf, setReplacement, snapshotIssue, type IssueRows } from './replaced-issues'
import { currentGazetteName } from './gazettes'
import { gazetteKept, isNameless, UNNAMED_GAZETTE } from '../../shared/gazette-shown'
import { issueShown } from '../../shared/issue-shown'

export interface SaveResult {
  issueId: number
  documentIds: number[]
  /** The id of the issue this one replaced, if any. */
  replacedIssueId: number | null
  /** Stored paths of originals that belonged to the replaced issue (the caller removes them). */
  replacedFiles: string[]
  /** Staff corrections of this issue that could not be re-applied (also added to its warnings). */
  correctionsSkipped: string[]
  /** The snapshot of the replaced issue (恢复替换前 puts it back), or null. */
  snapshotId: number | null
}

/** 兴县人民政府公报 2022年第2期 */
export function issueLabel(meta: { gazette: string; year: number; issueNo: number }): string {
  if (!isNameless(meta.gazette)) return `${meta.gazette} ${issueShown(meta.year, meta.issueNo)}`
  // An issue whose text names its gazette nowhere (importer/parse/unnamed-issue.ts): as parsed
  // (no name), or as kept by its file (shared/gazette-shown.ts); its year and 期 may be unknown too.
  const when = `${meta.year ? `${meta.year}年` : ''}${meta.issueNo ? `第${meta.issueNo}期` : '（期号未写明）'}`
  return meta.gazette === '' ? `${UNNAMED_GAZETTE}${when}` : `${meta.gazette} ${when}`
}

export function findIssueId(db: Database, gazette: string, year: number, issueNo: number): number | null {
  const row = db
    .prepare(
      `SELECT i.id FROM issues i JOIN gazettes g ON g.id = i.gazette_id
       WHERE g.name = ? AND i.year = ? AND i.issue_no = ?`,
    )
    .get(currentGazetteName(db, gazette), year, issueNo) as { id: number } | undefined
  return row?.id ?? null
}

/**
 * Writes `parsed` with its original's record in ONE transaction; replaces an existing issue only
 * if asked. `afterInsert` runs inside that transaction once the documents are in (corrections
 * replay, derived data: see importer/save-issue.ts) and returns warnings to add to the issue.
 */
export function writeIssue(
  db: Database,
  read: ParsedIssue,
  source: SourceFileInput,
  opts: { replace?: boolean },
  afterInsert: (db: Database, issueId: number, replaced: IssueRows | null) => string[],
): SaveResult {
  // Named nowhere, the issue is kept under its file's name: two such issues stay apart.
  const parsed = { ...read, meta: { ...read.meta, gazette: gazetteKept(read.meta.gazette, source.originalName) } }
  return db.transaction((): SaveResult => {
    const { meta } = parsed
    const existing = findIssueId(db, meta.gazette, meta.year, meta.issueNo)
    let replacedFiles: string[] = []
    let snapshot: ReturnType<typeof snapshotIssue> | null = null
    if (existing !== null) {
      if (!opts.replace) throw new AppError('ISSUE_EXISTS', `档案中已有${issueLabel(meta)}`)
      // Every replace can be undone: the old rows are kept in this same transaction.
      snapshot = snapshotIssue(db, existing, source.importedAt)
      replacedFiles = deleteIssue(db, existing)
    }
    const issueId = insertIssue(db, parsed, source.importedAt)
    insertSections(db, issueId, parsed.sections)
    parsed.documents.forEach((d) => insertDocument(db, issueId, d))
    const skipped = afterInsert(db, issueId, snapshot?.rows ?? null)
    if (skipped.length) addIssueWarnings(db, issueId, skipped)
    const documentIds = issueDocumentIds(db, issueId)
    insertSourceFile(db, { ...source, issueId })
    if (snapshot) setReplacement(db, snapshot.id, issueId)
    return { issueId, documentIds, replacedIssueId: existing, replacedFiles, correctionsSkipped: skipped, snapshotId: snapshot?.id ?? null }
  })()
}

/** The ids of an issue's documents, in order. */
export function issueDocumentIds(db: Database, issueId: number): number[] {
  return db.prepare('SELECT id FROM documents WHERE issue_id = ? ORDER BY seq').pluck().all(issueId) as number[]
}

/**
 * Deletes an issue with its documents, sections, citations and source records, and the snapshot of
 * the issue it replaced (恢复替换前 undoes only a 期's latest replace); returns the stored paths they
 * kept (the caller removes those no record points at any more).
 */
export function deleteIssue(db: Database, issueId: number): string[] {
  const files = db.prepare('SELECT stored_path FROM source_files WHERE issue_id = ?').all(issueId) as {
    stored_path: string
  }[]
  db.prepare('DELETE FROM source_files WHERE issue_id = ?').run(issueId)
  db.prepare('DELETE FROM issues WHERE id = ?').run(issueId)
  return [...files.map((f) => f.stored_path), ...dropSnapshotsOf(db, issueId)]
}

function addIssueWarnings(db: Database, issueId: number, messages: string[]): void {
  const row = db.prepare('SELECT warnings_json FROM issues WHERE id = ?').get(issueId) as { warnings_json: string }
  const warnings = JSON.parse(row.warnings_json) as ParseWarning[]
  warnings.push(...messages.map((message) => ({ code: 'OTHER' as const, message })))
  db.prepare('UPDATE issues SET warnings_json = ? WHERE id = ?').run(JSON.stringify(warnings), issueId)
}

function gazetteId(db: Database, printed: string): number {
  const name = currentGazetteName(db, printed) // a gazette renamed since keeps its issues together
  db.prepare('INSERT INTO gazettes (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name)
  return (db.prepare('SELECT id FROM gazettes WHERE name = ?').get(name) as { id: number }).id
}

function insertIssue(db: Database, p: ParsedIssue, importedAt: string): number {
  const r = db
    .prepare(
      `INSERT INTO issues (gazette_id, year, issue_no, total_no, published_on, publisher, imported_at,
         toc_json, warnings_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      gazetteId(db, p.meta.gazette),
      p.meta.year,
      p.meta.issueNo,
      p.meta.totalNo,
      p.meta.publishedOn,
      p.meta.publisher,
      importedAt,
      JSON.stringify(p.toc),
      JSON.stringify(p.warnings),
    )
  return Number(r.lastInsertRowid)
}

function insertSections(db: Database, issueId: number, sections: string[]): void {
  const stmt = db.prepare('INSERT INTO sections (issue_id, ord, name) VALUES (?, ?, ?)')
  sections.forEach((name, i) => stmt.run(issueId, i + 1, name))
}

interface IssueRow {
  id: number
  gazette: string
  year: number
  issue_no: number
  total_no: number | null
  published_on: string | null
  imported_at: string
  warnings_json: string
  toc_json: string
  document_count: number
}

const ISSUE_SELECT = `SELECT i.id, g.name AS gazette, i.year, i.issue_no, i.total_no, i.published_on,
  i.imported_at, i.warnings_json, i.toc_json,
  (SELECT COUNT(*) FROM documents d WHERE d.issue_id = i.id) AS document_count
  FROM issues i JOIN gazettes g ON g.id = i.gazette_id`

function toSummary(r: IssueRow): IssueSummary {
  return {
    id: r.id,
    gazette: r.gazette,
    year: r.year,
    issueNo: r.issue_no,
    totalNo: r.total_no,
    publishedOn: r.published_on,
    documentCount: r.document_count,
    importedAt: r.imported_at,
    warnings: JSON.parse(r.warnings_json) as ParseWarning[],
  }
}

/** Issues held, newest first. */
export function listIssues(db: Database, year?: number): IssueSummary[] {
  const where = year === undefined ? '' : 'WHERE i.year = ?'
  const rows = db
    .prepare(`${ISSUE_SELECT} ${where} ORDER BY i.year DESC, i.issue_no DESC, g.name`)
    .all(...(year === undefined ? [] : [year])) as IssueRow[]
  return rows.map(toSummary)
}

/** An issue's 目录 as printed, each entry linked to its document when one was saved. */
export function getIssueToc(
  db: Database,
  issueId: number,
): { issue: IssueSummary; toc: (TocEntry & { documentId: number | null })[] } {
  const row = db.prepare(`${ISSUE_SELECT} WHERE i.id = ?`).get(issueId) as IssueRow | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${issueId}）`)
  const docs = db
    .prepare('SELECT id, doc_number, title, toc_title FROM documents WHERE issue_id = ? ORDER BY seq')
    .all(issueId) as { id: number; doc_number: string | null; title: string; toc_title: string | null }[]
  const toc = (JSON.parse(row.toc_json) as TocEntry[]).map((e) => {
    const num = e.docNumber ? (normalizeDocNumber(e.docNumber) ?? e.docNumber) : null
    // Entries without a 文号 (人事任免) match on the title the 目录 printed; so does an entry whose
    // document had its 文号 corrected by staff.
    const byTitle = (): (typeof docs)[number] | undefined => docs.find((d) => (d.toc_title ?? d.title) === e.title)
    const hit = (num ? docs.find((d) => d.doc_number === num) : undefined) ?? byTitle()
    return { ...e, documentId: hit?.id ?? null }
  })
  return { issue: toSummary(row), toc }
}
