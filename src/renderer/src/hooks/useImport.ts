// Import runs (one at a time, app-wide): progress per file (importProgress events), the report, "替换".
import { useMemo } from 'react'
import type { ImportSource } from '../../../shared/api'
import type { ImportProgress, ImportReport } from '../../../shared/domain'
import type { AppApi } from '../api'
import { useApi } from '../api-context'
import { createStore, useStore } from '../store'
import { toAppError } from './useAction'
import { archiveChanged } from './useArchive'

export interface ImportState {
  running: boolean
  files: ImportProgress[] // latest event per file, by fileIndex
  report: ImportReport | null
  error: Error | null
}

const store = createStore<ImportState>({ running: false, files: [], report: null, error: null })
const patch = (next: Partial<ImportState>) => store.update((s) => ({ ...s, ...next }))
// The sources of the run whose report is shown: a skipped entry's sourceIndex points into them,
// so "替换" re-runs exactly that file with replace:true, chosen the same way (runStage).
let runSources: ImportSource[] | 'sample' = []
let runStage: ImportStage = 'files'
/** The run's sources were page images imported together as one issue. */
let runPages = false

/** Files chosen one by one are always reviewed first; a folder saves all-confident issues at once (setting). */
export type ImportStage = 'files' | 'folder'
let unsubscribeProgress: (() => void) | null = null

function listenToProgress(api: AppApi): void {
  unsubscribeProgress ??= api.onImportProgress((p) => {
    if (!store.get().running) return
    const files = [...store.get().files]
    files[p.fileIndex] = p
    patch({ files })
  })
}

async function run(api: AppApi, runner: () => Promise<ImportReport>): Promise<void> {
  listenToProgress(api)
  patch({ running: true, files: [], report: null, error: null })
  try {
    const report = await runner()
    patch({ running: false, report })
    if (report.imported.length || report.staged?.length || report.kept?.length) archiveChanged()
  } catch (err) {
    patch({ running: false, error: toAppError(err) })
  }
}

export type SkippedEntry = ImportReport['skipped'][number]

/** The source a skipped file came from; a folder's files share its index, so the file itself. */
function sourceFor(entry: SkippedEntry): ImportSource | 'sample' | undefined {
  if (runSources === 'sample') return 'sample'
  const s = runSources[entry.sourceIndex]
  if (s?.kind === 'path' && s.path !== entry.file) return { kind: 'path', path: entry.file }
  return s
}

function importSources(api: AppApi, list: ImportSource[], replace?: boolean, stage: ImportStage = 'files', pages = false): Promise<void> {
  runSources = list
  runStage = stage
  runPages = pages
  return run(api, () => api.archive.importFiles({ sources: list, replace, stage, ...(pages ? { pages } : {}) }))
}

function importSample(api: AppApi, replace?: boolean): Promise<void> {
  runSources = 'sample'
  return run(api, () => api.shell.importSample(replace))
}

/** Re-imports one skipped file, replacing the issue already in the archive. */
function replaceFile(api: AppApi, entry: SkippedEntry): Promise<void> {
  const src = sourceFor(entry)
  if (src === 'sample') return importSample(api, true)
  if (!src) return Promise.resolve()
  if (runPages && runSources !== 'sample') return importSources(api, runSources, true, runStage, true)
  return importSources(api, [src], true, runStage)
}

/** 替换 is offered for a file skipped because its issue is held, never for an identical file. */
export const canReplace = (entry: SkippedEntry): boolean => entry.code !== 'SAME_FILE' && sourceFor(entry) !== undefined

export interface ImportActions {
  importSources(list: ImportSource[], replace?: boolean, stage?: ImportStage, pages?: boolean): Promise<void>
  importSample(replace?: boolean): Promise<void>
  replaceFile(entry: SkippedEntry): Promise<void>
}

/** The import runs over this page's API. */
export function useImportActions(): ImportActions {
  const api = useApi()
  return useMemo(
    () => ({
      importSources: (list, replace, stage, pages) => importSources(api, list, replace, stage, pages),
      importSample: (replace) => importSample(api, replace),
      replaceFile: (entry) => replaceFile(api, entry),
    }),
    [api],
  )
}

export function useImport(): ImportState {
  return useStore(store)
}
