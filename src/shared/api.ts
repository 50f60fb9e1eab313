// THE contract between the core service and its shells (Electron IPC, HTTP browser mode, CLI).
import type {
  BlockKind,
  ArchiveCheckReport,
  ArchiveSettings,
  BackupCheck,
  BackupList,
  BackupResult,
  CatalogueScope,
  CorrectionRecord,
  DanglingReference,
  DocumentChanges,
  DocumentSummary,
  GazetteSeries,
  ImportLogRecord,
  ScannedDocumentInput,
  Facets,
  GazetteDocument,
  ImportProgress,
  ImportReport,
  IssueSummary,
  Page,
  SavedSearch,
  SearchFilters,
  SearchQuery,
  SearchResult,
  SettingsChanges,
  RestoreOutcome,
  StagedDocumentChanges,
  StagedIssue,
  StagedIssueSummary,
  StagedSaveResult,
  StagedSourceLines,
  TocEntry,
} from './domain'
import type { CatalogueColumn, CatalogueRules, GazetteRename } from './catalogue'
import type { Result } from './errors'
import type { IssuerChange, IssuerOverview } from './issuer-names'
import type { IssueOriginal, OriginalFile } from './original'
import type {
  ReplaceOutcome,
  ReplacePreview,
  ReplaceUndo,
  RereadOutcome,
  RereadPreview,
  UndoReplaceOutcome,
} from './issue-comparison'
import type { ScanOcrOutcome, ScanOcrProgress } from './scan-ocr'
import type { IssueIdentityChange, IssueIdentityChanges } from './issue-identity'

/** A file handed to the importer by a shell: a path main produced, or bytes uploaded by the browser. */
/** `noFollow`: the file is read only if it is a regular file and not a symlink (the inbox). */
export type ImportSource =
  | { kind: 'path'; path: string; noFollow?: boolean }
  | { kind: 'upload'; name: string; bytesBase64: string }

export type SortKey = 'docNumber' | 'date' | 'title' | 'issue'

export interface ArchiveApi {
  /** Imports every file (txt/pdf/docx) in the given sources; folders are scanned recursively.
   *  Identical files (SHA-256) are skipped; another file for an issue already held is skipped
   *  unless `replace` is true. Progress arrives as `importProgress` events.
   *  `stage`: parse into 待核对 instead of saving ('files': every issue; 'folder': all but those
   *  whose documents are all confident, when the autoSaveConfident setting is on); the report
   *  lists those under `staged`. Absent: saved at once (the CLI).
   *  `pages`: the sources are page images (TIFF, JPEG, PNG) of one issue, imported as one scan
   *  with its pages in natural file-name order. */
  importFiles(req: { sources: ImportSource[]; replace?: boolean; stage?: 'files' | 'folder'; pages?: boolean }): Promise<ImportReport>
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
  /** One document by a reference as people type it: its id (digits) or its 文号 in any spelling
   *  (newest issue first). NOT_FOUND names the reference. The CLI's show and export use it. */
  findDocument(req: { ref: string }): Promise<GazetteDocument>
  /** Full-text + fuzzy + pinyin + 文号 search with filters. */
  searchDocuments(req: SearchQuery): Promise<SearchResult>
  /** Exports documents as GB/T 9704 PDFs. One id: one PDF; several: one PDF each, or one combined file.
   *  One registered scanned document without body text prints its scan pages; with `scanPages`, one
   *  with text (OCR'd) does too. `format`: plain PDF, PDF/A-2b or OFD (one file). */
  exportPdf(req: { documentIds: number[]; masthead?: boolean; sourceLine?: boolean; combine?: boolean; scanPages?: boolean; format?: 'pdf' | 'pdfa' | 'ofd' }): Promise<{ fileName: string; bytesBase64: string }>

  // ——— Everyday archive work. `editor` is the staff name from the settings, sent with each change. ———

