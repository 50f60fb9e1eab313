// Staging (issue 14): issues parsed but not yet saved, waiting under 待核对 for staff review.
import type { ConfidenceReason, IssueMeta, ParsedDocument, TocEntry } from './domain'

/** Who looked at a document and when (ISO time). */
export interface ReviewMark {
  by: string
  at: string
}

/** A parsed document waiting in staging, with what staff did to it. */
export interface StagedDocument extends ParsedDocument {
  /** Approved by staff: its doubts no longer count (they stay listed, marked as checked). */
  review?: ReviewMark | null
  /** Fields staff changed here (title, docNumber, category, issuers, date). */
  edited?: string[]
}

/** One staged issue in the 待核对 list. */
export interface StagedIssueSummary {
  id: number
  /** 兴县人民政府公报 2022年第2期 */
  label: string
  gazette: string
  year: number
  issueNo: number
  file: string
  originalName: string
  mediaType: string
  stagedAt: string
  /** Saving replaces the issue of the same 期 already held. */
  replace: boolean
  documentCount: number
  /** Documents below the confidence threshold and not yet approved. */
  doubtfulCount: number
  /** The archive already holds this 期 (入库 needs replace). */
  held: boolean
  /** Read from a scan by OCR (its documents carry the reason OCR). */
  ocr?: boolean
}

/** A staged issue with its documents, for the review screen. */
export interface StagedIssue extends StagedIssueSummary {
  meta: IssueMeta
  toc: TocEntry[]
  /** Reader's and parser's warnings, in Chinese. */
  warnings: string[]
  documents: StagedDocument[]
  /** 目录 entries matched by a document, out of toc.length. */
  tocMatched: number
}

/** The fields staff may fix on a staged document. */
export interface StagedDocumentChanges {
  title?: string
  docNumber?: string | null
  category?: string | null
  issuers?: string[]
  date?: string | null
}

/** The source lines a staged document was read from (text/Word; PDF has page boxes too). */
export interface StagedSourceLines {
  lineFrom: number
  lineTo: number
  lines: string[]
}

/** After 入库 of a staged issue. */
export interface StagedSaveResult {
  issueId: number
  label: string
  documents: number
  /** Documents saved while still doubtful (not approved); 0 when every doubt was checked. */
  doubtful: number
}

export type { ConfidenceReason }
