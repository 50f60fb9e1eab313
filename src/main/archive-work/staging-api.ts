// The 待核对 part of the service: staged issues listed, reviewed, fixed, saved (入库) or discarded (放弃).
import { readFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import type { ArchiveApi } from '../../shared/api'
import type { StagedIssue, StagedSourceLines } from '../../shared/domain'
import { AppError, IMPORT_BUSY } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { originalPath } from '../archive/originals'
import { pagesToPdf } from '../importer/ocr/page-set'
import { ofdScanPdf } from '../importer/ocr/ofd-pages'
import { getDocument } from '../db/documents'
import { getSettings } from '../db/settings'
import {
  countToReview,
  getStagedRow,
  listStaged,
  markDocumentReviewed,
  toStagedSummary,
  updateStagedIssue,
} from '../db/staged-issues'
import {
  approveStagedDocument,
  editStagedDocument,
  mergeStagedDocuments,
  splitStagedDocument,
  type StagedParsed,
} from '../importer/staged-edit'
import { discardStagedIssue, saveStagedIssue } from '../importer/staging'
import { readStagedIdentitySet } from '../db/staged-identity'
import { keepReviewIdentity } from './staged-identity'
import type { Mutation } from '../maintenance/mutation'

export type StagingMethods =
  | 'listStagedIssues' | 'getStagedIssue' | 'getStagedSource' | 'getStagedOriginal' | 'editStagedDocument'
  | 'splitStagedDocument' | 'mergeStagedDocuments' | 'approveStagedDocument' | 'saveStagedIssue'
  | 'discardStagedIssue' | 'countToReview' | 'approveDocument'

export interface StagingDeps {
  archive: () => Archive
  /** 入库 is a write like an import: counted, refused while one runs, the search index refreshed after. */
  mutation: Mutation
  now?: () => Date
}

/** The reviewer: the name sent, else the staff name in the settings, else the OS user. */
export function reviewerName(archive: Archive, sent?: string): string {
  const name = sent?.trim() || getSettings(archive.db).editorName
  if (name) return name
  try {
    return userInfo().username || '未署名'
  } catch {
    return '未署名' // no user entry (some containers)
  }
}

/** The document was read from a scan (the OCR reason ocr/doubts.ts gives every such document). */
export function isOcrDocument(d: { reasons?: { code: string }[] }): boolean {
  return d.reasons?.some((r) => r.code === 'OCR') ?? false
}

/**
 * The staged original as the review screen shows it: a page image (a TIFF read on its own) as a
 * PDF of its pages, and a scanned OFD read by OCR as a PDF of its drawn pages, like a scanned PDF,
 * so the document's region and the characters OCR was unsure of are boxed on the scan.
 */
async function shownAsPdf(row: ReturnType<typeof getStagedRow>, bytes: Buffer): Promise<Uint8Array> {
  if (row.media_type.startsWith('image/')) return (await pagesToPdf([{ name: row.original_name, bytes }])).bytes
  if (row.media_type === 'application/ofd' && (JSON.parse(row.issue_json) as StagedParsed).documents.some(isOcrDocument)) {
    return ofdScanPdf(bytes, row.original_name)
  }
  return bytes
}

export function toStagedIssue(archive: Archive, id: number): StagedIssue {
  const row = getStagedRow(archive.db, id)
  const issue = JSON.parse(row.issue_json) as StagedParsed
  const matched = new Set(issue.documents.map((d) => d.tocTitle).filter((t): t is string => t !== null))
  return {
    ...toStagedSummary(archive.db, row),
    ocr: issue.documents.some(isOcrDocument),
    meta: issue.meta,
    toc: issue.toc,
    warnings: [...(JSON.parse(row.read_warnings_json) as string[]), ...issue.warnings.map((w) => w.message)],
    documents: issue.documents,
    tocMatched: issue.toc.filter((e) => matched.has(e.title)).length,
  }
}

/** Source lines of one staged document, from the first to the last line its blocks came from. */
function sourceLines(archive: Archive, id: number, seq: number): StagedSourceLines {
  const row = getStagedRow(archive.db, id)
  const doc = (JSON.parse(row.issue_json) as StagedParsed).documents.find((d) => d.seq === seq)
  if (!doc) throw new AppError('NOT_FOUND', `这一期中没有第 ${seq} 份文件`)
  const sources = doc.sources ?? []
  if (!sources.length) return { lineFrom: 0, lineTo: 0, lines: [] }
  let lineFrom = Infinity
  let lineTo = -Infinity
  for (const s of sources) {
    lineFrom = Math.min(lineFrom, s.lineFrom)
    lineTo = Math.max(lineTo, s.lineTo)
  }
  // The title and 文号 lines sit just above the first body block: show a few lines before it.
  lineFrom = Math.max(1, lineFrom - 4)
  const lines = row.source_text.split('\n').slice(lineFrom - 1, lineTo)
  return { lineFrom, lineTo: lineFrom + lines.length - 1, lines }
}

export function createStagingApi(deps: StagingDeps): Pick<ArchiveApi, StagingMethods> {
  const at = (): string => (deps.now?.() ?? new Date()).toISOString()
  const change = (id: number, edit: (issue: StagedParsed) => StagedParsed): StagedIssue => {
    const archive = deps.archive()
    const issue = JSON.parse(getStagedRow(archive.db, id).issue_json) as StagedParsed
    updateStagedIssue(archive.db, id, edit(issue))
    return toStagedIssue(archive, id)
  }

  return {
    listStagedIssues: async () => listStaged(deps.archive().db),
    getStagedIssue: async (req) => toStagedIssue(deps.archive(), req.id),
    getStagedSource: async (req) => sourceLines(deps.archive(), req.id, req.seq),
    async getStagedOriginal(req) {
      const archive = deps.archive()
      const row = getStagedRow(archive.db, req.id)
      const bytes = readFileSync(originalPath(archive.filesDir, row.stored_path))
      const shown = await shownAsPdf(row, bytes)
      return { fileName: row.original_name, bytesBase64: Buffer.from(shown).toString('base64') }
    },
    editStagedDocument: async (req) => change(req.id, (i) => editStagedDocument(i, req.seq, req.changes)),
    splitStagedDocument: async (req) =>
      change(req.id, (i) => splitStagedDocument(i, req.seq, req.atBlock, { title: req.title, docNumber: req.docNumber })),
    mergeStagedDocuments: async (req) => change(req.id, (i) => mergeStagedDocuments(i, req.seq)),
    async approveStagedDocument(req) {
      const by = reviewerName(deps.archive(), req.editor)
      return change(req.id, (i) => approveStagedDocument(i, req.seq, { by, at: at() }))
    },
    saveStagedIssue: (req) =>
      deps.mutation('importing', () => {
        const archive = deps.archive()
        const set = readStagedIdentitySet(archive.db, req.id) // gone with the staged row
        const r = saveStagedIssue(archive, req.id, { replace: req.replace, at: at() })
        keepReviewIdentity(archive.db, r.issueId, set)
        return r
      }, { busy: IMPORT_BUSY }),
    discardStagedIssue: async (req) => discardStagedIssue(deps.archive(), req.id, { at: at() }),
    countToReview: async () => countToReview(deps.archive().db),
    async approveDocument(req) {
      const archive = deps.archive()
      markDocumentReviewed(archive.db, req.id, reviewerName(archive, req.editor), at())
      return getDocument(archive.db, req.id)
    },
  }
}
