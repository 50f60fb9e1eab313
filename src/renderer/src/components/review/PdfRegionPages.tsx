// The PDF page(s) a staged document stands on, drawn with pdf.js, its region outlined in red.
// The default view of PdfRegionSlot; a richer page viewer can replace it through PdfRegionContext.
import { Loader, Stack, Text } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import type { PageBox } from '../../../../shared/domain'
import { openPdf, renderPage } from '../../pdfjs'
import type { PdfRegionProps } from './PdfRegionSlot'

const WIDTH = 420

function PageWithRegion({ pdf, region, marks }: { pdf: Awaited<ReturnType<typeof openPdf>['promise']>; region: PageBox; marks: PageBox[] }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [scale, setScale] = useState<number | null>(null)
  useEffect(() => {
    const el = canvas.current
    if (!el) return
    void (async () => {
      const base = (await pdf.getPage(region.page)).getViewport({ scale: 1 })
      await renderPage(pdf, region.page, el, WIDTH)
      setScale(WIDTH / base.width)
    })()
  }, [pdf, region.page])
  const pad = 4
  return (
    <div style={{ position: 'relative', width: WIDTH }} data-testid="pdf-region-page">
      <canvas ref={canvas} role="img" aria-label={`PDF 第 ${region.page} 页，本文件所在区域已用红框标出`} style={{ border: '1px solid #dee2e6' }} />
      {scale !== null && (
        <div aria-hidden style={{
          position: 'absolute', left: region.x0 * scale - pad, top: region.top * scale - pad,
          width: (region.x1 - region.x0) * scale + 2 * pad, height: (region.bottom - region.top) * scale + 2 * pad,
          border: '2px solid #e03131', background: 'rgba(224, 49, 49, 0.06)', pointerEvents: 'none',
        }} />
      )}
      {scale !== null && marks.map((m, i) => (
        <div key={i} aria-hidden className="ocr-low-box" data-testid="ocr-low-box" style={{
          left: m.x0 * scale - 1, top: m.top * scale - 1, width: (m.x1 - m.x0) * scale + 2, height: (m.bottom - m.top) * scale + 2,
        }} />
      ))}
    </div>
  )
}

export function PdfRegionPages({ loadPdf, regions, marks = [] }: Omit<PdfRegionProps, 'boxes'> & { regions: PageBox[] }) {
  const [pdf, setPdf] = useState<Awaited<ReturnType<typeof openPdf>['promise']> | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let task: ReturnType<typeof openPdf> | null = null
    let live = true
    void loadPdf().then(async (b64) => {
      task = openPdf(b64)
      const doc = await task.promise
      if (live) setPdf(doc)
    }).catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)))
    return () => {
      live = false
      void task?.destroy()
    }
  }, [loadPdf])
  if (error) return <Text size="sm" c="red">原文页面无法显示：{error}</Text>
  if (!pdf) return <Loader size="sm" aria-label="正在打开原文 PDF" />
  return (
    <Stack gap="xs">
      {regions.map((r) => <PageWithRegion key={r.page} pdf={pdf} region={r} marks={marks.filter((m) => m.page === r.page)} />)}
    </Stack>
  )
}
