// Runs read → parse of each file in a worker thread with a heap limit, a hard time limit and a
// watch on the whole process's memory. A file that exhausts any of them kills the worker, not
// the app or the server: the host terminates it, refuses the file in Chinese and starts afresh.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { AppError, type AppErrorCode } from '../../../shared/errors'
import { seconds, type FileLimits, type FileProgress, type FileRunner, type RunResult } from './pipeline'
import { DEFAULT_OCR_PAGE_MS } from '../ocr/scan-step'
import { closeGate, newGate } from '../ocr/native-calls'
import { displayName } from '../read/read-errors'
import type { CancelJob, ScanJob, WorkerJob, WorkerReply } from './messages'
import type { ScanText } from '../ocr/read-scan'

export interface WorkerLimits {
  /** V8 old-generation heap of the worker (resourceLimits.maxOldGenerationSizeMb). */
  maxHeapMb: number
  /** Resident memory a job may add to the process; the worker is killed past it (buffers sit outside the heap). */
  maxRssMb: number
  /** Past the file's own time limit, how long the worker gets to stop itself before it is killed. */
  graceMs: number
  /** The worker's script; by default the built one beside the bundle, or the tsx bootstrap (workerEntry). */
  entry?: string
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { maxHeapMb: 768, maxRssMb: 1400, graceMs: 1500 }

/** Killed in the worker: the file is quarantined so that it is never run again. */
export class IsolationFailure extends AppError {
  readonly quarantine = true
}

const WATCH_MS = 100
/**
 * A cancelled job stops within a line of OCR (or once the models have loaded); one still running
 * after this is killed with its worker. Long, because killing a worker inside an onnxruntime call
 * can take the whole process down (measured: "terminate called after throwing Napi::Error").
 */
const CANCEL_GRACE_MS = 60_000
/** How long a worker being ended may stay inside an onnxruntime call (loading the models takes seconds). */
const RETIRE_MS = 60_000
/** Each worker's gate around its onnxruntime calls (native-calls.ts). */
const gates = new WeakMap<Worker, SharedArrayBuffer>()

/**
 * Ends a worker, never inside an onnxruntime call: terminated inside one (loading the models, a
 * model run) it would take the whole process down ("terminate called after throwing Napi::Error").
 */
export async function retire(worker: Worker): Promise<void> {
  const gate = gates.get(worker)
  if (gate) await closeGate(gate, RETIRE_MS)
  await worker.terminate()
}

/** Workers left running a cancelled job past its grace: killed and replaced. */
const abandoned = new WeakSet<Worker>()

/** The compiled entry beside the bundle (out/main), or the tsx bootstrap beside this source. */
export function workerEntry(): string {
  if (__filename.endsWith('.ts')) return join(__dirname, 'file-worker-dev.cjs')
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const built = join(dir, 'file-worker.js')
    if (existsSync(built)) return built
  }
  throw new Error(`file-worker.js not found beside ${__dirname}`)
}

type Death = 'memory' | 'rss' | 'timeout' | 'crash'

function deathError(death: Death, fileName: string, limits: FileLimits, w: WorkerLimits): IsolationFailure {
  const name = `「${displayName(fileName)}」`
  const [code, text]: [AppErrorCode, string] =
    death === 'timeout'
      ? ['TIMEOUT', `读取和解析超过 ${seconds(limits.timeoutMs)} 仍未完成，已停止。`]
      : death === 'crash'
        ? ['CORRUPT_FILE', '读取时处理程序意外退出，文件可能已损坏，已停止。']
        : ['FILE_TOO_LARGE', `内容过大，读取时超出内存上限（${death === 'memory' ? w.maxHeapMb : w.maxRssMb} MB），已停止。`]
  return new IsolationFailure(code, name + text)
}

/** What a job's caller hears while it runs, and how long it may take. */
interface Watch {
  /** The time before the first page (a file's whole read and parse). */
  firstMs: number
  /** The time each OCR'd page restarts. */
  pageMs: number
  onWarn(m: string): void
  onProgress?: FileProgress
  /** Staff cancelled: the worker is asked to stop, and killed if it has not within CANCEL_GRACE_MS. */
  signal?: AbortSignal
}

type Finished = Extract<WorkerReply, { kind: 'done' } | { kind: 'scanned' }>

/** Reads a registered scan by OCR in the worker, page by page, with a time per page and cancel. */
export interface ScanRunner {
  scan(bytes: Uint8Array, fileName: string, opts: ScanRunOptions): Promise<ScanText>
  close(): Promise<void>
}

export interface ScanRunOptions {
  pageMs?: number
  onProgress?: FileProgress
  signal?: AbortSignal
}