  /** 文号 cited by documents in the archive but not held, each with the citing documents. */
  listDanglingReferences(req: Record<string, never>): Promise<DanglingReference[]>
  /** Corrects listing fields (one history row per changed field); search and export follow. */
  correctDocument(req: { id: number; changes: DocumentChanges; editor: string; note?: string }): Promise<GazetteDocument>
  /** Replaces the body text; paragraphs keep their kind (heading, signature…) where the text is unchanged. */
  correctBody(req: { id: number; paragraphs: string[]; editor: string; note?: string }): Promise<GazetteDocument>
  /** Splits a document the importer failed to cut: blocks from `atBlock` become a new document after it.
   *  Its title / 文号 default to the first blocks there (a title line, a 文号 line). */
  splitDocument(req: { id: number; atBlock: number; editor: string; note?: string; title?: string; docNumber?: string }): Promise<{ firstId: number; secondId: number }>
  /** Merges two adjacent documents of one issue (the second's title becomes a heading in the first). */
  mergeDocuments(req: { firstId: number; secondId: number; editor: string; note?: string }): Promise<GazetteDocument>
  /** Every recorded change to a document (field, old, new, who, when, note), oldest first. */
  getDocumentHistory(req: { id: number }): Promise<CorrectionRecord[]>
  /** Takes back one recorded change (split and merge included) and records the undo in the history.
   *  Refused (BAD_REQUEST, reason in Chinese) when a later change builds on it. Returns the document
   *  the change was made on (a split's first part, a merge's first document). */
  undoCorrection(req: { id: number; editor: string; note?: string }): Promise<{ documentId: number }>
  /** Searches kept by name (issue 16), oldest first. */
  listSavedSearches(req: Record<string, never>): Promise<SavedSearch[]>
  /** Keeps a query and its filters under a name (a name already used is refused: BAD_REQUEST). */
  saveSearch(req: { name: string; query: string; filters: SearchFilters }): Promise<SavedSearch>
  renameSavedSearch(req: { id: number; name: string }): Promise<SavedSearch>
  deleteSavedSearch(req: { id: number }): Promise<void>
  /** Catalogues an issue held only as a scanned PDF: stores the PDF, creates body-less documents
   *  (scanned, with page ranges) searchable by their fields. `replace` re-catalogues an issue held. */
  catalogScannedIssue(req: {
    gazette: string
    year: number
    issueNo: number
    totalNo?: number
    publishedOn?: string
    scan: ImportSource
    documents: ScannedDocumentInput[]
    editor: string
    replace?: boolean
  }): Promise<{ issueId: number; documentIds: number[] }>
  /** The PDF an issue was imported or catalogued from, for viewing its pages. */
  getScan(req: { issueId: number }): Promise<{ fileName: string; bytesBase64: string }>
  /** Reads a catalogued scan by OCR and fills its registered documents' bodies (recorded as body
   *  corrections). Typed 标题, 文号 and 成文日期 are kept; where the scan reads otherwise it is listed. */
  ocrScannedIssue(req: { issueId: number; editor: string }): Promise<ScanOcrOutcome>
  /** Stops the issue's running OCR (its ocrScannedIssue then fails with CANCELLED, nothing filled). */
  cancelScanOcr(req: { issueId: number }): Promise<{ cancelled: boolean }>
  /** Per gazette: years and 期 held, and the 期 and whole years missing in between. */
  listSeries(req: Record<string, never>): Promise<GazetteSeries[]>
  /** Removes an issue after an automatic backup (returned); logged in the import log as 'removed'. */
  removeIssue(req: { issueId: number; editor: string; reason: string }): Promise<{ issue: string; backupDir: string }>
  /** The import log, newest first (imports, skips, failures, removals). */
  listImportLog(req: { limit?: number }): Promise<ImportLogRecord[]>
  /** 用新版本重新识别: reads the issue's kept original again with the current importer (read →
   *  parse, as an import does) and compares the result with what the archive holds: documents
   *  only in the old or the new reading, changed fields per document, confidence, red warnings,
   *  and the staff corrections that would no longer apply. Saves nothing. Refused (BAD_REQUEST)
   *  for an issue catalogued from a scan; NOT_FOUND when no original was kept. */
  previewReread(req: { issueId: number }): Promise<RereadPreview>
  /** Saves a re-read previewed with `expect` = its fingerprint: a backup first, then in one
   *  transaction the issue replaced by the new reading (its original unchanged), staff corrections
   *  re-applied where their document still matches and listed where not, and an import-log entry.
   *  Refused (BAD_REQUEST) when the archive or the reading changed since the preview. */
  applyReread(req: { issueId: number; expect: string }): Promise<RereadOutcome>
  /** 安全替换: compares the archived issue with the file an import read and skipped because the
   *  issue is held (`token` = the skipped entry's replaceToken): document counts, documents only
   *  in one, changed fields, confidence, red warnings, and the staff corrections that would not
   *  carry over. Saves nothing. NOT_FOUND when the file is no longer held (import it again). */
  previewReplace(req: { token: string }): Promise<ReplacePreview>
  /** Saves a replace previewed with `expect` = its fingerprint, in one transaction: a snapshot of
   *  the old issue (for undoReplace), the new issue, staff corrections carried over where their
   *  document still matches by 文号 or title (listed where not), an import-log entry.
   *  Refused (BAD_REQUEST) when the archive changed since the preview. */
  applyReplace(req: { token: string; expect: string }): Promise<ReplaceOutcome>
  /** The last replace (or re-read) of this issue that 恢复替换前 can still undo, or null. */
  getReplaceUndo(req: { issueId: number }): Promise<ReplaceUndo | null>
  /** 恢复替换前: puts back the issue as it was before the replace that produced `issueId` (same
   *  ids, documents, corrections). Refused (BAD_REQUEST) when corrections were made since. */
  undoReplace(req: { issueId: number }): Promise<UndoReplaceOutcome>
  /** 对照原文: the original the issue was read from (by issue id; no path crosses the contract):
   *  a PDF's bytes, or a text / Word file's text in the lines BlockSource counts. NOT_FOUND when
   *  no original was kept. */
  getOriginal(req: { issueId: number; originalId?: number }): Promise<OriginalFile>
  /** Every original an issue keeps (issue 17): the one its documents were read from (ordinal 1), then
   *  further copies of the same 期 in other formats, each with its format, size and import time. */
  listIssueOriginals(req: { issueId: number }): Promise<IssueOriginal[]>
  /** One kept original's bytes under its original name, for 另存为. NOT_FOUND when it is not the issue's. */
  getOriginalFile(req: { issueId: number; originalId: number }): Promise<{ fileName: string; bytesBase64: string }>
  /** 归档文件目录 (DA/T 22: 件号, 责任者, 文号, 题名, 日期, 起止页, 页数, 公报名称/期, 栏目, 文种, 公开属性,
   *  保管期限, 备注) as .xlsx, .csv (UTF-8 BOM, CRLF) or a print-ready A4 landscape .pdf, named
   *  兴县人民政府公报_2022年第2期_档案目录.<ext>. `columns`: those to show, in order (default: the gazette's rules). */
  exportCatalogue(req: { scope: CatalogueScope; format: 'xlsx' | 'csv' | 'pdf'; columns?: CatalogueColumn[] }): Promise<{ fileName: string; bytesBase64: string }>
  /** A gazette's catalogue rules (件号 pattern, 保管期限 by 文种, columns), the defaults until set. */
  getCatalogueRules(req: { gazette: string }): Promise<CatalogueRules>
  /** Sets a gazette's catalogue rules once, for all its issues. */
  setCatalogueRules(req: { gazette: string; rules: CatalogueRules }): Promise<CatalogueRules>
  /** Corrects a gazette's name for all its issues (joins a gazette already so named unless both hold
   *  the same 期); kept in the rename history, and imports printed with the old name follow it. */
  renameGazette(req: { from: string; to: string; editor: string }): Promise<GazetteRename>
  /** Every gazette rename, oldest first (undo: rename back). */
  listGazetteRenames(req: Record<string, never>): Promise<GazetteRename[]>
  /** 更正本期信息: sets an archived issue's gazette, year, 期, 总期号 or date of publication (the fields
   *  given that differ), as one correction in the issue's history (who, when, old → new). Refused in
   *  Chinese: BAD_REQUEST for a year outside 1949–2100, a 期 not a positive number, a bad date, nothing
   *  changed; ISSUE_EXISTS naming the issue when another issue of that gazette holds the year and 期.
   *  The issue keeps its id: navigation, search filters, the catalogue and the PDF's 来源 line follow. */
  correctIssue(req: { issueId: number; changes: IssueIdentityChanges; editor: string; note?: string }): Promise<IssueSummary>
  /** An issue's identity corrections and their 撤销, oldest first. */
  getIssueHistory(req: { issueId: number }): Promise<IssueIdentityChange[]>
  /** 撤销 one identity correction: the old values back, recorded as a row of its own. Refused
   *  (BAD_REQUEST, reason in Chinese) when a later correction of the issue builds on it. */
  undoIssueCorrection(req: { id: number; editor: string; note?: string }): Promise<IssueSummary>
  /** A zip with one GB/T 9704 PDF per document of an issue, named 序号-文号-标题.pdf. */
  exportIssuePdfs(req: { issueId: number; format?: 'pdf' | 'pdfa' | 'ofd' }): Promise<{ fileName: string; bytesBase64: string }>
  /** 发文机关 management: every issuing unit with its document count and variants (aliases), the
   *  merges the archive suggests (same name once a city or county prefix is dropped), and the
   *  merges and renames recorded, newest first. */
  getIssuerOverview(req: Record<string, never>): Promise<IssuerOverview>
  /** 合并: `from` becomes `into` on every document (one 发文机关 correction each), and becomes an alias
   *  of it, so browsing, search, the catalogue and later imports use `into`. */
  mergeIssuer(req: { from: string; into: string; editor: string; note?: string }): Promise<IssuerChange>
  /** 更名: `from` is called `to` everywhere (a name not yet held; else merge); the old name maps to the new. */
  renameIssuer(req: { from: string; to: string; editor: string; note?: string }): Promise<IssuerChange>
  /** 撤销 a merge or rename: documents still carrying it get their issuers back, the aliases are as before. */
  undoIssuerChange(req: { id: number; editor: string }): Promise<IssuerChange>
  /** 段落类型: sets the kind (heading, signature, date, attachment title…) of block `atBlock`; recorded in the history. */
  setBlockKind(req: { id: number; atBlock: number; kind: BlockKind; editor: string; note?: string }): Promise<GazetteDocument>
  /** Settings kept in the archive: the inbox folder watched for new files, the staff name, the
   *  backup reminder (days) and when the last backup was made. */
  getSettings(req: Record<string, never>): Promise<ArchiveSettings>
  /** Changes settings; a new inbox folder is watched at once. Browser mode refuses a folder path. */
  setSettings(req: SettingsChanges): Promise<ArchiveSettings>

