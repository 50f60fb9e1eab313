// Scans made from typeset PDFs, for the OCR tests and bench: pages rendered with poppler's
// pdftoppm, optionally made to look scanned (a slight skew, speckle noise, JPEG at quality 60),
// and put into an image-only PDF with pdfkit, as a scanner would.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import sharp from 'sharp'
import { pdftoppm } from './pdftoppm'

export interface ScanLook {
  /** Degrees the page is turned (0.7 for a sheet fed a little askew). */
  skew: number
  /** Share of pixels flipped to random grey (0.02 = 2 %). */
  noise: number
  /** JPEG quality; 0 keeps the page as PNG. */
  jpeg: number
}

export const CLEAN: ScanLook = { skew: 0, noise: 0, jpeg: 0 }
export const SCANNED: ScanLook = { skew: 0.7, noise: 0.02, jpeg: 60 }

/** PNG bytes of pages `first`..`last` (1-based) of `pdf` at `dpi`. */
export function renderPages(pdf: string, first: number, last: number, dpi: number): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'scan-'))
  try {
    pdftoppm(['-f', String(first), '-l', String(last), '-r', String(dpi), '-gray', '-png', pdf, join(dir, 'p')])
    return readdirSync(dir)
      .sort()
      .map((f) => readFileSync(join(dir, f)))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A deterministic speckle: the same page always gets the same noise. */
function speckle(data: Buffer, share: number): void {
  let seed = 12345
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  for (let i = 0; i < data.length; i++) if (rand() < share) data[i] = Math.floor(rand() * 256)
}

/** The page made to look scanned (or kept clean), as PNG or JPEG bytes. */
export async function scanLook(png: Buffer, look: ScanLook): Promise<Buffer> {
  let img = sharp(png).greyscale()
  if (look.skew) img = img.rotate(look.skew, { background: '#ffffff' })
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true })
  if (look.noise) speckle(data, look.noise)
  const out = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
  return look.jpeg ? out.jpeg({ quality: look.jpeg }).toBuffer() : out.png().toBuffer()
}

/** An image-only PDF (no text layer) of the images, each filling an A4 page. */
export function imagePdf(images: Buffer[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, size: 'A4', margin: 0 })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    for (const img of images) {
      doc.addPage({ size: 'A4', margin: 0 })
      doc.image(img, 0, 0, { width: doc.page.width, height: doc.page.height })
    }
    doc.end()
  })
}

/** The true text of a page: pdftotext of the typeset PDF, as laid out. */
export function pageTruth(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' })
}
