// Validity relations (repeals / amends / extends) between documents, and 文号 cited but not held.
import type { Database } from 'better-sqlite3'
import type {
  Block,
  CitationSource,
  DanglingReference,
  DocumentRelation,
  RelationKind,
  ValidityStatus,
} from '../../shared/domain'
import { docNumberSortKey } from '../../shared/doc-number'

/** The 文号 and paragraph texts of a stored document, or undefined when it is gone. */
export function storedBody(db: Database, id: number): { docNumber: string | null; texts: string[] } | undefined {
  const row = db.prepare('SELECT doc_number, blocks_json FROM documents WHERE id = ?').get(id) as
    | { doc_number: string | null; blocks_json: string }
    | undefined
  return row && { docNumber: row.doc_number, texts: (JSON.parse(row.blocks_json) as Block[]).map((b) => b.text) }
}

/** Replaces the relations stated by document `id`. */
export function replaceRelations(db: Database, id: number, relations: readonly { kind: RelationKind; docNumber: string }[]): void {
  db.prepare('DELETE FROM relations WHERE source_id = ?').run(id)
  const put = db.prepare('INSERT OR IGNORE INTO relations (source_id, kind, doc_number) VALUES (?, ?, ?)')
  for (const r of relations) put.run(id, r.kind, r.docNumber)
}

/** Replaces the 文号 cited by document `id`, in citing order. */
export function replaceCitations(db: Database, id: number, cited: readonly string[]): void {
  db.prepare('DELETE FROM citations WHERE source_id = ?').run(id)
  const put = db.prepare('INSERT INTO citations (source_id, doc_number, position) VALUES (?, ?, ?)')
  cited.forEach((n, i) => put.run(id, n, i))
}

const TARGET = `(SELECT t.id FROM documents t JOIN issues ti ON ti.id = t.issue_id WHERE t.doc_number = r.doc_number
  ORDER BY ti.year DESC, ti.issue_no DESC LIMIT 1)`

interface IncomingRow {
  kind: RelationKind
  sourceId: number
  sourceDocNumber: string | null
  sourceTitle: string
  date: string | null
}

/** Relations of one document, both ways, and the validity status the incoming ones give it. */
export function relationsOf(
  db: Database,
  id: number,
  docNumber: string | null,
): { relations: DocumentRelation[]; status: ValidityStatus | null } {
  const outgoing = db
    .prepare(`SELECT r.kind, r.doc_number AS docNumber, ${TARGET} AS targetId FROM relations r WHERE r.source_id = ?
      ORDER BY r.kind, r.doc_number`)
    .all(id) as { kind: RelationKind; docNumber: string; targetId: number | null }[]
  const incoming = docNumber
    ? (db
        .prepare(
          `SELECT r.kind, d.id AS sourceId, d.doc_number AS sourceDocNumber, d.title AS sourceTitle, d.date
           FROM relations r JOIN documents d ON d.id = r.source_id JOIN issues i ON i.id = d.issue_id
           WHERE r.doc_number = ? AND d.id <> ? ORDER BY d.date IS NULL, d.date, i.year, i.issue_no, d.seq`,
        )
        .all(docNumber, id) as IncomingRow[])
    : []
  const relations: DocumentRelation[] = [
    ...outgoing.map((r) => ({ ...r, direction: 'outgoing' as const })),
    ...incoming.map(({ date: _date, ...r }) => ({ ...r, docNumber: docNumber as string, targetId: id, direction: 'incoming' as const })),
  ]
  return { relations, status: statusFrom(incoming) }
}

const STATUS: Record<RelationKind, ValidityStatus> = { repeals: 'repealed', amends: 'amended', extends: 'extended' }

/** A repeal is final; otherwise the latest act (by the source's date) decides. */
function statusFrom(incoming: IncomingRow[]): ValidityStatus | null {
  if (incoming.some((r) => r.kind === 'repeals')) return 'repealed'
  const last = incoming.at(-1)
  return last ? STATUS[last.kind] : null
}

/** 文号 cited somewhere but held nowhere, in natural 文号 order, with the citing documents. */
export function listDanglingReferences(db: Database): DanglingReference[] {
  const rows = db
    .prepare(
      `SELECT c.doc_number AS target, d.id, d.doc_number AS docNumber, d.title FROM citations c
       JOIN documents d ON d.id = c.source_id
       WHERE NOT EXISTS (SELECT 1 FROM documents t WHERE t.doc_number = c.doc_number)
       ORDER BY c.doc_number, d.id`,
    )
    .all() as (CitationSource & { target: string })[]
  const byNumber = new Map<string, CitationSource[]>()
  for (const { target, ...src } of rows) {
    const list = byNumber.get(target) ?? []
    if (!list.some((s) => s.id === src.id)) list.push(src)
    byNumber.set(target, list)
  }
  return [...byNumber]
    .map(([docNumber, citedBy]) => ({ docNumber, citedBy }))
    .sort((a, b) => (docNumberSortKey(a.docNumber) < docNumberSortKey(b.docNumber) ? -1 : 1))
}
