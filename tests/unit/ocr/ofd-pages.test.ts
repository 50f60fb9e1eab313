// An image-only OFD (a scan packed as OFD) goes to OCR like a scanned PDF: its pages are drawn from
// their images, each placed by its Boundary and CTM; a missing, unknown, oversized or escaping
// image is refused with a Chinese reason naming the file and page. One OCR run: a strip of a
// typeset page (title, 文号, salutation), rendered by poppler and packed as OFD in memory.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { readScan } from '../../../src/main/importer/ocr/read-scan'
import { ofdScanPages, ofdScanPdf } from '../../../src/main/importer/ocr/ofd-pages'
import { readSource } from '../../../src/main/importer/read/read-source'
import { DEFAULT_FILE_LIMITS, realPipeline, runPipeline } from '../../../src/main/importer/worker/pipeline'
import { coverAndHeadOfd, scanOfd, type Img } from '../../support/scan-ofd'

/** A PNG `w`×`h` whose left half is black and right half white. */
function halves(w: number, h: number): Promise<Buffer> {
  const data = Buffer.alloc(w * h, 255)
  for (let y = 0; y < h; y++) data.fill(0, y * w, y * w + w / 2)
  return sharp(data, { raw: { width: w, height: h, channels: 1 } }).png().toBuffer()
}

async function refusal(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  return readScan(bytes, '扫描.ofd').then(
    () => ({ code: 'none', message: 'was read' }),
    (err: { code: string; message: string }) => ({ code: err.code, message: err.message }),
  )
}

