// How much of a plain text's body the reading had to put in another order. pdftotext's default
// mode and some Word exports write a page of two or three columns line by line across the
// columns, or block by block out of order; the text steps of parse-issue.ts read the columns
// back from the words alone (text-streams.ts and after), and on such a text they rewrite most
// lines of the body (the tuning layouts' .txt and .layout.txt: 42–99% on 74 such texts), while
// a text written column by column keeps its lines where they were but for mended ones (0–28%
// on the other 196, tables and cut dates the most; the sample: none). A body
// rebuilt from its words has its fields checked by the 目录 and the closings, but its paragraphs
// rest on that reading alone: staff are told so, and that the PDF, if they have it, reads better.
import type { ParseWarning } from '../../../shared/domain'
import type { SourceLine } from './lines'

/** Share of the body's lines rewritten past which the text's columns were rebuilt, not mended: midway between 28% and 42%. */
export const REBUILT_SHARE = 0.35

/** Share of the non-blank lines in [from, to) of `before` that stand changed in `after`. */
export function rebuiltShare(before: readonly SourceLine[], after: readonly SourceLine[], from: number, to: number): number {
  let lines = 0
  let changed = 0
  for (let i = from; i < Math.min(to, before.length); i++) {
    if (before[i].text.trim() === '') continue
    lines++
    if (after[i]?.text !== before[i].text) changed++
  }
  return lines === 0 ? 0 : changed / lines
}

/** The warning when its body was rebuilt from columns written out of order; else null. */
export function rebuiltWarning(share: number): ParseWarning | null {
  if (share < REBUILT_SHARE) return null
  const percent = Math.round(share * 100)
  const message =
    `文本中多栏页面的文字不是逐栏顺序写出的（如 pdftotext 转出的两栏、三栏页面），已按文字内容重新排列约 ${percent}% 的正文行：` +
    '各文件的文号、标题、日期已与目录和落款核对，但段落的分合与先后可能有误，请对照原件核对。如有 PDF 原件，导入 PDF 更准确。'
  return { code: 'COLUMNS_REBUILT', message }
}
