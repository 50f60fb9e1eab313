// PDF → text through pdf.js's text layer; refuses scans (no text layer) and broken files.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { scoreText } from './decode-text'
import { classifyFont, type FontFace } from '../layout/font-class'
import { pageTurn, runTurn, turnUpright, type Turn } from '../layout/page-turn'
import { layoutPages, type PositionedPage } from '../layout/layout-pages'
import type { SourceLine } from '../../../shared/source-line'
import { unspread, type TextRun } from '../layout/pdf-lines'
import { withQuietConsole } from './quiet-console'
import { displayName, refuse } from './read-errors'
import { restoreNativeBuiltins } from './native-builtins'
import { mayHoldTable } from '../layout/table-candidates'
import { findGrids } from '../layout/table-grid'
import { pageRules } from './pdf-rules'
import { foldGlyphs } from './fold-glyphs'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>

export interface PdfText {
  text: string
  pages: number
  /** The text's lines with their page, column, position and typography. */
  lines: SourceLine[]
}

// A page with fewer visible characters than this has no real text layer (a scan with,
// at most, a page number or a scanner's watermark).
const MIN_PAGE_CHARS = 20
// Below this share of pages with text, the file is a scan.
const MIN_TEXT_PAGES = 0.1

let pdfjsLoading: Promise<PdfJs> | null = null

/**
 * Loaded on first use: importing pdf.js costs ~200 ms (seconds on a busy machine) that text and
 * Word imports need not pay. Its worker code is loaded here too and handed to pdf.js as the
 * main-thread worker (globalThis.pdfjsWorker), so that the first PDF's reading time, which its
 * time limit measures, is the file's own.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string) as Promise<{ WorkerMessageHandler: unknown }>,
  ]).then(([pdfjs, worker]) => {
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker
    restoreNativeBuiltins()
    return pdfjs
  })
  return pdfjsLoading
}

// pdf.js wants folder paths ending in '/', resolved from the installed package.
export function assetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const pkg = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return {
    cMapUrl: join(pkg, 'cmaps') + '/',
    standardFontDataUrl: join(pkg, 'standard_fonts') + '/',
  }
}

export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  signal: AbortSignal,
  onWarn?: (msg: string) => void,
): Promise<PdfText> {
  return withQuietConsole(onWarn, async () => {
    const pdfjs = await loadPdfJs()
    const doc = await openPdf(pdfjs, bytes, fileName, signal)
    restoreNativeBuiltins() // the first document loads pdf.js's worker module, with the same polyfills
    try {
      const fonts = new Map<string, FontFace>()
      const laid = layoutPages(await extractPages(doc, fonts, fileName, signal, pdfjs.OPS), fonts)
      checkTextLayer(laid.pages, fileName, onWarn)
      warnIfGarbled(laid.text, fileName, onWarn)
      lendHeads(laid.lines, laid.furniture.map((f) => f.removed))
      return { text: laid.text, pages: laid.pages.length, lines: laid.lines }
    } finally {
      await doc.destroy()
    }
  })
}

/** Each line carries its page's running heads (not bare page numbers), shared per page. */
export function lendHeads(lines: SourceLine[], removed: string[][]): void {
  const heads = removed.map((texts) => texts.map((t) => t.trim()).filter((t) => /[\u4e00-\u9fff]/.test(t)))
  for (const l of lines) {
    const h = l.layout ? heads[l.layout.page - 1] : undefined
    if (l.layout && h?.length) l.layout.heads = h
  }
}

/**
 * Where pdf.js puts a font's @font-face rule when it has no FontFace API (Node): nowhere. Text is
 * never drawn here; the fonts are only asked for their names (learnFonts).
 */
const FONT_RULES = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
}

async function openPdf(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  fileName: string,
  signal: AbortSignal,
): Promise<PdfDocument> {
  const task = pdfjs.getDocument({
    // A copy: pdf.js may take over the buffer, and the caller still needs its bytes.
    data: new Uint8Array(bytes),
    ...assetDirs(),
    // With font faces "enabled", the worker sends each font once instead of drawing every glyph of
    // a page as a path (a third of an operator list's time); FONT_RULES swallows the @font-face.
    disableFontFace: false,
    ownerDocument: FONT_RULES,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  })
  const abort = (): void => void task.destroy()
  signal.addEventListener('abort', abort, { once: true })
  try {
    return await task.promise
  } catch (err) {
    throw openError(err, fileName)
  } finally {
    signal.removeEventListener('abort', abort)
  }
}

function openError(err: unknown, fileName: string): Error {
  const name = err instanceof Error ? err.name : ''
  if (name === 'PasswordException') {
    return refuse(
      'CORRUPT_FILE',
      fileName,
      '已加密（需要密码才能打开），无法导入。请提供未加密的文件。',
    )
  }
  return refuse('CORRUPT_FILE', fileName, '不是有效的 PDF 文件，或文件已损坏、不完整，无法导入。')
}

