// Fans events out to every listener (IPC window, SSE clients): import progress, inbox imports.
import type { ImportProgress, ImportReport } from '../../shared/domain'

export interface EventHub<T> {
  emit(event: T): void
  subscribe(cb: (event: T) => void): () => void
}

export type ProgressListener = (p: ImportProgress) => void
export type ProgressHub = EventHub<ImportProgress>
export type InboxHub = EventHub<ImportReport>

export function createHub<T>(): EventHub<T> {
  const listeners = new Set<(event: T) => void>()
  return {
    emit(event) {
      for (const cb of listeners) cb(event)
    },
    subscribe(cb) {
      listeners.add(cb)
      return () => void listeners.delete(cb)
    },
  }
}

export const createProgressHub = (): ProgressHub => createHub<ImportProgress>()
export const createInboxHub = (): InboxHub => createHub<ImportReport>()
