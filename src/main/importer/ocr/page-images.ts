// The pages of a scan as pixels, one at a time: a PDF without a text layer is rendered by pdf.js
// on @napi-rs/canvas (prebuilt binaries from npm); TIFF (one or many pages), JPEG and PNG are
// decoded by sharp (which bundles libvips). Each page also gives its size in PDF points, so OCR
// lines land in the same coordinates as a PDF's text layer.
import type { PageImage } from './engine'
import { embeddedImage, type PdfPageLike } from './embedded-image'
import { assetDirs, loadPdfJs } from '../read/read-pdf'
import { restoreNativeBuiltins } from '../read/native-builtins'

export interface ScanPage {
  image: PageImage
  /** The page's size in points (1/72 inch). */
  width: number
  height: number
}

export interface ScanPages {
  count: number
  page(n: number): Promise<ScanPage>
  close(): Promise<void>
}

/** Pages are rendered at this resolution for OCR: the text's strokes stay clear at 10.5 pt. */
export const RENDER_DPI = 300
/** An image without a stated resolution is taken as an A4 page's width. */
const A4_WIDTH_PT = 595.28

export type ImageKind = 'tiff' | 'jpeg' | 'png'

/** A page image the OCR reads, by its first bytes; null for anything else. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  const at = (i: number, ...b: number[]): boolean => b.every((v, k) => bytes[i + k] === v)
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff'
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg'
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png'
  return null
}

/** Bytes whose holder reads them no more once their pages are opened (handOver). */
const handedOver = new WeakSet<Uint8Array>()

/**
 * `bytes` are given to whoever opens their pages: pdf.js takes them over (their buffer is moved,
 * and `bytes` left empty) instead of holding a copy. For the import worker's own copy of a file,
 * which nothing else reads after its scan: a scan is held once fewer while its pages are read
 * (~84 MB for a 44-page scanned issue).
 */
export function handOver(bytes: Uint8Array): void {
  handedOver.add(bytes)
}

/**
 * The pages of a PDF as pixels. With `embedded`, a page that is one scanned image filling the page
 * gives that image's own pixels (embedded-image.ts); every other page is rendered at `dpi`.
 */
export async function pdfPages(bytes: Uint8Array, dpi = RENDER_DPI, opts: { embedded?: boolean } = {}): Promise<ScanPages> {
  const pdfjs = await loadPdfJs()
  // pdf.js takes over the buffer it is given: a copy, unless the bytes were handed over.
  const data = handedOver.has(bytes) ? bytes : new Uint8Array(bytes)
  const doc = await pdfjs.getDocument({ data, ...assetDirs(), isEvalSupported: false, verbosity: 0 }).promise
  restoreNativeBuiltins()
  const { createCanvas } = await import('@napi-rs/canvas')
  return {
    count: doc.numPages,
    async page(n) {
      const page = await doc.getPage(n)
      const [x0, y0, x1, y1] = page.view
      const size = { width: x1 - x0, height: y1 - y0 }
      try {
        const own = opts.embedded ? await embeddedImage(page as unknown as PdfPageLike, pdfjs.OPS, dpi) : null
        if (own) return { image: own, ...size }
        const viewport = page.getViewport({ scale: dpi / 72 })
        const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height))
        const ctx = canvas.getContext('2d')
        ctx.fillStyle = '#ffffff'
        ctx.fillRect(0, 0, canvas.width, canvas.height)
        await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise
        const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data
        const data = new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength)
        return { image: { width: canvas.width, height: canvas.height, data }, ...size }
      } finally {
        page.cleanup()
      }
    },
    close: () => doc.destroy(),
  }
}

/** Decoded RGB pixels of each page of an image file (a TIFF may hold many). */
export async function imagePages(bytes: Uint8Array): Promise<ScanPages> {
  const sharp = (await import('sharp')).default
  const meta = await sharp(bytes).metadata()
  return {
    count: meta.pages ?? 1,
    async page(n) {
      const img = sharp(bytes, { page: n - 1 }).rotate().toColourspace('srgb').removeAlpha()
      const { data, info } = await img.raw().toBuffer({ resolveWithObject: true })
      const scale = meta.density ? 72 / meta.density : A4_WIDTH_PT / info.width
      const image = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) }
      return { image, width: info.width * scale, height: info.height * scale }
    },
    close: async () => undefined,
  }
}
