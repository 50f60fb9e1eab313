// A 转发 notice holds the document it forwards: after the notice's own closing, that document's
// title, 文号, addressees, body, signature and date (国务院办公厅转发国家教委关于…请示的通知, a
// city's 转发国务院办公厅关于…的通知). Its title is the one the notice's own title names, and
// the one its text quotes ('现将《国务院办公厅关于…的指导意见》（国办发〔2018〕118号）转发给你们'); its
// 文号 is the one that text cites. There those blocks are the genre's, no sign that another
// document was read into this one.
import type { Block, ParsedDocument } from '../../../shared/domain'
import { findDocNumbers } from '../../../shared/doc-number'
import { compact } from './lines'
import { docNumberOfLine } from './header'
import { docTypeOf } from './doc-type'
import { takenDateAt } from './doubt-signals'

/** A title piece holds no sentence punctuation (a list of places' 、 aside). */
const SENTENCE_PUNCT = /[，。；：,;:！？]/
/** A forwarded title's lines at most, and the characters it holds at least. */
const MAX_TITLE_BLOCKS = 4
const MIN_TITLE = 8

/** Titles compared: no spaces, quotes or 的 (a title named '…有关问题请示的通知' prints '…有关问题的请示'). */
const bare = (s: string): string => compact(s).replace(/[《》〈〉“”"'‘’的]/g, '')

/**
 * The titles a 转发 notice names for the document it forwards: what its own title holds after
 * 转发 (with and without the closing 的通知, which a forwarded 通知 shares), and each title its
 * text quotes before its closing. Empty for a notice that forwards nothing.
 */
export function namedTitles(title: string, before: readonly Block[]): string[] {
  const at = compact(title).lastIndexOf('转发')
  if (at < 0) return []
  const rest = compact(title).slice(at + 2)
  const out = [rest, rest.replace(/的?通知$/, '')]
  for (const b of before) for (const m of b.text.matchAll(/《([^《》]{6,})》/g)) out.push(m[1])
  return out.map(bare).filter((t) => t.length >= MIN_TITLE)
}

/**
 * Whether a forwarding notice's title names the given title as the one it forwards (either may
 * keep the issuer's name before 关于, which a body title may print or not).
 */
export function namesForwarded(forwardingTitle: string, title: string): boolean {
  const own = bare(title)
  return own.length >= MIN_TITLE && namedTitles(forwardingTitle, []).some((t) => t === own || t.endsWith(own) || own.endsWith(t))
}

/**
 * The blocks of a 转发 notice that are its forwarded document's title and 文号: right after the
 * notice's closing (the date its fields took, then its signature or 附注), title lines that spell
 * a title the notice names, ending in a 文种, and a 文号 alone that the notice's text cites. Empty
 * when the date taken is not that closing's (the notice may have taken the forwarded one's).
 */
export function forwardedParts(doc: ParsedDocument): Set<number> {
  const out = new Set<number>()
  const dated = takenDateAt(doc)
  if (dated < 0 || doc.blocks.slice(0, dated).some((b) => b.kind === 'date')) return out
  const before = doc.blocks.slice(0, dated)
  const named = namedTitles(doc.title, before)
  if (named.length === 0) return out
  let k = dated + 1
  while (k < doc.blocks.length && (doc.blocks[k].kind === 'note' || doc.blocks[k].kind === 'signature')) k++
  let acc = ''
  for (let j = k; j < doc.blocks.length && j < k + MAX_TITLE_BLOCKS; j++) {
    const b = doc.blocks[j]
    if ((b.kind !== 'title' && b.kind !== 'paragraph') || SENTENCE_PUNCT.test(b.text)) break
    acc += bare(b.text)
    if (acc.length < MIN_TITLE || docTypeOf(acc) === null || !named.some((t) => t.includes(acc) || acc.endsWith(t))) continue
    for (let i = k; i <= j; i++) out.add(i)
    const cited = new Set(findDocNumbers(compact(before.map((x) => x.text).join(''))).map((n) => n.docNumber))
    const number = doc.blocks[j + 1] ? docNumberOfLine(doc.blocks[j + 1].text) : null
    if (number && cited.has(number.docNumber) && number.docNumber !== doc.docNumber) out.add(j + 1)
    break
  }
  return out
}

/** The document without its forwarded title and 文号 (forwardedParts), or the document itself. */
export function withoutForwarded(doc: ParsedDocument): ParsedDocument {
  const parts = forwardedParts(doc)
  return parts.size === 0 ? doc : { ...doc, blocks: doc.blocks.filter((_, i) => !parts.has(i)) }
}
