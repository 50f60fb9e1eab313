// Renders a PDF's pages to canvases with pdf.js (worker served from our own origin, no eval).
import { Loader, Text } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { openPdf, renderPage } from '../pdfjs'

const MAX_PAGES = 40

export function PdfPages({ bytesBase64, width = 760 }: { bytesBase64: string; width?: number }) {
  const host = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<{ pages: number; error?: string } | null>(null)

  useEffect(() => {
    const el = host.current
    if (!el) return
    const task = openPdf(bytesBase64)
    let cancelled = false
    void (async () => {
      try {
        const pdf = await task.promise
        el.replaceChildren()
        for (let n = 1; n <= Math.min(pdf.numPages, MAX_PAGES) && !cancelled; n++) {
          const canvas = document.createElement('canvas')
          canvas.setAttribute('aria-label', `第 ${n} 页`)
          canvas.setAttribute('role', 'img')
          el.appendChild(canvas)
          await renderPage(pdf, n, canvas, width)
        }
        if (!cancelled) setState({ pages: pdf.numPages })
      } catch (err) {
        if (!cancelled) setState({ pages: 0, error: err instanceof Error ? err.message : String(err) })
      }
    })()
    return () => {
      cancelled = true
      void task.destroy()
    }
  }, [bytesBase64, width])

  return (
    <div>
      {!state && <Loader size="sm" aria-label="正在生成预览" />}
      {state?.error && <Text c="red">预览失败：{state.error}</Text>}
      {state && state.pages > MAX_PAGES && <Text size="sm" c="dimmed" mb="xs">共 {state.pages} 页，预览显示前 {MAX_PAGES} 页；保存或打印包含全部页面。</Text>}
      <div ref={host} className="pdf-pages" data-testid="pdf-pages" data-pages={state?.pages ?? 0} />
    </div>
  )
}
