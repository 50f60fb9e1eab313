// Reports from the inbox folder, kept until the user dismisses them; the archive refreshes on each.
import { useEffect } from 'react'
import type { ImportReport } from '../../../shared/domain'
import { useApi } from '../api-context'
import { createStore, useStore } from '../store'
import { archiveChanged } from './useArchive'

export interface InboxNotice {
  id: number
  report: ImportReport
}

const notices = createStore<InboxNotice[]>([])
let nextId = 1

export function dismissNotice(id: number): void {
  notices.update((list) => list.filter((n) => n.id !== id))
}

/** Mount once (App): listens for inboxImported and returns the notices to show. */
export function useInboxNotices(): InboxNotice[] {
  const api = useApi()
  useEffect(
    () =>
      api.onInboxImported((report) => {
        notices.update((list) => [...list, { id: nextId++, report }].slice(-4))
        if (report.imported.length || report.staged?.length || report.kept?.length) archiveChanged()
      }),
    [api],
  )
  return useStore(notices)
}
