// Page ranges of hand-catalogued scanned documents, and the PDF an issue came from.
import type { Database } from 'better-sqlite3'

export function insertScanPages(db: Database, documentId: number, pageFrom: number, pageTo: number): void {
  db.prepare('INSERT OR REPLACE INTO scanned_documents (document_id, page_from, page_to) VALUES (?, ?, ?)').run(
    documentId,
    pageFrom,
    pageTo,
  )
}

/** The stored PDF of an issue (its scan, or the PDF it was imported from), or null. */
export function findIssuePdf(db: Database, issueId: number): { originalName: string; storedPath: string } | null {
  const row = db
    .prepare(
      `SELECT original_name AS originalName, stored_path AS storedPath FROM source_files
       WHERE issue_id = ? AND (media_type = 'application/pdf' OR lower(stored_path) LIKE '%.pdf') ORDER BY id LIMIT 1`,
    )
    .get(issueId) as { originalName: string; storedPath: string } | undefined
  return row ?? null
}

/** The registered scanned documents of an issue with their page ranges, in order. */
export function scanPagesOfIssue(db: Database, issueId: number): { id: number; seq: number; title: string; docNumber: string | null; date: string | null; pageFrom: number; pageTo: number }[] {
  return db
    .prepare(
      `SELECT d.id, d.seq, d.title, d.doc_number AS docNumber, d.date, s.page_from AS pageFrom, s.page_to AS pageTo
       FROM documents d JOIN scanned_documents s ON s.document_id = d.id WHERE d.issue_id = ? ORDER BY d.seq`,
    )
    .all(issueId) as { id: number; seq: number; title: string; docNumber: string | null; date: string | null; pageFrom: number; pageTo: number }[]
}
