// 识别扫描件文字 as the service runs it: the OCR in the file worker (the window stays responsive),
// each page announced to the UI, one run per issue at a time, and 停止识别 on request. A cancelled
// run fills nothing; a run still going when the app shuts down is cancelled.
import type { ScanOcrOutcome, ScanOcrProgress } from '../../shared/scan-ocr'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { scanCancelled, type Scan } from '../importer/ocr/scan-step'
import { createWorkerRunner, type WorkerLimits } from '../importer/worker/worker-runner'
import type { Mutation } from '../maintenance/mutation'
import { inProcessReader, ocrScannedIssue } from './scan-ocr'

export interface ScanOcrDeps {
  archive: () => Archive
  mutation: Mutation
  /** In the worker (the app, CLI and server), or in this process with `scan` (tests). */
  isolate: boolean | Partial<WorkerLimits>
  scan?: Scan
  pageMs?: number
  onProgress?: (p: ScanOcrProgress) => void
}

export interface ScanOcrRuns {
  ocrScannedIssue(req: { issueId: number; editor: string }): Promise<ScanOcrOutcome>
  /** Stops the issue's running OCR; false when none runs. */
  cancelScanOcr(req: { issueId: number }): Promise<{ cancelled: boolean }>
  /** Stops every running OCR (shutdown). */
  cancelAll(): void
}

export function createScanOcrRuns(deps: ScanOcrDeps): ScanOcrRuns {
  const running = new Map<number, AbortController>()

  async function run(req: { issueId: number; editor: string }, cancel: AbortController): Promise<ScanOcrOutcome> {
    // A worker per run: its models (~0.4 GB) are let go when the run ends.
    const runner = deps.isolate && !deps.scan ? createWorkerRunner(deps.isolate === true ? {} : deps.isolate) : null
    const reader = runner ? runner.scan : inProcessReader(deps.scan)
    try {
      return await ocrScannedIssue(deps.archive(), req, {
        reader,
        pageMs: deps.pageMs,
        signal: cancel.signal,
        onProgress: (p) => deps.onProgress?.({ issueId: req.issueId, ...p }),
      })
    } finally {
      await runner?.close()
    }
  }

  return {
    ocrScannedIssue(req) {
      if (running.has(req.issueId)) return Promise.reject(new AppError('BUSY', '这一期的扫描件正在识别，请等它完成或先停止识别'))
      const cancel = new AbortController()
      running.set(req.issueId, cancel)
      return deps.mutation('editing', () => run(req, cancel)).finally(() => running.delete(req.issueId))
    },
    async cancelScanOcr(req) {
      const cancel = running.get(req.issueId)
      cancel?.abort(scanCancelled())
      return { cancelled: cancel !== undefined }
    },
    cancelAll() {
      for (const cancel of running.values()) cancel.abort(scanCancelled())
    },
  }
}
