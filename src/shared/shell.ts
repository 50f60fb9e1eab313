// Shell-only methods (outside the archive contract): dialogs, saving and printing, the bundled sample.
import type { ImportReport } from './domain'
import type { ImportSource } from './api'
import type { Result } from './errors'

export interface ShellApi {
  /** Electron: native folder dialog; the sources it returns are granted to importFiles. Null when cancelled. */
  chooseImportFolder(req: Record<string, never>): Promise<ImportSource[] | null>
  /** Electron: native folder dialog for the inbox; the path is granted to setSettings({ inboxFolder }). */
  chooseInboxFolder(req: Record<string, never>): Promise<string | null>
  /** Electron: native folder dialog for backups (where to write one, or where one lies, e.g. a USB
   *  stick); the path is granted to backupArchive / listBackups, and backups directly inside it too. */
  chooseBackupFolder(req: { purpose: 'backup' | 'restore' }): Promise<string | null>
  /** Imports the sample issue that ships in resources/samples (the path is produced by main). */
  importSample(req: { replace?: boolean }): Promise<ImportReport>
  /** Electron: save dialog, then writes the PDF. Null when cancelled, else the saved path. */
  savePdf(req: { fileName: string; bytesBase64: string }): Promise<string | null>
  /** Electron: save dialog for an export (.pdf, .xlsx, .csv, .zip). Null when cancelled, else the saved path. */
  saveFile(req: { fileName: string; bytesBase64: string }): Promise<string | null>
  /** Electron: prints the exported PDF itself, at 100 %, without header or footer. */
  printPdf(req: { fileName: string; bytesBase64: string }): Promise<void>
}

export const SHELL_METHODS: Record<keyof ShellApi, true> = {
  chooseImportFolder: true,
  chooseInboxFolder: true,
  chooseBackupFolder: true,
  importSample: true,
  savePdf: true,
  saveFile: true,
  printPdf: true,
}

export const SHELL_METHOD_NAMES = Object.keys(SHELL_METHODS) as (keyof ShellApi)[]

/** Browser mode's shell methods, served at POST /api/shell/<method> (no dialogs there). */
export interface BrowserShellApi {
  /** Imports the sample issue that ships with the app (the path is known only to the server). */
  importSample(req: { replace?: boolean }): Promise<ImportReport>
  /** The folder the server's own inbox watches (--inbox), or null. */
  inboxFolder(req: Record<string, never>): Promise<{ folder: string | null }>
}

export const BROWSER_SHELL_METHODS: Record<keyof BrowserShellApi, true> = {
  importSample: true,
  inboxFolder: true,
}

/** The route of a browser shell method under /api/ (the gateway's name for it). */
export const browserShellRoute = <K extends keyof BrowserShellApi>(m: K): `shell/${K}` => `shell/${m}`

/** The page's browser shell client: each method answers with its Result. */
export type BrowserShellBridge = {
  [K in keyof BrowserShellApi]: (
    req: Parameters<BrowserShellApi[K]>[0],
  ) => Promise<Result<Awaited<ReturnType<BrowserShellApi[K]>>>>
}

export const shellChannelFor = (m: keyof ShellApi): string => `shell:${m}`

/** Export file types the shells write, by extension (the save dialog's filter). */
export const EXPORT_TYPES: Record<string, string> = {
  pdf: 'PDF',
  xlsx: 'Excel 工作簿',
  csv: 'CSV 表格',
  zip: 'ZIP 压缩包',
  ofd: 'OFD 版式文件',
}

/** What the preload exposes as `window.archiveShell`. */
export type ShellBridge = {
  [K in keyof ShellApi]: (
    req: Parameters<ShellApi[K]>[0],
  ) => Promise<Result<Awaited<ReturnType<ShellApi[K]>>>>
}
