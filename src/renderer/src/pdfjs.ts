// pdf.js set up once (worker served from our own origin, no eval), and one page drawn to a canvas.
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { base64ToBytes } from './pdf-file'

GlobalWorkerOptions.workerSrc = workerUrl

/** pdf.js's data files, shipped with the renderer under pdfjs/ (electron.vite.config.ts), absolute for the worker. */
const asset = (dir: string): string => new URL(`./pdfjs/${dir}/`, document.baseURI).href

export function openPdf(bytesBase64: string) {
  return getDocument({
    data: base64ToBytes(bytesBase64),
    isEvalSupported: false,
    // A CID font (Adobe-GB1, e.g. FandolFang in TeX-made gazettes) maps its codes through these
    // CMaps; without them pdf.js draws the body text of such a page as nothing at all.
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
  })
}

// pdf.js refuses a second render() on a canvas still drawing (paging quickly through a scan):
// the newer drawing wins, the older one is cancelled.
const drawing = new WeakMap<HTMLCanvasElement, RenderTask>()

/** Draws page `n` at `width` CSS pixels (sharp on high-DPI screens). */
export async function renderPage(pdf: PDFDocumentProxy, n: number, canvas: HTMLCanvasElement, width: number): Promise<void> {
  const page = await pdf.getPage(n)
  drawing.get(canvas)?.cancel()
  const base = page.getViewport({ scale: 1 })
  const ratio = window.devicePixelRatio || 1
  const viewport = page.getViewport({ scale: (width / base.width) * ratio })
  canvas.width = viewport.width
  canvas.height = viewport.height
  canvas.style.width = `${width}px`
  const task = page.render({ canvas, canvasContext: canvas.getContext('2d') as CanvasRenderingContext2D, viewport })
  drawing.set(canvas, task)
  try {
    await task.promise
  } catch (err) {
    if ((err as Error | null)?.name !== 'RenderingCancelledException') throw err
  } finally {
    if (drawing.get(canvas) === task) drawing.delete(canvas)
  }
}
