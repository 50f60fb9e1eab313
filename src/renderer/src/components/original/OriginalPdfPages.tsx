// A PDF's pages drawn with pdf.js, the regions given outlined on them (对照原文; the staging
// review screen uses it too). Regions are in points from the page's top-left (BlockSource boxes).
import { Loader, Text } from '@mantine/core'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useEffect, useRef, useState } from 'react'
import type { PageBox } from '../../../../shared/domain'
import { openPdf, renderPage } from '../../pdfjs'

interface Props {
  bytesBase64: string
  /** 1-based page numbers, in order. */
  pages: number[]
  regions: PageBox[]
  /** Characters OCR was unsure of, boxed on their pages. */
  marks?: PageBox[]
  /** CSS pixels per page. */
  width?: number
}

/** More pages than this are not drawn at once (a document rarely spans more). */
export const MAX_PAGES = 12

function usePdf(bytesBase64: string): { pdf: PDFDocumentProxy | null; error: string | null } {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const task = openPdf(bytesBase64)
    let live = true
    task.promise.then((p) => live && setPdf(p), (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)))
    return () => {
      live = false
      setPdf(null)
      void task.destroy()
    }
  }, [bytesBase64])
  return { pdf, error }
}

/**
 * A block's box starts at its first line, which may be indented (two characters in 公文); a
 * paragraph's later lines run from the column's left edge. Boxes taller than a line reach left to
 * the leftmost box's edge or two characters further, whichever is further left.
 */
export function outlined(regions: PageBox[]): PageBox[] {
  if (!regions.length) return regions
  const line = Math.min(...regions.map((r) => r.bottom - r.top))
  const left = Math.min(...regions.map((r) => r.x0))
  return regions.map((r) => (r.bottom - r.top > 1.8 * line ? { ...r, x0: Math.max(0, Math.min(left, r.x0 - 2 * line)) } : r))
}

function Page({ pdf, n, regions, marks, width, first }: { pdf: PDFDocumentProxy; n: number; regions: PageBox[]; marks: PageBox[]; width: number; first: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const firstRegion = useRef<HTMLDivElement>(null)
  const [scale, setScale] = useState<number | null>(null)
  useEffect(() => {
    // The document may begin low on its first page: scroll its own pane (not the page) to its first block.
    const el = firstRegion.current
    const pane = el?.closest<HTMLElement>('[data-scroll-pane]')
    if (!first || scale === null || !el || !pane) return
    const offset = el.getBoundingClientRect().top - pane.getBoundingClientRect().top
    pane.scrollTop += offset - pane.clientHeight / 4
  }, [first, scale])
  useEffect(() => {
    let live = true
    void pdf.getPage(n).then((page) => {
      if (!live || !canvas.current) return
      setScale(width / page.getViewport({ scale: 1 }).width)
      return renderPage(pdf, n, canvas.current, width)
    })
    return () => {
      live = false
    }
  }, [pdf, n, width])
  return (
    <figure className="original-page" data-page={n} aria-label={`原件第 ${n} 页`}>
      <canvas ref={canvas} role="img" aria-label={`原件第 ${n} 页`} />
      {scale !== null &&
        outlined(regions).map((r, i) => (
          <div key={i} ref={i === 0 ? firstRegion : undefined} className="original-region" data-testid="original-region" style={{
            left: r.x0 * scale - 3, top: r.top * scale - 2, width: (r.x1 - r.x0) * scale + 6, height: (r.bottom - r.top) * scale + 4,
          }} />
        ))}
      {scale !== null && marks.map((m, i) => (
        <div key={`m${i}`} aria-hidden className="ocr-low-box" data-testid="ocr-low-box" style={{
          left: m.x0 * scale - 1, top: m.top * scale - 1, width: (m.x1 - m.x0) * scale + 2, height: (m.bottom - m.top) * scale + 2,
        }} />
      ))}
      <figcaption>第 {n} 页{regions[0]?.pageLabel ? `（页码 ${regions[0].pageLabel}）` : ''}</figcaption>
    </figure>
  )
}

export function OriginalPdfPages({ bytesBase64, pages, regions, marks = [], width = 560 }: Props) {
  const { pdf, error } = usePdf(bytesBase64)
  if (error) return <Text c="red">无法打开原件：{error}</Text>
  if (!pdf) return <Loader size="sm" aria-label="正在打开原件" />
  const shown = pages.filter((n) => n >= 1 && n <= pdf.numPages).slice(0, MAX_PAGES)
  return (
    <div className="original-pages" data-testid="original-pages" data-pages={shown.join(',')}>
      {shown.map((n, i) => <Page key={n} pdf={pdf} n={n} width={width} first={i === 0} regions={regions.filter((r) => r.page === n)} marks={marks.filter((m) => m.page === n)} />)}
      {pages.length > shown.length && <Text size="sm" c="dimmed">本件共涉及 {pages.length} 页，这里显示前 {shown.length} 页。</Text>}
    </div>
  )
}
