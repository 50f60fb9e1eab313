// Migrations: each step keeps the data of the one before (Signal style), and newer archives are refused.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { LATEST_VERSION, migrate, schemaVersion } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { openDb } from '../../../src/main/db/open'

function fresh(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  return db
}

function insertV1Document(db: Database.Database): void {
  db.exec(`
    INSERT INTO gazettes (id, name) VALUES (1, '兴县人民政府公报');
    INSERT INTO issues (id, gazette_id, year, issue_no, imported_at) VALUES (1, 1, 2022, 2, '2022-07-01T00:00:00Z');
    INSERT INTO documents (id, issue_id, seq, doc_number, agency, doc_year, doc_serial, title, body_text)
    VALUES (1, 1, 1, '兴政发〔2022〕10号', '兴政发', 2022, 10, '关于打造城乡绿色低碳建设运营商有关事项的通知', '农民工工资支付');
  `)
}

describe('migrate', () => {
  it('brings an empty database to the latest version', () => {
    const db = fresh()
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version))
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    expect(migrate(db)).toEqual([])
  })

  it('version 1 has the 文号 sort index', () => {
    const db = fresh()
    migrate(db, MIGRATIONS, 1)
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM documents ORDER BY agency, doc_year, doc_serial')
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toContain('documents_doc_sort')
  })

  it('1 → 2 keeps documents and gives them search keys', () => {
    const db = fresh()
    migrate(db, MIGRATIONS, 1)
    expect(schemaVersion(db)).toBe(1)
    insertV1Document(db)
    migrate(db, MIGRATIONS, 2)
    expect(schemaVersion(db)).toBe(2)
    expect(db.prepare('SELECT title FROM documents WHERE id = 1').pluck().get()).toContain('绿色低碳')
    expect(db.prepare('SELECT doc_id FROM search_keys').pluck().all()).toEqual([1])
  })

  it('keeps the FTS index in sync through the triggers and uses it for MATCH', () => {
    const db = fresh()
    migrate(db)
    insertV1Document(db)
    const hit = db.prepare(`SELECT rowid FROM documents_fts WHERE documents_fts MATCH '农民工'`).pluck().all()
    expect(hit).toEqual([1])
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT rowid FROM documents_fts WHERE documents_fts MATCH '农民工'`)
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/VIRTUAL TABLE INDEX/)
    db.prepare('DELETE FROM documents WHERE id = 1').run()
    expect(db.prepare(`SELECT rowid FROM documents_fts WHERE documents_fts MATCH '农民工'`).all()).toEqual([])
  })

  it('refuses an archive made by a newer version, without touching it', () => {
    const db = fresh()
    db.pragma(`user_version = ${LATEST_VERSION + 1}`)
    expect(() => migrate(db)).toThrowError(expect.objectContaining({ code: 'ARCHIVE_TOO_NEW' }))
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 1)
    expect(db.prepare(`SELECT COUNT(*) FROM sqlite_master`).pluck().get()).toBe(0)
  })

  it('a failing step leaves the previous version in place', () => {
    const db = fresh()
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE x (a); SELECT nope FROM nowhere;') },
    ]
    expect(() => migrate(db, broken)).toThrow()
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'x'`).pluck().get()).toBe(0)
  })

  it('openDb migrates on open', () => {
    const db = openDb(':memory:')
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    db.close()
  })
})
