// Page images sharp cannot read, as scanned OFDs store them: BMP (decoded by skia through
// @napi-rs/canvas) and JBIG2 (1-bit pages, decoded by pdf.js's own JBIG2 decoder from pdfjs-dist's
// image_decoders build). Both give raw pixels for sharp. The image's size is read from its header
// first and checked against the caller's pixel cap, so a hostile header never makes a decoder
// allocate a huge bitmap.

export type OtherKind = 'bmp' | 'jbig2'

export interface RawImage {
  data: Buffer
  width: number
  height: number
  channels: 1 | 4
}

const JBIG2_ID = [0x97, 0x4a, 0x42, 0x32, 0x0d, 0x0a, 0x1a, 0x0a]
/** Segment types whose data opens with a region's width and height (JBIG2 §7.4.1). */
const REGION_TYPES = new Set([6, 7, 22, 23, 38, 39, 40, 42, 43])
const PAGE_INFO = 48
const END_OF_FILE = 51

/** BMP or a JBIG2 file (with its ID string), by its first bytes; null for anything else. */
export function otherKind(bytes: Uint8Array): OtherKind | null {
  if (bytes[0] === 0x42 && bytes[1] === 0x4d && bytes.length > 26) return 'bmp'
  if (JBIG2_ID.every((v, i) => bytes[i] === v)) return 'jbig2'
  return null
}

/**
 * A JBIG2 stream in the embedded form (as a PDF holds it: segments without the file's ID string
 * and page count) made a file by giving it that header: sequential, one page (JBIG2 Annex D.3).
 */
export function jbig2File(stream: Buffer): Buffer {
  return Buffer.concat([Buffer.from([...JBIG2_ID, 0x01, 0, 0, 0, 1]), stream])
}

/** A BMP's width and height from its DIB header (OS/2 core headers hold 16-bit sizes). */
function bmpSize(b: Buffer): [number, number] {
  if (b.readUInt32LE(14) === 12) return [b.readUInt16LE(18), b.readUInt16LE(20)]
  return [Math.abs(b.readInt32LE(18)), Math.abs(b.readInt32LE(22))]
}

/** A JBIG2 segment header's length and where its data starts (JBIG2 §7.2). */
function segmentHeader(b: Buffer, at: number): { type: number; dataAt: number; length: number } {
  const flags = b[at + 4]
  let refs = b[at + 5] >> 5
  let p = at + 6
  if (refs === 7) {
    refs = b.readUInt32BE(at + 5) & 0x1fffffff
    p = at + 9 + Math.ceil((refs + 1) / 8)
  }
  const num = b.readUInt32BE(at)
  p += refs * (num <= 256 ? 1 : num <= 65536 ? 2 : 4)
  p += flags & 0x40 ? 4 : 1
  return { type: flags & 0x3f, length: b.readUInt32BE(p), dataAt: p + 4 }
}

/**
 * The largest bitmap a JBIG2 file's page and regions ask for, and the page's size. Random-access
 * files put every header first and the data after; a region of unknown length (streamed) ends
 * the walk, its own size checked.
 */
function jbig2Sizes(b: Buffer): { page: [number, number]; largest: number } {
  const sequential = (b[8] & 1) === 1
  let at = b[8] & 2 ? 9 : 13
  const heads: { type: number; dataAt: number; length: number }[] = []
  while (at + 11 <= b.length) {
    const h = segmentHeader(b, at)
    heads.push(h)
    if (h.type === END_OF_FILE || h.length === 0xffffffff) break
    at = sequential ? h.dataAt + h.length : h.dataAt
  }
  let data = heads.at(-1)?.dataAt ?? at
  let page: [number, number] = [0, 0]
  let largest = 0
  for (const h of heads) {
    const start = sequential ? h.dataAt : data
    if (!sequential) data += h.length
    if (start + 8 > b.length) continue
    const [w, hgt] = [b.readUInt32BE(start), b.readUInt32BE(start + 4)]
    // A page of unknown height (0xffffffff) is striped; its stripes' regions bound it instead.
    if (h.type === PAGE_INFO) page = [w, hgt === 0xffffffff ? 0 : hgt]
    if (h.type === PAGE_INFO || REGION_TYPES.has(h.type)) largest = Math.max(largest, w * (hgt === 0xffffffff ? 1 : hgt))
  }
  return { page, largest }
}

/** The image's width and height as its header states them; thrown on a header too short to read. */
export function otherSize(kind: OtherKind, bytes: Buffer): { width: number; height: number; largest: number } {
  if (kind === 'bmp') {
    const [width, height] = bmpSize(bytes)
    return { width, height, largest: width * height }
  }
  const { page, largest } = jbig2Sizes(bytes)
  return { width: page[0], height: page[1], largest }
}

interface Jbig2Decoder {
  width: number
  height: number
  parse(data: Uint8Array): Uint8ClampedArray
}

/** Decoded pixels; the caller has checked otherSize. Throws on a file the decoder rejects. */
export async function decodeOther(kind: OtherKind, bytes: Buffer): Promise<RawImage> {
  if (kind === 'bmp') {
    const { createCanvas, loadImage } = await import('@napi-rs/canvas')
    const img = await loadImage(bytes)
    const canvas = createCanvas(img.width, img.height)
    const ctx = canvas.getContext('2d')
    ctx.drawImage(img, 0, 0)
    const rgba = ctx.getImageData(0, 0, img.width, img.height).data
    return { data: Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), width: img.width, height: img.height, channels: 4 }
  }
  const { Jbig2Image } = (await import('pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs' as string)) as { Jbig2Image: new () => Jbig2Decoder }
  const decoder = new Jbig2Image()
  // One byte a pixel: 0 black, 255 white.
  const grey = decoder.parse(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  return { data: Buffer.from(grey.buffer, grey.byteOffset, grey.byteLength), width: decoder.width, height: decoder.height, channels: 1 }
}
