// The renderer's one door to the archive: Electron's bridge or the HTTP client, as an ArchiveApi that
// throws AppError. main.tsx creates it once and hands it to <ApiProvider>; everything else uses useApi().
import type { ArchiveApi, Bridge, ImportSource } from '../../shared/api'
import { API_METHOD_NAMES } from '../../shared/api'
import type { ImportProgress, ImportReport } from '../../shared/domain'
import type { ScanOcrProgress } from '../../shared/scan-ocr'
import { AppError, type Result } from '../../shared/errors'
import type { ShellBridge } from '../../shared/shell'
import { createBrowserShell, createHttpBridge } from './http-client'
import { downloadFile, openPdfInNewTab, type ExportFile, type PdfFile } from './pdf-file'

/** What the shell around the page can do; the UI asks these, never which shell it is. */
export interface ShellClient {
  /** Native folder dialogs (import, inbox, backups). Without them the choose* methods resolve null. */
  canChooseFolders: boolean
  /** 'dialog': a save dialog and the path saved to; 'download': the browser downloads the file. */
  saves: 'dialog' | 'download'
  /** 'dialog': the print dialog opens; 'tab': the PDF opens in a new tab to print from there. */
  prints: 'dialog' | 'tab'
  /** 'settings': staff choose the inbox folder here; 'server': it was given when the server started. */
  inboxFrom: 'settings' | 'server'
  importSample(replace?: boolean): Promise<ImportReport>
  chooseImportFolder(): Promise<ImportSource[] | null>
  /** The chosen path is then allowed in setSettings. */
  chooseInboxFolder(): Promise<string | null>
  /** A USB stick…; the path is then allowed in backupArchive / listBackups, and the backups directly
   *  inside it in checkBackup / restoreArchive. */
  chooseBackupFolder(purpose: 'backup' | 'restore'): Promise<string | null>
  /** The folder given with --inbox when the server started (null: none, or not a server). */
  serverInboxFolder(): Promise<string | null>
  /** Resolves to where the file went (a path or a file name), or null when cancelled. */
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
  onScanOcrProgress(cb: (p: ScanOcrProgress) => void): () => void
}

/** "已下载：…" or "已保存到：…", as the shell saves. */
export function savedText(shell: ShellClient, where: string): string {
  return shell.saves === 'download' ? `已下载：${where}` : `已保存到：${where}`
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
    canChooseFolders: true,
    saves: 'dialog',
    prints: 'dialog',
    inboxFrom: 'settings',
    importSample: async (replace) => unwrap(await s.importSample({ replace })),
    chooseImportFolder: async () => unwrap(await s.chooseImportFolder({})),
    chooseInboxFolder: async () => unwrap(await s.chooseInboxFolder({})),
    chooseBackupFolder: async (purpose) => unwrap(await s.chooseBackupFolder({ purpose })),
    serverInboxFolder: async () => null,
    savePdf: async (file) => unwrap(await s.savePdf(file)),
    saveFile: async (file) => unwrap(await s.saveFile(file)),
    printPdf: async (file) => unwrap(await s.printPdf(file)),
  }
}

const download = async (file: ExportFile): Promise<string> => {
  downloadFile(file)
  return file.fileName
}

const overHttp = createBrowserShell()

const browserShell: ShellClient = {
  canChooseFolders: false,
  saves: 'download',
  prints: 'tab',
  inboxFrom: 'server',
  importSample: async (replace) => unwrap(await overHttp.importSample({ replace })),
  chooseImportFolder: async () => null,
  chooseInboxFolder: async () => null,
  chooseBackupFolder: async () => null,
  serverInboxFolder: async () => unwrap(await overHttp.inboxFolder({})).folder,
  savePdf: download,
  saveFile: download,
  printPdf: async (file) => openPdfInNewTab(file),
}

/** The API of the page it runs in: Electron's preload bridge when present, else browser mode over HTTP. */
export function createAppApi(): AppApi {
  const bridge = window.archive ?? createHttpBridge()
  const shell = window.archiveShell ? electronShell(window.archiveShell) : browserShell
  return {
    archive: toArchiveApi(bridge),
    shell,
    onImportProgress: (cb) => bridge.onImportProgress(cb),
    onInboxImported: (cb) => bridge.onInboxImported(cb),
    onScanOcrProgress: (cb) => bridge.onScanOcrProgress(cb),
  }
}
