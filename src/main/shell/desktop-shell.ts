// Electron's shell methods, written against injected dialog/print functions so they run in plain Node.
import { writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve, basename } from 'node:path'
import type { ArchiveApi, ImportSource } from '../../shared/api'
import { EXPORT_TYPES, type ShellApi } from '../../shared/shell'

export type FolderPurpose = 'inbox' | 'backup' | 'restore'

export interface DesktopShellDeps {
  api: ArchiveApi
  sampleFile: string
  grants: PathGrants
  /** What the folder is for (the dialog's title differs); without a purpose, a folder to import. */
  chooseFolder(purpose?: FolderPurpose): Promise<string | null>
  /** `ext`: the file type, for the dialog's filter (pdf, xlsx, csv, zip). */
  chooseSavePath(defaultName: string, ext?: string): Promise<string | null>
  /** Shows the PDF in a viewer window and starts printing it. */
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
  await writeFile(target, Buffer.from(bytesBase64, 'base64'))
  return target
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
      const file = join(dir, safeFileName(fileName))
      await writeFile(file, Buffer.from(bytesBase64, 'base64'))
      await deps.printFile(file)
    },
  }
}
