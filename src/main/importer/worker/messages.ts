// What the host and the file worker say to each other (structured-cloned).
import type { ParsedIssue } from '../../../shared/domain'
import type { AppErrorCode } from '../../../shared/errors'
import type { ScanText } from '../ocr/read-scan'
import type { FileLimits, ReadResult } from './pipeline'

/** Read and parse one file (an import, a re-read). */
export interface WorkerJob {
  kind?: 'file'
  id: number
  bytes: Uint8Array
  fileName: string
  limits: FileLimits
}

/** Read a scan by OCR only, page by page (a registered scan read on request); no parse. */
export interface ScanJob {
  kind: 'scan'
  id: number
  bytes: Uint8Array
  fileName: string
  /** The time one page may take. */
  pageMs: number
}

/** Staff cancelled job `id`: it stops within a line of OCR and is refused with CANCELLED. */
export interface CancelJob {
  kind: 'cancel'
  id: number
}

export type WorkerMessage = WorkerJob | ScanJob | CancelJob

export type WorkerReply =
  | { id: number; kind: 'warn'; message: string }
  /** OCR starts page `page` of `pages`: the host restarts its time limit for it. */
  | { id: number; kind: 'progress'; page: number; pages: number }
  | { id: number; kind: 'done'; read: ReadResult; parsed: ParsedIssue }
  | { id: number; kind: 'scanned'; scan: ScanText }
  /** A refusal with its Chinese message (AppError). */
  | { id: number; kind: 'refused'; code: AppErrorCode; message: string }
  /** Anything unexpected: the host logs it and reports an internal error. */
  | { id: number; kind: 'failed'; message: string }
