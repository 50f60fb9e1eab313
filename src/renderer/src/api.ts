// The renderer's one door to the archive: Electron's bridge or the HTTP client, as an ArchiveApi that throws AppError.
import type { ArchiveApi, Bridge, ImportSource } from '../../shared/api'
import { API_METHOD_NAMES } from '../../shared/api'
import type { ImportProgress, ImportReport } from '../../shared/domain'
import { AppError, type Result } from '../../shared/errors'
import type { ShellBridge } from '../../shared/shell'
import { createHttpBridge, importSampleOverHttp, inboxFolderOverHttp } from './http-client'
import { downloadFile, openPdfInNewTab, type ExportFile, type PdfFile } from './pdf-file'

export interface ShellClient {
  mode: 'electron' | 'browser'
  importSample(replace?: boolean): Promise<ImportReport>
  /** Electron only: the native folder dialog (the browser uses a folder input). */
  chooseImportFolder: (() => Promise<ImportSource[] | null>) | null
  /** Electron only: the native folder dialog for the inbox; the path is then allowed in setSettings. */
  chooseInboxFolder: (() => Promise<string | null>) | null
  /** Electron only: the native folder dialog for backups (a USB stick…); the path is then allowed in
   *  backupArchive / listBackups, and the backups directly inside it in checkBackup / restoreArchive. */
  chooseBackupFolder: ((purpose: 'backup' | 'restore') => Promise<string | null>) | null
  /** Browser mode: the folder given with --inbox when the server started (null: none). */
  serverInboxFolder: (() => Promise<string | null>) | null
  /** Electron: save dialog; browser: download. Resolves to a description of where it went, or null. */
  savePdf(file: PdfFile): Promise<string | null>
  /** Any export (.xlsx, .csv, .zip, .pdf): save dialog or download. */
  saveFile(file: ExportFile): Promise<string | null>
  printPdf(file: PdfFile): Promise<void>
}

export interface AppApi {
  archive: ArchiveApi
  shell: ShellClient
  onImportProgress(cb: (p: ImportProgress) => void): () => void
  onInboxImported(cb: (r: ImportReport) => void): () => void
}

export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value
  throw new AppError(r.error.code, r.error.message)
}

function toArchiveApi(bridge: Bridge): ArchiveApi {
  return Object.fromEntries(
    API_METHOD_NAMES.map((m) => [
      m,
      async (req: unknown) => unwrap(await (bridge[m] as (r: unknown) => Promise<Result<unknown>>)(req)),
    ]),
  ) as unknown as ArchiveApi
}

function electronShell(s: ShellBridge): ShellClient {
  return {
    mode: 'electron',
    importSample: async (replace) => unwrap(await s.importSample({ replace })),
    chooseImportFolder: async () => unwrap(await s.chooseImportFolder({})),
    chooseInboxFolder: async () => unwrap(await s.chooseInboxFolder({})),
    chooseBackupFolder: async (purpose) => unwrap(await s.chooseBackupFolder({ purpose })),
    serverInboxFolder: null,
    savePdf: async (file) => unwrap(await s.savePdf(file)),
    saveFile: async (file) => unwrap(await s.saveFile(file)),
    printPdf: async (file) => unwrap(await s.printPdf(file)),
  }
}

const download = async (file: ExportFile): Promise<string> => {
  downloadFile(file)
  return file.fileName
}

const browserShell: ShellClient = {
  mode: 'browser',
  importSample: async (replace) => unwrap(await importSampleOverHttp(replace)),
  chooseImportFolder: null,
  chooseInboxFolder: null,
  chooseBackupFolder: null,
  serverInboxFolder: async () => unwrap(await inboxFolderOverHttp()).folder,
  savePdf: download,
  saveFile: download,
  printPdf: async (file) => openPdfInNewTab(file),
}

function createAppApi(): AppApi {
  const bridge = window.archive ?? createHttpBridge()
  const shell = window.archiveShell ? electronShell(window.archiveShell) : browserShell
  return {
    archive: toArchiveApi(bridge),
    shell,
    onImportProgress: (cb) => bridge.onImportProgress(cb),
    onInboxImported: (cb) => bridge.onInboxImported(cb),
  }
}

let current: AppApi | null = null

export function getApi(): AppApi {
  current ??= createAppApi()
  return current
}
