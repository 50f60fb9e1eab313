// SQL of issuing-unit names: the alias table, merges and renames as recorded, and the documents
// naming a unit. The engine (merge, rename, undo, import mapping) is corrections/issuer-names.ts.
import type { Database } from 'better-sqlite3'

export interface AliasRow {
  alias: string
  canonical: string
}

export interface IssuerChangeRow {
  id: number
  kind: 'merge' | 'rename'
  from_name: string
  to_name: string
  editor: string
  at: string
  note: string | null
  aliases_before_json: string
  undone_at: string | null
  undone_by: string | null
  documents: number
}

export function listAliases(db: Database): AliasRow[] {
  return db.prepare('SELECT alias, canonical FROM issuer_aliases ORDER BY canonical, alias').all() as AliasRow[]
}

/** The alias rows a change to `names` touches (as variant or as canonical), for its undo. */
export function aliasRowsOf(db: Database, names: string[]): AliasRow[] {
  return db
    .prepare('SELECT alias, canonical FROM issuer_aliases WHERE alias IN (SELECT value FROM json_each(?)) OR canonical IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(names), JSON.stringify(names)) as AliasRow[]
}

/** `from` becomes a variant of `to`; variants of `from` follow it; `to` stops being a variant. */
export function pointAliases(db: Database, from: string, to: string, changeId: number): void {
  db.prepare('DELETE FROM issuer_aliases WHERE alias = ?').run(to)
  db.prepare('UPDATE issuer_aliases SET canonical = ? WHERE canonical = ?').run(to, from)
  db.prepare('INSERT OR REPLACE INTO issuer_aliases (alias, canonical, change_id) VALUES (?, ?, ?)').run(from, to, changeId)
}

/** Puts back the alias rows of `names` as they were before a change. */
export function restoreAliases(db: Database, names: string[], before: AliasRow[]): void {
  const json = JSON.stringify(names)
  db.prepare('DELETE FROM issuer_aliases WHERE alias IN (SELECT value FROM json_each(?)) OR canonical IN (SELECT value FROM json_each(?))').run(json, json)
  const put = db.prepare('INSERT OR REPLACE INTO issuer_aliases (alias, canonical) VALUES (?, ?)')
  for (const r of before) put.run(r.alias, r.canonical)
}

/** Each unit named by documents, with its document count (a joint document counts for each unit). */
export function issuerCounts(db: Database): { name: string; documents: number }[] {
  return db
    .prepare(
      `SELECT name, count(DISTINCT id) AS documents FROM (
         SELECT d.id, j.value AS name FROM documents d, json_each(d.issuers_json) j
         UNION ALL
         SELECT d.id, d.issuer AS name FROM documents d
           WHERE d.issuer IS NOT NULL AND json_array_length(d.issuers_json) = 0)
       GROUP BY name ORDER BY documents DESC, name`,
    )
    .all() as { name: string; documents: number }[]
}

/** Ids of the documents naming `name` among their issuers. */
export function documentsNaming(db: Database, name: string): number[] {
  return db
    .prepare(
      `SELECT id FROM documents d WHERE d.issuer = ?
         OR EXISTS (SELECT 1 FROM json_each(d.issuers_json) j WHERE j.value = ?) ORDER BY id`,
    )
    .pluck()
    .all(name, name) as number[]
}

export function insertChange(
  db: Database,
  c: { kind: 'merge' | 'rename'; from: string; to: string; editor: string; at: string; note: string | null; before: AliasRow[] },
): number {
  const r = db
    .prepare('INSERT INTO issuer_changes (kind, from_name, to_name, editor, at, note, aliases_before_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(c.kind, c.from, c.to, c.editor, c.at, c.note, JSON.stringify(c.before))
  return Number(r.lastInsertRowid)
}

const CHANGE_SELECT = `SELECT c.*, (SELECT count(*) FROM corrections k WHERE k.issuer_change_id = c.id) AS documents
  FROM issuer_changes c`

export function readChange(db: Database, id: number): IssuerChangeRow | undefined {
  return db.prepare(`${CHANGE_SELECT} WHERE c.id = ?`).get(id) as IssuerChangeRow | undefined
}

export function listChanges(db: Database, limit = 200): IssuerChangeRow[] {
  return db.prepare(`${CHANGE_SELECT} ORDER BY c.id DESC LIMIT ?`).all(limit) as IssuerChangeRow[]
}

export function markUndone(db: Database, id: number, editor: string, at: string): void {
  db.prepare('UPDATE issuer_changes SET undone_at = ?, undone_by = ? WHERE id = ?').run(at, editor, id)
}

/** The per-document issuer corrections a change made, in order (the undo walks them back). */
export function correctionsOfChange(db: Database, id: number): { document_id: number | null; old_value: string | null; new_value: string | null }[] {
  return db
    .prepare("SELECT document_id, old_value, new_value FROM corrections WHERE issuer_change_id = ? AND field = 'issuer' ORDER BY id")
    .all(id) as { document_id: number | null; old_value: string | null; new_value: string | null }[]
}
