// Exported files in the page: blob URLs for download and the browser's PDF viewer.
import { base64ToBytes } from './base64'
import { mimeFor } from './file-types'

export { base64ToBytes, bytesToBase64 } from './base64'
export interface PdfFile {
  fileName: string
  bytesBase64: string
}

/** Any export (PDF, Excel, CSV, zip): the same shape as PdfFile. */
export type ExportFile = PdfFile

export function pdfBlobUrl(file: PdfFile): string {
  const blob = new Blob([base64ToBytes(file.bytesBase64) as BlobPart], { type: mimeFor(file.fileName) })
  return URL.createObjectURL(blob)
}

export function downloadFile(file: ExportFile): void {
  const url = pdfBlobUrl(file)
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Opens the PDF in the browser's own viewer, whose print dialog prints it at 100 %. */
export function openPdfInNewTab(file: PdfFile): void {
  const url = pdfBlobUrl({ ...file, fileName: 'x.pdf' })
  window.open(url, '_blank', 'noopener')
  setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000)
}
