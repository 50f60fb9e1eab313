// Domain model shared by core, shells and renderer. Runs anywhere: no electron, no node:*, no DOM.
import type { DocumentRelation, ValidityStatus } from './archive-work-types'
import type { AppErrorCode } from './errors'

/** Kinds of body blocks, in reading order. */
export type BlockKind =
  | 'heading1' // 一、
  | 'heading2' // （一）
  | 'heading3' // 1.
  | 'heading4' // （1）
  | 'title' // title of an attached plan / attachment inside the document (e.g. 兴县全民健身实施计划)
  | 'paragraph'
  | 'listItem' // bullet / dash entries (——经常参加…, - (二) …)
  | 'nameListEntry' // 组 长：张三 县长
  | 'tableRow' // cells joined by \t
  | 'attachmentNote' // 附件：1. …  (the announcement in the main text)
  | 'attachmentHeading' // 附件 / 附件1 starting the printed attachment
  | 'signature' // 署名 (issuing unit under the body)
  | 'date' // 成文日期 line
  | 'note' // 附注: （此件公开发布）, （联系人：…）
  | 'caption' // figure caption whose figure was dropped

export interface Block {
  kind: BlockKind
  text: string
}

/** A block's extent on one page of a PDF, in points from the page's top-left corner. */
export interface PageBox {
  page: number
  /** The printed page number, when the page shows one. */
  pageLabel?: string
  x0: number
  x1: number
  top: number
  bottom: number
}

/**
 * Where a block came from in the original file: the source text's lines (1-based, inclusive) it
 * was built from, and for a PDF the boxes it covers, one per page (a paragraph may run over a
 * page break). Lets a document be shown beside its original page.
 */
export interface BlockSource {
  lineFrom: number
  lineTo: number
  boxes?: PageBox[]
  /** The block was read from a scan by OCR: how sure the engine was, and of which characters. */
  ocr?: BlockOcr
}

/** What OCR knew of a block: kept with the document so 对照原文 can mark unsure characters. */
export interface BlockOcr {
  /** The lowest confidence (0–1) of the lines the block was read from. */
  confidence: number
  /** Characters read with low confidence: code-unit indexes into the block's text. */
  low: number[]
  /** The same characters by source line: [line number, indexes into that line's text]. */
  lines: [number, number[]][]
  /** Where those characters stand on their pages (estimated from the line's ink and the characters' widths). */
  boxes: PageBox[]
}

export interface Consult {
  unit: string
  phone: string | null
}

/** A 文号 split into its parts: 兴政发〔2022〕8号 → { agency: '兴政发', year: 2022, serial: 8 }. */
export interface DocNumberParts {
  agency: string
  year: number
  serial: number
}

/** One 目录 entry as printed. */
export interface TocEntry {
  category: string
  title: string
  docNumber: string | null
  page: number | null
}

/** A document as the parser reads it from one issue (no database ids yet). */
export interface ParsedDocument {
  seq: number
  docNumber: string | null // normalised: 兴政发〔2022〕8号
  docNumberRaw: string | null // as printed
  title: string
  tocTitle: string | null
  category: string | null
  docType: string | null
  issuer: string | null // may be '甲、乙' for jointly issued documents; issuers[] holds them apart
  issuers: string[]
  recipients: string | null
  date: string | null // YYYY-MM-DD
  public: boolean
  tocPage: number | null
  consult: Consult | null
  attachments: string[] // titles announced in 附件： lines
  blocks: Block[]
  /** One per block, in the same order (set by the parser; absent for hand-made issues). */
  sources?: BlockSource[]
  citations: string[] // normalised 文号 cited in the body, excluding its own
  /** 0–1: how far the parse can be trusted; below 0.7 the document is doubtful (set by the parser). */
  confidence?: number
  reasons?: ConfidenceReason[]
}

/** Why a document's confidence is below 1: a code for programs, a Chinese message for staff. */
export interface ConfidenceReason {
  code: string // NO_DATE, TITLE_DIFFERS_FROM_TOC…
  message: string // 未找到成文日期
}

export interface IssueMeta {
  gazette: string // 兴县人民政府公报
  year: number
  issueNo: number // 期
  totalNo: number | null // 总第N期
  publishedOn: string | null // YYYY-MM-DD
  publisher: string | null // 兴县人民政府办公室
}

