// Shell-only methods (outside the archive contract): dialogs, saving and printing, the bundled sample.
import type { ImportReport } from './domain'
import type { ImportSource } from './api'
import type { Result } from './errors'

export interface ShellApi {
  /** Electron: native folder dialog; the sources it returns are granted to importFiles. Null when cancelled. */
  chooseImportFolder(req: Record<string, never>): Promise<ImportSource[] | null>
  /** Imports the sample issue that ships in resources/samples (the path is produced by main). */
  importSample(req: { replace?: boolean }): Promise<ImportReport>
  /** Electron: save dialog, then writes the PDF. Null when cancelled, else the saved path. */
  savePdf(req: { fileName: string; bytesBase64: string }): Promise<string | null>
  /** Electron: prints the exported PDF itself, at 100 %, without header or footer. */
  printPdf(req: { fileName: string; bytesBase64: string }): Promise<void>
}

export const SHELL_METHODS: Record<keyof ShellApi, true> = {
  chooseImportFolder: true,
  importSample: true,
  savePdf: true,
  printPdf: true,
}

export const SHELL_METHOD_NAMES = Object.keys(SHELL_METHODS) as (keyof ShellApi)[]

export const shellChannelFor = (m: keyof ShellApi): string => `shell:${m}`

/** What the preload exposes as `window.archiveShell`. */
export type ShellBridge = {
  [K in keyof ShellApi]: (
    req: Parameters<ShellApi[K]>[0],
  ) => Promise<Result<Awaited<ReturnType<ShellApi[K]>>>>
}
