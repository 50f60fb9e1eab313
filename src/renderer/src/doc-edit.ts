// Pure helpers behind 更正 / 拆分 and the inbox notice (tested in Node).
import type { Block, DocumentChanges, GazetteDocument, ImportReport } from '../../shared/domain'
import { shortIssueName } from './routes'

export type TextField = 'title' | 'docNumber' | 'issuer' | 'recipients' | 'date' | 'category' | 'docType'

export const TEXT_FIELDS: TextField[] = ['title', 'docNumber', 'issuer', 'recipients', 'date', 'category', 'docType']

/** The body as the editor shows it: one block per line. */
export const bodyLines = (doc: Pick<GazetteDocument, 'blocks' | 'paragraphs'>): string =>
  (doc.blocks.length ? doc.blocks.map((b) => b.text) : doc.paragraphs).join('\n')

/** Only the fields that differ from the document (empty text clears an optional field). */
export function changedFields(doc: Pick<GazetteDocument, TextField | 'public'>, values: Record<TextField, string>, pub: boolean): DocumentChanges {
  const changes: DocumentChanges = {}
  for (const k of TEXT_FIELDS) {
    const v = values[k].trim()
    if (v === (doc[k] ?? '')) continue
    if (k === 'title') changes.title = v
    else changes[k] = v || null
  }
  if (pub !== doc.public) changes.public = pub
  return changes
}

const DOC_NUMBER = /^\S{1,20}[〔[（(【]\d{4}[〕\]）)】]\s*\d+\s*号$/

/** The new document's title and 文号 as the service would guess them: the first lines from `at`. */
export function splitDefaults(blocks: Block[], at: number): { title: string; docNumber: string } {
  const near = blocks.slice(at, at + 3).map((b) => b.text.trim())
  const docNumber = near.find((t) => DOC_NUMBER.test(t)) ?? ''
  const title = near.find((t) => t && t !== docNumber) ?? ''
  return { title: title.slice(0, 100), docNumber }
}

/** "收件文件夹导入了 2022年第3期（45 件）" */
export function noticeText(r: ImportReport): string {
  const parts = r.imported.map((i) => `${shortIssueName(i.issue)}（${i.documents} 件）`)
  const waiting = (r.staged ?? []).map((i) => `${shortIssueName(i.issue)}${i.doubtful?.length ? `（${i.doubtful.length} 份存疑）` : ''}`)
  // An issue waiting for review is never reported as imported.
  const staged = waiting.length ? `${waiting.join('、')} 已放入“待核对”` : ''
  if (parts.length) return `收件文件夹导入了 ${parts.join('、')}${staged ? `；${staged}` : ''}`
  if (staged) return `收件文件夹：${staged}`
  const kept = (r.kept ?? []).map((k) => `${shortIssueName(k.issue)}（${k.format}）`)
  if (kept.length) return `收件文件夹：${kept.join('、')} 另存为已有一期的原件`
  if (r.failed.length) return `收件文件夹中有 ${r.failed.length} 个文件无法导入`
  return `收件文件夹跳过了 ${r.skipped.length} 个文件`
}
