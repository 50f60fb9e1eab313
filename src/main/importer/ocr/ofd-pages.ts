// An image-only OFD (a scanned issue packed as OFD) → its pages as pixels for OCR, as
// page-images.ts gives a scanned PDF's. Each page is drawn white at the OCR's resolution and its
// ImageObjects are placed on it by Boundary and CTM. The images are the package's MultiMedia
// resources, read under the same zip checks as its text (no '..', declared sizes capped); JPEG,
// PNG and TIFF are decoded by sharp, BMP and JBIG2 by bilevel-images.ts, and an image too large
// to decode safely is refused before it is decoded.
import type sharpType from 'sharp'
import type { Metadata, SharpOptions } from 'sharp'
import { decodeOther, jbig2File, otherKind, otherSize, type OtherKind } from './bilevel-images'
import { refuse } from '../read/read-errors'
import { DEFAULT_LIMITS } from '../read/read-source'
import type { DocxCaps } from '../read/zip-verify'
import { imageKind, RENDER_DPI, type ScanPages } from './page-images'
import { imagesPdf, type PageImage } from './page-set'
import { numbers, PT_PER_MM } from '../read/ofd/ofd-text'
import { child, children, descendants, type XmlElement } from '../read/ofd/ofd-xml'
import { find, openOfdDoc, pageParts, type OfdDoc } from '../read/ofd/read-ofd'

/** One scanned page at 600 dpi on A3 is 70 MP; more is not a scan but a bomb. */
export const MAX_IMAGE_PIXELS = 100_000_000
/** A page is drawn at RENDER_DPI unless that passes this (a page box far beyond A3). */
const MAX_PAGE_PIXELS = 40_000_000
const MAX_IMAGES_PER_PAGE = 64
/** Pages shown in 对照原文 are drawn at this resolution, as a registered scan's printed pages. */
const PRINT_DPI = 150
const CAPS: DocxCaps = { maxTotal: DEFAULT_LIMITS.maxDocxUncompressed, maxXml: DEFAULT_LIMITS.maxDocxXml }

interface Media {
  /** The MediaFile as written, and the Res part it is written in (with the Res's BaseLoc). */
  file: string
  resPath: string
  baseLoc: string
  format: string
}

/** An image's place on the page, in mm from the page's top left. */
interface Placed {
  id: string
  x: number
  y: number
  w: number
  h: number
  flipX: boolean
  flipY: boolean
}

function addMedia(d: OfdDoc, resPath: string, out: Map<string, Media>): void {
  const res = d.pkg.xml(resPath, '资源文件')
  for (const m of descendants(res, 'MultiMedia')) {
    const file = child(m, 'MediaFile')?.text.trim()
    if (m.attrs.ID && file) out.set(m.attrs.ID, { file, resPath, baseLoc: res.attrs.BaseLoc ?? '', format: m.attrs.Format ?? '' })
  }
}

/** The document's images by resource ID (PublicRes, DocumentRes); a page's PageRes adds its own. */
function docMedia(d: OfdDoc, fileName: string): Map<string, Media> {
  const out = new Map<string, Media>()
  const common = child(d.doc, 'CommonData')
  for (const res of [...children(common, 'PublicRes'), ...children(common, 'DocumentRes')]) {
    addMedia(d, find(d.pkg, d.docPath, res.text.trim(), '资源文件', fileName), out)
  }
  return out
}

/** The image objects of a page: the unit square the CTM maps, moved to the Boundary's origin. */
function placements(content: XmlElement | undefined): Placed[] {
  if (!content) return []
  return descendants(content, 'ImageObject').flatMap((obj): Placed[] => {
    const [bx = 0, by = 0, bw = 0, bh = 0] = numbers(obj.attrs.Boundary)
    const m = numbers(obj.attrs.CTM)
    const [a, b, c, d, e, f] = m.length === 6 ? m : [bw, 0, 0, bh, 0, 0]
    const xs = [e, a + e, c + e, a + c + e]
    const ys = [f, b + f, d + f, b + d + f]
    const x = bx + Math.min(...xs)
    const y = by + Math.min(...ys)
    const w = Math.max(...xs) - Math.min(...xs)
    const h = Math.max(...ys) - Math.min(...ys)
    if (!obj.attrs.ResourceID || !(w > 0 && h > 0)) return []
    return [{ id: obj.attrs.ResourceID, x, y, w, h, flipX: a < 0, flipY: d < 0 }]
  })
}

