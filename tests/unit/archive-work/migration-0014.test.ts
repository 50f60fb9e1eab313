// Migration 0014 (nameless gazettes): issues kept under the gazette '' (s30) move to a gazette named
// by the file each came from, with their corrections; staged issues too, in their row and their JSON.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'

describe('migration 0014-nameless-gazettes', () => {
  it('names each nameless issue by its file, apart, and keeps the named ones', () => {
    const db = new Database(':memory:')
    migrate(db, undefined, 13)
    db.exec(`INSERT INTO gazettes (id, name) VALUES (1, ''), (2, '兴县人民政府公报')`)
    const issue = db.prepare(`INSERT INTO issues (id, gazette_id, year, issue_no, imported_at) VALUES (?, ?, ?, ?, 't')`)
    issue.run(10, 1, 2022, 6)
    issue.run(11, 1, 2022, 7)
    issue.run(12, 2, 2022, 6)
    const file = db.prepare(`INSERT INTO source_files (issue_id, sha256, original_name, stored_path, size, media_type, imported_at) VALUES (?, ?, ?, 'p', 1, 'text/plain', 't')`)
    file.run(10, 'a', '无封面.txt')
    file.run(11, 'b', 'dir/第7期.txt')
    file.run(12, 'c', '兴县.txt')
    db.exec(`INSERT INTO corrections (gazette, year, issue_no, target_seq, editor, at, field, old_value, new_value)
      VALUES ('', 2022, 7, 1, '王', 't', 'title', 'a', 'b')`)
    db.prepare(`INSERT INTO staged_issues (gazette, year, issue_no, file, sha256, original_name, stored_path, size, media_type, staged_at, issue_json, document_count, doubtful_count)
      VALUES ('', 2022, 6, '/x/另一地.txt', 'd', '另一地.txt', 'q', 1, 'text/plain', 't', ?, 0, 0)`).run(JSON.stringify({ meta: { gazette: '', year: 2022, issueNo: 6 }, documents: [] }))
    migrate(db, undefined, 14)
    expect(schemaVersion(db)).toBe(14)
    const held = db.prepare('SELECT i.id, g.name FROM issues i JOIN gazettes g ON g.id = i.gazette_id ORDER BY i.id').all()
    expect(held).toEqual([
      { id: 10, name: '（未写明公报名称）「无封面.txt」' },
      { id: 11, name: '（未写明公报名称）「第7期.txt」' },
      { id: 12, name: '兴县人民政府公报' },
    ])
    expect(db.prepare(`SELECT COUNT(*) FROM gazettes WHERE name = ''`).pluck().get()).toBe(0)
    expect(db.prepare('SELECT gazette FROM corrections').pluck().all()).toEqual(['（未写明公报名称）「第7期.txt」'])
    const staged = db.prepare('SELECT gazette, issue_json FROM staged_issues').get() as { gazette: string; issue_json: string }
    expect(staged.gazette).toBe('（未写明公报名称）「另一地.txt」')
    expect(JSON.parse(staged.issue_json).meta.gazette).toBe('（未写明公报名称）「另一地.txt」')
  })
})
