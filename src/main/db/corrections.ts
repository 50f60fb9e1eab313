// The corrections table: staff corrections recorded, listed as a document's history, and read
// back for replay after a re-import (the engine is src/main/corrections/).
import type { Database } from 'better-sqlite3'
import type { CorrectableField, CorrectionRecord } from '../../shared/domain'
import { BLOCK_KIND_LABEL } from '../../shared/block-kinds'
import type { BlockKind } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { readStored } from './document-edit'

export interface CorrectionMeta {
  editor: string
  note?: string | null
  at: string
  /** The issuer merge or rename this correction is part of (its undo walks them back). */
  issuerChangeId?: number | null
}

export interface IssueKey {
  gazette: string
  year: number
  issue_no: number
}

export function issueKeyOf(db: Database, issueId: number): IssueKey {
  return db
    .prepare('SELECT g.name AS gazette, i.year, i.issue_no FROM issues i JOIN gazettes g ON g.id = i.gazette_id WHERE i.id = ?')
    .get(issueId) as IssueKey
}

/** One correction as recorded (the op's new value in its stored text form). */
export interface NewCorrection {
  documentId: number
  relatedId: number | null
  key: IssueKey
  targetSeq: number
  targetDocNumber: string | null
  field: CorrectionRecord['field']
  oldValue: string | null
  newValue: string | null
}

