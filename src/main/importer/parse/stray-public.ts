// A document prints one public 附注, under its closing. A public 附注 read before a body's text or
// amid it, with text after it before the date (doubt-signals publicAtHead, publicMidBody), was
// read there from the neighbouring document's foot: columns read in either order put one
// document's tail (or its 附注 alone) into the next one's head. A document left without a public
// 附注 next to such a stray one takes it: from the next document's head or body, or from the
// previous document's when that holds a second one. The document whose public field rested on the
// stray 附注 alone gives it up. Both stay doubtful: the move is a guess from the neighbours.
import type { ParsedDocument } from '../../../shared/domain'
import { publicAtHead, publicMidBody, publicNotOwn } from './doubt-signals'
import { marksPublic } from './public-note'
import { compact } from './lines'
import { namesPlan } from './printed-plans'

export interface StrayPublic {
  /** Documents given a neighbour's 附注: by the next document's or the previous one's. */
  taken: Map<ParsedDocument, 'next' | 'previous'>
  /** Documents that gave up the one 附注 their public field rested on. */
  given: Set<ParsedDocument>
}

/**
 * A second public 附注 standing before the body's text or amid it (the document's own closes it):
 * a document prints one, so this one is a neighbour's, read into this body's head (columns read
 * in either order put a document's tail after the next one's title or before it).
 */
export const secondPublic = (d: ParsedDocument): boolean => publicAtHead(d) === 'also' || publicMidBody(d) === 'also' || publicInSentence(d)

/** A sentence's end: what a paragraph's last line ends with, a 附注 comes after. */
const SENTENCE_END = /[。；;！!？?：:）)」”]$/

/**
 * A public 附注 between the two halves of one sentence ('…作为供热企业主' / 公开属性：主动公开 /
 * '体，开展特许经营…'), while the document holds another: a page broke the sentence, and the
 * 附注 that closed the document before, printed at that page's top (pdftotext writes a page's
 * lines by height, so the other column's foot or a carried 附注 comes between), is that one's. A
 * document with a second closing (a 转发 printing the forwarded document, dated and marked) may
 * hold a second 附注 of its own.
 */
function publicInSentence(d: ParsedDocument): boolean {
  const b = d.blocks
  const notes = b.flatMap((x, i) => (isPublicNote(x) ? [i] : []))
  if (notes.length < 2 || b.filter((x) => x.kind === 'date').length > 1) return false
  return notes.some((i) => i > 0 && i + 1 < b.length && BROKEN_BEFORE.has(b[i - 1].kind) && !SENTENCE_END.test(b[i - 1].text.trim()) && b[i + 1].kind === 'paragraph' && /^[\u4e00-\u9fff，、]/.test(b[i + 1].text.trim()))
}

/** Blocks a sentence runs on from. */
const BROKEN_BEFORE = new Set(['paragraph', 'listItem', 'heading2', 'heading3', 'heading4'])

const isPublicNote = (b: { kind: string; text: string }): boolean => b.kind === 'note' && marksPublic(b.text)

/**
 * The document's body holds, before its own date, a public 附注 with the 附件 right under it that
 * the previous document announces (its 附件： line names that attachment's title): the 附注 closes
 * the previous document, whose 附件 follows it. 'only' when the body holds no other public 附注.
 */
export function publicOverAttachmentOf(doc: ParsedDocument, prev: ParsedDocument): 'only' | 'also' | null {
  const named = new Set(prev.attachments.map(compact).filter((t) => t.length >= 4))
  if (named.size === 0) return null
  const blocks = doc.blocks
  const at = blocks.findIndex((b, i) => {
    if (!isPublicNote(b) || !blocks.slice(i + 1).some((x) => x.kind === 'date')) return false
    return blocks.slice(i + 1, i + 3).some((x) => x.kind === 'title' && named.has(compact(x.text)))
  })
  if (at < 0) return null
  return blocks.some((b, i) => i !== at && isPublicNote(b)) ? 'also' : 'only'
}

