// The 归档文件目录 as a print-ready PDF (pdfkit): A4 landscape, the heading and header row on every
// page, rows never split across pages, 第 N 页 共 M 页 at the foot. Fonts are the bundled Fandol
// faces the document export ships (Noto Serif SC for a character they lack). It is PDF/A-2b, the
// format archives keep (issue 17), with the gazette and 期 in its XMP.
import PDFDocument from 'pdfkit'
import type { FontSet } from '../export/fonts'
import { loadFontSet } from '../export/fonts'
import { defaultFontsDir } from '../export/export-pdf'
import { useArchivalXmp } from '../export/write-pdf'
import type { CatalogueTable } from './catalogue-rows'
import type { CatalogueColumn } from '../../shared/catalogue'

type Doc = InstanceType<typeof PDFDocument>

const PAGE_W = 841.89
const PAGE_H = 595.28
const MARGIN = 28
const TOP = 64 // below the heading
const BOTTOM = PAGE_H - 40 // above the page number
const PAD = 3
const SIZE = 9
const GAP = 2.5 // between wrapped lines: 9 pt CJK glyphs touch without it

/** Points at 9 pt: room for the longest usual value (a date, 兴政发〔2022〕10号); 0 = shares what is left (titles). */
const PDF_WIDTHS: Record<CatalogueColumn, number> = {
  pieceNo: 28, issuers: 64, docNumber: 90, fullTitle: 0, date: 54, pageRange: 40, pages: 24,
  gazetteIssue: 80, category: 50, docType: 28, public: 44, retention: 30, remarks: 56,
  seq: 26, title: 0, gazette: 76, issue: 66,
}

/** Fixed columns as set; flexible ones share the rest of the line (all scaled when none is flexible). */
export function pdfColumnWidths(columns: CatalogueColumn[], total = PAGE_W - 2 * MARGIN): number[] {
  const fixed = columns.reduce((n, c) => n + PDF_WIDTHS[c], 0)
  const flex = columns.filter((c) => PDF_WIDTHS[c] === 0).length
  if (!flex) return columns.map((c) => (PDF_WIDTHS[c] / fixed) * total)
  const share = Math.max(60, (total - fixed) / flex)
  const scale = fixed + share * flex > total ? total / (fixed + share * flex) : 1
  return columns.map((c) => (PDF_WIDTHS[c] || share) * scale)
}

interface Ctx {
  doc: Doc
  fonts: FontSet
  widths: number[]
}

const covered = new WeakMap<object, Map<number, boolean>>()

/** Whether the face has the character (cached: fontkit's cmap lookup is slow per call). */
function has(face: FontSet['fallback'], cp: number): boolean {
  let seen = covered.get(face)
  if (!seen) covered.set(face, (seen = new Map()))
  let v = seen.get(cp)
  if (v === undefined) seen.set(cp, (v = face.hasGlyphForCodePoint(cp)))
  return v
}

/** A cell's face: Fandol Song (Hei in the header) when it has every character, else the fallback. */
function faceFor(fonts: FontSet, text: string, bold: boolean): string {
  const main = bold ? fonts.faces.hei : fonts.faces.song
  for (const ch of text) if (!has(main, ch.codePointAt(0) as number)) return 'fallback'
  return bold ? 'hei' : 'song'
}

// A line may not start with closing punctuation (GB/T 15834 禁则): it stays at the end of the line before.
const NO_START = /^[，。、；：？！）》」』”’】〕,.;:?!)\]]/

/** A cell's lines: characters added while they fit (widths from the font's advances, cached). */
function wrap(c: Ctx, text: string, width: number, bold: boolean): string[] {
  const key = bold ? 'hei' : 'song'
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if (line && c.fonts.measure(line + ch, key, SIZE) > width && !NO_START.test(ch)) {
      lines.push(line)
      line = ''
    }
    line += ch
  }
  return [...lines, line]
}

interface Cell { lines: string[]; face: string }

function layoutRow(c: Ctx, cells: string[], bold: boolean): { cells: Cell[]; height: number } {
  const laid = cells.map((t, i) => ({ lines: wrap(c, t, c.widths[i] - 2 * PAD, bold), face: faceFor(c.fonts, t, bold) }))
  c.doc.font(laid[0]?.face ?? 'song').fontSize(SIZE)
  const lh = c.doc.currentLineHeight(true)
  const height = Math.max(...laid.map((x) => x.lines.length)) * (lh + GAP) - GAP + 2 * PAD
  return { cells: laid, height }
}

function drawRow(c: Ctx, row: { cells: Cell[]; height: number }, y: number, bold: boolean): void {
  let x = MARGIN
  row.cells.forEach((cell, i) => {
    const w = c.widths[i]
    c.doc.lineWidth(0.5).rect(x, y, w, row.height).stroke()
    c.doc.font(cell.face).fontSize(SIZE)
    const lh = c.doc.currentLineHeight(true) + GAP
    cell.lines.forEach((line, k) => {
      // No width given: pdfkit then draws the line as it is, without running its line wrapper again.
      const dx = bold ? (w - 2 * PAD - c.fonts.measure(line, 'hei', SIZE)) / 2 : 0
      c.doc.text(line, x + PAD + Math.max(0, dx), y + PAD + k * lh, { lineBreak: false })
    })
    x += w
  })
}

function newPage(c: Ctx, heading: string, header: string[]): number {
  c.doc.addPage({ size: [PAGE_W, PAGE_H], margin: 0 })
  c.doc.font(faceFor(c.fonts, heading, true)).fontSize(14)
  c.doc.text(heading, MARGIN, 30, { width: PAGE_W - 2 * MARGIN, align: 'center', lineBreak: false })
  const row = layoutRow(c, header, true)
  drawRow(c, row, TOP, true)
  return TOP + row.height
}

function pageNumbers(c: Ctx): void {
  const { start, count } = c.doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    c.doc.switchToPage(i)
    const label = `第 ${i - start + 1} 页 共 ${count} 页`
    c.doc.font('song').fontSize(SIZE)
    c.doc.text(label, MARGIN, PAGE_H - 30, { width: PAGE_W - 2 * MARGIN, align: 'center', lineBreak: false })
  }
}

export function cataloguePdf(table: CatalogueTable, heading: string, fontsDir = defaultFontsDir()): Promise<Buffer> {
  const fonts = loadFontSet(fontsDir, false)
  // font '': no Helvetica loaded from its AFM (never used here). pdfkit adds the pdfaid entries and
  // the sRGB output intent; the XMP writer is ours (it escapes).
  const doc = new PDFDocument({
    autoFirstPage: false, bufferPages: true, font: '', compress: false, lang: 'zh-CN',
    info: { Title: heading, Creator: '公报档案', CreationDate: new Date() },
    subset: 'PDF/A-2b', pdfVersion: '1.7',
  } as PDFKit.PDFDocumentOptions)
  useArchivalXmp(doc, { docNumbers: [], issuers: [], date: null, gazette: null, issue: null, pages: null })
  for (const k of ['song', 'hei'] as const) doc.registerFont(k, fonts.faces[k] as never)
  doc.registerFont('fallback', fonts.fallback as never)
  const c: Ctx = { doc, fonts, widths: pdfColumnWidths(table.columns) }
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (b: Buffer) => chunks.push(b))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  let y = newPage(c, heading, table.header)
  for (const r of table.rows) {
    const cells = table.columns.map((col) => String(r[col]))
    const row = layoutRow(c, cells, false)
    if (y + row.height > BOTTOM) y = newPage(c, heading, table.header)
    drawRow(c, row, y, false)
    y += row.height
  }
  pageNumbers(c)
  doc.end()
  return done
}
