// Read hooks over the archive (issues, facets, one document); all refetch after an import.
import { useSyncExternalStore } from 'react'
import type { SearchFilters } from '../../../shared/domain'
import { getApi } from '../api'
import { useAsync } from './useAsync'

let generation = 0
const listeners = new Set<() => void>()

/** Called after an import: every read hook refetches. */
export function archiveChanged(): void {
  generation++
  for (const l of listeners) l()
}

const subscribe = (cb: () => void) => {
  listeners.add(cb)
  return () => void listeners.delete(cb)
}

export function useArchiveGeneration(): number {
  return useSyncExternalStore(subscribe, () => generation)
}

export function useIssues() {
  const gen = useArchiveGeneration()
  return useAsync(() => getApi().archive.listIssues({}), `issues:${gen}`)
}

export function useFacets(filters: SearchFilters) {
  const gen = useArchiveGeneration()
  return useAsync(() => getApi().archive.getFacets(filters), `facets:${JSON.stringify(filters)}:${gen}`)
}

export function useDocument(id: number) {
  const gen = useArchiveGeneration()
  return useAsync(() => getApi().archive.getDocument({ id }), `doc:${id}:${gen}`)
}
