// Export defaults (红头, 来源行, PDF/A) kept per workstation in localStorage, not in the shared archive.
import { createStore, useStore } from '../store'

export interface ExportDefaults {
  masthead: boolean
  sourceLine: boolean
  /** Save as PDF/A-2b, the format for long-term keeping. */
  pdfa: boolean
}

const KEY = 'gazette-archive.export-defaults'
// Off by default: the plain document, as exported before these options existed.
const FALLBACK: ExportDefaults = { masthead: false, sourceLine: false, pdfa: false }

function stored(): ExportDefaults {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<ExportDefaults> | null
    return { ...FALLBACK, ...(raw ?? {}) }
  } catch {
    return FALLBACK
  }
}

const defaults = createStore<ExportDefaults>(stored)

export function readExportDefaults(): ExportDefaults {
  return defaults.get()
}

export function writeExportDefaults(next: Partial<ExportDefaults>): void {
  defaults.update((d) => ({ ...d, ...next }))
  localStorage.setItem(KEY, JSON.stringify(defaults.get()))
}

export function useExportDefaults(): ExportDefaults {
  return useStore(defaults)
}
