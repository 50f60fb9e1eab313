// Read hooks over the archive (issues, facets, one document); all refetch after an import.
import type { ArchiveApi } from '../../../shared/api'
import type { Facets, SearchFilters } from '../../../shared/domain'
import { useApi } from '../api-context'
import { createStore, useStore } from '../store'
import { useAsync } from './useAsync'

const generation = createStore(0)

/** Called after an import or any change: every read hook refetches. */
export function archiveChanged(): void {
  generation.update((g) => g + 1)
}

export function useArchiveGeneration(): number {
  return useStore(generation)
}

export function useIssues() {
  const gen = useArchiveGeneration()
  const { archive } = useApi()
  return useAsync(() => archive.listIssues({}), `issues:${gen}`)
}

// The library asks for the unfiltered facets twice (navigation and counts) when nothing is
// filtered: identical requests in flight share one answer.
const inFlight = new Map<string, Promise<Facets>>()

function sharedFacets(archive: ArchiveApi, key: string, filters: SearchFilters): Promise<Facets> {
  let p = inFlight.get(key)
  if (!p) {
    p = archive.getFacets(filters).finally(() => inFlight.delete(key))
    inFlight.set(key, p)
  }
  return p
}

export function useFacets(filters: SearchFilters) {
  const gen = useArchiveGeneration()
  const { archive } = useApi()
  const key = `facets:${JSON.stringify(filters)}:${gen}`
  return useAsync(() => sharedFacets(archive, key, filters), key)
}

export function useDocument(id: number) {
  const gen = useArchiveGeneration()
  const { archive } = useApi()
  return useAsync(() => archive.getDocument({ id }), `doc:${id}:${gen}`)
}

export function useIssueToc(issueId: number) {
  const gen = useArchiveGeneration()
  const { archive } = useApi()
  return useAsync(() => archive.getIssueToc({ issueId }), `toc:${issueId}:${gen}`)
}

export function useDocumentHistory(id: number) {
  const gen = useArchiveGeneration()
  const { archive } = useApi()
  return useAsync(() => archive.getDocumentHistory({ id }), `history:${id}:${gen}`)
}

/** Series, import log and dangling references for the 馆藏概览 page, in one load. */
export function useOverview() {
  const gen = useArchiveGeneration()
  const { archive } = useApi()
  return useAsync(async () => {
    const [series, log, dangling] = await Promise.all([
      archive.listSeries({}),
      archive.listImportLog({ limit: 200 }),
      archive.listDanglingReferences({}),
    ])
    return { series, log, dangling }
  }, `overview:${gen}`)
}
