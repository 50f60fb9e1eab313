// Import runs (one at a time, app-wide): progress per file (importProgress events), the report, "替换".
import { useSyncExternalStore } from 'react'
import type { ImportSource } from '../../../shared/api'
import type { ImportProgress, ImportReport } from '../../../shared/domain'
import { getApi } from '../api'
import { archiveChanged } from './useArchive'

export interface ImportState {
  running: boolean
  files: ImportProgress[] // latest event per file, by fileIndex
  report: ImportReport | null
  error: Error | null
}

let state: ImportState = { running: false, files: [], report: null, error: null }
const listeners = new Set<() => void>()
// What each file came from, so "替换" can re-run just that file with replace:true.
const sources = new Map<string, ImportSource | 'sample'>()
let unsubscribeProgress: (() => void) | null = null

function set(next: Partial<ImportState>): void {
  state = { ...state, ...next }
  for (const l of listeners) l()
}

function listenToProgress(): void {
  unsubscribeProgress ??= getApi().onImportProgress((p) => {
    if (!state.running) return
    const files = [...state.files]
    files[p.fileIndex] = p
    set({ files })
  })
}

async function run(runner: () => Promise<ImportReport>): Promise<void> {
  listenToProgress()
  set({ running: true, files: [], report: null, error: null })
  try {
    const report = await runner()
    set({ running: false, report })
    if (report.imported.length) archiveChanged()
  } catch (err) {
    set({ running: false, error: err as Error })
  }
}

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p

function sourceFor(file: string): ImportSource | 'sample' | undefined {
  return sources.get(file) ?? [...sources.entries()].find(([k]) => baseName(k) === baseName(file))?.[1]
}

export function importSources(list: ImportSource[], replace?: boolean): Promise<void> {
  for (const s of list) sources.set(s.kind === 'path' ? s.path : s.name, s)
  return run(() => getApi().archive.importFiles({ sources: list, replace }))
}

export function importSample(replace?: boolean): Promise<void> {
  return run(async () => {
    const report = await getApi().shell.importSample(replace)
    for (const f of [...report.skipped, ...report.imported]) sources.set(f.file, 'sample')
    return report
  })
}

/** Re-imports one skipped file, replacing the issue already in the archive. */
export function replaceFile(file: string): Promise<void> {
  const src = sourceFor(file)
  if (src === 'sample') return importSample(true)
  return src ? importSources([src], true) : Promise.resolve()
}

export const canReplace = (file: string): boolean => sourceFor(file) !== undefined

const subscribe = (cb: () => void) => {
  listeners.add(cb)
  return () => void listeners.delete(cb)
}

export function useImport(): ImportState {
  return useSyncExternalStore(subscribe, () => state)
}
