// The correction operations, applied the same way live and when replayed after a re-import.
import type { Database } from 'better-sqlite3'
import type { Block, CorrectableField } from '../../shared/domain'
import { normalizeDocNumber } from '../../shared/doc-number'
import { AppError } from '../../shared/errors'
import { parseDateLine } from '../importer/parse/dates'
import { docTypeOf } from '../importer/parse/doc-type'
import {
  blocksOf,
  deleteAndClose,
  fieldText,
  insertAfter,
  setBlocks,
  setField,
  type NewDocFields,
  type StoredDoc,
} from './document-edit'

export type CorrectionOp =
  | { field: CorrectableField; value: string | null }
  | { field: 'body'; blocks: Block[] }
  | { field: 'split'; atBlock: number; blockText: string; title?: string; docNumber?: string }
  | { field: 'merge'; secondSeq: number; secondDocNumber: string | null; secondTitle: string }

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
      return { oldValue, newValue: JSON.stringify(op.blocks), touched: [target.id], relatedId: null }
    }
    case 'split':
      return applySplit(db, target, op)
    case 'merge':
      return applyMerge(db, target, op)
    default: {
      const oldValue = fieldText(target, op.field)
      setField(db, target.id, op.field, op.value)
      return { oldValue, newValue: op.value, touched: [target.id], relatedId: null }
    }
  }
}

/** Where the split goes: the recorded index when its text still matches, else where that text is now. */
function splitIndex(blocks: Block[], op: { atBlock: number; blockText: string }): number {
  if (blocks[op.atBlock]?.text === op.blockText) return op.atBlock
  const found = blocks.findIndex((b, i) => i > 0 && b.text === op.blockText)
  if (found > 0) return found
  throw new AppError('BAD_REQUEST', `拆分位置已不存在（第 ${op.atBlock + 1} 段）`)
}

/** The new document's fields from its blocks: a title line, a 文号 line, 署名 and 成文日期. */
export function secondHalf(
  rest: Block[],
  given: { title?: string; docNumber?: string },
): { blocks: Block[]; fields: NewDocFields } {
  const blocks = [...rest]
  let title = given.title?.trim() || ''
  if (!title || blocks[0]?.text.trim() === title) title = (blocks.shift()?.text ?? '').trim()
  let docNumber = given.docNumber ? (normalizeDocNumber(given.docNumber) ?? given.docNumber.trim()) : null
  const k = blocks.slice(0, 2).findIndex((b) => normalizeDocNumber(b.text) !== null)
  if (k >= 0) {
    docNumber ??= normalizeDocNumber(blocks[k].text)
    blocks.splice(k, 1)
  }
  const dateAt = blocks.map((b) => b.kind).lastIndexOf('date')
  const signature: string[] = []
  for (let i = dateAt - 1; i >= 0 && blocks[i].kind === 'signature'; i--) signature.unshift(blocks[i].text)
  return {
    blocks,
    fields: {
      title: title || '（未命名文件）',
      docNumber,
      issuer: signature.length ? signature.join('、') : null,
      date: dateAt >= 0 ? parseDateLine(blocks[dateAt].text) : null,
      docType: docTypeOf(title),
    },
  }
}

function applySplit(db: Database, first: StoredDoc, op: Extract<CorrectionOp, { field: 'split' }>): OpResult {
  const blocks = blocksOf(first)
  const at = splitIndex(blocks, op)
  if (at < 1 || at >= blocks.length) throw new AppError('BAD_REQUEST', '拆分位置须在正文中间')
  const second = secondHalf(blocks.slice(at), op)
  setBlocks(db, first.id, blocks.slice(0, at))
  const secondId = insertAfter(db, first, second.fields, second.blocks)
  const newValue = JSON.stringify({ atBlock: at, blockText: blocks[at].text, title: op.title, docNumber: op.docNumber, secondTitle: second.fields.title })
  return { oldValue: null, newValue, touched: [first.id, secondId], relatedId: secondId }
}

function applyMerge(db: Database, first: StoredDoc, op: Extract<CorrectionOp, { field: 'merge' }>): OpResult {
  const second = findInIssue(db, first.issue_id, op.secondSeq, op.secondDocNumber)
  if (!second || second.seq !== first.seq + 1) {
    throw new AppError('BAD_REQUEST', '只能合并同一期中相邻的两份文件')
  }
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
  deleteAndClose(db, second)
  const newValue = JSON.stringify({ secondSeq: op.secondSeq, secondDocNumber: op.secondDocNumber, secondTitle: second.title })
  return { oldValue: null, newValue, touched: [first.id], relatedId: second.id }
}

/** A document of an issue by its 文号 when that names exactly one, else by seq. */
export function findInIssue(db: Database, issueId: number, seq: number, docNumber: string | null): StoredDoc | null {
  if (docNumber) {
    const rows = db.prepare('SELECT * FROM documents WHERE issue_id = ? AND doc_number = ?').all(issueId, docNumber) as StoredDoc[]
    if (rows.length === 1) return rows[0]
  }
  return (db.prepare('SELECT * FROM documents WHERE issue_id = ? AND seq = ?').get(issueId, seq) as StoredDoc | undefined) ?? null
}
