// A scan (a PDF without a text layer, or page images) → the text and line model, by OCR
// one page at a time: progress after each page, a stop between pages when cancelled or out of
// time. The lines then go to the same parser as a PDF's text layer.
import { ocrEngine, type OcrBox } from './engine'
import { imageKind, imagePages, pdfPages, type ScanPages } from './page-images'
import { repairLine } from './repair'
import { readTocNumbers } from './toc-numbers'
import { markLines, runsOfPage, type ReadBox } from './scan-lines'
import { layoutPages, type PositionedPage } from '../layout/layout-pages'
import { refuse } from '../read/read-errors'
import { isZip, ofdScanPages } from './ofd-pages'
import { isAppError } from '../../../shared/errors'
import { lendHeads } from '../read/read-pdf'
import type { SourceLine } from '../../../shared/source-line'

export interface ScanText {
  text: string
  lines: SourceLine[]
  pages: number
  mediaType: string
  detail: string
}

export interface ScanProgress {
  page: number
  pages: number
}

export interface ScanOptions {
  signal?: AbortSignal
  /** Called before each page is read, and once more when all are. */
  onPage?: (p: ScanProgress) => void
  onWarn?: (message: string) => void
}

const MEDIA: Record<string, string> = { pdf: 'application/pdf', ofd: 'application/ofd', tiff: 'image/tiff', jpeg: 'image/jpeg', png: 'image/png' }

function repairBox(box: OcrBox): ReadBox {
  const r = repairLine(box.text, box.scores)
  return { box, text: r.text, scores: r.scores, repairs: r.repairs }
}

async function openPages(bytes: Uint8Array, fileName: string): Promise<{ pages: ScanPages; kind: string }> {
  // An OFD comes here only when its reader found no text layer: its pages are drawn from its images.
  if (isZip(bytes)) return { pages: ofdScanPages(bytes, fileName), kind: 'ofd' }
  const kind = imageKind(bytes) ?? 'pdf'
  try {
    return { pages: kind === 'pdf' ? await pdfPages(bytes, undefined, { embedded: true }) : await imagePages(bytes), kind }
  } catch (err) {
    if (isAppError(err)) throw err
    throw refuse('CORRUPT_FILE', fileName, '的扫描页无法解码，文件可能已损坏，无法识别文字。')
  }
}

/** Why the scan stopped: the signal's reason (a time limit's AppError, a cancel), or a plain stop. */
function stopped(signal: AbortSignal, fileName: string): unknown {
  return signal.reason instanceof Error ? signal.reason : refuse('TIMEOUT', fileName, '的文字识别已停止。')
}

/** One page as OCR read it: its size in points, its image's in pixels, and the boxes. */
export interface ReadPage {
  width: number
  height: number
  px: { width: number; height: number }
  boxes: OcrBox[]
}

/** The pages' boxes repaired and laid out as a text layer's runs would be, with their OCR marks. */
export function layScan(pages: ReadPage[]): { text: string; lines: SourceLine[] } {
  const read = pages.map((p) => p.boxes.map(repairBox))
  const positioned: PositionedPage[] = pages.map((p, i) => ({ width: p.width, height: p.height, runs: runsOfPage(read[i], p, p.px) }))
  const laid = layoutPages(positioned)
  for (const line of laid.lines) if (line.layout) line.layout.measured = true
  markLines(laid.lines, read)
  lendHeads(laid.lines, laid.furniture.map((f) => f.removed))
  return laid
}

/** Reads every page of the scan by OCR. Throws AppError (TIMEOUT, EMPTY_FILE, …) or the signal's reason naming the file. */
export async function readScan(bytes: Uint8Array, fileName: string, opts: ScanOptions = {}): Promise<ScanText> {
  const { pages, kind } = await openPages(bytes, fileName)
  const read: ReadPage[] = []
  try {
    for (let n = 1; n <= pages.count; n++) {
      if (opts.signal?.aborted) throw stopped(opts.signal, fileName)
      opts.onPage?.({ page: n, pages: pages.count })
      const page = await pages.page(n)
      // Loaded after the first page is announced: the models take seconds, and the page's time limit covers them.
      const engine = await ocrEngine()
      const boxes = await readTocNumbers(engine, page.image, await engine.readPage(page.image, opts.signal), opts.signal)
      read.push({ width: page.width, height: page.height, px: { width: page.image.width, height: page.image.height }, boxes })
    }
  } finally {
    await pages.close()
  }
  opts.onPage?.({ page: pages.count, pages: pages.count })
  const laid = layScan(read)
  if (laid.text.trim() === '') throw refuse('EMPTY_FILE', fileName, '经文字识别（OCR）未发现任何文字，无法导入。')
  const detail = `扫描件 ${pages.count} 页（文字识别）`
  return { text: laid.text, lines: laid.lines, pages: pages.count, mediaType: MEDIA[kind], detail }
}
