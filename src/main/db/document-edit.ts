// Low-level edits of stored documents (fields, body, split, merge): SQL only. Callers run them
// inside a transaction and refresh citations, relations and search keys (derived/refresh.ts).
import type { Database } from 'better-sqlite3'
import type { Block, CorrectableField, DocumentChanges } from '../../shared/domain'
import { normalizeDocNumber, parseDocNumber } from '../../shared/doc-number'
import { AppError } from '../../shared/errors'
import { splitIssuers } from '../../shared/issuers'
import { insertDocument } from './insert-document'

export interface StoredDoc {
  id: number
  issue_id: number
  seq: number
  doc_number: string | null
  title: string
  issuer: string | null
  recipients: string | null
  date: string | null
  category: string | null
  doc_type: string | null
  public: number
  blocks_json: string
  attachments_json: string
  doc_number_raw: string | null
}

export function readStored(db: Database, id: number): StoredDoc {
  const row = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as StoredDoc | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这份文件（编号 ${id}）`)
  return row
}

export function blocksOf(d: StoredDoc): Block[] {
  return JSON.parse(d.blocks_json) as Block[]
}

/** A field's value as text, the way the corrections table stores it. */
export function fieldText(d: StoredDoc, field: CorrectableField): string | null {
  switch (field) {
    case 'title': return d.title
    case 'docNumber': return d.doc_number
    case 'issuer': return d.issuer
    case 'recipients': return d.recipients
    case 'date': return d.date
    case 'category': return d.category
    case 'docType': return d.doc_type
    case 'public': return d.public === 1 ? 'true' : 'false'
  }
}

export function changeText(field: CorrectableField, changes: DocumentChanges): string | null {
  const v = changes[field]
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  const t = typeof v === 'string' ? v.trim() : null
  if (field === 'docNumber' && t) return normalizeDocNumber(t) ?? t
  return t ? t : null
}

const COLUMN: Record<Exclude<CorrectableField, 'docNumber' | 'issuer' | 'public'>, string> = {
  title: 'title',
  recipients: 'recipients',
  date: 'date',
  category: 'category',
  docType: 'doc_type',
}

/** Writes one field from its stored text form (see fieldText). */
export function setField(db: Database, id: number, field: CorrectableField, value: string | null): void {
  if (field === 'title' && !value) throw new AppError('BAD_REQUEST', '标题不能为空')
  if (field === 'docNumber') {
    const p = value ? parseDocNumber(value) : null
    db.prepare(
      'UPDATE documents SET doc_number = ?, doc_number_raw = ?, agency = ?, doc_year = ?, doc_serial = ? WHERE id = ?',
    ).run(value, value, p?.agency ?? null, p?.year ?? null, p?.serial ?? null, id)
  } else if (field === 'issuer') {
    db.prepare('UPDATE documents SET issuer = ?, issuers_json = ? WHERE id = ?').run(value, JSON.stringify(splitIssuers(value)), id)
  } else if (field === 'public') {
    db.prepare('UPDATE documents SET public = ? WHERE id = ?').run(value === 'true' ? 1 : 0, id)
  } else {
    db.prepare(`UPDATE documents SET ${COLUMN[field]} = ? WHERE id = ?`).run(value, id)
  }
}

/**
 * Replaces a body; the FTS triggers follow body_text (the caller re-reads citations). The blocks'
 * sources no longer match a body edited by hand, so they are dropped.
 */
export function setBlocks(db: Database, id: number, blocks: Block[]): void {
  const body = blocks.map((b) => b.text).join('\n')
  db.prepare('UPDATE documents SET blocks_json = ?, body_text = ?, sources_json = NULL WHERE id = ?').run(
    JSON.stringify(blocks),
    body,
    id,
  )
}

/** A body whose blocks keep their text and only change kind: the sources still match, so they stay. */
export function setBlockKinds(db: Database, id: number, blocks: Block[]): void {
  db.prepare('UPDATE documents SET blocks_json = ? WHERE id = ?').run(JSON.stringify(blocks), id)
}

/** Shifts the seq of an issue's documents after `afterSeq` by `delta` without tripping UNIQUE(issue_id, seq). */
export function shiftSeqs(db: Database, issueId: number, afterSeq: number, delta: number): void {
  db.prepare('UPDATE documents SET seq = -(seq + ?) WHERE issue_id = ? AND seq > ?').run(delta, issueId, afterSeq)
  db.prepare('UPDATE documents SET seq = -seq WHERE issue_id = ? AND seq < 0').run(issueId)
}

export interface NewDocFields {
  title: string
  docNumber: string | null
  issuer: string | null
  date: string | null
  docType: string | null
}

/** Inserts a document right after `first` (same issue, category and public), with `blocks`. */
export function insertAfter(db: Database, first: StoredDoc, f: NewDocFields, blocks: Block[]): number {
  shiftSeqs(db, first.issue_id, first.seq, 1)
  return insertDocument(db, first.issue_id, {
    seq: first.seq + 1, docNumber: f.docNumber, docNumberRaw: f.docNumber, title: f.title, tocTitle: null,
    category: first.category, docType: f.docType, issuer: f.issuer, issuers: splitIssuers(f.issuer), recipients: null,
    date: f.date, public: first.public === 1, tocPage: null, consult: null, attachments: [], blocks, citations: [],
  })
}

/** Deletes a document and closes the gap in its issue's seq. */
export function deleteAndClose(db: Database, d: StoredDoc): void {
  db.prepare('DELETE FROM documents WHERE id = ?').run(d.id)
  shiftSeqs(db, d.issue_id, d.seq, -1)
}

const titleKey = (t: string): string => t.replace(/\s+/g, '')

/**
 * A document of an issue: by its 文号 when that names exactly one; else by one of `titles` (the
 * names the document has had, known after a replace); else by seq. When titles are known, a
 * document at that seq under another title is not the one meant (another file may order its
 * documents differently), so nothing is found.
 */
export function findInIssue(
  db: Database,
  issueId: number,
  seq: number,
  docNumber: string | null,
  titles?: readonly string[],
): StoredDoc | null {
  if (docNumber) {
    const rows = db.prepare('SELECT * FROM documents WHERE issue_id = ? AND doc_number = ?').all(issueId, docNumber) as StoredDoc[]
    if (rows.length === 1) return rows[0]
  }
  const atSeq = (db.prepare('SELECT * FROM documents WHERE issue_id = ? AND seq = ?').get(issueId, seq) as StoredDoc | undefined) ?? null
  if (titles === undefined) return atSeq
  const keys = new Set(titles.map(titleKey))
  if (atSeq && keys.has(titleKey(atSeq.title))) return atSeq
  const all = db.prepare('SELECT * FROM documents WHERE issue_id = ? ORDER BY seq').all(issueId) as StoredDoc[]
  const named = all.filter((d) => keys.has(titleKey(d.title)))
  return named.length === 1 ? named[0] : null
}
