// Loads the sample issue's 45 documents (truth JSON + text lines) into an in-memory archive.
import type { Database } from 'better-sqlite3'
import { issueWriter } from '../../../bench/lib/insert'
import { loadSampleIssue, type SampleDoc } from '../../../bench/lib/sample'
import { openDb } from '../../../src/main/db/open'
import { refreshSearchIndex } from '../../../src/main/search/keys'

export function sampleDb(): Database {
  const db = openDb(':memory:')
  const writer = issueWriter(db)
  db.transaction(() => refreshSearchIndex(db, writer.saveIssue(loadSampleIssue())))()
  return db
}

/** Adds one more issue holding `docs` (e.g. to test that the indexes follow imports). */
export function addIssue(db: Database, issueNo: number, docs: Partial<SampleDoc>[]): number[] {
  const base = loadSampleIssue()
  const documents = docs.map((d, i) => ({ ...base.documents[0], seq: i + 1, ...d }))
  return db.transaction(() => {
    const ids = issueWriter(db).saveIssue({ ...base, issueNo, documents })
    refreshSearchIndex(db, ids)
    return ids
  })()
}

export function docNumberOf(db: Database, id: number | undefined): string | null {
  if (id === undefined) return null
  return db.prepare('SELECT doc_number FROM documents WHERE id = ?').pluck().get(id) as string | null
}
