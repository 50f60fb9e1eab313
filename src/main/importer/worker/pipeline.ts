// The read → parse steps the importer runs per file, under one time budget per file; injectable
// so tests can use a hand-built issue.
import type { ParsedIssue } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { parseIssue } from '../parse/parse-issue'
import { readSource } from '../read/read-source'
import type { SourceLine } from '../../../shared/source-line'
import { readScan, type ScanProgress } from '../ocr/read-scan'
import { DEFAULT_OCR_PAGE_MS, isPageImage, isScanRefusal, scanWithin, type Scan } from '../ocr/scan-step'
import { parseWithOcr } from '../ocr/doubts'

/** What the parser reads: the text, and its lines with layout when the source had any. */
export interface ParseSource {
  text: string
  lines?: SourceLine[]
  /** Plain text: the share of its lines the reader cut out of rows joining the columns' lines. */
  rebuilt?: number
  /** Plain text kept in its page's layout: per page, whether the reader read its columns. */
  columnsRead?: boolean[]
}

export interface ReadResult {
  text: string
  /** The text's lines with their layout (PDF), for the parser's typography cues. */
  lines?: SourceLine[]
  mediaType: string
  detail?: unknown
  rebuilt?: number
  columnsRead?: boolean[]
}

/** What one file may cost: its size on disk and the time to read and parse it. */
export interface FileLimits {
  maxFileBytes: number
  timeoutMs: number
  /** OCR of a scan: the time per page (the file's timeoutMs then holds for the parse). */
  ocrPageMs?: number
}

const MB = 1024 * 1024

export const DEFAULT_FILE_LIMITS: FileLimits = { maxFileBytes: 200 * MB, timeoutMs: 60_000 }

/** A point in time (Date.now()) after which work on a file stops, checked between steps. */
export interface Deadline {
  readonly at: number
  remainingMs(): number
  /** Throws AppError('TIMEOUT') naming the file once the time is up. */
  check(): void
}

export interface Pipeline {
  read(
    bytes: Uint8Array,
    fileName: string,
    onWarn?: (message: string) => void,
    limits?: { maxBytes: number; timeoutMs: number },
  ): Promise<ReadResult>
  /**
   * `source` is the text, with its lines' layout when the reader knew it (PDF); `deadline` is for
   * parsers that can stop between their stages; others may ignore it.
   */
  parse(source: ParseSource, deadline?: Deadline): ParsedIssue
  /** Reads a scan (PDF without text layer, page images) by OCR; without it scans are refused. */
  scan?: Scan
}

export interface RunResult {
  read: ReadResult
  parsed: ParsedIssue
}

/**
 * Runs the whole read → parse of one file: in this process (runPipeline over a Pipeline), or in
 * a worker thread that can be killed (worker/worker-runner.ts). `close` frees what it holds.
 */
export interface FileRunner {
  run(bytes: Uint8Array, fileName: string, limits: FileLimits, onWarn: (message: string) => void, onProgress?: FileProgress): Promise<RunResult>
  close(): Promise<void>
}

/** Progress inside one file: the page OCR is reading. */
export type FileProgress = (p: ScanProgress) => void

/** Runs `pipeline` here, in this process: for tests and injected pipelines. */
export function inProcessRunner(pipeline: Pipeline): FileRunner {
  return {
    run: (bytes, fileName, limits, onWarn, onProgress) => runPipeline(pipeline, bytes, fileName, limits, onWarn, onProgress),
    close: async () => undefined,
  }
}

/** The real readers and parser. */
export const realPipeline: Pipeline = {
  read: (bytes, name, onWarn, limits) => readSource(bytes, name, limits, onWarn),
  parse: (source, deadline) => parseWithOcr(() => parseIssue(source, { deadline }), source.lines),
  scan: readScan,
}

/** A time limit for people: 60 秒, 500 毫秒. */
export function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} 秒` : `${ms} 毫秒`
}

export function createDeadline(fileName: string, timeoutMs: number, now = Date.now): Deadline {
  const at = now() + timeoutMs
  return {
    at,
    remainingMs: () => Math.max(0, at - now()),
    check() {
      if (now() > at) {
        throw new AppError('TIMEOUT', `「${fileName}」读取和解析超过 ${seconds(timeoutMs)} 仍未完成，已停止。`)
      }
    },
  }
}

/**
 * Reads then parses one file within `limits.timeoutMs` in all. The readers stop themselves at
 * the remaining time; the real parser checks the deadline as it goes. The checks around it stay
 * for injected parsers that ignore it: a parse that ran over is refused rather than saved late.
 */
export async function runPipeline(
  pipeline: Pipeline,
  bytes: Uint8Array,
  fileName: string,
  limits: FileLimits,
  onWarn: (message: string) => void,
  onProgress?: FileProgress,
): Promise<RunResult> {
  let deadline = createDeadline(fileName, limits.timeoutMs)
  const scan = pipeline.scan
  const ocr = async (scan: Scan): Promise<ReadResult> => {
    const scanned = await scanWithin(scan, bytes, fileName, limits.ocrPageMs ?? DEFAULT_OCR_PAGE_MS, onWarn, onProgress)
    deadline = createDeadline(fileName, limits.timeoutMs)
    return scanned
  }
  const read = scan && isPageImage(bytes)
    ? await ocr(scan)
    : await pipeline
        .read(bytes, fileName, onWarn, { maxBytes: limits.maxFileBytes, timeoutMs: Math.max(1, deadline.remainingMs()) })
        .catch((err: unknown) => (scan && isScanRefusal(err) ? ocr(scan) : Promise.reject(err)))
  deadline.check()
  const parsed = pipeline.parse({ text: read.text, lines: read.lines, rebuilt: read.rebuilt, columnsRead: read.columnsRead }, deadline)
  deadline.check()
  return { read, parsed }
}