/**
 * TOC_ENTRY_WITHOUT_BODY is the gazette's own: its 目录 lists a document its body does not print
 * (目录列出但正文未收录). The others are the importer's doubts (无法确定…), TOC_ENTRY_NOT_FOUND
 * among them: a 目录 entry not found where the 目录 itself was read only in part, or whose
 * text a body holds or would hold by the 目录's order (then TOC_ENTRIES_UNMATCHED, first, counts
 * the entries not found). See shared/warning-kind.ts.
 */
export interface ParseWarning {
  code:
    | 'TOC_ENTRY_WITHOUT_BODY'
    | 'TOC_ENTRY_NOT_FOUND'
    | 'TOC_ENTRIES_UNMATCHED'
    | 'BODY_WITHOUT_TOC_ENTRY'
    | 'MISSING_DOC_NUMBER'
    | 'MISSING_DATE'
    | 'DUPLICATE_DOC_NUMBER'
    | 'NO_GAZETTE_NAME'
    | 'COLUMNS_REBUILT'
    | 'OTHER'
  message: string // Chinese, for people: 目录列出但正文未收录：兴政办函〔2022〕17号
  docNumber?: string | null
}

export interface ParsedIssue {
  meta: IssueMeta
  sections: string[] // categories in the issue's order
  toc: TocEntry[]
  documents: ParsedDocument[]
  warnings: ParseWarning[]
}

/** A stored document's listing fields (the `docs --json` element). */
export interface DocumentSummary {
  id: number
  issueId: number
  gazette: string
  year: number
  issueNo: number
  totalNo: number | null
  seq: number
  docNumber: string | null
  title: string
  tocTitle: string | null
  category: string | null
  docType: string | null
  issuer: string | null
  recipients: string | null
  date: string | null
  public: boolean
  tocPage: number | null
  consult: Consult | null
  /** All issuers in printed order (issuer is them joined with 、). */
  issuers?: string[]
  /** The parser's confidence (0–1), null for documents imported before it was kept. */
  confidence?: number | null
  reasons?: ConfidenceReason[]
  /** Who approved the document in review and when (ISO); null when nobody has. */
  reviewedBy?: string | null
  reviewedAt?: string | null
}

/** One document with its body (the `show --json` shape). */
export interface GazetteDocument extends DocumentSummary {
  docNumberRaw: string | null
  issuers: string[]
  attachments: string[]
  paragraphs: string[]
  blocks: Block[]
  /**
   * Where each block came from, parallel to `blocks`; null when not known (imported before it
   * was kept, or the body was edited by hand since).
   */
  sources?: BlockSource[] | null
  citations: Citation[]
  citedBy: CitationSource[]
  /** Repeals / amends / extends, both ways (always set by getDocument). */
  relations?: DocumentRelation[]
  /** 已废止 / 已修改 / 有效期已延长, from incoming relations; null when none. */
  status?: ValidityStatus | null
  /** Catalogued by hand from a scan: no body; pages of the issue's PDF (getScan). */
  scanned?: boolean
  pageFrom?: number | null
  pageTo?: number | null
}

export interface Citation {
  docNumber: string
  targetId: number | null // null: the cited document is not in the archive (dangling)
}

export interface CitationSource {
  id: number
  docNumber: string | null
  title: string
}

export interface IssueSummary {
  id: number
  gazette: string
  year: number
  issueNo: number
  totalNo: number | null
  publishedOn: string | null
  documentCount: number
  importedAt: string
  warnings: ParseWarning[]
}

export interface Page<T> {
  items: T[]
  total: number
}

export interface SearchFilters {
  /** The gazette's name (兴县人民政府公报): two gazettes may both hold a 2026年第1期. */
  gazette?: string
  year?: number
  issueId?: number
  category?: string
  issuer?: string
  docType?: string
  dateFrom?: string // YYYY-MM-DD
  dateTo?: string
  /** 待核对: only documents the parser doubts that nobody has approved yet. */
  doubtful?: boolean
}

export interface SearchQuery extends SearchFilters {
  query: string
  limit?: number
  offset?: number
}

export interface SearchHit {
  id: number
  docNumber: string | null
  title: string
  score: number
  snippet: string // matched text wrapped in \u0002 … \u0003 (the renderer turns them into <mark>)
  matchedBy: 'docNumber' | 'title' | 'body' | 'fuzzy' | 'pinyin' | 'filter'
  issuer: string | null
  date: string | null
  category: string | null
  gazette: string
  year: number
  issueNo: number
}

