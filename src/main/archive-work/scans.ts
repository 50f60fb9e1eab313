// Scanned back issues: the PDF kept as the original (SHA-256), documents catalogued by hand.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { ApiRequest, ImportSource } from '../../shared/api'
import type { GazetteDocument, ParsedDocument, ParsedIssue, ScannedDocumentInput } from '../../shared/domain'
import { normalizeDocNumber } from '../../shared/doc-number'
import { splitIssuers } from '../../shared/issuers'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { addImportLog } from '../db/import-log'
import { findIssueId, issueLabel } from '../db/issues'
import { saveIssue } from '../importer/save-issue'
import { findIssuePdf, insertScanPages } from '../db/scans'
import { findSourceBySha, isStoredPathReferenced } from '../db/source-files'
import { readOriginal } from '../archive/originals'
import { docTypeOf } from '../importer/parse/doc-type'
import { removeStored, sha256Hex, storeOriginal } from '../archive/store-original'
import { pdfFileName } from '../export/export-pdf'
import { checkPageRanges, scanPageCount, scanPagesPdf } from './scan-pages'

/** The request of ArchiveApi.catalogScannedIssue. */
export type ScannedIssueInput = ApiRequest<'catalogScannedIssue'>

function loadScan(scan: ImportSource): { name: string; bytes: Uint8Array } {
  if (scan.kind === 'upload') return { name: basename(scan.name), bytes: new Uint8Array(Buffer.from(scan.bytesBase64, 'base64')) }
  try {
    return { name: basename(scan.path), bytes: readFileSync(scan.path) }
  } catch {
    throw new AppError('NOT_FOUND', `无法读取扫描件：${scan.path}`)
  }
}

function toParsed(d: ScannedDocumentInput, seq: number): ParsedDocument {
  const docNumber = d.docNumber ? (normalizeDocNumber(d.docNumber) ?? d.docNumber.trim()) : null
  return {
    seq, docNumber, docNumberRaw: docNumber, title: d.title.trim(), tocTitle: null, category: d.category ?? null,
    docType: docTypeOf(d.title), issuer: d.issuer?.trim() || null, issuers: splitIssuers(d.issuer), recipients: null, date: d.date,
    public: false, tocPage: d.pageFrom, consult: null, attachments: [], blocks: [], citations: [],
  }
}

function toIssue(req: ScannedIssueInput): ParsedIssue {
  if (!req.documents.length) throw new AppError('BAD_REQUEST', '请至少登记一份文件')
  for (const d of req.documents) {
    if (d.pageTo < d.pageFrom) throw new AppError('BAD_REQUEST', `页码范围不对：${d.title}（${d.pageFrom}–${d.pageTo}）`)
  }
  const documents = req.documents.map((d, i) => toParsed(d, i + 1))
  return {
    meta: {
      gazette: req.gazette.trim(), year: req.year, issueNo: req.issueNo, totalNo: req.totalNo ?? null,
      publishedOn: req.publishedOn ?? null, publisher: null,
    },
    sections: [...new Set(documents.map((d) => d.category).filter((c): c is string => !!c))],
    toc: documents.map((d) => ({ category: d.category ?? '', title: d.title, docNumber: d.docNumber, page: d.tocPage })),
    documents,
    warnings: [],
  }
}

/**
 * Stores the scan, saves the catalogued issue with page ranges, logs it; one transaction. Page
 * ranges beyond the scan's pages are refused before anything is written.
 */
export async function catalogScannedIssue(archive: Archive, req: ScannedIssueInput, now = new Date()): Promise<{ issueId: number; documentIds: number[] }> {
  const parsed = toIssue(req)
  const { name, bytes } = loadScan(req.scan)
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    throw new AppError('UNSUPPORTED_FILE', `扫描件须为 PDF：${name}`)
  }
  checkPageRanges(req.documents, await scanPageCount(bytes, name), name)
  return saveCatalogued(archive, req, parsed, { name, bytes }, now)
}