  // ——— 待核对: staged issues, reviewed before they enter the archive. ———

  /** Staged issues, oldest first, with document and still-doubtful counts. */
  listStagedIssues(req: Record<string, never>): Promise<StagedIssueSummary[]>
  /** One staged issue with its documents (confidence, reasons, review marks, edited fields). */
  getStagedIssue(req: { id: number }): Promise<StagedIssue>
  /** The source text lines a staged document was read from (a few lines above it included). */
  getStagedSource(req: { id: number; seq: number }): Promise<StagedSourceLines>
  /** The kept original of a staged issue (a PDF's pages are shown beside its documents). */
  getStagedOriginal(req: { id: number }): Promise<{ fileName: string; bytesBase64: string }>
  /** Fixes a staged document's title, 文号, 栏目, issuers or date. */
  editStagedDocument(req: { id: number; seq: number; changes: StagedDocumentChanges }): Promise<StagedIssue>
  /** Sets a staged issue's gazette, year, 期, 总期号 or date (checked as correctIssue). A 期 the archive
   *  holds: ISSUE_EXISTS naming that issue, unless `replace` (入库 then replaces it, as an import
   *  asked to would); a 期 another staged issue holds: BAD_REQUEST naming its file. On 入库 what was
   *  set becomes the issue's first identity record (origin 'review'; `editor` as for approval). */
  editStagedIssue(req: { id: number; changes: IssueIdentityChanges; replace?: boolean; editor?: string }): Promise<StagedIssue>
  /** Blocks from `atBlock` of a staged document become a new document after it. */
  splitStagedDocument(req: { id: number; seq: number; atBlock: number; title?: string; docNumber?: string }): Promise<StagedIssue>
  /** Merges a staged document with the next one. */
  mergeStagedDocuments(req: { id: number; seq: number }): Promise<StagedIssue>
  /** Approves a staged document: its doubts no longer count; who and when are kept on 入库.
   *  `editor` defaults to the staff name in the settings, then the OS user. */
  approveStagedDocument(req: { id: number; seq: number; editor?: string }): Promise<StagedIssue>
  /** 入库: saves the staged issue through the import's save path and drops it from staging.
   *  ISSUE_EXISTS when the 期 is held and `replace` is not set. */
  saveStagedIssue(req: { id: number; replace?: boolean }): Promise<StagedSaveResult>
  /** 放弃: drops the staged issue and its kept original; logged in the import log. */
  discardStagedIssue(req: { id: number }): Promise<{ label: string }>
  /** For navigation: staged issues, and archived documents still doubtful and not approved. */
  countToReview(req: Record<string, never>): Promise<{ stagedIssues: number; doubtfulDocuments: number }>
  /** Approves an archived document (e.g. one a CLI import saved while doubtful). */
  approveDocument(req: { id: number; editor?: string }): Promise<GazetteDocument>

