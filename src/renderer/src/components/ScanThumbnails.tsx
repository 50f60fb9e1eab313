// 登记扫描件: the chosen scan's pages as thumbnails, numbered, so staff can read off each
// document's 起止页; the page count is handed up so ranges beyond the scan are refused at once.
import { Group, Loader, Text } from '@mantine/core'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useEffect, useRef, useState } from 'react'
import { openPdf, renderPage } from '../pdfjs'

/** Thumbnails drawn at most (a long issue shows its first pages; the count still covers all). */
export const MAX_THUMBNAILS = 60
const WIDTH = 96

function Thumb({ pdf, n }: { pdf: PDFDocumentProxy; n: number }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (canvas.current) void renderPage(pdf, n, canvas.current, WIDTH).catch(() => undefined)
  }, [pdf, n])
  return (
    <figure className="scan-thumb" style={{ margin: 0, textAlign: 'center' }} data-testid="scan-thumb">
      <canvas ref={canvas} role="img" aria-label={`扫描件第 ${n} 页`} style={{ border: '1px solid #ced4da', background: 'white' }} />
      <figcaption style={{ fontSize: 12 }}>第 {n} 页</figcaption>
    </figure>
  )
}

export function ScanThumbnails({ bytesBase64, onPageCount }: { bytesBase64: string; onPageCount(n: number | null): void }) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const task = openPdf(bytesBase64)
    let live = true
    setError(null)
    task.promise.then(
      (p) => live && (setPdf(p), onPageCount(p.numPages)),
      () => live && (setError('无法打开这个 PDF，文件可能已损坏'), onPageCount(null)),
    )
    return () => {
      live = false
      setPdf(null)
      void task.destroy()
    }
  }, [bytesBase64, onPageCount])
  if (error) return <Text size="sm" c="red" role="alert">{error}</Text>
  if (!pdf) return <Loader size="sm" aria-label="正在打开扫描件" />
  const shown = Math.min(pdf.numPages, MAX_THUMBNAILS)
  return (
    <div data-testid="scan-thumbnails">
      <Text size="sm" mb={6}>扫描件共 {pdf.numPages} 页{pdf.numPages > shown ? `（这里显示前 ${shown} 页）` : ''}：</Text>
      <Group gap="xs" style={{ maxHeight: 330, overflow: 'auto' }}>
        {Array.from({ length: shown }, (_, i) => <Thumb key={i + 1} pdf={pdf} n={i + 1} />)}
      </Group>
    </div>
  )
}
