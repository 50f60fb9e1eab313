// Migration 6 keeps where each block came from; show (getDocument) returns it beside the blocks.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { BlockSource } from '../../../src/shared/domain'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDb } from '../../../src/main/db/open'
import { saveIssue } from '../../../src/main/importer/save-issue'
import { getDocument } from '../../../src/main/db/documents'
import { setBlocks } from '../../../src/main/db/document-edit'
import { makeDoc, makeIssue } from './make-issue'

const SOURCE = { sha256: 'f'.repeat(64), originalName: 'a.pdf', storedPath: 'ff/f.pdf', size: 1, mediaType: 'application/pdf', importedAt: 'x' }

const box = (page: number, top: number): BlockSource => ({
  lineFrom: top,
  lineTo: top,
  boxes: [{ page, pageLabel: String(page - 2), x0: 62, x1: 533, top, bottom: top + 12 }],
})

describe('migration 0006-block-sources', () => {
  it('adds sources_json, NULL for documents imported before it', () => {
    const db = new Database(':memory:')
    migrate(db, undefined, 5)
    db.prepare(`INSERT INTO gazettes (id, name) VALUES (1, '兴县人民政府公报')`).run()
    db.prepare(`INSERT INTO issues (id, gazette_id, year, issue_no, imported_at) VALUES (1, 1, 2022, 2, 'x')`).run()
    db.prepare(`INSERT INTO documents (issue_id, seq, title) VALUES (1, 1, '关于第1项工作的通知')`).run()
    migrate(db, undefined, 6)
    expect(schemaVersion(db)).toBe(6)
    expect(db.prepare('SELECT sources_json FROM documents').all()).toEqual([{ sources_json: null }])
  })

  it('saves one source per block and returns them beside the blocks; a body edited by hand drops them', () => {
    const db = openDb(':memory:')
    const doc = makeDoc(1)
    const sources = doc.blocks.map((_, i) => box(3 + (i > 2 ? 1 : 0), 100 + 20 * i))
    const [kept, lopsided] = saveIssue(db, makeIssue(2, [{ ...doc, sources }, makeDoc(2, { sources: sources.slice(1) })]), SOURCE).documentIds
    const shown = getDocument(db, kept)
    expect(shown.sources).toEqual(sources)
    expect(shown.sources).toHaveLength(shown.blocks.length)
    // Sources that do not match the blocks one to one are not kept.
    expect(getDocument(db, lopsided).sources).toBeNull()
    setBlocks(db, kept, shown.blocks.slice(1))
    expect(getDocument(db, kept).sources).toBeNull()
  })
})
