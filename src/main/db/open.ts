// Opens (or creates) an archive database with the pragmas every connection needs.
import Database from 'better-sqlite3'
import type { Database as Db } from 'better-sqlite3'
import { migrate } from './migrate'

export interface OpenOptions {
  /** Run pending migrations (default true). */
  migrate?: boolean
  readonly?: boolean
}

export function openDb(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false })
  if (file !== ':memory:' && !options.readonly) db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.pragma('synchronous = NORMAL')
  if (options.migrate ?? true) migrate(db)
  return db
}
