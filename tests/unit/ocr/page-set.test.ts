// Page images chosen together become one image-only PDF, pages in natural file-name order; a
// multi-page TIFF gives all its pages; a file that is no image, or a broken one, is named in Chinese.
import { describe, expect, it } from 'vitest'
import sharp from 'sharp'
import { byNaturalName, pagesToPdf } from '../../../src/main/importer/ocr/page-set'
import { pdfPages } from '../../../src/main/importer/ocr/page-images'

/** A white page `w` pixels wide at 100 dpi, PNG or JPEG. */
function page(w: number, kind: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const img = sharp({ create: { width: w, height: 200, channels: 3, background: '#ffffff' } }).withMetadata({ density: 100 })
  return (kind === 'png' ? img.png() : img.jpeg()).toBuffer()
}

/** Page widths of a PDF in points, in page order (pdf.js). */
async function widths(pdf: Uint8Array): Promise<number[]> {
  const pages = await pdfPages(pdf, 10)
  const out: number[] = []
  for (let n = 1; n <= pages.count; n++) out.push(Math.round((await pages.page(n)).width))
  await pages.close()
  return out
}

describe('page images imported as one issue', () => {
  it('orders file names naturally: 2 before 10', () => {
    const order = (names: string[]) => byNaturalName(names.map((name) => ({ name }))).map((f) => f.name)
    expect(order(['p10.png', 'p2.png', 'p1.png'])).toEqual(['p1.png', 'p2.png', 'p10.png'])
    expect(order(['第12页.jpg', '第3页.jpg'])).toEqual(['第3页.jpg', '第12页.jpg'])
  })

  it('puts the pages into one PDF in that order, each at its own size from the image’s resolution', async () => {
    const files = [
      { name: 'scan-10.png', bytes: await page(300) },
      { name: 'scan-2.jpg', bytes: await page(200, 'jpeg') },
      { name: 'scan-1.png', bytes: await page(100) },
    ]
    const pdf = await pagesToPdf(files)
    expect(pdf.pages).toBe(3)
    expect(pdf.name).toBe('scan-1.png 至 scan-10.png（3 页）.pdf')
    // 100 dpi: 100 px = 72 pt.
    expect(await widths(pdf.bytes)).toEqual([72, 144, 216])
    // The same images give the same bytes, so choosing them again is found as already imported.
    expect(Buffer.from((await pagesToPdf(files)).bytes).equals(Buffer.from(pdf.bytes))).toBe(true)
  })

  it('takes every page of a multi-page TIFF', async () => {
    const tiff = await sharp([await page(100), await page(100)], { join: { animated: true } }).tiff().toBuffer()
    const pdf = await pagesToPdf([{ name: 'issue.tif', bytes: tiff }])
    expect(pdf.pages).toBe(2)
    expect(pdf.name).toBe('issue.tif（2 页）.pdf')
  })

  it('names a file that is not an image, and a broken image, in Chinese', async () => {
    const good = await page(100)
    await expect(pagesToPdf([{ name: 'p1.png', bytes: good }, { name: '说明.txt', bytes: new TextEncoder().encode('文字') }]))
      .rejects.toMatchObject({ code: 'CORRUPT_FILE', message: '「说明.txt」不是 TIFF、JPEG 或 PNG 图像，不能作为扫描页导入。' })
    await expect(pagesToPdf([{ name: 'p2.png', bytes: good.subarray(0, 60) }]))
      .rejects.toMatchObject({ code: 'CORRUPT_FILE', message: expect.stringContaining('「p2.png」的图像无法解码') })
  })
})
