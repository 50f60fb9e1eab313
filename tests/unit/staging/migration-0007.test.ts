// Migration 0007: staged_issues appears, and documents saved before it count as not reviewed.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'

describe('migration 0007-staging', () => {
  it('adds staged_issues and review columns, NULL for documents saved before it', () => {
    const db = new Database(':memory:')
    migrate(db, undefined, 6)
    db.prepare(`INSERT INTO gazettes (id, name) VALUES (1, '兴县人民政府公报')`).run()
    db.prepare(`INSERT INTO issues (id, gazette_id, year, issue_no, imported_at) VALUES (1, 1, 2022, 2, 'x')`).run()
    db.prepare(`INSERT INTO documents (issue_id, seq, title, confidence) VALUES (1, 1, '关于第1项工作的通知', 0.5)`).run()
    migrate(db, undefined, 7)
    expect(schemaVersion(db)).toBe(7)
    expect(db.prepare('SELECT reviewed_by, reviewed_at FROM documents').all()).toEqual([{ reviewed_by: null, reviewed_at: null }])
    expect(db.prepare('SELECT COUNT(*) FROM staged_issues').pluck().get()).toBe(0)
  })
})
