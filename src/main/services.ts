// The one service object behind every shell (Electron IPC, HTTP browser mode, CLI): plain Node.
import type { ArchiveApi, ImportSource } from '../shared/api'
import type { ArchiveSettings, ImportProgress } from '../shared/domain'
import { createArchiveWorkApi } from './archive-work/api'
import { AppError } from '../shared/errors'
import { openArchive, type Archive } from './db/archive'
import { findByDocNumber, getDocument, listDocuments } from './db/documents'
import { getFacets } from './db/facets'
import { getIssueToc, listIssues } from './db/issues'
import { exportDocumentsPdf } from './export/export-pdf'
import { importFiles, type ImportInput } from './importer/import-files'
import type { FileLimits, Pipeline } from './importer/pipeline'
import { createFileLogger, defaultLogFile, type Logger } from './log'
import { onDocumentsChanged, searchDocuments } from './search/search-documents'

export interface ServiceDeps {
  dbFile: string
  fontsDir?: string
  log?: Logger
  onProgress?: (p: ImportProgress) => void
  /** Create the archive when missing (default true; the CLI's read commands pass false). */
  create?: boolean
  /** Tests inject a reader/parser; defaults to the real ones. */
  pipeline?: Pipeline
  /** Per-file size and time limits for imports (defaults: 200 MB, 60 s). */
  limits?: Partial<FileLimits>
}

export type Services = ArchiveApi & {
  close(): void
  /** The open archive, for shell commands outside the contract (CLI verify, docs). */
  readonly archive: Archive
  /** Called after setSettings (the inbox runner follows the folder); returns an unsubscribe. */
  onSettingsChanged(cb: (s: ArchiveSettings) => void): () => void
}

function toInput(s: ImportSource): ImportInput {
  if (s.kind === 'path') return s.path
  return { name: s.name, bytes: new Uint8Array(Buffer.from(s.bytesBase64, 'base64')) }
}

function checkIds(ids: unknown): number[] {
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((n) => Number.isInteger(n))) {
    throw new AppError('BAD_REQUEST', '请至少选择一份要导出的文件')
  }
  return ids as number[]
}

export function createServices(deps: ServiceDeps): Services {
  const archive = openArchive(deps.dbFile, { create: deps.create ?? true })
  const { db } = archive
  const log = deps.log ?? createFileLogger(defaultLogFile(deps.dbFile))
  let importing = false
  const settingsListeners = new Set<(s: ArchiveSettings) => void>()

  return {
    archive,
    close: () => archive.close(),
    onSettingsChanged(cb) {
      settingsListeners.add(cb)
      return () => settingsListeners.delete(cb)
    },
    ...createArchiveWorkApi({
      archive,
      fontsDir: deps.fontsDir,
      onSettingsChanged: (s) => settingsListeners.forEach((cb) => cb(s)),
    }),

    async importFiles(req) {
      if (importing) throw new AppError('BUSY', '正在导入，请等当前导入完成后再试')
      importing = true
      try {
        const report = await importFiles(archive, (req.sources ?? []).map(toInput), {
          replace: req.replace === true,
          onProgress: deps.onProgress,
          pipeline: deps.pipeline,
          limits: deps.limits,
          log,
        })
        if (report.imported.length) onDocumentsChanged(db)
        return report
      } finally {
        importing = false
      }
    },

    listIssues: async (req) => listIssues(db, req?.year),
    getIssueToc: async (req) => getIssueToc(db, req.issueId),
    getFacets: async (req) => getFacets(db, req ?? {}),
    listDocuments: async (req) => listDocuments(db, req),
    getDocument: async (req) => getDocument(db, req.id),
    findByDocNumber: async (req) => findByDocNumber(db, req.docNumber),
    searchDocuments: async (req) => searchDocuments(db, req),

    async exportPdf(req) {
      const docs = checkIds(req.documentIds).map((id) => getDocument(db, id))
      return exportDocumentsPdf(docs, {
        masthead: req.masthead,
        sourceLine: req.sourceLine,
        combine: req.combine,
        fontsDir: deps.fontsDir,
      })
    },
  }
}
