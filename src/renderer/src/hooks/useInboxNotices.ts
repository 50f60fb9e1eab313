// Reports from the inbox folder, kept until the user dismisses them; the archive refreshes on each.
import { useEffect, useSyncExternalStore } from 'react'
import type { ImportReport } from '../../../shared/domain'
import { getApi } from '../api'
import { archiveChanged } from './useArchive'

export interface InboxNotice {
  id: number
  report: ImportReport
}

let notices: InboxNotice[] = []
let nextId = 1
const listeners = new Set<() => void>()

function set(next: InboxNotice[]): void {
  notices = next
  for (const l of listeners) l()
}

export function dismissNotice(id: number): void {
  set(notices.filter((n) => n.id !== id))
}

const subscribe = (cb: () => void) => {
  listeners.add(cb)
  return () => void listeners.delete(cb)
}

/** Mount once (App): listens for inboxImported and returns the notices to show. */
export function useInboxNotices(): InboxNotice[] {
  useEffect(
    () =>
      getApi().onInboxImported((report) => {
        set([...notices, { id: nextId++, report }].slice(-4))
        if (report.imported.length) archiveChanged()
      }),
    [],
  )
  return useSyncExternalStore(subscribe, () => notices)
}
