// Saved searches (issue 16): kept in the archive through the service, so the Electron window and
// browser mode list the same ones. A change here refetches only this list.
import type { SearchFilters } from '../../../shared/domain'
import { useApi } from '../api-context'
import { createStore, useStore } from '../store'
import { useArchiveGeneration } from './useArchive'
import { useAsync } from './useAsync'

const version = createStore(0)
const bump = (): void => version.update((v) => v + 1)

export function useSavedSearches() {
  const gen = useArchiveGeneration()
  const v = useStore(version)
  const { archive } = useApi()
  return useAsync(() => archive.listSavedSearches({}), `saved:${gen}:${v}`)
}

export function useSavedSearchActions() {
  const { archive } = useApi()
  return {
    save: async (name: string, query: string, filters: SearchFilters) => {
      const s = await archive.saveSearch({ name, query, filters })
      bump()
      return s
    },
    rename: async (id: number, name: string) => {
      await archive.renameSavedSearch({ id, name })
      bump()
    },
    remove: async (id: number) => {
      await archive.deleteSavedSearch({ id })
      bump()
    },
  }
}
