// Opens (or creates) an archive database with the pragmas every connection needs.
import Database from 'better-sqlite3'
import type { Database as Db } from 'better-sqlite3'
import { migrate } from './migrate'

/** How long a connection waits for another's write lock (the app and a CLI import, two imports). */
export const BUSY_TIMEOUT_MS = 15_000

export interface OpenOptions {
  /** Run pending migrations (default true). */
  migrate?: boolean
  readonly?: boolean
}

export function openDb(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false })
  // First, so that even switching to WAL waits for another process instead of failing busy.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  if (file !== ':memory:' && !options.readonly) db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  // Functions in triggers and views only when SQLite marks them harmless: a database that came
  // from elsewhere (a restored backup) cannot make its schema run anything on our behalf.
  db.pragma('trusted_schema = OFF')
  db.pragma('synchronous = NORMAL')
  if (options.migrate ?? true) migrate(db)
  return db
}
