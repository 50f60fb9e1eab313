// Where a paragraph of hard-wrapped text (pdftotext without layout) goes on or ends, told by what
// every gazette's text shows besides the line widths (text-flow.ts): a wrapped attachment name or
// title, a bracket left open, an office over its holder's name, a section number or a heading
// after a full stop. blocks.ts asks these before the widths.
import type { BlockKind } from '../../../shared/domain'
import { BlockText } from './block-text'
import { isArticle } from './classify'
import type { Edge } from './geometry'
import { compact, endsSentence, hasInnerPunct } from './lines'

/** The block being built, as far as these rules look at it. */
export interface OpenBlock {
  block: { kind: BlockKind; lines: number[] }
  text: BlockText
  last: { text: string; edge: Edge }
}

/** The line that may go on with it. */
export interface NextLine {
  text: string
  kind: BlockKind
  /** Blank lines before it. */
  gap: number
  edge: Edge
}

/** A person's name alone on its line, letter-spaced or not ('王晓晖', '黄　卫'). */
export const isName = (s: string): boolean => /^[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3}$/.test(s.trim())

/** Kinds of one-line block whose line the typesetter may wrap: an attachment list's item, a title. */
const HEAD_LINES = new Set<BlockKind>(['attachmentNote', 'title'])

/**
 * Hard-wrapped text: an attachment's name after 附件： or an attachment's title that fills the
 * column (or all but an indent's width of it) went on to the next line ('附件：兴县第一批非物质
 * 文化遗产项目代表' / '性传承人名单'). The rest is a short line without punctuation; the body
 * under a title fills its lines or ends a sentence ('各乡（镇）人民政府：').
 */
export function continuesHeadLine(prev: OpenBlock, l: NextLine): boolean {
  const wide = prev.last.edge === 'full' || prev.last.edge === 'indented'
  if (!HEAD_LINES.has(prev.block.kind) || !wide || prev.text.endsSentence()) return false
  if (l.kind !== 'paragraph' || l.gap > 0 || l.edge === 'full' || l.edge === 'indented') return false
  return !hasInnerPunct(l.text) && compact(l.text).length <= 20
}

/** Lines an unclosed bracket may run on over: a note is a line or two, a typo's bracket is not. */
const BRACKET_LINES = 3

/**
 * Hard-wrapped text: a bracket left open at a line's end runs on into the next lines
 * ('（1991年3月4日…发布' / '2018年9月6日国务院第23次常务会' / '议修订通过）', '（负责部门：' /
 * '海关总署）'), whatever the widths say: a new paragraph does not start inside brackets.
 */
export function closesBracket(prev: OpenBlock, l: NextLine): boolean {
  if (prev.text.depth <= 0 || l.gap > 1) return false
  // Opened on the block's last line, or in a short block (a note): not a typo's stray bracket.
  if (new BlockText(prev.last.text).depth <= 0 && prev.block.lines.length > BRACKET_LINES) return false
  return (l.kind === 'paragraph' || l.kind === 'signature') && !isArticle(l.text) && !/^[（(][^）)]*$/.test(l.text.trim())
}

/** An office alone on its line, over its holder's name: '总理' / '李克强' (a 令's signature). */
const OFFICE = /^(总理|副总理|主席|副主席|省长|副省长|市长|副市长|县长|副县长|区长|主任|部长)$/

export function namesHolder(prev: OpenBlock, l: NextLine): boolean {
  return prev.block.lines.length === 1 && OFFICE.test(compact(prev.text.value)) && l.gap <= 1 && isName(l.text)
}

/** A decimal section number ('5.1.1 为应对…'), not an amount ('1.5 亿元'). */
const SECTION_NO = /^\d{1,2}(\.\d{1,2}){1,3}\s*(?![万亿元吨米倍个%％\d.])\S/
/** A short line that is a section's number and name ('4 应急响应'). */
const SECTION_HEAD = /^\d{1,2}(\.\d{1,2}){0,3}\s+[\u4e00-\u9fff]/

/**
 * After a finished sentence, a new paragraph shows by its start where pdftotext dropped the
 * indent: a decimal section number, or a short line without punctuation (a heading: a sentence
 * after a full stop that fits one line unpunctuated is not prose).
 */
export function startsAfterStop(l: NextLine): boolean {
  const t = l.text.trim()
  if (SECTION_NO.test(t)) return true
  if (l.edge !== 'short' || hasInnerPunct(t) || endsSentence(t)) return false
  return SECTION_HEAD.test(t) || compact(t).length <= 20
}