/** The image's part: under the Res's BaseLoc, else beside the Res, else from the package root. */
function locate(d: OfdDoc, m: Media): string | null {
  const tries = [m.baseLoc ? `${m.baseLoc.replace(/\/+$/, '')}/${m.file}` : m.file, m.file]
  for (const ref of tries) {
    const path = d.pkg.resolve(m.resPath, ref)
    if (d.pkg.has(path)) return path
  }
  const fromRoot = d.pkg.resolve('', m.file)
  return d.pkg.has(fromRoot) ? fromRoot : null
}

interface Layer {
  input: Buffer
  raw: { width: number; height: number; channels: 3 }
  left: number
  top: number
}

type PageRefusal = (code: 'CORRUPT_FILE' | 'UNSUPPORTED_FILE' | 'FILE_TOO_LARGE', why: string) => Error

/** One image scaled to its place in page pixels (`k` px per mm), cut to the page; null when off it. */
async function layer(sharp: typeof sharpType, src: Pixels, p: Placed, k: number, page: { width: number; height: number }): Promise<Layer | null> {
  const [left, top] = [Math.round(p.x * k), Math.round(p.y * k)]
  const [width, height] = [Math.max(1, Math.round(p.w * k)), Math.max(1, Math.round(p.h * k))]
  const x0 = Math.max(0, left)
  const y0 = Math.max(0, top)
  const x1 = Math.min(page.width, left + width)
  const y1 = Math.min(page.height, top + height)
  if (x1 <= x0 || y1 <= y0) return null
  let img = sharp(src.input, src.options).flatten({ background: '#ffffff' }).toColourspace('srgb')
  img = img.resize(width, height, { fit: 'fill' })
  if (p.flipX) img = img.flop()
  if (p.flipY) img = img.flip()
  img = img.extract({ left: x0 - left, top: y0 - top, width: x1 - x0, height: y1 - y0 }).removeAlpha()
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true })
  return { input: data, raw: { width: info.width, height: info.height, channels: 3 }, left: x0, top: y0 }
}

/** An image's input for sharp: its file, or pixels another decoder gave. */
interface Pixels {
  input: Buffer
  options: SharpOptions
}

/** The image's pixels, checked: a known format, a size that decodes safely. */
async function imageBytes(sharp: typeof sharpType, d: OfdDoc, m: Media | undefined, p: Placed, fail: PageRefusal): Promise<Pixels> {
  if (!m) throw fail('CORRUPT_FILE', `图像资源 ${p.id.slice(0, 40)} 在资源文件中没有登记`)
  const path = locate(d, m)
  if (!path) throw fail('CORRUPT_FILE', `图像文件 ${m.file.slice(0, 80)} 不存在`)
  const bytes = d.pkg.data(path, '图像文件')
  const other = otherKind(bytes)
  if (other) return otherPixels(other, bytes, m.file.slice(0, 80), fail)
  // Declared JBIG2 without the file's ID string: the stream as a PDF would embed it.
  if (/^(jb2|jbig2)$/i.test(m.format.trim()) && !imageKind(bytes)) return otherPixels('jbig2', jbig2File(bytes), m.file.slice(0, 80), fail)
  if (!imageKind(bytes)) throw fail('UNSUPPORTED_FILE', `图像 ${m.file.slice(0, 80)} 的格式（${m.format.slice(0, 20) || '未知'}）不能识别，仅支持 JPEG、PNG、TIFF、BMP、JBIG2`)
  let meta: Metadata
  try {
    // The header only, unlimited: the limit is ours, checked next with the image's own size.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw fail('CORRUPT_FILE', `图像 ${m.file.slice(0, 80)} 无法解码，可能已损坏`)
  }
  tooLarge(meta.width ?? 0, meta.height ?? 0, 0, m.file.slice(0, 80), fail)
  return { input: bytes, options: { limitInputPixels: MAX_IMAGE_PIXELS, page: 0 } }
}

/** Refused past MAX_IMAGE_PIXELS: the image, or (JBIG2) any region bitmap it asks for. */
function tooLarge(w: number, h: number, largest: number, name: string, fail: PageRefusal): void {
  if (w * h > MAX_IMAGE_PIXELS || largest > MAX_IMAGE_PIXELS) throw fail('FILE_TOO_LARGE', `图像 ${name} 尺寸过大（${w}×${h} 像素），已拒绝`)
}

