// What every ParsedIssue must satisfy, however damaged its input was.
import { expect } from 'vitest'
import type { BlockKind, ParsedIssue } from '../../../src/shared/domain'
import { normalizeDocNumber } from '../../../src/shared/doc-number'

const KINDS = new Set<BlockKind>([
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'title',
  'paragraph',
  'listItem',
  'nameListEntry',
  'tableRow',
  'attachmentNote',
  'attachmentHeading',
  'signature',
  'date',
  'note',
  'caption',
])

function isValidDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false
  const t = new Date(`${d}T00:00:00Z`)
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d
}

/** Fails the current property with the first broken invariant. */
export function checkIssue(issue: ParsedIssue): void {
  issue.documents.forEach((doc, i) => {
    expect(doc.seq).toBe(i + 1)
    if (doc.docNumber !== null) expect(normalizeDocNumber(doc.docNumber)).toBe(doc.docNumber)
    if (doc.date !== null) expect(isValidDate(doc.date), doc.date).toBe(true)
    expect(doc.title.length).toBeGreaterThan(0)
    expect(doc.title).not.toMatch(/\s/)
    if (doc.tocPage !== null) expect(Number.isInteger(doc.tocPage) && doc.tocPage > 0).toBe(true)
    for (const b of doc.blocks) {
      expect(KINDS.has(b.kind), b.kind).toBe(true)
      expect(b.text.trim().length).toBeGreaterThan(0)
      expect(b.text).not.toContain('\f')
    }
  })
  for (const w of issue.warnings) expect(w.message).toMatch(/[\u4e00-\u9fff]/)
}
