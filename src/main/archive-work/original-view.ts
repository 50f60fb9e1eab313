// 对照原文: the original an issue was read from, served by issue id (the page never names a path):
// a PDF as its bytes, a text or Word file as the text the importer read, in the same lines.
import type { OriginalFile } from '../../shared/original'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { readOriginal } from '../archive/originals'
import { findIssueOriginal } from './issue-originals'
import { readSource } from '../importer/read/read-source'
import { pagesToPdf } from '../importer/ocr/page-set'
import { isScanRefusal } from '../importer/ocr/scan-step'
import { ofdScanPdf } from '../importer/ocr/ofd-pages'

/** The original the issue was read from, or another it keeps (`originalId`, issue 17). */
export async function getOriginal(archive: Archive, issueId: number, originalId?: number): Promise<OriginalFile> {
  const f = findIssueOriginal(archive.db, issueId, originalId)
  let bytes: Buffer
  try {
    bytes = readOriginal(archive.filesDir, f.storedPath)
  } catch {
    throw new AppError('NOT_FOUND', `原件缺失：${f.originalName}`)
  }
  if (f.mediaType === 'application/pdf') return { kind: 'pdf', fileName: f.originalName, bytesBase64: bytes.toString('base64') }
  // Page images read by OCR are shown as a PDF of their pages, where the document's regions are drawn.
  if (f.mediaType.startsWith('image/')) {
    const pdf = await pagesToPdf([{ name: f.originalName, bytes }])
    return { kind: 'pdf', fileName: f.originalName, bytesBase64: Buffer.from(pdf.bytes).toString('base64') }
  }
  // The same reader as the import, so line numbers agree with the documents' sources.
  const text = await readSource(new Uint8Array(bytes), f.originalName).catch((err: unknown) => {
    if (f.mediaType === 'application/ofd' && isScanRefusal(err)) return null // a scanned OFD, read by OCR
    throw err
  })
  if (!text) return { kind: 'pdf', fileName: f.originalName, bytesBase64: (await ofdScanPdf(bytes, f.originalName)).toString('base64') }
  return { kind: 'text', fileName: f.originalName, lines: text.text.split(/\r\n?|\n/) }
}
