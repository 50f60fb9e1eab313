// Searches kept by name (issue 16): SQL only. The query and filters are stored as the search page
// sends them; names are unique.
import type { Database } from 'better-sqlite3'
import type { SavedSearch, SearchFilters } from '../../shared/domain'
import { AppError } from '../../shared/errors'

interface Row {
  id: number
  name: string
  query_json: string
  created_at: string
}

function toSaved(r: Row): SavedSearch {
  const q = JSON.parse(r.query_json) as { query: string; filters: SearchFilters }
  return { id: r.id, name: r.name, query: q.query, filters: q.filters, createdAt: r.created_at }
}

export function listSavedSearches(db: Database): SavedSearch[] {
  return (db.prepare('SELECT * FROM saved_searches ORDER BY id').all() as Row[]).map(toSaved)
}

function getSaved(db: Database, id: number): SavedSearch {
  const row = db.prepare('SELECT * FROM saved_searches WHERE id = ?').get(id) as Row | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这条保存的检索（编号 ${id}）`)
  return toSaved(row)
}

function checkName(db: Database, name: string, exceptId: number | null): string {
  const n = name.trim()
  if (!n) throw new AppError('BAD_REQUEST', '请为这条检索起个名字')
  const other = db.prepare('SELECT id FROM saved_searches WHERE name = ? AND id IS NOT ?').get(n, exceptId)
  if (other) throw new AppError('BAD_REQUEST', `已有名为「${n}」的检索，请换一个名字`)
  return n
}

export function insertSavedSearch(db: Database, name: string, query: string, filters: SearchFilters, at: string): SavedSearch {
  const n = checkName(db, name, null)
  const r = db
    .prepare('INSERT INTO saved_searches (name, query_json, created_at) VALUES (?, ?, ?)')
    .run(n, JSON.stringify({ query: query.trim(), filters }), at)
  return getSaved(db, Number(r.lastInsertRowid))
}

export function renameSavedSearch(db: Database, id: number, name: string): SavedSearch {
  getSaved(db, id)
  db.prepare('UPDATE saved_searches SET name = ? WHERE id = ?').run(checkName(db, name, id), id)
  return getSaved(db, id)
}

export function deleteSavedSearch(db: Database, id: number): void {
  getSaved(db, id)
  db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id)
}