function saveCatalogued(
  archive: Archive,
  req: ScannedIssueInput,
  parsed: ParsedIssue,
  { name, bytes }: { name: string; bytes: Uint8Array },
  now: Date,
): { issueId: number; documentIds: number[] } {  const sha256 = sha256Hex(bytes)
  const { db, filesDir } = archive
  const rel = storeOriginal(filesDir, sha256, name, bytes)
  const importedAt = now.toISOString()
  const source = { sha256, originalName: name, storedPath: rel, size: bytes.length, mediaType: 'application/pdf', importedAt }
  const held = findSourceBySha(db, sha256)
  if (held && held.issueId !== null && held.issueId !== findIssueId(db, parsed.meta.gazette, parsed.meta.year, parsed.meta.issueNo)) {
    throw new AppError('ISSUE_EXISTS', `这份扫描件已编目为另一期（编号 ${held.issueId}）`)
  }
  let replacedFiles: string[] = []
  try {
    const out = db.transaction(() => {
      db.prepare('DELETE FROM source_files WHERE sha256 = ? AND issue_id IS NULL').run(sha256)
      const r = saveIssue(db, parsed, source, { replace: req.replace })
      replacedFiles = r.replacedFiles
      // saveIssue keeps documents in seq order; corrections replayed may have split or merged them.
      const pages = db.prepare('SELECT id, seq FROM documents WHERE issue_id = ? ORDER BY seq').all(r.issueId) as { id: number; seq: number }[]
      pages.forEach((p) => {
        const d = req.documents[p.seq - 1]
        if (d) insertScanPages(db, p.id, d.pageFrom, d.pageTo)
      })
      const message = `手工编目扫描件：${issueLabel(parsed.meta)}（操作人：${req.editor}）`
      addImportLog(db, { at: importedAt, file: name, sha256, outcome: r.replacedIssueId ? 'replaced' : 'imported', issueId: r.issueId, message, warnings: [] })
      return { issueId: r.issueId, documentIds: r.documentIds }
    })()
    for (const old of replacedFiles) if (!isStoredPathReferenced(db, old)) removeStored(filesDir, old)
    return out
  } catch (err) {
    if (!isStoredPathReferenced(db, rel)) removeStored(filesDir, rel)
    if (err instanceof AppError && err.code === 'ISSUE_EXISTS') throw new AppError('ISSUE_EXISTS', `${err.message}（如需重新编目请选择替换）`)
    throw err
  }
}

/** The stored scan of an issue. */
export function scanBytes(archive: Archive, issueId: number): { fileName: string; bytes: Buffer } {
  const f = findIssuePdf(archive.db, issueId)
  if (!f) throw new AppError('NOT_FOUND', `这一期没有 PDF 原件（编号 ${issueId}）`)
  try {
    return { fileName: f.originalName, bytes: readOriginal(archive.filesDir, f.storedPath) }
  } catch {
    throw new AppError('NOT_FOUND', `原件缺失：${f.originalName}`)
  }
}

/** The PDF of an issue as base64, for the page viewer. */
export function getScan(archive: Archive, issueId: number): { fileName: string; bytesBase64: string } {
  const f = scanBytes(archive, issueId)
  return { fileName: f.fileName, bytesBase64: f.bytes.toString('base64') }
}

/** A registered scanned document printed as its scan pages (pageFrom–pageTo), named like any export. */
export async function exportScanPages(archive: Archive, doc: GazetteDocument): Promise<{ fileName: string; bytesBase64: string }> {
  const scan = scanBytes(archive, doc.issueId)
  const from = doc.pageFrom ?? 1
  const pdf = await scanPagesPdf(scan.bytes, from, doc.pageTo ?? from)
  return { fileName: pdfFileName(doc).replace(/\.pdf$/, '_扫描页.pdf'), bytesBase64: pdf.toString('base64') }
}
