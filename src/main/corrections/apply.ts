// Staff corrections: applied and recorded in one step, and replayed in order after the issue is
// re-imported (--replace) so a replace never undoes them.
import type { Database } from 'better-sqlite3'
import type { Block } from '../../shared/domain'
import { AppError, isAppError } from '../../shared/errors'
import {
  correctionsOfIssue,
  FIELD_LABEL,
  issueKeyOf,
  linkCorrection,
  recordCorrection,
  refreshOldValue,
  type CorrectionMeta,
  type CorrectionRow,
} from '../db/corrections'
import { findInIssue, readStored } from '../db/document-edit'
import { refreshDerived } from '../derived/refresh'
import { applyOp, type CorrectionOp } from './ops'

/** Applies `op` to document `id` and records it; returns the ids touched (for onDocumentsChanged). */
export function correct(db: Database, id: number, op: CorrectionOp, meta: CorrectionMeta): { touched: number[]; relatedId: number | null } {
  if (!meta.editor.trim()) throw new AppError('BAD_REQUEST', '请先在设置中填写操作人姓名')
  return db.transaction(() => {
    const target = readStored(db, id)
    const key = issueKeyOf(db, target.issue_id)
    const r = applyOp(db, target, op)
    recordCorrection(db, {
      documentId: target.id, relatedId: op.field === 'merge' ? null : r.relatedId, key, targetSeq: target.seq,
      targetDocNumber: target.doc_number, field: op.field, oldValue: r.oldValue, newValue: r.newValue,
    }, meta)
    refreshDerived(db, r.touched)
    return { touched: r.touched, relatedId: r.relatedId }
  })()
}

/** The stored row as the operation it replays. */
function opOf(r: CorrectionRow): CorrectionOp {
  if (r.field === 'undo') throw new AppError('BAD_REQUEST', '撤销记录不重放')
  if (r.field === 'body') return { field: 'body', blocks: JSON.parse(r.new_value ?? '[]') as Block[] }
  if (r.field === 'split') return { field: 'split', ...(JSON.parse(r.new_value ?? '{}') as { atBlock: number; blockText: string }) }
  if (r.field === 'merge') {
    return { field: 'merge', ...(JSON.parse(r.new_value ?? '{}') as { secondSeq: number; secondDocNumber: string | null; secondTitle: string }) }
  }
  if (r.field === 'blockKind') return { field: 'blockKind', ...(JSON.parse(r.new_value ?? '{}') as Omit<Extract<CorrectionOp, { field: 'blockKind' }>, 'field'>) }
  return { field: r.field, value: r.new_value }
}

/**
 * Re-applies the corrections of a freshly saved issue, oldest first (inside saveIssue's
 * transaction). `titlesOf` gives, after a replace, the titles each correction's old document had
 * (by correction id): a correction then follows its document by 文号 or title, not by place. Returns the documents
 * touched and a message per correction that no longer fits.
 */
export function reapplyCorrections(
  db: Database,
  issueId: number,
  titlesOf?: ReadonlyMap<number, readonly string[]>,
): { touched: number[]; skipped: string[] } {
  const touched = new Set<number>()
  const skipped: string[] = []
  for (const r of correctionsOfIssue(db, issueKeyOf(db, issueId))) {
    const titles = titlesOf ? (titlesOf.get(r.id) ?? []) : undefined
    const target = findInIssue(db, issueId, r.target_seq, r.target_doc_number, titles)
    if (r.field === 'undo' || r.undone_by !== null) {
      // Taken back: not replayed, but still listed on its document's history.
      linkCorrection(db, r.id, target?.id ?? null, null)
      continue
    }
    try {
      if (!target) throw new AppError('NOT_FOUND', '找不到文号或标题相同的文件')
      const res = db.transaction(() => applyOp(db, target, opOf(r)))()
      res.touched.forEach((id) => touched.add(id))
      linkCorrection(db, r.id, target.id, r.field === 'merge' ? null : res.relatedId)
      // An undo after the re-import puts back what this reading had, not the old one.
      if (r.field === 'split' || r.field === 'merge' || r.field === 'body') refreshOldValue(db, r.id, res.oldValue)
    } catch (err) {
      if (!isAppError(err)) throw err
      linkCorrection(db, r.id, null, null)
      skipped.push(`更正未能重新应用（${r.target_doc_number ?? `第${r.target_seq}份`}，${FIELD_LABEL[r.field]}）：${err.message}`)
    }
  }
  return { touched: [...touched], skipped }
}
