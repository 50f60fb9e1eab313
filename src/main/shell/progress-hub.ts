// Fans importProgress events out to every listener (IPC window, SSE clients).
import type { ImportProgress } from '../../shared/domain'

export type ProgressListener = (p: ImportProgress) => void

export interface ProgressHub {
  emit(p: ImportProgress): void
  subscribe(cb: ProgressListener): () => void
}

export function createProgressHub(): ProgressHub {
  const listeners = new Set<ProgressListener>()
  return {
    emit(p) {
      for (const cb of listeners) cb(p)
    },
    subscribe(cb) {
      listeners.add(cb)
      return () => void listeners.delete(cb)
    },
  }
}
