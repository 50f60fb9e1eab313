// The closings of documents: a date line with the signature right above it and perhaps a 附注
// right under it, and whether one fits a document (its 文号's year, its issuers signing). The
// model closing-fit.ts moves closings with and closing-notes.ts moves 附注 with.
import type { ParsedDocument } from '../../../shared/domain'
import { parseDocNumber } from '../../../shared/doc-number'
import type { DraftBlock } from './blocks'
import { parseDateLine } from './dates'
import { isIssuerText } from './header'
import type { ClosedDocument } from './misplaced-closings'

export interface Closing {
  date: string
  /** The units signing over the date (names of people and blank-split parts left out). */
  units: string[]
  blocks: DraftBlock[]
  /** The date line's block: the closing's identity as blocks move. */
  dateBlock: DraftBlock
  /** The signature lines over the date, top first. */
  signs: DraftBlock[]
}

export const unitsOf = (signs: DraftBlock[]): string[] => signs.flatMap((s) => s.text.split(/\s+/)).filter((u) => isIssuerText(u))

/** The closings in a document's blocks: each date line with the signature right above it and a 附注 right under it. */
export function closingsIn(drafts: DraftBlock[]): Closing[] {
  const out: Closing[] = []
  drafts.forEach((b, i) => {
    const date = b.kind === 'date' ? parseDateLine(b.text) : null
    if (!date) return
    let k = i
    while (k > 0 && drafts[k - 1].kind === 'signature') k--
    const end = drafts[i + 1]?.kind === 'note' ? i + 2 : i + 1
    out.push({ date, units: unitsOf(drafts.slice(k, i)), blocks: drafts.slice(k, end), dateBlock: b, signs: drafts.slice(k, i) })
  })
  return out
}

/** Whether the closing can be the document's: the 文号's year, and signing units among its issuers. */
export function fits(c: { date: string; units: string[] }, doc: ParsedDocument): boolean {
  const year = doc.docNumber ? parseDocNumber(doc.docNumber)?.year : undefined
  if (year !== undefined && Number(c.date.slice(0, 4)) !== year) return false
  if (c.units.length === 0 || doc.issuers.length === 0) return true
  return signedBy(c.units, doc.issuers)
}

/** Every signing unit is one of the issuers (in full or short). */
export const signedBy = (units: string[], issuers: string[]): boolean => units.every((u) => issuers.some((i) => i === u || i.endsWith(u) || u.endsWith(i)))

export interface ClosingState {
  docs: ClosedDocument[]
  /** Each document's blocks with the closings it gave away taken out and those it took put at the end. */
  drafts: DraftBlock[][]
  /** Closings a document let go when its own title, printed elsewhere, showed its closing. */
  released: Set<DraftBlock>
  /** The documents each document took a closing from. */
  lenders?: Map<number, Set<number>>
  /** Document k as a closing fits it: numbered as its 目录 entry says where the body lost its 文号. */
  numbered: (k: number) => ParsedDocument
}
