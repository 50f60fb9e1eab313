// Fields read from a document's blocks: 主送机关, 成文日期, 此件公开发布, 附件 titles, cited 文号.
import { findCitedNumbers } from './references'
import { parseDateLine } from './dates'
import { marksPublic } from './public-note'
import type { DraftBlock } from './blocks'

export interface BodyFields {
  recipients: string | null
  date: string | null
  public: boolean
  attachments: string[]
  citations: string[]
  signature: string[]
}

/**
 * The 主送机关 line: the first block, when it is a short addressee list ending in a colon. The
 * block stays in the body (DESIGN: paragraphs run from the first line after the title block), so
 * the page and the export show it where it was printed; the field keeps the names alone.
 */
export function readRecipients(blocks: DraftBlock[]): string | null {
  const first = blocks[0]
  if (!first || first.kind !== 'paragraph') return null
  const t = first.text
  if (!/[:：]$/.test(t) || /[。；;]|如下/.test(t) || t.length > 80) return null
  return t.replace(/[:：]$/, '')
}

/** 成文日期: the first date under a signature (印发 notices sign before the attached plan). */
function findDate(blocks: DraftBlock[]): { date: string | null; signature: string[] } {
  let fallback: string | null = null
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'date') continue
    const date = parseDateLine(blocks[i].text)
    fallback ??= date
    const signature: string[] = []
    for (let k = i - 1; k >= 0 && blocks[k].kind === 'signature'; k--) signature.unshift(blocks[k].text)
    if (signature.length > 0) return { date, signature }
  }
  return { date: fallback, signature: [] }
}

/** Titles announced in '附件：1. …' lines ('《…》' unwrapped, numbering dropped). */
function findAttachments(blocks: DraftBlock[]): string[] {
  return blocks
    .filter((b) => b.kind === 'attachmentNote')
    .map((b) => b.text.replace(/^附件\s*\d*\s*[:：]/, '').replace(/^\s*\d{1,2}\s*[.．、]/, ''))
    .map((t) => t.trim().replace(/^《(.*)》$/, '$1'))
    .filter(Boolean)
}

/** 文号 cited in the body, first mention order, the document's own left out. */
function findCitations(blocks: DraftBlock[], own: string | null): string[] {
  return findCitedNumbers(blocks.map((b) => b.text), own)
}

export function readBodyFields(blocks: DraftBlock[], own: string | null): Omit<BodyFields, 'recipients'> {
  const { date, signature } = findDate(blocks)
  return {
    date,
    signature,
    public: blocks.some((b) => b.kind === 'note' && marksPublic(b.text)),
    attachments: findAttachments(blocks),
    citations: findCitations(blocks, own),
  }
}
