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
// What each file came from, so "替换" can re-run just that file with replace:true.
const sources = new Map<string, ImportSource | 'sample'>()
// How each file was chosen: one by one ('files': always reviewed) or as a folder ('folder').
const stages = new Map<string, ImportStage>()

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
    if (report.imported.length || report.staged?.length) archiveChanged()
  } catch (err) {
    patch({ running: false, error: toAppError(err) })
  }
}

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p

function sourceFor(file: string): ImportSource | 'sample' | undefined {
  return sources.get(file) ?? [...sources.entries()].find(([k]) => baseName(k) === baseName(file))?.[1]
}

function importSources(api: AppApi, list: ImportSource[], replace?: boolean, stage: ImportStage = 'files'): Promise<void> {
  for (const s of list) {
    const key = s.kind === 'path' ? s.path : s.name
    sources.set(key, s)
    stages.set(key, stage)
  }
  return run(api, () => api.archive.importFiles({ sources: list, replace, stage }))
}

function importSample(api: AppApi, replace?: boolean): Promise<void> {
  return run(api, async () => {
    const report = await api.shell.importSample(replace)
    for (const f of [...report.skipped, ...report.imported]) sources.set(f.file, 'sample')
    return report
  })
}

/** Re-imports one skipped file, replacing the issue already in the archive. */
function replaceFile(api: AppApi, file: string): Promise<void> {
  const src = sourceFor(file)
  if (src === 'sample') return importSample(api, true)
  if (!src) return Promise.resolve()
  return importSources(api, [src], true, stages.get(src.kind === 'path' ? src.path : src.name))
}

export const canReplace = (file: string): boolean => sourceFor(file) !== undefined

export interface ImportActions {
  importSources(list: ImportSource[], replace?: boolean, stage?: ImportStage): Promise<void>
  importSample(replace?: boolean): Promise<void>
  replaceFile(file: string): Promise<void>
}

/** The import runs over this page's API. */
export function useImportActions(): ImportActions {
  const api = useApi()
  return useMemo(
    () => ({
      importSources: (list, replace, stage) => importSources(api, list, replace, stage),
      importSample: (replace) => importSample(api, replace),
      replaceFile: (file) => replaceFile(api, file),
    }),
    [api],
  )
}

export function useImport(): ImportState {
  return useStore(store)
}