  // ——— 档案维护. Paths: Electron accepts dialog-granted ones; both shells accept backups in the default folder. ———

  /** 检查档案: database integrity, the full-text index, every original's SHA-256. */
  verifyArchive(req: Record<string, never>): Promise<ArchiveCheckReport>
  /** Backs up (online, while in use): one folder with the database, the originals and
   *  manifest.json, recorded as the last backup. It is a new 公报档案备份-YYYYMMDD-HHMMSS inside
   *  `target` (a dialog-granted folder, Electron) or inside the default backups folder beside the
   *  archive; or exactly `into`, a new or empty folder (the CLI's backup --out). */
  backupArchive(req: { target?: string; into?: string }): Promise<BackupResult>
  /** Backups in the default folder (manual and automatic, with their reason), plus those in
   *  `folder` (a dialog-granted folder, or a backup itself), newest first. */
  listBackups(req: { folder?: string }): Promise<BackupList>
  /** Checks a backup without changing anything: manifest hashes, database integrity and index. */
  checkBackup(req: { source: string }): Promise<BackupCheck>
  /** Replaces the archive with a checked backup; the replaced one is kept as <name>.before-restore-<time>/.
   *  Refused (BUSY) while an import, backup or removal runs; refused unchanged when the check fails. */
  restoreArchive(req: { source: string }): Promise<RestoreOutcome>
}

