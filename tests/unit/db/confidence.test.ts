// Migration 5 keeps each document's confidence and reasons; listings and the document carry them.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDb } from '../../../src/main/db/open'
import { saveIssue } from '../../../src/main/importer/save-issue'
import { getDocument, listDocuments } from '../../../src/main/db/documents'
import { makeDoc, makeIssue } from './make-issue'

const SOURCE = { sha256: 'e'.repeat(64), originalName: 'a.txt', storedPath: 'ee/e.txt', size: 1, mediaType: 'text/plain', importedAt: 'x' }

describe('migration 0005-confidence', () => {
  it('adds confidence (NULL for documents imported before) and reasons (empty)', () => {
    const db = new Database(':memory:')
    migrate(db, undefined, 3)
    // A document as version 3 stored it (before confidence existed).
    db.prepare(`INSERT INTO gazettes (id, name) VALUES (1, '兴县人民政府公报')`).run()
    db.prepare(`INSERT INTO issues (id, gazette_id, year, issue_no, imported_at) VALUES (1, 1, 2022, 2, 'x')`).run()
    db.prepare(`INSERT INTO documents (issue_id, seq, title) VALUES (1, 1, '关于第1项工作的通知')`).run()
    migrate(db)
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5)
    expect(db.prepare('SELECT confidence, reasons_json FROM documents').all()).toEqual([{ confidence: null, reasons_json: '[]' }])
    expect(() => db.prepare('UPDATE documents SET confidence = 1.5').run()).toThrow(/CHECK/)
    expect(listDocuments(db).items[0]).toMatchObject({ confidence: null, reasons: [] })
  })

  it('saves the parser’s confidence and reasons with the document', () => {
    const db = openDb(':memory:')
    const reasons = [{ code: 'NO_DATE', message: '未找到成文日期' }]
    const [good, doubtful] = saveIssue(
      db,
      makeIssue(2, [makeDoc(1, { confidence: 1, reasons: [] }), makeDoc(2, { date: null, confidence: 0.65, reasons })]),
      SOURCE,
    ).documentIds
    expect(getDocument(db, good)).toMatchObject({ confidence: 1, reasons: [] })
    expect(getDocument(db, doubtful)).toMatchObject({ confidence: 0.65, reasons })
    expect(listDocuments(db).items.map((d) => d.confidence)).toEqual([1, 0.65])
  })
})
