// Where a paragraph of a page (PDF) goes on or ends where the line's fill misleads: a typesetter
// that breaks a line early rather than start the next with a mark (pdfkit), a note set on a line
// of its own, a name list whose rows run to the column's edge. blocks.ts asks these with the
// geometry's answer (geometry.ts).
import type { BlockKind } from '../../../shared/domain'
import type { LineLayout } from '../../../shared/source-line'
import { BlockText } from './block-text'
import { isEntryShape } from './classify'
import { compact } from './lines'
import { closesBracket, type NextLine, type OpenBlock } from './text-breaks'

/** Kinds of block a wrapped line may go on with, when the page shows the wrap. */
export const WRAPPABLE = new Set<BlockKind>(['paragraph', 'listItem', 'heading1', 'heading2', 'heading3', 'heading4'])

/** The block being built, with the layout of its last line. */
export interface PageBlock extends OpenBlock {
  last: OpenBlock['last'] & { layout?: LineLayout }
}

/**
 * A bracket left open at the end of a page's line ('…试点。（负责部门：' / '证监会、知识产权局）'):
 * the line ended before the note did, however short of the edge (pdfkit breaks a line early
 * rather than start it with a mark), so a line in the same face, not indented, goes on with it.
 */
export function notePageWrapped(prev: PageBlock, l: NextLine & { layout?: LineLayout }): boolean {
  const a = prev.last.layout
  const b = l.layout
  if (!a || !b || a.font !== b.font || a.bold !== b.bold || b.indent >= 1) return false
  // The whole note on the next line ('…监管作业场所。' / '（负责部门：海关总署）') is the paragraph's
  // last part: a note naming who is responsible is no paragraph of its own.
  if (WRAPPABLE.has(prev.block.kind) && l.kind === 'paragraph' && RESPONSIBLE_NOTE.test(compact(l.text))) return true
  return new BlockText(prev.last.text).depth > 0 && closesBracket(prev, l)
}

/** A bracketed note with a label in it, alone on its line: '（负责部门：海关总署，适用范围：…）'. */
const RESPONSIBLE_NOTE = /^[（(][\u4e00-\u9fff]{2,6}[:：][^（()）]*[）)]$/

/**
 * A name-list row as a page sets it: a name, a gap, the post ('王荣华 教授、上海市政协原副主席',
 * '李 烈 正高级教师、…'). The next such row is the next member, however far the post ran (PDF).
 */
export function isNameRow(text: string): boolean {
  return isEntryShape(text) && /^[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}[ \u3000]+[\u4e00-\u9fff]/.test(text.trim())
}
