// The 归档文件目录 as a print-ready PDF (pdfkit): A4 landscape, the heading and header row on every
// page, rows never split across pages, 第 N 页 共 M 页 at the foot. Fonts are the bundled Fandol
// faces the document export ships (Noto Serif SC for a character they lack).
import PDFDocument from 'pdfkit'
import type { FontSet } from '../export/fonts'
import { loadFontSet } from '../export/fonts'
import { defaultFontsDir } from '../export/export-pdf'
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

/** A cell's face: Fandol Song when it has every character, else the fallback (rare characters). */
function faceFor(fonts: FontSet, text: string, bold: boolean): string {
  const main = bold ? fonts.faces.hei : fonts.faces.song
  for (const ch of text) if (!main.hasGlyphForCodePoint(ch.codePointAt(0) as number)) return 'fallback'
  return bold ? 'hei' : 'song'
}

function rowHeight(c: Ctx, cells: string[], bold: boolean): number {
  const heights = cells.map((t, i) => {
    c.doc.font(faceFor(c.fonts, t, bold)).fontSize(SIZE)
    return c.doc.heightOfString(t || ' ', { width: c.widths[i] - 2 * PAD, lineGap: GAP })
  })
  return Math.max(...heights) + 2 * PAD
}

function drawRow(c: Ctx, cells: string[], y: number, h: number, bold: boolean): void {
  let x = MARGIN
  cells.forEach((t, i) => {
    const w = c.widths[i]
    c.doc.lineWidth(0.5).rect(x, y, w, h).stroke()
    c.doc.font(faceFor(c.fonts, t, bold)).fontSize(SIZE)
    c.doc.text(t, x + PAD, y + PAD, { width: w - 2 * PAD, lineGap: GAP, align: bold ? 'center' : 'left' })
    x += w
  })
}

function newPage(c: Ctx, heading: string, header: string[]): number {
  c.doc.addPage({ size: [PAGE_W, PAGE_H], margin: 0 })
  c.doc.font(faceFor(c.fonts, heading, true)).fontSize(14)
  c.doc.text(heading, MARGIN, 30, { width: PAGE_W - 2 * MARGIN, align: 'center', lineBreak: false })
  const h = rowHeight(c, header, true)
  drawRow(c, header, TOP, h, true)
  return TOP + h
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
  const doc = new PDFDocument({ autoFirstPage: false, bufferPages: true, lang: 'zh-CN', info: { Title: heading, Creator: '公报档案' } })
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
    const h = rowHeight(c, cells, false)
    if (y + h > BOTTOM) y = newPage(c, heading, table.header)
    drawRow(c, cells, y, h, false)
    y += h
  }
  pageNumbers(c)
  doc.end()
  return done
}