describe('an image-only OFD drawn for OCR', () => {
  it('places each image by its Boundary and CTM, flipped where the CTM says', async () => {
    const png = await halves(20, 10)
    const ofd = await scanOfd([100, 50], [
      { file: 'a.png', bytes: png, boundary: '10 5 40 10', ctm: '40 0 0 10 0 0' },
      // Mirrored: the unit square runs right to left, so the black half lands on the right.
      { file: 'b.png', bytes: png, boundary: '50 30 40 10', ctm: '-40 0 0 10 40 0' },
    ])
    const page = await ofdScanPages(ofd, '扫描.ofd').page(1)
    const k = 300 / 25.4
    expect(page.image.width).toBe(Math.round(100 * k))
    expect(page.width).toBeCloseTo((100 * 72) / 25.4, 3)
    const at = (x: number, y: number): number => page.image.data[(Math.round(y * k) * page.image.width + Math.round(x * k)) * 3]
    expect([at(15, 10), at(45, 10), at(5, 10), at(15, 20)]).toEqual([0, 255, 255, 255])
    expect([at(55, 35), at(85, 35)]).toEqual([255, 0])
    // 对照原文 shows the same pages as an image-only PDF of the OFD's page size.
    const pdf = (await ofdScanPdf(ofd, '扫描.ofd')).toString('latin1')
    expect(pdf.match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)?.slice(1).map(Number)).toEqual([283.465, 141.732].map((v) => expect.closeTo(v, 2)))
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1)
  })

  it('refuses a missing, escaping, unknown or oversized image with a reason naming the page', async () => {
    const png = await halves(4, 2)
    const one = (m: Partial<Img>): Promise<Uint8Array> => scanOfd([100, 50], [{ file: 'a.png', bytes: png, boundary: '0 0 100 50', ...m }])
    expect(await refusal(await one({ bytes: undefined }))).toEqual({ code: 'CORRUPT_FILE', message: '「扫描.ofd」是扫描件 OFD，但第 1 页的图像文件 a.png 不存在，无法做文字识别。' })
    expect((await refusal(await one({ file: '../../../etc/passwd', bytes: undefined }))).message).toMatch(/^「扫描\.ofd」的引用路径「.*」指向压缩包之外，已拒绝。$/)
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(60)])
    expect(await refusal(await one({ file: 'a.gif', bytes: gif, format: 'GIF' }))).toEqual({
      code: 'UNSUPPORTED_FILE',
      message: '「扫描.ofd」是扫描件 OFD，但第 1 页的图像 a.gif 的格式（GIF）不能识别，仅支持 JPEG、PNG、TIFF、BMP、JBIG2，无法做文字识别。',
    })
    expect(await refusal(await one({ bytes: hugePng(png, 40_000, 40_000) }))).toEqual({
      code: 'FILE_TOO_LARGE',
      message: '「扫描.ofd」是扫描件 OFD，但第 1 页的图像 a.png 尺寸过大（40000×40000 像素），已拒绝，无法做文字识别。',
    })
  })

  it('decodes BMP and JBIG2 (MMR) page images, and refuses their oversized or broken headers before decoding', async () => {
    const [bmp, jb2, jb2Random] = [bmpHalves(20, 10), await jbig2Halves(40, 20), await jbig2Halves(40, 20, true)]
    const ofd = await scanOfd([100, 50], [
      { file: 'a.bmp', bytes: bmp, boundary: '10 5 40 10', format: 'BMP' },
      { file: 'b.jb2', bytes: jb2, boundary: '50 30 40 10', format: 'JB2' },
      // The stream as a PDF embeds it (no ID string and page count), known by its Format.
      { file: 'c.jb2', bytes: jb2.subarray(13), boundary: '10 30 20 10', format: 'JBIG2' },
      { file: 'd.jb2', bytes: jb2Random, boundary: '60 5 20 10', format: 'JB2' },
    ])
    const page = await ofdScanPages(ofd, '扫描.ofd').page(1)
    const k = 300 / 25.4
    const at = (x: number, y: number): number => page.image.data[(Math.round(y * k) * page.image.width + Math.round(x * k)) * 3]
    expect([at(15, 10), at(45, 10), at(5, 10), at(15, 20)]).toEqual([0, 255, 255, 255])
    expect([at(55, 35), at(85, 35), at(45, 35)]).toEqual([0, 255, 255])
    expect([at(15, 35), at(25, 35), at(65, 10), at(75, 10)]).toEqual([0, 255, 0, 255])
    const one = (file: string, bytes: Buffer): Promise<Uint8Array> => scanOfd([100, 50], [{ file, bytes, boundary: '0 0 100 50' }])
    const huge = Buffer.from(bmp)
    huge.writeInt32LE(40_000, 18)
    huge.writeInt32LE(-40_000, 22) // top-down rows: a negative height
    expect(await refusal(await one('a.bmp', huge))).toEqual({
      code: 'FILE_TOO_LARGE',
      message: '「扫描.ofd」是扫描件 OFD，但第 1 页的图像 a.bmp 尺寸过大（40000×40000 像素），已拒绝，无法做文字识别。',
    })
    // The page is small, but its one region claims 20000×20000 pixels.
    const bigRegion = Buffer.from(jb2)
    bigRegion.writeUInt32BE(20_000, 13 + 11 + 19 + 11)
    bigRegion.writeUInt32BE(20_000, 13 + 11 + 19 + 11 + 4)
    expect((await refusal(await one('b.jb2', bigRegion))).code).toBe('FILE_TOO_LARGE')
    const cut = jb2.subarray(0, 30)
    expect(await refusal(await one('b.jb2', cut))).toMatchObject({ code: 'CORRUPT_FILE', message: expect.stringContaining('图像 b.jb2 无法解码') })
  })

  it('is refused by the text reader as a scan, then read by OCR into a doubtful document', async () => {
    const ofd = await coverAndHeadOfd()
    await expect(readSource(ofd, '扫描.ofd')).rejects.toMatchObject({ code: 'SCANNED_PDF' })
    const { read, parsed } = await runPipeline(realPipeline, ofd, '扫描.ofd', DEFAULT_FILE_LIMITS, () => undefined)
    expect(read.mediaType).toBe('application/ofd')
    expect(read.text).toContain('保障农民工工资支付')
    expect(read.lines?.some((l) => l.ocr)).toBe(true)
    expect(parsed.documents.map((d) => d.docNumber)).toContain('兴政发〔2022〕8号')
    expect(parsed.documents.every((d) => d.reasons?.some((r) => r.code === 'OCR'))).toBe(true)
  }, 120_000)
})

