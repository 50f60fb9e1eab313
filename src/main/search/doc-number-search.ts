// 文号 lookups: an exact canonical number, or a partial one (agency + serial, year + serial).
import type { Database } from 'better-sqlite3'
import { MARK_END, MARK_START } from '../../shared/domain'
import type { DocNumberQuery } from './normalize-query'
import type { Candidate } from './rank'
import { andIn, type IdFilter } from './sql'

const MAX_PARTIAL = 200

export function docNumberSearch(db: Database, dn: DocNumberQuery, filter: IdFilter | null): Candidate[] {
  const f = andIn('id', filter)
  let rows: [number, string][]
  if (dn.exact) {
    rows = db
      .prepare(`SELECT id, doc_number FROM documents WHERE doc_number = ?${f.sql} ORDER BY id DESC`)
      .raw()
      .all(dn.exact, ...f.params) as [number, string][]
  } else if (dn.agency) {
    // A range on the indexed doc_number ('兴政函〔' …) rather than a scan of the agency column.
    rows = db
      .prepare(
        `SELECT id, doc_number FROM documents WHERE doc_number >= ? AND doc_number < ? AND doc_serial = ?${f.sql}
         ORDER BY doc_year DESC, id DESC LIMIT ${MAX_PARTIAL}`,
      )
      .raw()
      .all(`${dn.agency}〔`, `${dn.agency}〔\uffff`, dn.serial, ...f.params) as [number, string][]
  } else {
    rows = db
      .prepare(
        `SELECT id, doc_number FROM documents WHERE doc_year = ? AND doc_serial = ?${f.sql}
         ORDER BY doc_number, id DESC LIMIT ${MAX_PARTIAL}`,
      )
      .raw()
      .all(dn.year, dn.serial, ...f.params) as [number, string][]
  }
  return rows.map(([id, docNumber], i) => ({
    id,
    matchedBy: 'docNumber',
    score: (dn.exact ? 1 : 0.9) / (1 + i / 1000),
    snippet: `${MARK_START}${docNumber}${MARK_END}`,
  }))
}
