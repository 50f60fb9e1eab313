// An archive on disk: the SQLite file plus the folder of originals beside it (archive.db → archive.files/).
import { existsSync, mkdirSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import type { Database } from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { acquireShared } from './lock'
import { backupBeforeMigration } from './backup'
import { hasPendingMigrations, migrate } from '../db/migrate'
import { openDb } from '../db/open'

export interface Archive {
  db: Database
  dbFile: string
  filesDir: string
  close(): void
}

/** archive.db → /abs/archive.files ; a name without extension gets `.files` appended. */
export function filesDirFor(dbFile: string): string {
  const abs = resolve(dbFile)
  const ext = extname(abs)
  const stem = ext ? basename(abs, ext) : basename(abs)
  return join(dirname(abs), `${stem}.files`)
}

export function noArchiveError(dbFile: string): AppError {
  return new AppError('NO_ARCHIVE', `此处还没有档案库：${dbFile}（请先用 import 导入公报，或检查 --db 路径）`)
}

/** An archive worth keeping a copy of before its schema changes: it has issues in it. */
function holdsData(db: Database): boolean {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'issues'`).get()
  return table !== undefined && db.prepare('SELECT 1 FROM issues LIMIT 1').get() !== undefined
}

/**
 * Opens an archive; with `create: false` a missing database is an error and nothing is created.
 * Before a migration changes an archive that holds issues, a restorable backup is taken under
 * <folder>/backups/pre-migration-v<N>-<time>/ (an upgrade that fails halfway loses nothing).
 */
export function openArchive(dbFile: string, opts: { create?: boolean; now?: () => Date } = {}): Archive {
  const abs = resolve(dbFile)
  if (!existsSync(abs)) {
    if (!opts.create) throw noArchiveError(dbFile)
    mkdirSync(dirname(abs), { recursive: true })
  }
  // Held while open: a restore (which needs the archive to itself) refuses, naming this process.
  const lock = acquireShared(abs)
  let db: Database
  try {
    db = openDb(abs, { migrate: false })
  } catch (err) {
    lock.release()
    throw err
  }
  const filesDir = filesDirFor(abs)
  const close = (): void => {
    db.close()
    lock.release()
  }
  try {
    if (hasPendingMigrations(db) && holdsData(db)) backupBeforeMigration(db, abs, opts.now?.() ?? new Date())
    migrate(db)
  } catch (err) {
    close()
    throw err
  }
  if (opts.create) mkdirSync(filesDir, { recursive: true })
  return { db, dbFile: abs, filesDir, close }
}

/** An in-memory archive for tests and benchmarks; originals go to `filesDir`. */
export function openMemoryArchive(filesDir: string): Archive {
  const db = openDb(':memory:')
  mkdirSync(filesDir, { recursive: true })
  return { db, dbFile: ':memory:', filesDir, close: () => db.close() }
}
