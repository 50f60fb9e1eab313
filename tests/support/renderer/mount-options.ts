// What a component test tells the page (tests/support/renderer/mount.tsx) to mount; plain data,
// since it crosses from Node into Chromium.
import type { DocumentSummary, GazetteDocument, IssueSummary } from '../../../src/shared/domain'

export interface MountOptions {
  component: 'correction' | 'split' | 'merge' | 'scan' | 'scan-ocr' | 'error-notice'
  /** The staff name in the settings; null: the form must ask for it first. */
  editorName: string | null
  doc?: GazetteDocument
  /** What listDocuments answers (the merge dialog looks for the next document of the issue). */
  documents?: DocumentSummary[]
  issues?: IssueSummary[]
  /** One method that rejects with this AppError; for 'error-notice', the error shown. */
  failing?: { method: string; code: string; message: string }
}

export interface Recorded {
  calls: { method: string; req: unknown }[]
  events: { event: string; value?: unknown }[]
}
