// search_keys maintenance: the repository side calls refreshSearchIndex inside its import
// transaction (triggers cannot compute pinyin), then onDocumentsChanged after the commit.
import type { Database } from 'better-sqlite3'
import { pinyinKeys } from './pinyin-keys'

const CHUNK = 500

/**
 * Recomputes the search keys (title, issuer, date, pinyin) of `docIds` from the documents table;
 * ids no longer in documents lose their keys. Call after inserting or updating documents, in the
 * same transaction. Deleted documents need no call: their keys go by ON DELETE CASCADE.
 */
export function refreshSearchIndex(db: Database, docIds: readonly number[]): void {
  const read = db.prepare(
    'SELECT id, title, issuer, date FROM documents WHERE id IN (SELECT value FROM json_each(?))',
  )
  const drop = db.prepare('DELETE FROM search_keys WHERE doc_id IN (SELECT value FROM json_each(?))')
  const put = db.prepare(
    `INSERT OR REPLACE INTO search_keys
       (doc_id, title, issuer, date, title_pinyin, title_initials, issuer_pinyin, issuer_initials)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const run = db.transaction((ids: readonly number[]) => {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const json = JSON.stringify(ids.slice(i, i + CHUNK))
      drop.run(json)
      const rows = read.all(json) as { id: number; title: string; issuer: string | null; date: string | null }[]
      for (const r of rows) {
        const t = pinyinKeys(r.title)
        const u = pinyinKeys(r.issuer)
        put.run(r.id, r.title, r.issuer ?? '', r.date, t.full, t.initials, u.full, u.initials)
      }
    }
  })
  run(docIds) // nested inside the caller's transaction it becomes a savepoint
}

/** Documents without keys (imported by code that skipped refreshSearchIndex); fixed lazily. */
export function refreshMissingKeys(db: Database): number {
  const ids = db
    .prepare('SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM search_keys)')
    .pluck()
    .all() as number[]
  if (ids.length) refreshSearchIndex(db, ids)
  return ids.length
}
