// 查看扫描页: the pages of the issue's scanned PDF that hold this document, one at a time.
import { Button, Group, Loader, Modal, Text } from '@mantine/core'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useEffect, useRef, useState } from 'react'
import type { GazetteDocument } from '../../../shared/domain'
import { useApi } from '../api-context'
import { toAppError } from '../hooks/useAction'
import { openPdf, renderPage } from '../pdfjs'

function usePdf(issueId: number, opened: boolean) {
  const { archive } = useApi()
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!opened) return
    let task: ReturnType<typeof openPdf> | null = null
    let live = true
    archive
      .getScan({ issueId })
      .then((scan) => {
        task = openPdf(scan.bytesBase64)
        return task.promise
      })
      .then((p) => live && setPdf(p), (err: unknown) => live && setError(toAppError(err).message))
    return () => {
      live = false
      setPdf(null)
      void task?.destroy()
    }
  }, [archive, issueId, opened])
  return { pdf, error }
}

export function ScanViewer({ doc, opened, onClose }: { doc: GazetteDocument; opened: boolean; onClose(): void }) {
  const { pdf, error } = usePdf(doc.issueId, opened)
  const from = doc.pageFrom ?? 1
  const last = Math.max(from, Math.min(doc.pageTo ?? from, pdf?.numPages ?? Infinity))
  const [page, setPage] = useState(from)
  const canvas = useRef<HTMLCanvasElement>(null)

  useEffect(() => {
    if (pdf && canvas.current) void renderPage(pdf, Math.min(page, pdf.numPages), canvas.current, 720)
  }, [pdf, page])

  return (
    <Modal opened={opened} onClose={onClose} size={800} title={`扫描页：${doc.title}`} closeButtonProps={{ 'aria-label': '关闭扫描页' }}>
      <Group justify="space-between" mb="sm">
        <Button variant="default" disabled={page <= from} onClick={() => setPage(page - 1)}>← 上一页</Button>
        <Text size="sm" role="status" data-testid="scan-page">第 {page} 页（本件第 {from}–{last} 页{pdf ? `，全期共 ${pdf.numPages} 页` : ''}）</Text>
        <Button variant="default" disabled={page >= last} onClick={() => setPage(page + 1)}>下一页 →</Button>
      </Group>
      {error && <Text c="red">无法打开扫描件：{error}</Text>}
      {!pdf && !error && <Loader size="sm" aria-label="正在打开扫描件" />}
      <div className="pdf-pages" style={{ background: '#e9ecef', padding: 16 }}>
        <canvas ref={canvas} role="img" aria-label={`扫描件第 ${page} 页`} data-testid="scan-canvas" />
      </div>
    </Modal>
  )
}
