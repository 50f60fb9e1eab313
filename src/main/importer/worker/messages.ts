// What the host and the file worker say to each other (structured-cloned).
import type { ParsedIssue } from '../../../shared/domain'
import type { AppErrorCode } from '../../../shared/errors'
import type { FileLimits, ReadResult } from './pipeline'

export interface WorkerJob {
  id: number
  bytes: Uint8Array
  fileName: string
  limits: FileLimits
}

export type WorkerReply =
  | { id: number; kind: 'warn'; message: string }
  /** OCR starts page `page` of `pages`: the host restarts its time limit for it. */
  | { id: number; kind: 'progress'; page: number; pages: number }
  | { id: number; kind: 'done'; read: ReadResult; parsed: ParsedIssue }
  /** A refusal with its Chinese message (AppError). */
  | { id: number; kind: 'refused'; code: AppErrorCode; message: string }
  /** Anything unexpected: the host logs it and reports an internal error. */
  | { id: number; kind: 'failed'; message: string }
