// Pages of listDocuments fetched on demand for a virtualised list of any length.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SortKey } from '../../../shared/api'
import type { DocumentSummary, SearchFilters } from '../../../shared/domain'
import { useApi } from '../api-context'
import { toAppError } from './useAction'

export const PAGE_SIZE = 200

export interface DocumentPages {
  total: number | null
  error: Error | null
  rowAt(index: number): DocumentSummary | undefined
  /** Makes sure the rows from `start` to `end` (inclusive) are loaded or loading. */
  ensureRange(start: number, end: number): void
}

interface Cache {
  key: string
  pages: Map<number, DocumentSummary[]>
  pending: Set<number>
}

export function useDocumentPages(filters: SearchFilters, sort: SortKey, desc: boolean, generation: number): DocumentPages {
  const { archive } = useApi()
  const key = `${JSON.stringify(filters)}|${sort}|${desc}|${generation}`
  const cache = useRef<Cache>({ key, pages: new Map(), pending: new Set() })
  // A new key is a new list: drop the old rows during render so no stale row is ever shown.
  if (cache.current.key !== key) cache.current = { key, pages: new Map(), pending: new Set() }
  const [totals, setTotals] = useState<{ key: string; total: number } | null>(null)
  const [error, setError] = useState<{ key: string; error: Error } | null>(null)
  const [, setVersion] = useState(0)

  const fetchPage = useCallback(
    (page: number) => {
      const c = cache.current
      if (c.key !== key || c.pages.has(page) || c.pending.has(page)) return
      c.pending.add(page)
      const req = { ...filters, sort, desc, offset: page * PAGE_SIZE, limit: PAGE_SIZE }
      archive
        .listDocuments(req)
        .then(
          (r) => {
            c.pages.set(page, r.items)
            if (cache.current !== c) return
            setTotals({ key, total: r.total })
            setVersion((v) => v + 1)
          },
          (err: unknown) => cache.current === c && setError({ key, error: toAppError(err) }),
        )
        .finally(() => c.pending.delete(page))
    },
    // `key` stands for filters, sort and generation.
    [archive, key],
  )

  useEffect(() => fetchPage(0), [fetchPage])

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) fetchPage(p)
    },
    [fetchPage],
  )

  const pages = cache.current.pages
  return {
    total: totals?.key === key ? totals.total : null,
    error: error?.key === key ? error.error : null,
    rowAt: (index) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensureRange,
  }
}
