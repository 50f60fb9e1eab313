// The fields compared between an old and a new reading of one document, as staff read them.
import type { ConfidenceReason, ParsedDocument } from '../../shared/domain'
import type { ComparedDocument, ComparedField, FieldChange } from '../../shared/issue-comparison'
import { normalizeDocNumber } from '../../shared/doc-number'

export const FIELD_LABELS: Record<ComparedField, string> = {
  docNumber: '文号',
  title: '标题',
  category: '栏目',
  issuers: '发文机关',
  recipients: '主送机关',
  date: '成文日期',
  public: '公开属性',
  docType: '文种',
  consult: '咨询单位',
  body: '正文',
}

const EMPTY = '（空）'

/** Full-width and half-width forms, and spaces, do not count as a change. */
export function normalText(s: string | null): string {
  return (s ?? '').normalize('NFKC').replace(/\s+/g, '')
}

export function docNumberKey(s: string | null): string | null {
  if (!s) return null
  return normalizeDocNumber(s) ?? normalText(s)
}

function shownConsult(d: ComparedDocument): string {
  if (!d.consult) return EMPTY
  return d.consult.phone ? `${d.consult.unit}（${d.consult.phone}）` : d.consult.unit
}

/** A field's value as shown to staff; equal shown values after normalText mean no change. */
const SHOWN: Record<Exclude<ComparedField, 'body'>, (d: ComparedDocument) => string> = {
  docNumber: (d) => d.docNumber ?? EMPTY,
  title: (d) => d.title || EMPTY,
  category: (d) => d.category ?? EMPTY,
  issuers: (d) => (d.issuers.length ? d.issuers.join('、') : EMPTY),
  recipients: (d) => d.recipients ?? EMPTY,
  date: (d) => d.date ?? EMPTY,
  public: (d) => (d.public ? '公开' : '不公开'),
  docType: (d) => d.docType ?? EMPTY,
  consult: shownConsult,
}

function bodyChange(a: ComparedDocument, b: ComparedDocument): FieldChange | null {
  const same = (x: string[], y: string[]): boolean => x.length === y.length && x.every((p, i) => normalText(p) === normalText(y[i]))
  if (same(a.paragraphs, b.paragraphs)) return null
  const countSame = a.paragraphs.length === b.paragraphs.length
  const sameText = normalText(a.paragraphs.join('')) === normalText(b.paragraphs.join(''))
  const note = sameText ? '（文字相同，分段不同）' : countSame ? '（文字有改动）' : ''
  return { field: 'body', label: FIELD_LABELS.body, old: `${a.paragraphs.length} 段`, new: `${b.paragraphs.length} 段${note}` }
}

/** Every compared field that differs between `a` (old) and `b` (new), in a fixed order. */
export function fieldChanges(a: ComparedDocument, b: ComparedDocument): FieldChange[] {
  const out: FieldChange[] = []
  for (const field of Object.keys(SHOWN) as (keyof typeof SHOWN)[]) {
    const [x, y] = [SHOWN[field](a), SHOWN[field](b)]
    const differ = field === 'docNumber' ? docNumberKey(a.docNumber) !== docNumberKey(b.docNumber) : normalText(x) !== normalText(y)
    if (differ) out.push({ field, label: FIELD_LABELS[field], old: x, new: y })
  }
  const body = bodyChange(a, b)
  if (body) out.push(body)
  return out
}

/** What a parsed document and a stored one (with its id) both have, for the compared shape. */
type Comparable = Pick<ParsedDocument, 'seq' | 'docNumber' | 'title' | 'category' | 'issuer' | 'recipients' | 'date' | 'public' | 'docType' | 'consult' | 'blocks'> & {
  issuers?: string[]
  confidence?: number | null
  reasons?: ConfidenceReason[]
}

/** A document, parsed (id null) or stored, in the compared shape. */
export function toCompared(d: Comparable, id: number | null = null): ComparedDocument {
  const issuers = d.issuers ?? []
  return {
    id,
    seq: d.seq,
    docNumber: d.docNumber,
    title: d.title,
    category: d.category,
    issuers: issuers.length ? issuers : d.issuer ? [d.issuer] : [],
    recipients: d.recipients,
    date: d.date,
    public: d.public,
    docType: d.docType,
    consult: d.consult,
    paragraphs: d.blocks.map((b) => b.text),
    confidence: d.confidence ?? null,
    reasons: d.reasons ?? [],
  }
}