/** Records a correction; returns its id. */
export function recordCorrection(db: Database, c: NewCorrection, meta: CorrectionMeta): number {
  const r = db.prepare(
    `INSERT INTO corrections (document_id, related_document_id, gazette, year, issue_no, target_seq,
       target_doc_number, editor, at, field, old_value, new_value, note, issuer_change_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.documentId, c.relatedId, c.key.gazette, c.key.year, c.key.issue_no, c.targetSeq,
    c.targetDocNumber, meta.editor.trim(), meta.at, c.field, c.oldValue, c.newValue, meta.note?.trim() || null, meta.issuerChangeId ?? null,
  )
  return Number(r.lastInsertRowid)
}

export function getCorrection(db: Database, id: number): CorrectionRow {
  const row = db.prepare('SELECT * FROM corrections WHERE id = ?').get(id) as CorrectionRow | undefined
  if (!row) throw new AppError('NOT_FOUND', `找不到这条修改记录（编号 ${id}）`)
  return row
}

/** The changes of the same issue made after `c` and still in force (undo rows excepted). */
export function laterCorrections(db: Database, c: CorrectionRow): CorrectionRow[] {
  return db
    .prepare(
      `SELECT later.* FROM corrections later JOIN corrections c ON c.id = ?
       WHERE later.gazette = c.gazette AND later.year = c.year AND later.issue_no = c.issue_no
         AND later.id > c.id AND later.undone_by IS NULL AND later.field != 'undo' ORDER BY later.id`,
    )
    .all(c.id) as CorrectionRow[]
}

export function refreshOldValue(db: Database, id: number, oldValue: string | null): void {
  db.prepare('UPDATE corrections SET old_value = ? WHERE id = ?').run(oldValue, id)
}

export function markUndone(db: Database, id: number, undoId: number): void {
  db.prepare('UPDATE corrections SET undone_by = ? WHERE id = ?').run(undoId, id)
}

/** The history rows that name a document (kept in a merge so its undo can name it again). */
export interface DocumentLinks {
  asDocument: number[]
  asRelated: number[]
}

export function linksTo(db: Database, docId: number): DocumentLinks {
  const ids = (col: string): number[] => db.prepare(`SELECT id FROM corrections WHERE ${col} = ?`).pluck().all(docId) as number[]
  return { asDocument: ids('document_id'), asRelated: ids('related_document_id') }
}

export function relink(db: Database, docId: number, links: DocumentLinks): void {
  const set = (col: string, ids: number[]): void => {
    const stmt = db.prepare(`UPDATE corrections SET ${col} = ? WHERE id = ? AND ${col} IS NULL`)
    for (const id of ids) stmt.run(docId, id)
  }
  set('document_id', links.asDocument)
  set('related_document_id', links.asRelated)
}

export interface CorrectionRow {
  id: number
  document_id: number | null
  related_document_id: number | null
  target_seq: number
  target_doc_number: string | null
  editor: string
  at: string
  field: CorrectionRecord['field']
  old_value: string | null
  new_value: string | null
  note: string | null
  issuer_change_id?: number | null
  undone_by: number | null
}

/** The corrections of an issue (by gazette, year and number, which survive a re-import), oldest first. */
export function correctionsOfIssue(db: Database, key: IssueKey): CorrectionRow[] {
  return db
    .prepare('SELECT * FROM corrections WHERE gazette = ? AND year = ? AND issue_no = ? ORDER BY id')
    .all(key.gazette, key.year, key.issue_no) as CorrectionRow[]
}

/** Points a replayed correction at the documents it now applies to (null: it no longer fits). */
export function linkCorrection(db: Database, correctionId: number, documentId: number | null, relatedId: number | null): void {
  db.prepare('UPDATE corrections SET document_id = ?, related_document_id = ? WHERE id = ?').run(documentId, relatedId, correctionId)
}

export const FIELD_LABEL: Record<CorrectionRecord['field'], string> = {
  title: '标题',
  docNumber: '文号',
  issuer: '发文机关',
  recipients: '主送机关',
  date: '成文日期',
  category: '栏目',
  docType: '文种',
  public: '公开属性',
  body: '正文',
  split: '拆分',
  merge: '合并',
  blockKind: '段落类型',
  undo: '撤销',
}

function shown(field: CorrectableField, v: string | null): string {
  if (field === 'public') return v === 'true' ? '公开' : '不公开'
  return v ?? '（空）'
}

export function summaryOf(r: CorrectionRow): string {
  if (r.field === 'undo') return `撤销：${(JSON.parse(r.new_value ?? '{}') as { summary?: string }).summary ?? ''}`
  if (r.field === 'blockKind') {
    const v = JSON.parse(r.new_value ?? '{}') as { atBlock?: number; blockText?: string; kind?: BlockKind }
    const text = (v.blockText ?? '').slice(0, 12)
    const label = (k: string | null | undefined): string => BLOCK_KIND_LABEL[k as BlockKind] ?? k ?? '（空）'
    return `第 ${(v.atBlock ?? 0) + 1} 段「${text}」的类型：${label(r.old_value)} → ${label(v.kind)}`
  }
  if (r.field === 'body') {
    const n = (v: string | null): number => (JSON.parse(v ?? '[]') as unknown[]).length
    return `修改正文（${n(r.old_value)} 段 → ${n(r.new_value)} 段）`
  }
  if (r.field === 'split' || r.field === 'merge') {
    const v = JSON.parse(r.new_value ?? '{}') as { atBlock?: number; secondTitle?: string }
    return r.field === 'split'
      ? `在第 ${(v.atBlock ?? 0) + 1} 段处拆分，后半部分成为《${v.secondTitle ?? ''}》`
      : `并入其后的《${v.secondTitle ?? ''}》`
  }
  return `${FIELD_LABEL[r.field]}：${shown(r.field, r.old_value)} → ${shown(r.field, r.new_value)}`
}

/** Every change recorded on a document (as target, or as the part split off), oldest first. */
export function listHistory(db: Database, id: number): CorrectionRecord[] {
  readStored(db, id)
  const rows = db
    .prepare('SELECT * FROM corrections WHERE document_id = ? OR related_document_id = ? ORDER BY id')
    .all(id, id) as CorrectionRow[]
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    relatedDocumentId: r.related_document_id,
    editor: r.editor,
    at: r.at,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    note: r.note,
    summary: summaryOf(r),
    issuerChangeId: r.issuer_change_id ?? null,
    undoneBy: r.undone_by,
  }))
}
