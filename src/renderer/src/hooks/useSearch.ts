// As-you-type search: debounced (150 ms), stale answers dropped.
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import type { SearchFilters, SearchResult } from '../../../shared/domain'
import { useApi } from '../api-context'
import { toAppError } from './useAction'

export interface SearchState {
  result: SearchResult | null
  error: Error | null
  loading: boolean
}

export function useSearch(query: string, filters: SearchFilters, limit = 50): SearchState {
  const { archive } = useApi()
  const [debounced] = useDebouncedValue(query.trim(), 150)
  const [state, setState] = useState<SearchState>({ result: null, error: null, loading: false })
  const filterKey = JSON.stringify(filters)

  useEffect(() => {
    if (!debounced) {
      setState({ result: null, error: null, loading: false })
      return
    }
    let live = true
    setState((s) => ({ ...s, loading: true }))
    archive
      .searchDocuments({ ...(JSON.parse(filterKey) as SearchFilters), query: debounced, limit })
      .then(
        (result) => live && setState({ result, error: null, loading: false }),
        (err: unknown) => live && setState({ result: null, error: toAppError(err), loading: false }),
      )
    return () => {
      live = false
    }
  }, [archive, debounced, filterKey, limit])

  return state
}
