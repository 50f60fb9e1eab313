// Undo of a recorded change (issue 16): the inverse of each kind of correction, refused in
// Chinese when a later change builds on it. The undo is a history row of its own and marks the
// change it takes back, so a re-import replays neither.
import type { Database } from 'better-sqlite3'
import type { BlockKind, CorrectableField } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import {
  FIELD_LABEL,
  getCorrection,
  issueKeyOf,
  laterCorrections,
  markUndone,
  recordCorrection,
  relink,
  summaryOf,
  type CorrectionMeta,
  type CorrectionRow,
  type DocumentLinks,
} from '../db/corrections'
import { blocksOf, deleteAndClose, fieldText, readStored, setBlockKinds, setBlocks, setField, type StoredDoc } from '../db/document-edit'
import { restoreBody, restoreDocument, type BodySnapshot } from '../db/document-restore'
import { refreshCitations, refreshDerived } from '../derived/refresh'

const BODY_KINDS = new Set(['body', 'split', 'merge'])
const when = (at: string): string => at.replace('T', ' ').slice(0, 16)

function refuse(reason: string): never {
  throw new AppError('BAD_REQUEST', `无法撤销：${reason}`)
}

/** Refuses when a later change still in force touches what the undo would put back. */
function checkLater(db: Database, c: CorrectionRow, clashes: (later: CorrectionRow) => boolean): void {
  const clash = laterCorrections(db, c).find(clashes)
  if (clash) {
    refuse(`此后又有修改涉及同一内容（${when(clash.at)} ${clash.editor}：${summaryOf(clash)}），请先撤销那次较新的修改`)
  }
}

const touches = (r: CorrectionRow, id: number | null): boolean => id !== null && (r.document_id === id || r.related_document_id === id)

function undoField(db: Database, c: CorrectionRow, doc: StoredDoc): number[] {
  const field = c.field as CorrectableField
  checkLater(db, c, (l) => l.document_id === doc.id && l.field === field)
  if (fieldText(doc, field) !== c.new_value) refuse(`「${FIELD_LABEL[field]}」的当前内容已不是这次修改的结果`)
  setField(db, doc.id, field, c.old_value)
  return [doc.id]
}

function undoBody(db: Database, c: CorrectionRow, doc: StoredDoc): number[] {
  checkLater(db, c, (l) => touches(l, doc.id) && BODY_KINDS.has(l.field))
  if (doc.blocks_json !== c.new_value) refuse('正文的当前内容已不是这次修改的结果')
  setBlocks(db, doc.id, JSON.parse(c.old_value ?? '[]'))
  refreshCitations(db, doc.id)
  return [doc.id]
}

function undoSplit(db: Database, c: CorrectionRow, first: StoredDoc): number[] {
  if (!c.old_value) refuse('这次拆分记录于撤销功能之前，没有保存拆分前的正文')
  const secondId = c.related_document_id
  const second = secondId === null ? null : (db.prepare('SELECT * FROM documents WHERE id = ?').get(secondId) as StoredDoc | undefined)
  if (!second || second.issue_id !== first.issue_id || second.seq !== first.seq + 1) {
    refuse('拆分出的文件已不在原文件之后（可能已被合并或删除）')
  }
  checkLater(db, c, (l) => touches(l, second.id) || (touches(l, first.id) && BODY_KINDS.has(l.field)))
  restoreBody(db, first.id, JSON.parse(c.old_value) as BodySnapshot)
  deleteAndClose(db, second)
  refreshCitations(db, first.id)
  return [first.id, second.id]
}

interface KindChange {
  atBlock: number
  blockText: string
  kind: BlockKind
}

/** A paragraph's kind back to what it was (the old kind is the change's old value). */
function undoBlockKind(db: Database, c: CorrectionRow, doc: StoredDoc): number[] {
  const v = JSON.parse(c.new_value ?? '{}') as KindChange
  const sameBlock = (l: CorrectionRow): boolean => l.field === 'blockKind' && (JSON.parse(l.new_value ?? '{}') as KindChange).atBlock === v.atBlock
  checkLater(db, c, (l) => touches(l, doc.id) && (BODY_KINDS.has(l.field) || sameBlock(l)))
  const blocks = blocksOf(doc)
  const block = blocks[v.atBlock]
  if (!block || block.text !== v.blockText || block.kind !== v.kind) refuse('这一段的类型已不是这次修改的结果')
  const old = (c.old_value ?? 'paragraph') as BlockKind
  setBlockKinds(db, doc.id, blocks.map((b, i) => (i === v.atBlock ? { ...b, kind: old } : b)))
  return [doc.id]
}

interface MergeSnapshot {
  first: BodySnapshot
  second: Record<string, unknown>
  links: DocumentLinks
}

function undoMerge(db: Database, c: CorrectionRow, first: StoredDoc): number[] {
  if (!c.old_value) refuse('这次合并记录于撤销功能之前，没有保存被并入文件的原样')
  checkLater(db, c, (l) => touches(l, first.id) && BODY_KINDS.has(l.field))
  const snap = JSON.parse(c.old_value) as MergeSnapshot
  restoreBody(db, first.id, snap.first)
  refreshCitations(db, first.id)
  const secondId = restoreDocument(db, snap.second, first.issue_id, first.seq + 1)
  refreshCitations(db, secondId)
  relink(db, secondId, snap.links)
  return [first.id, secondId]
}

/** The inverse of `c`, applied; returns the documents touched (the first is where the change was). */
function invert(db: Database, c: CorrectionRow, doc: StoredDoc): number[] {
  switch (c.field) {
    case 'body': return undoBody(db, c, doc)
    case 'split': return undoSplit(db, c, doc)
    case 'merge': return undoMerge(db, c, doc)
    case 'blockKind': return undoBlockKind(db, c, doc)
    case 'undo': return refuse('撤销记录本身不能再撤销')
    default: return undoField(db, c, doc)
  }
}

/** Takes back correction `correctionId` and records the undo; returns the documents touched. */
export function undoCorrection(db: Database, correctionId: number, meta: CorrectionMeta): { documentId: number; touched: number[] } {
  if (!meta.editor.trim()) throw new AppError('BAD_REQUEST', '请先在设置中填写操作人姓名')
  return db.transaction(() => {
    const c = getCorrection(db, correctionId)
    if (c.undone_by !== null) refuse('这次修改已经撤销过了')
    // A 发文机关 merge or rename changed many documents at once; it is undone whole, on its own page.
    if (c.issuer_change_id) refuse('这条修改来自发文机关的合并或更名，请在「发文机关」页撤销那次改动')
    if (c.document_id === null) refuse('这次修改所在的文件已不存在（可能已被合并，或重新导入后这次修改未能应用）')
    const doc = readStored(db, c.document_id)
    const touched = invert(db, c, doc)
    const related = c.field === 'split' || c.field === 'merge' ? touched[1] : c.related_document_id
    const undoId = recordCorrection(db, {
      documentId: doc.id, relatedId: c.field === 'split' ? null : related, key: issueKeyOf(db, doc.issue_id),
      targetSeq: doc.seq, targetDocNumber: doc.doc_number, field: 'undo', oldValue: null,
      newValue: JSON.stringify({ undoes: c.id, field: c.field, summary: summaryOf(c) }),
    }, meta)
    markUndone(db, c.id, undoId)
    refreshDerived(db, touched)
    return { documentId: doc.id, touched }
  })()
}
