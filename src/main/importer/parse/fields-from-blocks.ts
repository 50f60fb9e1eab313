// The fields of a document read back from its blocks (a title line, a 文号 line, 署名 and 成文日期).
// Pure: the correction engine uses it for the second half of a split.
import type { Block } from '../../../shared/domain'
import { normalizeDocNumber } from '../../../shared/doc-number'
import { parseDateLine } from './dates'
import { docTypeOf } from './doc-type'

export interface FieldsFromBlocks {
  title: string
  docNumber: string | null
  issuer: string | null
  date: string | null
  docType: string | null
}

/** The new document's fields from its blocks, and the blocks left once title and 文号 lines are taken. */
export function fieldsFromBlocks(
  rest: Block[],
  given: { title?: string; docNumber?: string },
): { blocks: Block[]; fields: FieldsFromBlocks } {
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
