// Doubts on where the closing taken stands in the document's own text. A 公文 closes once: its
// signature, date and 附注 (此件公开发布) stand together after the last paragraph, and what
// follows is an attachment, which numbers its parts from one. A closing read amid text that runs
// on past it (a page written with two documents' columns woven line by line, two documents' ends
// written in the other order) may be the other document's: its date and public marker then went
// to the wrong one, and nothing else in either document need look amiss.
import type { Block, ParsedDocument } from '../../../shared/domain'
import { marksPublic } from './public-note'
import { isIssuerText } from './header'
import { compact } from './lines'
import { addressesAtHead, headingNumber, sameUnit, takenDateAt } from './doubt-signals'

/** A signature line naming one of the document's issuers. */
function signs(text: string, issuers: readonly string[]): boolean {
  const t = compact(text)
  return isIssuerText(t) && issuers.some((i) => sameUnit(compact(i), t))
}

/** The number of a part's heading (一、): null for any other block. */
function partNumber(b: Block): number | null {
  const h = b.kind === 'tableRow' ? null : headingNumber(b.text)
  return h?.level === 1 ? h.n : null
}

/**
 * The body's parts run on across the date taken, which no signature of the document's issuer
 * stands over: the last part heading before it is 二、 and the first after it 三、. An attachment
 * after a closing numbers its own parts from 一、, so the date stands inside a run of numbered
 * parts, away from the document's signature: another document's date, read amid this one.
 */
export function numberingAcrossDate(doc: ParsedDocument): boolean {
  if (doc.docType === '令') return false // a decree's regulation follows its date
  const at = takenDateAt(doc)
  // A date under its own issuer's signature is that document's closing, read early (a column read
  // late after it, a forwarded document's parts): its parts' order is in doubt, not its date.
  const above = doc.blocks[at - 1]
  if (at < 0 || (above?.kind === 'signature' && signs(above.text, doc.issuers))) return false
  let before = 0
  for (let k = at - 1; k >= 0 && before === 0; k--) {
    const b = doc.blocks[k]
    if (b.kind === 'attachmentHeading' || b.kind === 'title') break
    before = partNumber(b) ?? 0
  }
  if (before === 0) return false
  for (let k = at + 1; k < doc.blocks.length; k++) {
    const b = doc.blocks[k]
    if (b.kind === 'attachmentHeading') return false
    const n = partNumber(b)
    if (n !== null) return n === before + 1
  }
  return false
}

/**
 * The document is public by a 附注 that stands before its date, an attachment after it (so
 * publicMidBody does not see it), in a body that does not open with its own 主送机关 line: a 附注
 * follows the date it closes, so this one closes the document whose tail opens this body. (A body
 * that opens as its own, its closing read after the attachment, is only read out of order.)
 */
export function publicBeforeDate(doc: ParsedDocument): boolean {
  const at = takenDateAt(doc)
  if (at < 0 || !doc.public || addressesAtHead(doc.blocks[0].text)) return false
  const notes = doc.blocks.flatMap((b, i) => (b.kind === 'note' && marksPublic(b.text) ? [i] : []))
  // A 附注 read between the signature and its date is that closing's, only out of order.
  const attached = (i: number): boolean => doc.blocks.slice(i + 1, at).some((b) => b.kind === 'attachmentHeading' || b.kind === 'title')
  return notes.length > 0 && notes.every((i) => i < at && attached(i))
}
