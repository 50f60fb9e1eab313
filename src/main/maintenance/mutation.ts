// Every write of the service goes through mutation(): it is counted as an activity (a restore
// waits for it, BUSY refuses a second import), and once it ends the in-memory search index takes
// the documents the write's transactions refreshed (derived/refresh.ts) — one place, every write.
import type { Database } from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { takeRefreshed } from '../derived/refresh'
import { onDocumentsChanged } from '../search/memory-index'
import type { Activities, Activity } from './api'

export interface MutationOptions {
  /** Refused with BUSY and this message while another activity of the same kind runs. */
  busy?: string
}

export type Mutation = <T>(kind: Activity, work: () => T | Promise<T>, opts?: MutationOptions) => Promise<T>

/** `db` is read when the write ends: a restore may have swapped the archive since the service started. */
export function createMutation(activities: Activities, db: () => Database): Mutation {
  return async (kind, work, opts = {}) => {
    if (opts.busy && activities.has(kind)) throw new AppError('BUSY', opts.busy)
    return activities.run(kind, async () => {
      try {
        return await work()
      } finally {
        const current = db()
        // Added and removed documents are found by the index itself; changed ones are named.
        if (current.open) onDocumentsChanged(current, takeRefreshed(current))
      }
    })
  }
}
