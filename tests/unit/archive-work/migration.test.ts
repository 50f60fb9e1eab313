// Migration 3 keeps the import log (rebuilt to allow 'removed') and adds the archive-work tables.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'

describe('migration 0003-archive-work', () => {
  it('keeps import log rows and accepts the removed outcome', () => {
    const db = new Database(':memory:')
    migrate(db, undefined, 2)
    db.prepare(`INSERT INTO import_log (at, file, outcome, message) VALUES ('t', 'a.txt', 'imported', 'ok')`).run()
    expect(() => db.prepare(`INSERT INTO import_log (at, file, outcome) VALUES ('t', 'b', 'removed')`).run()).toThrow(/CHECK/)
    migrate(db, undefined, 3) // up to this migration; later ones (0004 quarantine) add their own tables
    expect(schemaVersion(db)).toBe(3)
    expect(db.prepare('SELECT file, outcome, message FROM import_log').all()).toEqual([{ file: 'a.txt', outcome: 'imported', message: 'ok' }])
    db.prepare(`INSERT INTO import_log (at, file, outcome) VALUES ('t', 'b', 'removed')`).run()
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['relations', 'corrections', 'scanned_documents', 'settings', 'import_log']))
  })
})
