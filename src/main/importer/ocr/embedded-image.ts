// A scanned PDF page's own image, taken out instead of rendering the page: the scanner's pixels
// as they are, without drawing them onto a 300 dpi canvas (measured 0.85 CPU-s a page to render
// the fixture scan, 0.36 to take its image out, and detection then scales a smaller image).
// Only a page that is one upright image filling the page is taken this way; anything else
// (strips, masks, transparency, text, rotation, a crop, an image far larger than the page at
// 300 dpi) is rendered as before, so a hostile or unusual file never gets a page drawn wrong.
import type { PageImage } from './engine'

/** pdf.js's operator list, as much of it as is read here. */
interface OperatorList {
  fnArray: number[]
  argsArray: unknown[][]
}

/** pdf.js's decoded objects: `get` with a callback waits until the object has arrived. */
interface PdfObjects {
  get(id: string, callback: (data: unknown) => void): unknown
}

/** The decoded image may arrive after the operator list; one that does not within this is rendered instead. */
const ARRIVAL_MS = 20_000

function arrival(objs: PdfObjects, id: string): Promise<unknown> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ARRIVAL_MS)
    objs.get(id, (data) => {
      clearTimeout(timer)
      resolve(data)
    })
  })
}

/** What pdf.js's page object gives here (a subset of PDFPageProxy). */
export interface PdfPageLike {
  view: number[]
  rotate: number
  getOperatorList(): Promise<OperatorList>
  objs: PdfObjects
  commonObjs: PdfObjects
}

/** The pdf.js operator numbers used here (pdfjs.OPS). */
export interface Ops {
  save: number
  restore: number
  transform: number
  dependency: number
  paintImageXObject: number
}

/**
 * pdf.js ImageKind: 1 bit grey (a set bit is white), RGB. RGBA (an image with a soft mask) is
 * rendered instead: its transparent parts must become the white page, not the colour under them.
 */
const KIND_CHANNELS: Record<number, number> = { 1: 1, 2: 3 }
/** How far (points) the image's edges may lie from the page's. */
const EDGE_PT = 2
/** An image with more pixels than this many times the page at `dpi` is rendered (scaled down) instead. */
const MAX_PIXELS_RATIO = 2.5

type Matrix = [number, number, number, number, number, number]

/** m × n in PDF's row-vector convention: m applied first. */
function mul(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

const isMatrix = (a: unknown): a is Matrix => Array.isArray(a) && a.length === 6 && a.every((v) => typeof v === 'number' && Number.isFinite(v))

/** The one image the page paints and where (its transform), or null when the page holds anything else. */
function soleImage(ops: OperatorList, OPS: Ops): { id: string; at: Matrix } | null {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const saved: Matrix[] = []
  let found: { id: string; at: Matrix } | null = null
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]
    const args = ops.argsArray[i]
    if (fn === OPS.save) saved.push(ctm)
    else if (fn === OPS.restore) ctm = saved.pop() ?? ctm
    else if (fn === OPS.transform && isMatrix(args)) ctm = mul(args, ctm)
    else if (fn === OPS.paintImageXObject && !found && typeof args?.[0] === 'string') found = { id: args[0], at: ctm }
    else if (fn !== OPS.dependency) return null
  }
  return found
}

/** The image fills the page upright: no rotation, no flip, edges within EDGE_PT of the page's. */
function fillsPage(at: Matrix, view: number[]): boolean {
  const [a, b, c, d, e, f] = at
  if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || a <= 0 || d <= 0) return false
  const [x0, y0, x1, y1] = view
  return [e - x0, f - y0, e + a - x1, f + d - y1].every((gap) => Math.abs(gap) <= EDGE_PT)
}

interface DecodedImage {
  width: number
  height: number
  kind: number
  data: Uint8Array | Uint8ClampedArray
}

function isDecoded(v: unknown, channels: (kind: number) => number | undefined): v is DecodedImage {
  const o = v as Partial<DecodedImage> | null
  if (!o || typeof o.width !== 'number' || typeof o.height !== 'number' || typeof o.kind !== 'number' || !o.data) return false
  const ch = channels(o.kind)
  if (!ch || o.width < 1 || o.height < 1) return false
  const want = ch === 1 ? Math.ceil(o.width / 8) * o.height : o.width * o.height * ch
  return o.data.length >= want
}

/** 1-bit rows (a set bit is white, each row whole bytes) → 8-bit grey. */
function unpackBits(img: DecodedImage): Uint8Array {
  const out = new Uint8Array(img.width * img.height)
  const rowBytes = Math.ceil(img.width / 8)
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (img.data[y * rowBytes + (x >> 3)] & (0x80 >> (x & 7))) out[y * img.width + x] = 255
    }
  }
  return out
}

/**
 * The page's pixels from its one image, or null when the page is not a single upright image
 * filling it (the caller renders it). `dpi` bounds the size: a far larger image is rendered down.
 */
export async function embeddedImage(page: PdfPageLike, OPS: Ops, dpi: number): Promise<PageImage | null> {
  if (page.rotate % 360 !== 0) return null
  const sole = soleImage(await page.getOperatorList(), OPS)
  if (!sole || !fillsPage(sole.at, page.view)) return null
  const img = await arrival(sole.id.startsWith('g_') ? page.commonObjs : page.objs, sole.id)
  if (!isDecoded(img, (k) => KIND_CHANNELS[k])) return null
  const [x0, y0, x1, y1] = page.view
  const pagePixels = ((x1 - x0) * dpi * (y1 - y0) * dpi) / (72 * 72)
  if (img.width * img.height > MAX_PIXELS_RATIO * pagePixels) return null
  const channels = KIND_CHANNELS[img.kind]
  const data = channels === 1 ? unpackBits(img) : new Uint8Array(img.data.buffer, img.data.byteOffset, img.width * img.height * channels)
  return { width: img.width, height: img.height, data }
}
