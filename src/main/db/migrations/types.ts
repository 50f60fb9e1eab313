// A schema step: shipped migrations are never edited, only new ones added.
import type { Database } from 'better-sqlite3'

export interface Migration {
  version: number
  name: string
  up(db: Database): void
}
