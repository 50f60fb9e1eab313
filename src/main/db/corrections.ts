// Staff corrections: applied and recorded in one step, listed as a document's history, and
// replayed in order after the issue is re-imported (--replace) so a replace never undoes them.
import type { Database } from 'better-sqlite3'
import type { Block, CorrectableField, CorrectionRecord } from '../../shared/domain'
import { AppError, isAppError } from '../../shared/errors'
import { applyOp, findInIssue, type CorrectionOp } from './correction-ops'
import { readStored, refreshDerived } from './document-edit'

export interface CorrectionMeta {
  editor: string
  note?: string | null
  at: string
}

interface IssueKey {
  gazette: string
  year: number
  issue_no: number
}

function issueKeyOf(db: Database, issueId: number): IssueKey {
  return db
    .prepare('SELECT g.name AS gazette, i.year, i.issue_no FROM issues i JOIN gazettes g ON g.id = i.gazette_id WHERE i.id = ?')
    .get(issueId) as IssueKey
}

/** Applies `op` to document `id` and records it; returns the ids touched (for onDocumentsChanged). */
export function correct(db: Database, id: number, op: CorrectionOp, meta: CorrectionMeta): { touched: number[]; relatedId: number | null } {
  if (!meta.editor.trim()) throw new AppError('BAD_REQUEST', '请先在设置中填写操作人姓名')
  return db.transaction(() => {
    const target = readStored(db, id)
    const key = issueKeyOf(db, target.issue_id)
    const r = applyOp(db, target, op)
    db.prepare(
      `INSERT INTO corrections (document_id, related_document_id, gazette, year, issue_no, target_seq,
         target_doc_number, editor, at, field, old_value, new_value, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      target.id, op.field === 'merge' ? null : r.relatedId, key.gazette, key.year, key.issue_no, target.seq,
      target.doc_number, meta.editor.trim(), meta.at, op.field, r.oldValue, r.newValue, meta.note?.trim() || null,
    )
    refreshDerived(db, r.touched)
    return { touched: r.touched, relatedId: r.relatedId }
  })()
}

interface Row {
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
}

/** The stored row as the operation it replays. */
function opOf(r: Row): CorrectionOp {
  if (r.field === 'body') return { field: 'body', blocks: JSON.parse(r.new_value ?? '[]') as Block[] }
  if (r.field === 'split') return { field: 'split', ...(JSON.parse(r.new_value ?? '{}') as { atBlock: number; blockText: string }) }
  if (r.field === 'merge') {
    return { field: 'merge', ...(JSON.parse(r.new_value ?? '{}') as { secondSeq: number; secondDocNumber: string | null; secondTitle: string }) }
  }
  return { field: r.field, value: r.new_value }
}

/**
 * Re-applies the corrections of a freshly saved issue, oldest first (inside saveIssue's
 * transaction). Returns the documents touched and a message per correction that no longer fits.
 */
export function reapplyCorrections(db: Database, issueId: number): { touched: number[]; skipped: string[] } {
  const key = issueKeyOf(db, issueId)
  const rows = db
    .prepare('SELECT * FROM corrections WHERE gazette = ? AND year = ? AND issue_no = ? ORDER BY id')
    .all(key.gazette, key.year, key.issue_no) as Row[]
  const touched = new Set<number>()
  const skipped: string[] = []
  const link = db.prepare('UPDATE corrections SET document_id = ?, related_document_id = ? WHERE id = ?')
  for (const r of rows) {
    const target = findInIssue(db, issueId, r.target_seq, r.target_doc_number)
    try {
      if (!target) throw new AppError('NOT_FOUND', '找不到原文件')
      const res = db.transaction(() => applyOp(db, target, opOf(r)))()
      res.touched.forEach((id) => touched.add(id))
      link.run(target.id, r.field === 'merge' ? null : res.relatedId, r.id)
    } catch (err) {
      if (!isAppError(err)) throw err
      link.run(null, null, r.id)
      skipped.push(`更正未能重新应用（${r.target_doc_number ?? `第${r.target_seq}份`}，${FIELD_LABEL[r.field]}）：${err.message}`)
    }
  }
  return { touched: [...touched], skipped }
}

const FIELD_LABEL: Record<CorrectionRecord['field'], string> = {
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
}

function shown(field: CorrectableField, v: string | null): string {
  if (field === 'public') return v === 'true' ? '公开' : '不公开'
  return v ?? '（空）'
}

function summaryOf(r: Row): string {
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
    .all(id, id) as Row[]
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
  }))
}