/**
 * The document before closes with a public 附注 and a 附件 heading right under it, though it
 * announces no attachment, while this one announces one (its 附件： line) and holds no 附注: two
 * closings set side by side in the columns were read into the one before, and the 附注 over the
 * 附件 is this document's, as the 附件 is. 'only' when the one before holds no other public 附注.
 */
export function publicOverAnnounced(prev: ParsedDocument, doc: ParsedDocument): 'only' | 'also' | null {
  if (prev.attachments.length > 0 || doc.attachments.length === 0 || doc.blocks.some(isPublicNote)) return null
  const b = prev.blocks
  const at = b.findIndex((x, i) => isPublicNote(x) && b[i + 1]?.kind === 'attachmentHeading')
  if (at < 0) return null
  return b.some((x, i) => i !== at && isPublicNote(x)) ? 'also' : 'only'
}

/**
 * The document's one public 附注 stands inside its attachment, after the 附件 heading and its
 * title with no date between (a 附注 closes a document, under its date, over its attachments): the
 * document before's, read into the attachment where the columns were read across.
 */
export function publicInAttachment(doc: ParsedDocument): boolean {
  const b = doc.blocks
  const notes = b.flatMap((x, i) => (isPublicNote(x) ? [i] : []))
  if (notes.length !== 1) return false
  const heading = b.findIndex((x) => x.kind === 'attachmentHeading')
  return heading >= 0 && heading < notes[0] && !b.slice(heading, notes[0]).some((x) => x.kind === 'date')
}

/**
 * The document's 附注 at its head stands right under its one date, and the document before is
 * dated too: the document's own closing, written before its text (a column's top read first: a
 * 印发 notice's date and 附注 over the plan it prints), not the one before's foot.
 */
function closingReadEarly(doc: ParsedDocument, prev: ParsedDocument): boolean {
  const b = doc.blocks
  const note = b.findIndex(isPublicNote)
  if (prev.date === null || note <= 0 || b[note - 1].kind !== 'date') return false
  // Its one date; or, dated more than once (another document's lines read into it), the closing
  // over the title of the plan its own title names: a 印发 notice's own (printed-plans.ts).
  return b.filter((x) => x.kind === 'date').length === 1 || (b[note - 2]?.kind === 'signature' && b[note + 1]?.kind === 'title' && namesPlan(doc.title, b[note + 1].text))
}

/**
 * Gives each non-public document a stray public 附注 of its neighbour's (the next one's first).
 * Changes the documents' public field in place; returns who took one and who gave one up.
 */
export function returnStrayPublic(documents: readonly ParsedDocument[]): StrayPublic {
  const taken = new Map<ParsedDocument, 'next' | 'previous'>()
  const given = new Set<ParsedDocument>()
  // Each stray 附注 goes once: a document that gave or took one is left as it is.
  const used = new Set<ParsedDocument>()
  documents.forEach((doc, i) => {
    if (doc.public || used.has(doc)) return
    const next = documents[i + 1]
    const prev = documents[i - 1]
    let over: 'only' | 'also' | null = null
    const attached = next ? publicOverAttachmentOf(next, doc) : null
    const atHead = next !== undefined && publicAtHead(next) !== null && !closingReadEarly(next, doc)
    const inAttachment = next !== undefined && doc.date !== null && publicInAttachment(next)
    if (next && !used.has(next) && (atHead || publicNotOwn(next) || secondPublic(next) || attached !== null || inAttachment)) {
      // The next document's public field rests on that 附注 alone: it has none of its own.
      const alone = publicAtHead(next) === 'only' || publicNotOwn(next) || attached === 'only' || inAttachment
      doc.public = true
      taken.set(doc, 'next')
      used.add(doc).add(next)
      if (alone) {
        next.public = false
        given.add(next)
      }
    } else if (prev && !used.has(prev) && secondPublic(prev)) {
      doc.public = true
      taken.set(doc, 'previous')
      used.add(doc).add(prev)
    } else if (prev && !used.has(prev) && prev.public && (over = publicOverAnnounced(prev, doc)) !== null) {
      doc.public = true
      taken.set(doc, 'previous')
      used.add(doc).add(prev)
      if (over === 'only') {
        prev.public = false
        given.add(prev)
      }
    }
  })
  return { taken, given }
}
