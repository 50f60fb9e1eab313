// The one service object behind every shell (Electron IPC, HTTP browser mode, CLI): plain Node.
import type { ArchiveApi, ImportSource } from '../shared/api'
import type { ArchiveSettings, ImportProgress } from '../shared/domain'
import { createArchiveWorkApi } from './archive-work/api'
import { createReread } from './archive-work/reread'
import { createStagingApi } from './archive-work/staging-api'
import { createIdentityApi } from './archive-work/identity-api'
import { createReplace } from './archive-work/replace-issue'
import { undoInfo, undoReplace } from './archive-work/replace-undo'
import { dropExpiredSnapshots } from './archive-work/replace-snapshots'
import { getOriginal } from './archive-work/original-view'
import { getOriginalFile, listIssueOriginals } from './archive-work/issue-originals'
import { AppError, IMPORT_BUSY } from '../shared/errors'
import { openArchive, type Archive } from './archive/open-archive'
import { findByDocNumber, getDocument, listDocuments, resolveDocumentRef } from './db/documents'
import { getFacets } from './db/facets'
import { getIssueToc, listIssues } from './db/issues'
import { exportDocumentsPdf } from './export/export-pdf'
import { importFiles, type ImportInput } from './importer/import-files'
import { pageSetInput } from './importer/page-set-input'
import { exportScanPages } from './archive-work/scans'
import { createScanOcrRuns } from './archive-work/scan-ocr-runs'
import type { ScanOcrProgress } from '../shared/scan-ocr'
import type { FileLimits, Pipeline } from './importer/worker/pipeline'
import type { WorkerLimits } from './importer/worker/worker-runner'
import { createFileLogger, defaultLogFile, type Logger } from './log'
import { backupsDirFor } from './archive/backup-names'
import { createActivities, createMaintenanceApi, type ArchiveHolder } from './maintenance/api'
import { getSettings } from './db/settings'
import { dropSearchIndex } from './search/memory-index'
import { searchDocuments } from './search/search-documents'
import { createMutation } from './maintenance/mutation'

export interface ServiceDeps {
  dbFile: string
  fontsDir?: string
  log?: Logger
  onProgress?: (p: ImportProgress) => void
  /** OCR of a registered scan starts a page. */
  onScanOcrProgress?: (p: ScanOcrProgress) => void
  /** Create the archive when missing (default true; the CLI's read commands pass false). */
  create?: boolean
  /** Tests inject a reader/parser; defaults to the real ones. */
  pipeline?: Pipeline
  /** Per-file size and time limits for imports (defaults: 200 MB, 60 s). */
  limits?: Partial<FileLimits>
  /**
   * Readers and parser run in a worker thread with these limits, so no file can take the
   * process down (default on; off when a pipeline is injected, which runs in this process).
   */
  isolate?: boolean | Partial<WorkerLimits>
}

export type Services = ArchiveApi & {
  close(): void
  /** The open archive, for shell commands outside the contract (CLI verify, docs); a restore replaces it. */
  readonly archive: Archive
  /** The default backups folder beside the archive (browser mode accepts backup paths only there). */
  readonly backupsDir: string
  /** True while an import runs (browser mode refuses an upload before reading it). */
  isImporting(): boolean
  /** Resolves when no import, backup, removal, check or edit is running (shutdown awaits it before close). */
  drain(): Promise<void>
  /** Called after setSettings (the inbox runner follows the folder); returns an unsubscribe. */
  onSettingsChanged(cb: (s: ArchiveSettings) => void): () => void
}


function toInput(s: ImportSource): ImportInput {
  if (s.kind === 'path') return s.noFollow ? { path: s.path, noFollow: true } : s.path
  return { name: s.name, bytes: new Uint8Array(Buffer.from(s.bytesBase64, 'base64')) }
}

function checkIds(ids: unknown): number[] {
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((n) => Number.isInteger(n))) {
    throw new AppError('BAD_REQUEST', '请至少选择一份要导出的文件')
  }
  return ids as number[]
}

/** 恢复替换前 is kept for SNAPSHOT_KEEP_DAYS: older snapshots (and their originals) go when the archive opens. */
function withoutExpiredSnapshots(archive: Archive): Archive {
  try {
    dropExpiredSnapshots(archive, new Date())
  } catch {
    // A tidy-up, not a reason to refuse the archive (another writer holds it): the next replace tries again.
  }
  return archive
}

/** Opens the archive once; a restore closes it, swaps the files and opens the new one. */
function createHolder(dbFile: string, create: boolean, onReopen: (a: Archive) => void): ArchiveHolder {
  let archive = withoutExpiredSnapshots(openArchive(dbFile, { create }))
  return {
    current: () => archive,
    reopenAfter(swap) {
      const old = archive
      dropSearchIndex(old.db) // the memory index is per connection: the new one builds its own
      old.close()
      try {
        return swap(old.dbFile)
      } finally {
        archive = withoutExpiredSnapshots(openArchive(old.dbFile, { create: true }))
        onReopen(archive)
      }
    },
  }
}

type WorkApi = ReturnType<typeof createArchiveWorkApi>

/** Methods that look up the current work API on every call, so they follow a restore. */
function following(get: () => WorkApi): WorkApi {
  const names = Object.keys(get()) as (keyof WorkApi)[]
  return Object.fromEntries(names.map((m) => [m, (req: unknown) => (get()[m] as (r: unknown) => unknown)(req)])) as WorkApi
}

