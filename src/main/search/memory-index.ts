// The in-memory side of search, one per open database: a Fuse index over short fields (title,
// 文号, issuer, category), a character → documents map that narrows Fuse's work, and the pinyin
// keys. Built lazily on first use, then kept current by onDocumentsChanged (Fuse add/remove).
import type { Database } from 'better-sqlite3'
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js'
import { refreshMissingKeys } from './keys'

export interface Entry {
  id: number
  title: string
  docNumber: string
  issuer: string
  category: string
  date: string
  titlePinyin: string
  titleInitials: string
  issuerPinyin: string
  issuerInitials: string
}

type IndexRecord = FuseIndex<Entry>['records'][number]

export const FUSE_OPTIONS: IFuseOptions<Entry> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'docNumber', weight: 1 },
    { name: 'issuer', weight: 1 },
    { name: 'category', weight: 0.5 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true, // a typo may sit anywhere in a long title
  threshold: 0.4,
  minMatchCharLength: 2,
}

export interface MemoryIndex {
  fuse: Fuse<Entry>
  records: Map<number, IndexRecord> // id → the Fuse record (same object Fuse keeps)
  entries: Map<number, Entry>
  // character → ids, packed (an Int32Array is 4 bytes an id, a JS array 8+); stale ids are
  // skipped via `entries` and dropped when they pass a tenth of the index.
  chars: Map<string, Int32Array>
  maxId: number
  stale: number
  buildMs: number
}

const indexes = new WeakMap<Database, MemoryIndex>()

const KEY_COLUMNS = `k.doc_id AS id, k.title, k.issuer, coalesce(k.date, '') AS date,
  k.title_pinyin AS titlePinyin, k.title_initials AS titleInitials,
  k.issuer_pinyin AS issuerPinyin, k.issuer_initials AS issuerInitials`

function loadEntries(db: Database, ids: readonly number[] | null): Entry[] {
  let rows: Entry[]
  if (ids) {
    rows = db
      .prepare(
        `SELECT ${KEY_COLUMNS}, coalesce(d.doc_number, '') AS docNumber, coalesce(d.category, '') AS category
         FROM search_keys k JOIN documents d ON d.id = k.doc_id WHERE k.doc_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as Entry[]
  } else {
    // For all documents, 文号 and category come from covering scans of their indexes: reading the
    // wide documents rows (body inline) would take ~0.5 s at 100,000 documents.
    const column = (col: string, index: string): Map<number, string> =>
      new Map(db.prepare(`SELECT id, ${col} FROM documents INDEXED BY ${index}`).raw().all() as [number, string][])
    const numbers = column('doc_number', 'documents_doc_number')
    const categories = column('category', 'documents_category')
    rows = db.prepare(`SELECT ${KEY_COLUMNS} FROM search_keys k`).all() as Entry[]
    for (const e of rows) {
      e.docNumber = numbers.get(e.id) ?? ''
      e.category = categories.get(e.id) ?? ''
    }
  }
  // Issuers and categories repeat across thousands of documents: share one string each.
  const pool = new Map<string, string>()
  const intern = (s: string): string => pool.get(s) ?? (pool.set(s, s), s)
  for (const e of rows) {
    e.issuer = intern(e.issuer)
    e.category = intern(e.category)
    e.issuerPinyin = intern(e.issuerPinyin)
    e.issuerInitials = intern(e.issuerInitials)
  }
  return rows
}

/**
 * Adds the entries' characters to the packed lists: count first, then fill new arrays, so even the
 * initial build of 100,000 documents never holds millions of ids in JS arrays.
 */
function indexChars(chars: Map<string, Int32Array>, list: readonly Entry[]): void {
  const charsOf = (e: Entry): Set<string> => new Set(e.title + e.docNumber + e.issuer + e.category)
  const counts = new Map<string, number>()
  for (const e of list) for (const c of charsOf(e)) counts.set(c, (counts.get(c) ?? 0) + 1)
  const cursor = new Map<string, number>()
  for (const [c, n] of counts) {
    const old = chars.get(c) ?? new Int32Array(0)
    const merged = new Int32Array(old.length + n)
    merged.set(old)
    chars.set(c, merged)
    cursor.set(c, old.length)
  }
  for (const e of list) {
    for (const c of charsOf(e)) {
      const at = cursor.get(c) as number
      ;(chars.get(c) as Int32Array)[at] = e.id
      cursor.set(c, at + 1)
    }
  }
}

const maxIdOf = (list: readonly Entry[], start = 0): number => list.reduce((m, e) => Math.max(m, e.id), start)

function build(db: Database): MemoryIndex {
  const started = performance.now()
  if (!db.readonly) refreshMissingKeys(db)
  const list = loadEntries(db, null)
  const fuse = new Fuse(list, FUSE_OPTIONS)
  const records = new Map<number, IndexRecord>()
  for (const r of fuse.getIndex().records) records.set(list[r.i as number].id, r)
  const chars = new Map<string, Int32Array>()
  indexChars(chars, list)
  const entries = new Map(list.map((e) => [e.id, e]))
  return { fuse, records, entries, chars, maxId: maxIdOf(list), stale: 0, buildMs: performance.now() - started }
}

/** The index of `db`, built on first use. */
export function memoryIndex(db: Database): MemoryIndex {
  let idx = indexes.get(db)
  if (!idx) {
    idx = build(db)
    indexes.set(db, idx)
  }
  return idx
}

/** Builds the index now (e.g. right after opening an archive) instead of on the first query. */
export function warmSearchIndex(db: Database): number {
  return memoryIndex(db).buildMs
}

export function dropSearchIndex(db: Database): void {
  indexes.delete(db)
}

/**
 * Call after a committed import, replace or delete. Documents added or removed since the last call
 * are found by comparing ids; `changedIds` names documents whose fields changed under the same id
 * (or whose id SQLite reused). Does nothing until the index was first used.
 */
export function onDocumentsChanged(db: Database, changedIds: readonly number[] = []): void {
  const idx = indexes.get(db)
  if (!idx) return
  if (!db.readonly) refreshMissingKeys(db)
  const current = new Set(db.prepare('SELECT doc_id FROM search_keys').pluck().all() as number[])
  const changed = new Set(changedIds.filter((id) => idx.entries.has(id)))
  const gone = new Set([...idx.entries.keys()].filter((id) => !current.has(id) || changed.has(id)))
  if (gone.size) {
    idx.fuse.remove((e) => gone.has(e.id))
    for (const id of gone) {
      idx.entries.delete(id)
      idx.records.delete(id)
    }
    idx.stale += gone.size
  }
  const added = [...current].filter((id) => !idx.entries.has(id))
  const fresh = added.length ? loadEntries(db, added) : []
  for (const e of fresh) {
    idx.fuse.add(e)
    const recs = idx.fuse.getIndex().records
    idx.records.set(e.id, recs[recs.length - 1])
    idx.entries.set(e.id, e)
  }
  indexChars(idx.chars, fresh)
  idx.maxId = maxIdOf(fresh, idx.maxId)
  if (idx.stale > idx.entries.size / 10) compactChars(idx)
}

function compactChars(idx: MemoryIndex): void {
  for (const [c, ids] of idx.chars) {
    const kept = Int32Array.from(new Set(ids.filter((id) => idx.entries.has(id))))
    if (kept.length) idx.chars.set(c, kept)
    else idx.chars.delete(c)
  }
  idx.stale = 0
}