export interface ArchiveEvents {
  importProgress: ImportProgress
  /** A file saved into the inbox folder was imported (or failed): the same report as a manual import. */
  inboxImported: ImportReport
  /** OCR of a registered scan (ocrScannedIssue) starts a page. */
  scanOcrProgress: ScanOcrProgress
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
  findDocument: true,
  searchDocuments: true,
  exportPdf: true,
  listDanglingReferences: true,
  correctDocument: true,
  correctBody: true,
  splitDocument: true,
  mergeDocuments: true,
  getDocumentHistory: true,
  undoCorrection: true,
  listSavedSearches: true,
  saveSearch: true,
  renameSavedSearch: true,
  deleteSavedSearch: true,
  catalogScannedIssue: true,
  getScan: true,
  ocrScannedIssue: true,
  cancelScanOcr: true,
  listSeries: true,
  removeIssue: true,
  listImportLog: true,
  previewReread: true,
  applyReread: true,
  previewReplace: true,
  applyReplace: true,
  getReplaceUndo: true,
  undoReplace: true,
  getOriginal: true,
  listIssueOriginals: true,
  getOriginalFile: true,
  exportCatalogue: true,
  getCatalogueRules: true,
  setCatalogueRules: true,
  renameGazette: true,
  listGazetteRenames: true,
  correctIssue: true,
  getIssueHistory: true,
  undoIssueCorrection: true,
  exportIssuePdfs: true,
  getSettings: true,
  setSettings: true,
  getIssuerOverview: true,
  mergeIssuer: true,
  renameIssuer: true,
  undoIssuerChange: true,
  setBlockKind: true,
  listStagedIssues: true,
  getStagedIssue: true,
  getStagedSource: true,
  getStagedOriginal: true,
  editStagedDocument: true,
  editStagedIssue: true,
  splitStagedDocument: true,
  mergeStagedDocuments: true,
  approveStagedDocument: true,
  saveStagedIssue: true,
  discardStagedIssue: true,
  countToReview: true,
  approveDocument: true,
  verifyArchive: true,
  backupArchive: true,
  listBackups: true,
  checkBackup: true,
  restoreArchive: true,
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
  /** The inbox folder imported a file (Electron: IPC event; browser mode: the SSE stream). */
  onInboxImported(cb: (r: ImportReport) => void): () => void
  onScanOcrProgress(cb: (p: ScanOcrProgress) => void): () => void
}
