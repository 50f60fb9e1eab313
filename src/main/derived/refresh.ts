// Derived data (citations, relations, search keys) recomputed from the stored documents. Writers
// (saveIssue, a correction) call refreshDerived inside their own transaction; db/ only stores what
// it computes. The service's mutation() then hands the ids to the in-memory search index once.
import type { Database } from 'better-sqlite3'
import { detectRelations, findCitedNumbers } from '../importer/parse/references'
import { replaceCitations, replaceRelations, storedBody } from '../db/relations'
import { refreshSearchIndex } from '../search/keys'

/** Per connection: ids refreshed since the last takeRefreshed (the memory index reloads them). */
const refreshed = new WeakMap<Database, Set<number>>()

/** Rewrites the citations of `id` from its body (after a body correction, split or merge). */
export function refreshCitations(db: Database, id: number): void {
  const body = storedBody(db, id)
  replaceCitations(db, id, body ? findCitedNumbers(body.texts, body.docNumber) : [])
}

/** After an import or any edit: the relations and search keys of the documents still there. */
export function refreshDerived(db: Database, ids: readonly number[]): void {
  const alive: number[] = []
  for (const id of ids) {
    const body = storedBody(db, id)
    replaceRelations(db, id, body ? detectRelations(body.texts, body.docNumber) : [])
    if (body) alive.push(id)
  }
  // Pinyin and short keys cannot come from SQL triggers, so they are computed here.
  refreshSearchIndex(db, alive)
  const seen = refreshed.get(db) ?? new Set<number>()
  ids.forEach((id) => seen.add(id))
  refreshed.set(db, seen)
}

/** The ids refreshed on `db` since the last call (a rolled-back write's ids too: reloading them is harmless). */
export function takeRefreshed(db: Database): number[] {
  const ids = [...(refreshed.get(db) ?? [])]
  refreshed.delete(db)
  return ids
}