/** A 24-bit bottom-up BMP `w`×`h` (w a multiple of 4), left half black, right half white. */
function bmpHalves(w: number, h: number): Buffer {
  const head = Buffer.alloc(54)
  head.write('BM', 0, 'latin1')
  head.writeUInt32LE(54 + w * h * 3, 2)
  head.writeUInt32LE(54, 10)
  head.writeUInt32LE(40, 14)
  head.writeInt32LE(w, 18)
  head.writeInt32LE(h, 22)
  head.writeUInt16LE(1, 26)
  head.writeUInt16LE(24, 28)
  const rows = Buffer.alloc(w * h * 3, 255)
  for (let y = 0; y < h; y++) rows.fill(0, y * w * 3, (y * w + w / 2) * 3)
  return Buffer.concat([head, rows])
}

/**
 * A JBIG2 file `w`×`h`, left half black: page information, one immediate generic region coded
 * with MMR (CCITT G4, here libtiff's as sharp writes it, 1 = black), end of page, end of file;
 * in the file's sequential or random-access organisation.
 */
async function jbig2Halves(w: number, h: number, random = false): Promise<Buffer> {
  const px = Buffer.alloc(w * h, 255)
  for (let y = 0; y < h; y++) px.fill(0, y * w, y * w + w / 2)
  const tif = await sharp(px, { raw: { width: w, height: h, channels: 1 } }).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, miniswhite: true }).toBuffer()
  const g4 = tiffStrip(tif)
  const seg = (num: number, type: number, data: Buffer): Buffer => {
    const head = Buffer.alloc(11)
    head.writeUInt32BE(num, 0)
    head[4] = type
    head[6] = 1 // page 1
    head.writeUInt32BE(data.length, 7)
    return Buffer.concat([head, data])
  }
  const page = Buffer.alloc(19)
  page.writeUInt32BE(w, 0)
  page.writeUInt32BE(h, 4)
  page[16] = 1 // lossless
  const region = Buffer.alloc(18)
  region.writeUInt32BE(w, 0)
  region.writeUInt32BE(h, 4)
  region[17] = 1 // MMR
  const segs = [seg(0, 48, page), seg(1, 38, Buffer.concat([region, g4])), seg(2, 49, Buffer.alloc(0)), seg(3, 51, Buffer.alloc(0))]
  // Sequential: each header with its data; random access: every header first, then the data.
  const body = random ? Buffer.concat([...segs.map((b) => b.subarray(0, 11)), ...segs.map((b) => b.subarray(11))]) : Buffer.concat(segs)
  return Buffer.concat([Buffer.from([0x97, 0x4a, 0x42, 0x32, 0x0d, 0x0a, 0x1a, 0x0a, random ? 0 : 1, 0, 0, 0, 1]), body])
}

/** The one strip of a little-endian single-strip TIFF. */
function tiffStrip(tif: Buffer): Buffer {
  const ifd = tif.readUInt32LE(4)
  const tags = new Map<number, number>()
  for (let i = 0; i < tif.readUInt16LE(ifd); i++) {
    const e = ifd + 2 + i * 12
    tags.set(tif.readUInt16LE(e), tif.readUInt16LE(e + 2) === 3 ? tif.readUInt16LE(e + 8) : tif.readUInt32LE(e + 8))
  }
  const [at, len] = [tags.get(273) ?? 0, tags.get(279) ?? 0]
  return tif.subarray(at, at + len)
}

/** `png` with its header claiming `w`×`h` (the CRC fixed), as a hostile file would. */
function hugePng(png: Buffer, w: number, h: number): Buffer {
  const out = Buffer.from(png)
  out.writeUInt32BE(w, 16)
  out.writeUInt32BE(h, 20)
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29)
  return out
}

function crc32(buf: Buffer): number {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}
