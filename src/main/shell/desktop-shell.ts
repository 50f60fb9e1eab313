// Electron's shell methods, written against injected dialog/print functions so they run in plain Node.
import { rmSync } from 'node:fs'
import { writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve, basename } from 'node:path'
import type { ArchiveApi, ImportSource } from '../../shared/api'
import { EXPORT_TYPES, type ShellApi } from '../../shared/shell'
import { asDiskError, writeExportFile } from '../disk-errors'

export type FolderPurpose = 'inbox' | 'backup' | 'restore'

export interface DesktopShellDeps {
  api: ArchiveApi
  sampleFile: string
  grants: PathGrants
  /** What the folder is for (the dialog's title differs); without a purpose, a folder to import. */
  chooseFolder(purpose?: FolderPurpose): Promise<string | null>
  /** `ext`: the file type, for the dialog's filter (pdf, xlsx, csv, zip). */
  chooseSavePath(defaultName: string, ext?: string): Promise<string | null>
  /** Shows the PDF in a viewer window and prints it; resolves when the file is no longer needed. */
  printFile(file: string): Promise<void>
}

/** Paths main produced (dialog results); importFiles accepts path sources only from this set. */
export interface PathGrants {
  grant(path: string): void
  isGranted(path: string): boolean
}

export function createPathGrants(): PathGrants {
  const granted = new Set<string>()
  return {
    grant: (p) => void granted.add(resolve(p)),
    isGranted: (p) => granted.has(resolve(p)),
  }
}

/** Keeps only a plain file name, so a name from the page can never steer a path. */
export function safeFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[<>:"|?*\u0000-\u001f]/g, '_')
  const withExt = base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`
  return withExt === '.pdf' ? '公报文件.pdf' : withExt
}

/** Like safeFileName, for any export type the shell writes; other extensions become .pdf. */
export function safeExportName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[<>:"|?*\u0000-\u001f]/g, '_')
  const ext = /\.([a-z0-9]+)$/i.exec(base)?.[1]?.toLowerCase()
  return ext && ext in EXPORT_TYPES && base.length > ext.length + 1 ? base : safeFileName(name)
}

async function writeChosen(deps: DesktopShellDeps, name: string, bytesBase64: string): Promise<string | null> {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? 'pdf'
  const target = await deps.chooseSavePath(name, ext)
  if (!target) return null
  writeExportFile(target, Buffer.from(bytesBase64, 'base64'))
  return target
}

// Temp folders of PDFs being printed: each is removed once printed, and any left on quit.
const printTemps = new Set<string>()

function removePrintTemp(dir: string): void {
  printTemps.delete(dir)
  rmSync(dir, { recursive: true, force: true })
}

/** On quit: removes the temp PDFs of prints still open (index.ts calls it). */
export function removePrintTemps(): void {
  for (const dir of [...printTemps]) removePrintTemp(dir)
}

/** How many printed PDFs are still kept in the temp folder (for tests). */
export function pendingPrintTemps(): number {
  return printTemps.size
}

export function createDesktopShell(deps: DesktopShellDeps): ShellApi {
  return {
    async chooseInboxFolder() {
      const folder = await deps.chooseFolder('inbox')
      if (!folder) return null
      deps.grants.grant(folder)
      return resolve(folder)
    },
    async chooseBackupFolder({ purpose }) {
      const folder = await deps.chooseFolder(purpose)
      if (!folder) return null
      deps.grants.grant(folder)
      return resolve(folder)
    },
    async chooseImportFolder() {
      const folder = await deps.chooseFolder()
      if (!folder) return null
      deps.grants.grant(folder)
      const sources: ImportSource[] = [{ kind: 'path', path: resolve(folder) }]
      return sources
    },
    importSample({ replace }) {
      return deps.api.importFiles({ sources: [{ kind: 'path', path: deps.sampleFile }], replace })
    },
    savePdf: ({ fileName, bytesBase64 }) => writeChosen(deps, safeFileName(fileName), bytesBase64),
    saveFile: ({ fileName, bytesBase64 }) => writeChosen(deps, safeExportName(fileName), bytesBase64),
    async printPdf({ fileName, bytesBase64 }) {
      const dir = await mkdtemp(join(tmpdir(), 'gazette-print-'))
      printTemps.add(dir)
      try {
        const file = join(dir, safeFileName(fileName))
        await writeFile(file, Buffer.from(bytesBase64, 'base64')).catch((err: unknown) => {
          throw asDiskError(err, '打印用的临时文件未能写入')
        })
        await deps.printFile(file)
      } finally {
        removePrintTemp(dir)
      }
    },
  }
}