/** One worker at a time, reused from file to file, replaced after it is killed. */
export function createWorkerRunner(limits: Partial<WorkerLimits> = {}): FileRunner & ScanRunner {
  const w = { ...DEFAULT_WORKER_LIMITS, ...limits }
  let worker: Worker | null = null
  let jobs = 0

  function spawn(): Worker {
    const entry = w.entry ?? workerEntry()
    const nativeGate = newGate()
    const created = new Worker(entry, {
      workerData: { nativeGate },
      // A built worker needs none of the parent's loader flags (tsx under the CLI), whose hooks
      // and source maps would cost it a second at every start.
      execArgv: entry.endsWith('.js') ? [] : undefined,
      resourceLimits: { maxOldGenerationSizeMb: w.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // Whatever a reader prints goes to stderr: with --json, stdout holds exactly one JSON value.
      stdout: true,
      stderr: true,
    })
    created.stdout.pipe(process.stderr, { end: false })
    created.stderr.pipe(process.stderr, { end: false })
    created.unref() // an idle worker never keeps the CLI alive
    gates.set(created, nativeGate)
    return created
  }

  /** Runs one job in the worker; a job that kills it (or is cancelled past its grace) replaces the worker. */
  async function start(job: WorkerJob | ScanJob, deathLimits: FileLimits, watching: Watch): Promise<Finished> {
    worker ??= spawn()
    const current = worker
    current.ref()
    try {
      return await watch(current, job, deathLimits, watching)
    } catch (err) {
      if (err instanceof IsolationFailure || abandoned.has(current)) {
        if (worker === current) worker = null
        await retire(current)
      }
      throw err
    } finally {
      current.unref()
    }
  }

  function watch(current: Worker, job: WorkerJob | ScanJob, fl: FileLimits, t: Watch): Promise<Finished> {
    return new Promise((resolve, reject) => {
      let death: Death = 'crash'
      const stop = (): void => {
        clearTimeout(timer)
        clearInterval(meter)
        t.signal?.removeEventListener('abort', onCancel)
        current.off('message', onMessage).off('error', onError).off('exit', onExit)
      }
      const kill = (d: Death): void => {
        stop()
        reject(deathError(d, job.fileName, fl, w))
      }
      const onMessage = (m: WorkerReply): void => {
        if (m.id !== job.id) return
        if (m.kind === 'warn') return t.onWarn(m.message)
        if (m.kind === 'progress') {
          // Each OCR'd page has its own time; the parse after the last one has the file's.
          clearTimeout(timer)
          timer = setTimeout(() => kill('timeout'), t.pageMs + w.graceMs)
          return t.onProgress?.({ page: m.page, pages: m.pages })
        }
        stop()
        if (m.kind === 'done' || m.kind === 'scanned') resolve(m)
        else if (m.kind === 'refused') reject(new AppError(m.code, m.message))
        else reject(new Error(`文件读取线程出错：${m.message}`))
      }
      const onError = (err: Error & { code?: string }): void => {
        death = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash'
      }
      const onExit = (): void => kill(death)
      // Asked to stop; a worker that does not within the grace is killed, with the cancel as the reason.
      const onCancel = (): void => {
        current.postMessage({ kind: 'cancel', id: job.id } satisfies CancelJob)
        clearTimeout(timer)
        timer = setTimeout(() => (stop(), abandoned.add(current), reject(t.signal?.reason)), CANCEL_GRACE_MS)
      }
      let timer = setTimeout(() => kill('timeout'), t.firstMs + w.graceMs)
      // What the job adds to the process, not the process: the rest of it (the app, or a test
      // runner holding other tests' modules) is no part of the file's reading.
      const base = process.memoryUsage.rss()
      const meter = setInterval(() => {
        if (process.memoryUsage.rss() - base > w.maxRssMb * 1024 * 1024) kill('rss')
      }, WATCH_MS)
      current.on('message', onMessage).on('error', onError).on('exit', onExit)
      t.signal?.addEventListener('abort', onCancel)
      current.postMessage(job)
      if (t.signal?.aborted) onCancel()
    })
  }

  async function run(bytes: Uint8Array, fileName: string, fl: FileLimits, onWarn: (m: string) => void, onProgress?: FileProgress): Promise<RunResult> {
    const job: WorkerJob = { id: ++jobs, bytes, fileName, limits: fl }
    const pageMs = Math.max(fl.ocrPageMs ?? DEFAULT_OCR_PAGE_MS, fl.timeoutMs)
    const m = await start(job, fl, { firstMs: fl.timeoutMs, pageMs, onWarn, onProgress })
    if (m.kind !== 'done') throw new Error('文件读取线程答非所问')
    return { read: m.read, parsed: m.parsed }
  }

  async function scan(bytes: Uint8Array, fileName: string, opts: ScanRunOptions): Promise<ScanText> {
    const pageMs = opts.pageMs ?? DEFAULT_OCR_PAGE_MS
    const job: ScanJob = { kind: 'scan', id: ++jobs, bytes, fileName, pageMs }
    // The time per page is the scan's own limit (a page over it is refused by the worker); the host's is a backstop.
    const fl: FileLimits = { maxFileBytes: bytes.length, timeoutMs: pageMs }
    const m = await start(job, fl, { firstMs: pageMs, pageMs, onWarn: () => undefined, onProgress: opts.onProgress, signal: opts.signal })
    if (m.kind !== 'scanned') throw new Error('文件读取线程答非所问')
    return m.scan
  }

  return {
    run,
    scan,
    async close() {
      const last = worker
      worker = null
      if (last) await retire(last)
    },
  }
}