export function createServices(deps: ServiceDeps): Services {
  const log = deps.log ?? createFileLogger(defaultLogFile(deps.dbFile))
  const activities = createActivities()
  const mutation = createMutation(activities, () => holder.current().db)
  const settingsListeners = new Set<(s: ArchiveSettings) => void>()
  const notifySettings = (s: ArchiveSettings): void => settingsListeners.forEach((cb) => cb(s))
  const makeWork = (archive: Archive): WorkApi =>
    createArchiveWorkApi({ archive, fontsDir: deps.fontsDir, onSettingsChanged: notifySettings, mutation })
  let work: WorkApi
  const holder = createHolder(deps.dbFile, deps.create ?? true, (archive) => {
    work = makeWork(archive)
    notifySettings(getSettings(archive.db)) // a restore clears the inbox folder: the runner stops following one
  })
  work = makeWork(holder.current())
  const db = (): Archive['db'] => holder.current().db
  const workApi = following(() => work)
  const replace = createReplace({ archive: () => holder.current() })
  const scanOcr = createScanOcrRuns({
    archive: () => holder.current(),
    mutation,
    isolate: deps.pipeline ? false : (deps.isolate ?? true),
    scan: deps.pipeline?.scan,
    pageMs: deps.limits?.ocrPageMs,
    onProgress: deps.onScanOcrProgress,
  })
  const reread = createReread({ archive: () => holder.current(), pipeline: deps.pipeline, isolate: deps.pipeline ? false : (deps.isolate ?? true), limits: deps.limits })

  return {
    get archive() {
      return holder.current()
    },
    backupsDir: backupsDirFor(holder.current().filesDir),
    close: () => holder.current().close(),
    isImporting: () => activities.has('importing'),
    drain: () => {
      scanOcr.cancelAll() // its result would be thrown away: it fills nothing once stopped
      return activities.idle()
    },
    onSettingsChanged(cb) {
      settingsListeners.add(cb)
      return () => settingsListeners.delete(cb)
    },
    ...workApi,
    ...createMaintenanceApi({ holder, activities }),
    ...createStagingApi({ archive: () => holder.current(), mutation }),
    ...createIdentityApi({ archive: () => holder.current(), mutation }),
    ocrScannedIssue: (req) => scanOcr.ocrScannedIssue(req),
    cancelScanOcr: (req) => scanOcr.cancelScanOcr(req),
    previewReread: (req) => reread.previewReread(req.issueId),
    // Counted as an import: another import, or a restore, waits until it is saved.
    applyReread: (req) => mutation('importing', () => reread.applyReread(req.issueId, req.expect), { busy: IMPORT_BUSY }),

    previewReplace: async (req) => replace.previewReplace(req.token),
    applyReplace: (req) => mutation('importing', () => replace.applyReplace(req.token, req.expect), { busy: IMPORT_BUSY }),
    getReplaceUndo: async (req) => undoInfo(db(), req.issueId),
    getOriginal: (req) => getOriginal(holder.current(), req.issueId, req.originalId),
    listIssueOriginals: async (req) => listIssueOriginals(db(), req.issueId),
    getOriginalFile: async (req) => getOriginalFile(holder.current(), req.issueId, req.originalId),
    undoReplace: (req) => mutation('importing', () => undoReplace(holder.current(), req.issueId), { busy: IMPORT_BUSY }),

    importFiles: (req) =>
      mutation('importing', async () =>
        importFiles(holder.current(), req.pages ? [await pageSetInput(req.sources.map(toInput))] : (req.sources ?? []).map(toInput), {
          replace: req.replace === true,
          onProgress: deps.onProgress,
          pipeline: deps.pipeline,
          isolate: deps.pipeline ? false : (deps.isolate ?? true),
          limits: deps.limits,
          log,
          stage: req.stage ? { autoSaveConfident: req.stage === 'folder' && getSettings(db()).autoSaveConfident } : undefined,
          holdReplace: (h) => replace.hold(h),
        }), { busy: IMPORT_BUSY }),

    listIssues: async (req) => listIssues(db(), req?.year),
    getIssueToc: async (req) => getIssueToc(db(), req.issueId),
    getFacets: async (req) => getFacets(db(), req ?? {}),
    listDocuments: async (req) => listDocuments(db(), req),
    getDocument: async (req) => getDocument(db(), req.id),
    findByDocNumber: async (req) => findByDocNumber(db(), req.docNumber),
    async findDocument(req) {
      const id = resolveDocumentRef(db(), req.ref)
      if (id === null) throw new AppError('NOT_FOUND', `档案中找不到文件：${req.ref.trim()}`)
      return getDocument(db(), id)
    },
    searchDocuments: async (req) => searchDocuments(db(), req),

    async exportPdf(req) {
      const docs = checkIds(req.documentIds).map((id) => getDocument(db(), id))
      // A registered scan with no text prints its scan pages, not a page with a title alone.
      const [one] = docs
      if (docs.length === 1 && one.scanned && (req.scanPages || !one.paragraphs.length)) return exportScanPages(holder.current(), one)
      return exportDocumentsPdf(docs, {
        masthead: req.masthead,
        sourceLine: req.sourceLine,
        combine: req.combine,
        format: req.format,
        fontsDir: deps.fontsDir,
      })
    },
  }
}
