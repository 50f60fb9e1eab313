// Export defaults (红头, 来源行) kept per workstation in localStorage, not in the shared archive.
import { useSyncExternalStore } from 'react'

export interface ExportDefaults {
  masthead: boolean
  sourceLine: boolean
}

const KEY = 'gazette-archive.export-defaults'
// Off by default: the plain document, as exported before these options existed.
const FALLBACK: ExportDefaults = { masthead: false, sourceLine: false }
const listeners = new Set<() => void>()
let cached: ExportDefaults | null = null

export function readExportDefaults(): ExportDefaults {
  if (cached) return cached
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<ExportDefaults> | null
    cached = { ...FALLBACK, ...(raw ?? {}) }
  } catch {
    cached = FALLBACK
  }
  return cached
}

export function writeExportDefaults(next: Partial<ExportDefaults>): void {
  cached = { ...readExportDefaults(), ...next }
  localStorage.setItem(KEY, JSON.stringify(cached))
  for (const l of listeners) l()
}

const subscribe = (cb: () => void) => {
  listeners.add(cb)
  return () => void listeners.delete(cb)
}

export function useExportDefaults(): ExportDefaults {
  return useSyncExternalStore(subscribe, readExportDefaults)
}
