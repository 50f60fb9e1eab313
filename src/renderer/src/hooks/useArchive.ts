// Read hooks over the archive (issues, facets, one document); all refetch after an import.
import { useSyncExternalStore } from 'react'
import type { Facets, SearchFilters } from '../../../shared/domain'
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

// The library asks for the unfiltered facets twice (navigation and counts) when nothing is
// filtered: identical requests in flight share one answer.
const inFlight = new Map<string, Promise<Facets>>()

function sharedFacets(key: string, filters: SearchFilters): Promise<Facets> {
  let p = inFlight.get(key)
  if (!p) {
    p = getApi().archive.getFacets(filters).finally(() => inFlight.delete(key))
    inFlight.set(key, p)
  }
  return p
}

export function useFacets(filters: SearchFilters) {
  const gen = useArchiveGeneration()
  const key = `facets:${JSON.stringify(filters)}:${gen}`
  return useAsync(() => sharedFacets(key, filters), key)
}

export function useDocument(id: number) {
  const gen = useArchiveGeneration()
  return useAsync(() => getApi().archive.getDocument({ id }), `doc:${id}:${gen}`)
}

export function useIssueToc(issueId: number) {
  const gen = useArchiveGeneration()
  return useAsync(() => getApi().archive.getIssueToc({ issueId }), `toc:${issueId}:${gen}`)
}

export function useDocumentHistory(id: number) {
  const gen = useArchiveGeneration()
  return useAsync(() => getApi().archive.getDocumentHistory({ id }), `history:${id}:${gen}`)
}

/** Series, import log and dangling references for the 馆藏概览 page, in one load. */
export function useOverview() {
  const gen = useArchiveGeneration()
  return useAsync(async () => {
    const api = getApi().archive
    const [series, log, dangling] = await Promise.all([
      api.listSeries({}),
      api.listImportLog({ limit: 200 }),
      api.listDanglingReferences({}),
    ])
    return { series, log, dangling }
  }, `overview:${gen}`)
}
