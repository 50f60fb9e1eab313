// The correction operations, applied the same way live and when replayed after a re-import.
// Each op calls db primitives and re-reads citations where a body changed.
import type { Database } from 'better-sqlite3'
import type { Block, BlockKind, CorrectableField } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { linksTo } from '../db/corrections'
import { bodySnapshot, rawRow } from '../db/document-restore'
import {
  blocksOf,
  deleteAndClose,
  fieldText,
  findInIssue,
  insertAfter,
  setBlockKinds,
  setBlocks,
  setField,
  type StoredDoc,
} from '../db/document-edit'
import { refreshCitations } from '../derived/refresh'
import { fieldsFromBlocks } from '../importer/parse/fields-from-blocks'

export type CorrectionOp =
  | { field: CorrectableField; value: string | null }
  | { field: 'body'; blocks: Block[] }
  | { field: 'split'; atBlock: number; blockText: string; title?: string; docNumber?: string }
  | { field: 'merge'; secondSeq: number; secondDocNumber: string | null; secondTitle: string }
  /** 段落类型: one block's kind (heading, signature, date…); export lays it out by kind. */
  | { field: 'blockKind'; atBlock: number; blockText: string; kind: BlockKind }

export interface OpResult {
  oldValue: string | null
  newValue: string | null
  /** Documents whose derived data (relations, search keys) must be refreshed. */
  touched: number[]
  /** The document split off or merged in (history shows the change on both). */
  relatedId: number | null
}

/** Applies `op` to `target`; throws AppError('BAD_REQUEST') when it no longer fits the document. */
export function applyOp(db: Database, target: StoredDoc, op: CorrectionOp): OpResult {
  switch (op.field) {
    case 'body': {
      const oldValue = target.blocks_json
      setBlocks(db, target.id, op.blocks)
      refreshCitations(db, target.id)
      return { oldValue, newValue: JSON.stringify(op.blocks), touched: [target.id], relatedId: null }
    }
    case 'split':
      return applySplit(db, target, op)
    case 'merge':
      return applyMerge(db, target, op)
    case 'blockKind':
      return applyBlockKind(db, target, op)
    default: {
      const oldValue = fieldText(target, op.field)
      setField(db, target.id, op.field, op.value)
      return { oldValue, newValue: op.value, touched: [target.id], relatedId: null }
    }
  }
}

/** Where the split goes: the recorded index when its text still matches, else where that text is now. */
function splitIndex(blocks: Block[], op: { atBlock: number; blockText: string }, what = '拆分位置', from = 1): number {
  if (blocks[op.atBlock]?.text === op.blockText) return op.atBlock
  const found = blocks.findIndex((b, i) => i >= from && b.text === op.blockText)
  if (found >= from) return found
  throw new AppError('BAD_REQUEST', `${what}已不存在（第 ${op.atBlock + 1} 段）`)
}

function applyBlockKind(db: Database, target: StoredDoc, op: Extract<CorrectionOp, { field: 'blockKind' }>): OpResult {
  const blocks = blocksOf(target)
  const at = splitIndex(blocks, op, '要设类型的段落', 0)
  const oldKind = blocks[at].kind
  setBlockKinds(db, target.id, blocks.map((b, i) => (i === at ? { ...b, kind: op.kind } : b)))
  const newValue = JSON.stringify({ atBlock: at, blockText: op.blockText, kind: op.kind })
  return { oldValue: oldKind, newValue, touched: [target.id], relatedId: null }
}

function applySplit(db: Database, first: StoredDoc, op: Extract<CorrectionOp, { field: 'split' }>): OpResult {
  const blocks = blocksOf(first)
  const at = splitIndex(blocks, op)
  // What the first document's body was, so the split can be undone exactly (sources included).
  const oldValue = JSON.stringify(bodySnapshot(db, first.id))
  if (at < 1 || at >= blocks.length) throw new AppError('BAD_REQUEST', '拆分位置须在正文中间')
  const second = fieldsFromBlocks(blocks.slice(at), op)
  setBlocks(db, first.id, blocks.slice(0, at))
  refreshCitations(db, first.id)
  const secondId = insertAfter(db, first, second.fields, second.blocks)
  refreshCitations(db, secondId)
  const newValue = JSON.stringify({ atBlock: at, blockText: blocks[at].text, title: op.title, docNumber: op.docNumber, secondTitle: second.fields.title })
  return { oldValue, newValue, touched: [first.id, secondId], relatedId: secondId }
}

function applyMerge(db: Database, first: StoredDoc, op: Extract<CorrectionOp, { field: 'merge' }>): OpResult {
  const second = findInIssue(db, first.issue_id, op.secondSeq, op.secondDocNumber)
  if (!second || second.seq !== first.seq + 1) {
    throw new AppError('BAD_REQUEST', '只能合并同一期中相邻的两份文件')
  }
  // Both documents as they were, and the history rows that named the second, for an undo.
  const oldValue = JSON.stringify({ first: bodySnapshot(db, first.id), second: rawRow(db, second.id), links: linksTo(db, second.id) })
  // The second "document" was part of the first: its title line becomes a heading there again.
  const joined: Block[] = [
    ...blocksOf(first),
    { kind: 'title', text: second.title },
    ...(second.doc_number_raw ? [{ kind: 'paragraph' as const, text: second.doc_number_raw }] : []),
    ...blocksOf(second),
  ]
  const attachments = [...(JSON.parse(first.attachments_json) as string[]), ...(JSON.parse(second.attachments_json) as string[])]
  db.prepare('UPDATE documents SET attachments_json = ? WHERE id = ?').run(JSON.stringify(attachments), first.id)
  setBlocks(db, first.id, joined)
  refreshCitations(db, first.id)
  deleteAndClose(db, second)
  const newValue = JSON.stringify({ secondSeq: op.secondSeq, secondDocNumber: op.secondDocNumber, secondTitle: second.title })
  return { oldValue, newValue, touched: [first.id], relatedId: second.id }
}
