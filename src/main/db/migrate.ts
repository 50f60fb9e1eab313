// Brings a database to the newest schema, one transaction per step; refuses a newer archive.
import type { Database } from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { MIGRATIONS } from './migrations'
import type { Migration } from './migrations/types'

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Runs the pending migrations (up to `target`); returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, target = Infinity): number[] {
  const current = schemaVersion(db)
  const newest = migrations[migrations.length - 1]?.version ?? 0
  if (current > newest) {
    throw new AppError('ARCHIVE_TOO_NEW', `档案库的结构版本（${current}）比本程序支持的（${newest}）更新，请升级程序后再打开。`)
  }
  const applied: number[] = []
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue
    // IMMEDIATE, and the version read again under the lock: two processes opening an old or new
    // archive at once must not both run a step (the second would fail on "table exists").
    const ran = db
      .transaction(() => {
        if (schemaVersion(db) >= m.version) return false
        m.up(db)
        db.pragma(`user_version = ${m.version}`)
        return true
      })
      .immediate()
    if (ran) applied.push(m.version)
  }
  return applied
}

/** Whether `migrate` would change this database (pending steps exist). */
export function hasPendingMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): boolean {
  const newest = migrations[migrations.length - 1]?.version ?? 0
  return schemaVersion(db) < newest
}