/** A BMP or JBIG2 image: its stated size checked, then decoded to raw pixels. */
async function otherPixels(kind: OtherKind, bytes: Buffer, name: string, fail: PageRefusal): Promise<Pixels> {
  let size: ReturnType<typeof otherSize>
  try {
    size = otherSize(kind, bytes)
  } catch {
    throw fail('CORRUPT_FILE', `图像 ${name} 无法解码，可能已损坏`)
  }
  tooLarge(size.width, size.height, size.largest, name, fail)
  try {
    // A JBIG2 page without a stated size (cut short, or striped with its height left open) is
    // not decoded: pdf.js would size its bitmap from it.
    if (!(size.width > 0 && size.height > 0)) throw new Error('no page size')
    const raw = await decodeOther(kind, bytes)
    return { input: raw.data, options: { raw: { width: raw.width, height: raw.height, channels: raw.channels } } }
  } catch {
    throw fail('CORRUPT_FILE', `图像 ${name} 无法解码，可能已损坏`)
  }
}

/** Page `n` drawn: white, each image placed; RGB pixels and the page's size in points. */
async function drawPage(d: OfdDoc, fileName: string, media: Map<string, Media>, part: ReturnType<typeof pageParts>[number], n: number, at: number) {
  const sharp = (await import('sharp')).default
  const fail: PageRefusal = (code, why) => refuse(code, fileName, `是扫描件 OFD，但第 ${n} 页的${why}，无法做文字识别。`)
  const { box, page, path } = part
  const own = new Map(media)
  for (const res of children(page, 'PageRes')) addMedia(d, find(d.pkg, path, res.text.trim(), '资源文件', fileName), own)
  const placed = placements(child(page, 'Content'))
  if (placed.length > MAX_IMAGES_PER_PAGE) throw fail('FILE_TOO_LARGE', `图像多达 ${placed.length} 个（上限 ${MAX_IMAGES_PER_PAGE} 个）`)
  const dpi = Math.min(at, Math.sqrt(MAX_PAGE_PIXELS / ((box.width / 25.4) * (box.height / 25.4))))
  const k = dpi / 25.4
  const size = { width: Math.max(1, Math.round(box.width * k)), height: Math.max(1, Math.round(box.height * k)) }
  const layers: Layer[] = []
  for (const p of placed) {
    const src = await imageBytes(sharp, d, own.get(p.id), p, fail)
    try {
      const l = await layer(sharp, src, p, k, size)
      if (l) layers.push(l)
    } catch {
      throw fail('CORRUPT_FILE', `图像无法解码，可能已损坏`)
    }
  }
  const base = sharp({ create: { ...size, channels: 3, background: '#ffffff' } }).composite(layers)
  // Compositing adds an alpha channel whatever the base has; OCR takes RGB.
  const drawn = await base.raw().toBuffer({ resolveWithObject: true })
  const raw = { width: drawn.info.width, height: drawn.info.height, channels: drawn.info.channels }
  const { data, info } = await sharp(drawn.data, { raw }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const image = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) }
  return { image, width: box.width * PT_PER_MM, height: box.height * PT_PER_MM }
}

/** True for a zip (an OFD package): what the scan reader gets when an OFD was refused as a scan. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The pages of an image-only OFD for OCR, drawn one at a time. Throws AppError naming the file. */
export function ofdScanPages(bytes: Uint8Array, fileName: string, caps: DocxCaps = CAPS, dpi = RENDER_DPI): ScanPages {
  const d = openOfdDoc(bytes, fileName, caps)
  const parts = pageParts(d, fileName)
  const media = docMedia(d, fileName)
  return {
    count: parts.length,
    page: (n) => drawPage(d, fileName, media, parts[n - 1], n, dpi),
    close: async () => undefined,
  }
}

/** An image-only OFD's pages as an image-only PDF (for 对照原文, where a scan's regions are drawn). */
export async function ofdScanPdf(bytes: Uint8Array, fileName: string): Promise<Buffer> {
  const sharp = (await import('sharp')).default
  const pages = ofdScanPages(bytes, fileName, CAPS, PRINT_DPI)
  const drawn: PageImage[] = []
  for (let n = 1; n <= pages.count; n++) {
    const p = await pages.page(n)
    const raw = { width: p.image.width, height: p.image.height, channels: 3 as const }
    drawn.push({ bytes: await sharp(p.image.data, { raw }).jpeg({ quality: 85 }).toBuffer(), width: p.width, height: p.height })
  }
  return imagesPdf(drawn)
}
