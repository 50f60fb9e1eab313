// The worker thread that reads and parses one file at a time (see worker-runner.ts), or reads a
// registered scan by OCR. It runs whatever the real pipeline is, so a reader or parser that runs
// out of memory or time takes down this thread only; the host kills and replaces it.
import { parentPort } from 'node:worker_threads'
import { isAppError } from '../../../shared/errors'
import { handOver } from '../ocr/page-images'
import { readScan } from '../ocr/read-scan'
import { scanCancelled, scanWithin } from '../ocr/scan-step'
import { realPipeline, runPipeline } from './pipeline'
import type { ScanJob, WorkerJob, WorkerMessage, WorkerReply } from './messages'

/** The running jobs' cancels and file names, by id. */
const cancels = new Map<number, { cancel: AbortController; fileName: string }>()

function reply(message: WorkerReply): void {
  parentPort?.postMessage(message)
}

function work(job: WorkerJob | ScanJob, signal: AbortSignal): Promise<WorkerReply> {
  const warn = (message: string): void => reply({ id: job.id, kind: 'warn', message })
  const progress = (p: { page: number; pages: number }): void => reply({ id: job.id, kind: 'progress', ...p })
  if (job.kind === 'scan') {
    return scanWithin(readScan, job.bytes, job.fileName, job.pageMs, warn, progress, signal).then((scan) => ({ id: job.id, kind: 'scanned', scan }))
  }
  return runPipeline(realPipeline, job.bytes, job.fileName, job.limits, warn, progress).then(({ read, parsed }) => ({ id: job.id, kind: 'done', read, parsed }))
}

async function runJob(job: WorkerJob | ScanJob): Promise<void> {
  // The job's bytes are this thread's own copy, read by no one after the scan's pages are opened.
  handOver(job.bytes)
  const cancel = new AbortController()
  cancels.set(job.id, { cancel, fileName: job.fileName })
  try {
    reply(await work(job, cancel.signal))
  } catch (err) {
    if (isAppError(err)) reply({ id: job.id, kind: 'refused', code: err.code, message: err.message })
    else reply({ id: job.id, kind: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) })
  } finally {
    cancels.delete(job.id)
  }
}

parentPort?.on('message', (m: WorkerMessage) => {
  if (m.kind === 'cancel') {
    const job = cancels.get(m.id)
    job?.cancel.abort(scanCancelled(job.fileName))
  } else void runJob(m)
})