async function extractPages(
  doc: PdfDocument,
  fonts: Map<string, FontFace>,
  fileName: string,
  signal: AbortSignal,
  ops: PdfJs['OPS'],
): Promise<PositionedPage[]> {
  const pages: PositionedPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    if (signal.aborted) throw refuse('TIMEOUT', fileName, '读取超时，已停止。')
    try {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      await learnFonts(page, Object.keys(content.styles), fonts)
      // Read in the frame its text reads in (page-turn.ts): a landscape table turned on the sheet,
      // a cropped page measured from its box's corner.
      const [x0, y0, x1, y1] = page.view
      const width = x1 - x0
      const height = y1 - y0
      const turn = textTurn(content.items)
      const sheet = turnUpright({ width, height, runs: content.items.flatMap(toRun) }, turn, [x0, y0])
      // A table continued from the page before is read here too: rows of a table set in a narrow
      // column, wrapped over many lines a cell, may not look like a table from their text alone.
      const continued = (pages[pages.length - 1]?.rules?.length ?? 0) > 0 && findGrids(pages[pages.length - 1].rules ?? []).length > 0
      const rules = continued || mayHoldTable(sheet.runs)
        ? turnUpright({ width, height, runs: [], rules: await pageRules(page, ops) }, turn, [x0, y0]).rules
        : undefined
      pages.push({ ...sheet, ...(rules ? { rules } : {}) })
      page.cleanup()
    } catch {
      throw refuse('CORRUPT_FILE', fileName, `第 ${n} 页已损坏，无法读取，文件可能不完整。`)
    }
  }
  return pages
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>

/**
 * The text layer names fonts only by pdf.js's key ('g_d0_f3'); their real names arrive with
 * the page's drawing operators. Fonts are shared across pages, so only a page that brings a
 * new font pays for that (in a gazette, the first few).
 */
async function learnFonts(page: PdfPage, keys: string[], fonts: Map<string, FontFace>): Promise<void> {
  const unknown = keys.filter((k) => !fonts.has(k))
  if (unknown.length === 0) return
  if (unknown.some((k) => !page.commonObjs.has(k))) await page.getOperatorList()
  for (const key of unknown) {
    const font = page.commonObjs.has(key)
      ? (page.commonObjs.get(key) as { name?: string; bold?: boolean; isSerifFont?: boolean })
      : null
    fonts.set(key, classifyFont(font?.name, { bold: font?.bold, serif: font?.isSerifFont }))
  }
}

/** The turn most of a page's characters read at, from each text item's matrix. */
function textTurn(items: readonly object[]): Turn {
  return pageTurn(
    items.flatMap((item) => {
      if (!('str' in item) || !('transform' in item)) return []
      const { str, transform } = item as { str: string; transform: number[] }
      return [{ turn: runTurn(transform[0], transform[1]), chars: str.trim().length }]
    }),
  )
}

// Items without `str` are marked-content markers, not text.
function toRun(item: object): TextRun[] {
  if (!('str' in item) || !('transform' in item)) return []
  const { str, transform, width, fontName } = item as {
    str: string
    transform: number[]
    width: number
    fontName?: string
  }
  const size = Math.hypot(transform[2], transform[3]) || Math.hypot(transform[0], transform[1])
  return [{ str: unspread(foldGlyphs(str)), x: transform[4], y: transform[5], width, size, font: fontName }]
}

function checkTextLayer(pages: string[][], fileName: string, onWarn?: (msg: string) => void): void {
  const counts = pages.map((lines) => lines.join('').replace(/\s/g, '').length)
  const withText = counts.filter((c) => c >= MIN_PAGE_CHARS).length
  if (pages.length === 0 || withText < Math.max(1, pages.length * MIN_TEXT_PAGES)) {
    throw refuse(
      'SCANNED_PDF',
      fileName,
      '是扫描件（没有文字层），无法导入。请使用带文字层的 PDF 或 Word 文件。',
    )
  }
  const empty = counts.flatMap((c, i) => (c === 0 ? [i + 1] : []))
  if (empty.length > 0 && onWarn) {
    const list = empty.length > 10 ? `${empty.slice(0, 10).join('、')} 等` : empty.join('、')
    onWarn(
      `「${displayName(fileName)}」第 ${list} 页没有文字，可能是扫描页或图片页，其内容不会被导入。`,
    )
  }
}

// Fonts without a Unicode map yield codes instead of characters: still text, but not Chinese.
function warnIfGarbled(text: string, fileName: string, onWarn?: (msg: string) => void): void {
  if (onWarn && scoreText(text.slice(0, 64 * 1024)) < 0.8) {
    onWarn(
      `「${displayName(fileName)}」的文字层可能是乱码（字体缺少 Unicode 映射），请核对导入结果。`,
    )
  }
}
