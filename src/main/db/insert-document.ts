// Writing one document row (and the citations the parser found): the only INSERT INTO documents.
import type { Database } from 'better-sqlite3'
import type { ParsedDocument } from '../../shared/domain'
import { normalizeDocNumber, parseDocNumber } from '../../shared/doc-number'

/** Plain text for the FTS index: every block's text, one per line. */
export function bodyText(d: ParsedDocument): string {
  return d.blocks.map((b) => b.text).join('\n')
}

/** The blocks' sources, kept only when there is exactly one per block. */
function sourcesJson(d: ParsedDocument): string | null {
  return d.sources && d.sources.length === d.blocks.length ? JSON.stringify(d.sources) : null
}

/** The one INSERT INTO documents: an issue's parsed documents at import, and a split's second part. */
export function insertDocument(db: Database, issueId: number, d: ParsedDocument): number {
  const docNumber = d.docNumber ? (normalizeDocNumber(d.docNumber) ?? d.docNumber) : null
  const parts = docNumber ? parseDocNumber(docNumber) : null
  const r = db
    .prepare(
      `INSERT INTO documents (issue_id, seq, doc_number, doc_number_raw, agency, doc_year, doc_serial,
         title, toc_title, category, doc_type, issuer, issuers_json, recipients, date, public, toc_page,
         consult_unit, consult_phone, attachments_json, blocks_json, body_text, confidence, reasons_json,
         sources_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      issueId, d.seq, docNumber, d.docNumberRaw, parts?.agency ?? null, parts?.year ?? null,
      parts?.serial ?? null, d.title, d.tocTitle, d.category, d.docType, d.issuer,
      JSON.stringify(d.issuers), d.recipients, d.date, d.public ? 1 : 0, d.tocPage,
      d.consult?.unit ?? null, d.consult?.phone ?? null, JSON.stringify(d.attachments),
      JSON.stringify(d.blocks), bodyText(d), d.confidence ?? null, JSON.stringify(d.reasons ?? []),
      sourcesJson(d),
    )
  const id = Number(r.lastInsertRowid)
  const cite = db.prepare('INSERT INTO citations (source_id, doc_number, position) VALUES (?, ?, ?)')
  d.citations.forEach((c, i) => cite.run(id, normalizeDocNumber(c) ?? c, i))
  return id
}

/**
 * A row read whole (SELECT *) written back, for the undo of a merge: only the columns the table
 * still has; its old id when free, else a new one.
 */
export function reinsertDocumentRow(db: Database, row: Record<string, unknown>): number {
  const columns = new Set((db.prepare('PRAGMA table_info(documents)').all() as { name: string }[]).map((c) => c.name))
  const taken = db.prepare('SELECT 1 FROM documents WHERE id = ?').get(row.id) !== undefined
  const keys = Object.keys(row).filter((k) => columns.has(k) && !(k === 'id' && taken))
  const sql = `INSERT INTO documents (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`
  return Number(db.prepare(sql).run(...keys.map((k) => row[k])).lastInsertRowid)
}
