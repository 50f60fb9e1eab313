// Migration 0010 (names): the alias and change tables, and corrections linked to an issuer change;
// corrections recorded before keep their rows, unlinked.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'

describe('migration 0010-names-issuer-aliases', () => {
  it('adds the alias table and links corrections to issuer changes', () => {
    const db = new Database(':memory:')
    migrate(db, undefined, 9)
    db.prepare(`INSERT INTO corrections (gazette, year, issue_no, target_seq, editor, at, field, old_value, new_value)
      VALUES ('g', 2022, 2, 1, '王', 't', 'issuer', 'a', 'b')`).run()
    migrate(db, undefined, 10)
    expect(schemaVersion(db)).toBe(10)
    expect(db.prepare('SELECT field, issuer_change_id FROM corrections').all()).toEqual([{ field: 'issuer', issuer_change_id: null }])
    db.prepare(`INSERT INTO issuer_changes (kind, from_name, to_name, editor, at) VALUES ('merge', 'a', 'b', '王', 't')`).run()
    expect(() => db.prepare(`INSERT INTO issuer_changes (kind, from_name, to_name, editor, at) VALUES ('split', 'a', 'b', '王', 't')`).run()).toThrow(/CHECK/)
    db.prepare(`INSERT INTO issuer_aliases (alias, canonical, change_id) VALUES ('a', 'b', 1)`).run()
    expect(() => db.prepare(`INSERT INTO issuer_aliases (alias, canonical) VALUES ('a', 'c')`).run()).toThrow(/UNIQUE/)
  })
})
