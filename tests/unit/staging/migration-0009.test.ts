// Migration 0009: the import log accepts 'staged' (an import waiting under 待核对) and keeps its rows.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'

describe('migration 0009-import-log-staged', () => {
  it('keeps the log rows and ids, and allows the staged outcome only from then on', () => {
    const db = new Database(':memory:')
    migrate(db, undefined, 8)
    const add = db.prepare(`INSERT INTO import_log (id, at, file, outcome, message) VALUES (?, 't', ?, ?, ?)`)
    add.run(7, 'a.txt', 'imported', 'ok')
    expect(() => add.run(8, 'b.txt', 'staged', '待核对')).toThrow(/CHECK/)
    migrate(db, undefined, 9)
    expect(schemaVersion(db)).toBe(9)
    add.run(8, 'b.txt', 'staged', '待核对')
    expect(() => add.run(9, 'c.txt', 'waiting', '')).toThrow(/CHECK/)
    expect(db.prepare('SELECT id, file, outcome FROM import_log ORDER BY id').all()).toEqual([
      { id: 7, file: 'a.txt', outcome: 'imported' },
      { id: 8, file: 'b.txt', outcome: 'staged' },
    ])
  })
})
