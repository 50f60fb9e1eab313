// THE contract between the core service and its shells (Electron IPC, HTTP browser mode, CLI).
import type {
  DocumentSummary,
  Facets,
  GazetteDocument,
  ImportProgress,
  ImportReport,
  IssueSummary,
  Page,
  SearchFilters,
  SearchQuery,
  SearchResult,
  TocEntry,
} from './domain'
import type { Result } from './errors'

/** A file handed to the importer by a shell: a path main produced, or bytes uploaded by the browser. */
export type ImportSource = { kind: 'path'; path: string } | { kind: 'upload'; name: string; bytesBase64: string }

export type SortKey = 'docNumber' | 'date' | 'title' | 'issue'

export interface ArchiveApi {
  /** Imports every file (txt/pdf/docx) in the given sources; folders are scanned recursively.
   *  Identical files (SHA-256) are skipped; another file for an issue already held is skipped
   *  unless `replace` is true. Progress arrives as `importProgress` events. */
  importFiles(req: { sources: ImportSource[]; replace?: boolean }): Promise<ImportReport>
  /** Issues held, newest first. */
  listIssues(req: { year?: number }): Promise<IssueSummary[]>
  /** An issue's 目录 as printed, with the import's warnings. */
  getIssueToc(req: { issueId: number }): Promise<{ issue: IssueSummary; toc: (TocEntry & { documentId: number | null })[] }>
  /** Counts for navigation: years → 期, categories, issuers, docTypes (narrowed by filters). */
  getFacets(req: SearchFilters): Promise<Facets>
  /** Documents matching filters, sorted; paged for virtualised lists. */
  listDocuments(req: SearchFilters & { sort?: SortKey; desc?: boolean; offset: number; limit: number }): Promise<Page<DocumentSummary>>
  /** One document with its body, citations and the documents citing it. */
  getDocument(req: { id: number }): Promise<GazetteDocument>
  /** Resolves a 文号 in any spelling to a document id, or null. */
  findByDocNumber(req: { docNumber: string }): Promise<number | null>
  /** Full-text + fuzzy + pinyin + 文号 search with filters. */
  searchDocuments(req: SearchQuery): Promise<SearchResult>
  /** Exports documents as GB/T 9704 PDFs. One id: one PDF; several: one PDF each, or one combined file. */
  exportPdf(req: { documentIds: number[]; masthead?: boolean; sourceLine?: boolean; combine?: boolean }): Promise<{ fileName: string; bytesBase64: string }>
}

export interface ArchiveEvents {
  importProgress: ImportProgress
}

/** Runtime list whose type forces it to stay complete. */
export const API_METHODS: Record<keyof ArchiveApi, true> = {
  importFiles: true,
  listIssues: true,
  getIssueToc: true,
  getFacets: true,
  listDocuments: true,
  getDocument: true,
  findByDocNumber: true,
  searchDocuments: true,
  exportPdf: true,
}

export const API_METHOD_NAMES = Object.keys(API_METHODS) as (keyof ArchiveApi)[]

export const channelFor = (m: keyof ArchiveApi | keyof ArchiveEvents): string => `archive:${m}`

export type ApiRequest<K extends keyof ArchiveApi> = Parameters<ArchiveApi[K]>[0]
export type ApiResponse<K extends keyof ArchiveApi> = Awaited<ReturnType<ArchiveApi[K]>>

/** What the preload exposes as `window.archive`: every method returns a Result, never throws. */
export type Bridge = {
  [K in keyof ArchiveApi]: (req: ApiRequest<K>) => Promise<Result<ApiResponse<K>>>
} & {
  onImportProgress(cb: (p: ImportProgress) => void): () => void
}
