// A scanned PDF page's own image is taken out for OCR instead of rendering the page, but only
// when the page is one upright image filling it; any other page is left to be rendered.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { embeddedImage, type PdfPageLike } from '../../../src/main/importer/ocr/embedded-image'
import { handOver, pdfPages } from '../../../src/main/importer/ocr/page-images'
import { assetDirs, loadPdfJs } from '../../../src/main/importer/read/read-pdf'
import { REPO_ROOT } from '../../support/sample'

const SCAN = readFileSync(join(REPO_ROOT, 'tests/fixtures/scans/county-1col-heads-scan.pdf'))
const TYPESET = readFileSync(join(REPO_ROOT, 'tests/fixtures/typeset/tuning/county-1col-heads/county-1col-heads.pdf'))

/** A one-page PDF with `img` drawn at (x, y) in `w` × `h` points on an A4 page. */
function pdfWith(img: Buffer, x: number, y: number, w: number, h: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0 })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.image(img, x, y, { width: w, height: h })
    doc.end()
  })
}

/** A one-page PDF written by hand: a 16 × 4 one-bit grey image filling the page, its third row's first 8 pixels black. */
function oneBitPdf(): Buffer {
  const data = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0xff, 0xff, 0xff])
  const content = 'q 16 0 0 4 0 0 cm /Im1 Do Q'
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 16 4] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ].map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`)
  const image = '5 0 obj\n<< /Type /XObject /Subtype /Image /Width 16 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 1 /Length 8 >>\nstream\n'
  return Buffer.concat([Buffer.from(`%PDF-1.4\n${objs.join('')}${image}`), data, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')])
}

async function firstPageImage(bytes: Uint8Array): Promise<Awaited<ReturnType<typeof embeddedImage>>> {
  const pdfjs = await loadPdfJs()
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...assetDirs(), isEvalSupported: false, verbosity: 0 }).promise
  try {
    return await embeddedImage((await doc.getPage(1)) as unknown as PdfPageLike, pdfjs.OPS, 300)
  } finally {
    await doc.destroy()
  }
}

/** The size of the JPEG the fixture's first page holds, as sharp reads it from the PDF's bytes. */
async function jpegSize(): Promise<{ width: number; height: number }> {
  const start = SCAN.indexOf(Buffer.from([0xff, 0xd8, 0xff]))
  const meta = await sharp(SCAN.subarray(start)).metadata()
  return { width: meta.width ?? 0, height: meta.height ?? 0 }
}

describe('a scanned page’s own image', () => {
  it('is the scanner’s pixels when one image fills the page', async () => {
    const jpeg = await jpegSize()
    const img = await firstPageImage(SCAN)
    expect(img).toMatchObject(jpeg)
    // Grey ink on white paper: the page's pixels, not an empty buffer.
    const dark = img ? img.data.filter((v) => v < 128).length / img.data.length : 0
    expect(dark).toBeGreaterThan(0.005)
    const pages = await pdfPages(SCAN, 300, { embedded: true })
    expect((await pages.page(2)).image.width).toBe(jpeg.width)
    await pages.close()
  })

  it('is not taken from a page with text, an image not filling its page, or one with transparency', async () => {
    expect(await firstPageImage(TYPESET)).toBeNull()
    const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#808080' } }).png().toBuffer()
    expect(await firstPageImage(await pdfWith(png, 50, 60, 200, 100))).toBeNull()
    expect(await firstPageImage(await pdfWith(png, 0, 0, 595.28, 841.89))).toMatchObject({ width: 200, height: 100 })
    // Transparent parts must come out as the white page: such a page is rendered.
    const seeThrough = await sharp({ create: { width: 200, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer()
    expect(await firstPageImage(await pdfWith(seeThrough, 0, 0, 595.28, 841.89))).toBeNull()
  })

  it('unpacks a one-bit scan (a set bit is white) to grey pixels', async () => {
    const img = await firstPageImage(oneBitPdf())
    const row = (y: number): number[] => Array.from(img?.data.subarray(y * 16, y * 16 + 16) ?? [])
    expect(img).toMatchObject({ width: 16, height: 4 })
    expect(row(0)).toEqual(Array(16).fill(255))
    expect(row(2)).toEqual([...Array(8).fill(0), ...Array(8).fill(255)])
  })

  it('lets pdf.js take over bytes handed over (the import worker’s copy) and copies anyone else’s', async () => {
    const kept = new Uint8Array(oneBitPdf())
    const size = kept.byteLength
    const own = await pdfPages(kept, 300, { embedded: true })
    expect((await own.page(1)).image).toMatchObject({ width: 16, height: 4 })
    await own.close()
    expect(kept.byteLength).toBe(size)
    const given = new Uint8Array(oneBitPdf())
    handOver(given)
    const pages = await pdfPages(given, 300, { embedded: true })
    expect(given.byteLength).toBe(0)
    expect((await pages.page(1)).image).toMatchObject({ width: 16, height: 4 })
    await pages.close()
  })
})
