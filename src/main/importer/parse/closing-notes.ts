// A closing has one 附注 at most, right under its date. Where a converter scrambled the columns'
// feet, a public 附注 lands under another document's closing; these steps give it back.
import type { DraftBlock } from './blocks'
import { closingsIn, type ClosingState } from './closings'
import { endsSentence } from './lines'
import { marksPublic } from './public-note'

const isPublicNote = (b: DraftBlock): boolean => b.kind === 'note' && marksPublic(b.text)

/**
 * A public 附注 with body text between it and the closing above it (a converter put the next
 * document's last lines and 附注 under this one's closing) goes to the next document, when that
 * one has a closing and no 附注 of its own. Returns the indexes of the documents that gave one.
 */
export function strayNotes(s: ClosingState): number[] {
  const out: number[] = []
  s.drafts.forEach((drafts, k) => {
    const next = s.docs[k + 1]
    if (!next || next.doc.public || !closingsIn(s.drafts[k + 1]).length || s.drafts[k + 1].some((b) => b.kind === 'note')) return
    const notes = drafts.flatMap((b, j) => (isPublicNote(b) ? [j] : []))
    const j = notes[0]
    const above = drafts[j - 1]
    if (notes.length !== 1 || above?.kind !== 'paragraph' || !drafts.slice(0, j - 1).some((b) => b.kind === 'date')) return
    // A 附注 sits under its closing, before any 附件: one under an attachment is the next
    // document's; one under text is the next document's when that text ends its sentence (its
    // last paragraph), not when it is pieces of this one's name list left under the closing.
    const closing = drafts.slice(0, j).map((b) => b.kind).lastIndexOf('date')
    const attached = drafts.slice(closing + 1, j).some((b) => b.kind === 'title' || /^附件/.test(b.text))
    if (!attached && !endsSentence(above.text)) return
    // Text that runs on across the 附注 (the line above breaks off mid-sentence, the one under
    // goes on): the two columns read line by line set it amid this document's own lines.
    if (!endsSentence(above.text) && drafts[j + 1]?.kind === 'paragraph') return
    s.drafts[k + 1] = [...s.drafts[k + 1], drafts[j]]
    s.drafts[k] = drafts.filter((_, i) => i !== j)
    s.docs[k].doc.public = false
    next.doc.public = true
    out.push(k)
  })
  return out
}

/**
 * A closing has one 附注 at most. A document given its closing out of another's blocks, and left
 * without a public 附注, takes one from that lender when the lender holds more public 附注 than
 * closings (the converter scrambled the columns' feet together): the one not under the lender's
 * own date. Returns the indexes of the documents given one.
 */
export function spareNotes(s: ClosingState): number[] {
  const out: number[] = []
  for (const [d, lenders] of s.lenders ?? []) {
    const doc = s.docs[d].doc
    if (doc.public || s.drafts[d].some((b) => b.kind === 'note')) continue
    for (const holder of lenders) {
      const drafts = s.drafts[holder]
      const notes = drafts.flatMap((b, j) => (isPublicNote(b) ? [j] : []))
      if (notes.length <= closingsIn(drafts).length) continue
      const j = notes.find((i) => drafts[i - 1]?.kind !== 'date') ?? notes[notes.length - 1]
      s.drafts[d] = [...s.drafts[d], drafts[j]]
      s.drafts[holder] = drafts.filter((_, i) => i !== j)
      doc.public = true
      out.push(d)
      break
    }
  }
  return out
}