export interface SearchResult {
  tookMs: number
  total: number
  hits: SearchHit[]
  /** When nothing matched: words of the archive one character away (您是不是要找…), likeliest first; the hits are the first one's. */
  suggestions?: string[]
  /** When nothing matched and no word is one character away: parts of the query that do find documents. */
  shorter?: string[]
}

/** Marks around matched text in snippets; never occur in gazette text. */
export const MARK_START = '\u0002'
export const MARK_END = '\u0003'

export interface Facet {
  value: string
  count: number
}

export interface YearFacet {
  year: number
  count: number
  issues: { id: number; issueNo: number; count: number }[]
}

export interface Facets {
  /** Every gazette's years → 期 (the browse tree: 公报 → 年 → 期). */
  gazettes: { gazette: string; count: number; years: YearFacet[] }[]
  /** The years of all gazettes together (the search page's 年份 filter). */
  years: YearFacet[]
  categories: Facet[]
  issuers: Facet[]
  docTypes: Facet[]
}

export interface ImportedIssueReport {
  file: string
  issue: string // 兴县人民政府公报 2022年第2期
  documents: number
  warnings: string[]
  /** The parser's warnings with their codes (the same messages as in `warnings`), so a report can
   *  keep the gazette's own gaps apart from what the importer could not settle (warningKind). */
  findings?: { code: ParseWarning['code']; message: string }[]
  /** For programs: IMPORTED, or REPLACED when it took the place of an issue held (--replace). */
  code: 'IMPORTED' | 'REPLACED'
  /** Index of the source (in the request's sources) this file came from; a folder's files share it. */
  sourceIndex: number
  /** One per warning, in the same order: the parser's code, READER for a reader's notice. */
  warningCodes: (ParseWarning['code'] | 'READER')[]
  /** Documents the parser doubts (confidence below 0.7), for staff to review first. */
  doubtful?: DoubtfulDocument[]
}

export interface DoubtfulDocument {
  seq: number
  docNumber: string | null
  title: string
  confidence: number
  reasons: ConfidenceReason[]
}

/**
 * Why a file was skipped, for programs (`reason` says it for people): SAME_FILE (identical to an
 * original held), ISSUE_HELD (another file of an issue in the archive), ISSUE_IN_RUN (an issue
 * already taken from another file of this import), STAGED (the file or its issue waits under 待核对).
 */
export type ImportSkipCode = 'SAME_FILE' | 'ISSUE_HELD' | 'ISSUE_IN_RUN' | 'STAGED'

/** Why a file failed: its refusal's AppErrorCode, or QUARANTINED (it once killed its reader; not read again). */
export type ImportFailCode = AppErrorCode | 'QUARANTINED'

/** An issue parsed into staging (待核对) instead of saved: it waits for review, 入库 or 放弃. */
export interface StagedIssueReport extends Omit<ImportedIssueReport, 'code'> {
  code: 'STAGED'
  stagedId: number
}

/** Another file of an issue already held, in a format the issue had no original in (the same 期 as
 *  PDF and as OFD): kept as a further original of that issue; its documents are not imported again. */
export interface KeptOriginalReport {
  file: string
  issue: string // 兴县人民政府公报 2022年第2期
  issueId: number
  /** PDF, OFD, Word, 文本… */
  format: string
  /** 2: the issue's second original, 3: its third… */
  ordinal: number
  /** The documents the file holds, each paired with one of the issue's. */
  documents: number
  /** 已有本期，另存为本期的第二份原件（OFD）… */
  message: string
  code: 'KEPT_ORIGINAL'
  sourceIndex: number
}

export interface ImportReport {
  imported: ImportedIssueReport[]
  /** Further originals of issues held (issue 17); absent or empty when there were none. */
  kept?: KeptOriginalReport[]
  /** Issues waiting for review (imports from the app); absent or empty when all were saved. */
  staged?: StagedIssueReport[]
  /** `replaceToken`: the file was read and its issue is already held; previewReplace with it
   *  compares the two (安全替换) without reading the file again (kept for a while in memory).
   *  `issueId`: the archived issue that holds it (ISSUE_HELD), for a link to it. */
  skipped: { file: string; reason: string; code: ImportSkipCode; sourceIndex: number; replaceToken?: string; issueId?: number }[]
  failed: { file: string; error: string; code: ImportFailCode; sourceIndex: number }[]
}

export interface ImportProgress {
  file: string
  fileIndex: number // 0-based
  fileCount: number
  stage: 'reading' | 'parsing' | 'saving' | 'done' | 'skipped' | 'failed'
  message?: string
}

export type * from './archive-work-types'
export type * from './staging-types'
