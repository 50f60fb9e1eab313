// A column's line that pdftotext wrote as two or three lines: where the typesetter stretched the
// glue after a mark to justify the line ('…地震活跃期中，' + wide gap + '唐山'), pdftotext's default
// text breaks the line at the gap and writes its pieces one under the other, in one block
// ('然目前还没有发生象上一个地震活跃期中，' / '唐山'). A person sees one line at the column's full
// measure. Read as two, the first piece is a short line (a paragraph's end, a heading) and the
// second a line of its own, and the columns' reading (text-streams.ts) pairs them with the other
// column's lines. Here the pieces are put back together before the columns are read: lines of one
// block, the first ending at a mark the glue stretches after, that together fill the page's
// column measure (learnt from the page's own lines, text-widths.ts) and no piece alone does.
import { compact, isBlank, PARA_LABEL, type SourceLine } from './lines'
import { isIssuerText } from './header'
import { isBarePost } from './classify'
import { displayWidth, FULL_WITHIN, INDENT, PAGE_WIDE, THREE_WIDE } from './text-widths'
import { pageWidths } from './text-page-widths'
import { pageStarts } from './text-pages'
import { parseDateLine } from './dates'

/**
 * Marks the typesetter stretches the glue after (a comma's, an enumeration's, a semicolon's). A
 * semicolon ends a list's item as often ('…40%；' / '——乡镇、行政村…'; '…6188.70' / 'm²；' /
 * '建筑密度为…'): a piece after it starts with no item's mark (LIST_ITEM, besides the paragraph
 * markers no piece starts with), and a piece ending at it holds words, as a clause does: a
 * figure's unit alone ('m²；') is an item's last line, the wrapped tail of its figure. A colon's
 * glue stretches too where a fallback font sets the mark ('…研究提出了办理意见：' + a gap + '发展改革'):
 * see colonPiece.
 */
const STRETCHED_AFTER = /[，、；：]$/
const SEMICOLON_END = /；$/
const COLON_END = /：$/
/** An item's mark in a list that is not a numbered paragraph's: a dash, a bullet. */
const LIST_ITEM = /^[—\-－─●•·■◆★※]/
/** Pieces of one line at most: a line breaks at two stretched marks now and then, hardly more. */
const MAX_PIECES = 3
/** A line of -layout text starts with a cell or more of padding: such text keeps its rows (text-staircases.ts). */
const PADDED = /^ \S|^ {2}/

/**
 * The lines with each column line pdftotext wrote in pieces put back on one line, the block's
 * later lines moved up and a blank line left at the block's end (each place keeps its line
 * number: a page break is two places of one number, text-pages.ts). Only plain text with page
 * breaks, on pages set in two columns, from `from` on.
 */
export function joinLinePieces(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const starts = pageStarts(lines)
  if (starts.length < 2 || lines.some((l) => l.layout)) return [...lines]
  if (lines.slice(from).filter((l) => PADDED.test(l.text)).length > lines.length / 20) return [...lines]
  const fullAt = pageWidths(lines, from)
  if (fullAt === null) return [...lines]
  const out = [...lines]
  for (let i = from; i < out.length; i++) {
    if (isBlank(out[i].text)) continue
    const full = fullAt(i)
    // Two columns a page: a page in one has no other column to read its pieces into, and a
    // column of a page in three is a name list's or a table's more often than prose.
    if (full >= PAGE_WIDE || full <= THREE_WIDE) continue
    const n = piecesAt(out, i, full)
    if (n < 2) continue
    // The block's lines after the pieces move up; the places they leave at its end go blank.
    let end = i + 1
    while (end < out.length && !isBlank(out[end].text)) end++
    const text = out
      .slice(i, i + n)
      .map((l) => l.text.trim())
      .join('')
    out[i] = { ...out[i], text }
    for (let k = i + 1; k < end; k++) out[k] = k + n - 1 < end ? { ...out[k + n - 1], no: lines[k].no } : { no: lines[k].no, text: '' }
  }
  return out
}

/**
 * How many lines from `i` on are pieces of one column line (1: the line alone): each piece but the
 * last ends at a stretched mark, none is a line at the measure by itself, and together they fill
 * the measure, or stop an indent short of it (a paragraph's first line).
 */
export function piecesAt(lines: readonly SourceLine[], i: number, full: number): number {
  let width = displayWidth(lines[i].text.trim())
  if (!STRETCHED_AFTER.test(lines[i].text.trim()) || width >= full - INDENT) return 1
  if (COLON_END.test(lines[i].text.trim()) && !colonPiece(lines, i)) return 1
  for (let k = i + 1; k < lines.length && k - i < MAX_PIECES; k++) {
    const t = lines[k].text.trim()
    if (isBlank(t) || !pieceAfter(t)) return 1
    if (endsItem(lines[k - 1].text.trim(), t)) return 1
    width += displayWidth(t)
    if (width > full + FULL_WITHIN) return 1
    if (width >= full - INDENT - FULL_WITHIN) return k - i + 1
    if (!STRETCHED_AFTER.test(t)) return 1
  }
  return 1
}

/**
 * Whether a line ending at a colon is a piece of its line. A colon set in a fallback font stands a
 * little off its line's baseline, so pdftotext opens a block at that line: the piece starts its
 * block ('办理意见：' / '该问题将根据今年水稻的增产情况统', the line before it the other column's).
 * A colon inside a block ends a sentence or a wrapped 主送机关 ('…新疆生产建设' / '兵团：'), and a
 * unit's name before it is a 主送机关 over its body's first line ('民航总局：' / '你局《关于…'), one
 * character a wrapped 主送机关's last ('…新疆生产建设兵' / '团：', the line before it the other
 * column's), a name list's post ('副组长：' over its first holder, set apart at the row's gap), or a
 * lone character after it a letter-spaced post ('…通知如下：' / '组', of '组　长：').
 */
function colonPiece(lines: readonly SourceLine[], i: number): boolean {
  const words = compact(lines[i].text).slice(0, -1)
  const opensBlock = i === 0 || isBlank(lines[i - 1].text)
  const next = compact(lines[i + 1]?.text ?? '')
  return opensBlock && words.length > 1 && !isIssuerText(words) && !isBarePost(lines[i].text) && next.length > 1
}

/** A piece ending at a semicolon that ends a list's item: no words in it, or the next piece opens an item. */
function endsItem(piece: string, next: string): boolean {
  return SEMICOLON_END.test(piece) && (!/[\u4e00-\u9fff]/.test(piece) || LIST_ITEM.test(next))
}

/**
 * A line that may go on a piece: words (a folio or a figure alone is none), not a unit's name (a
 * signature under a paragraph's end), a paragraph's marker, a 条 label, a date, or a name list's
 * 'X：' entry.
 */
function pieceAfter(t: string): boolean {
  const c = compact(t)
  return /[\u4e00-\u9fff]/.test(c) && !isIssuerText(c) && !PARA_LABEL.test(c) && parseDateLine(t) === null && !/^[\u4e00-\u9fff]{1,6}[：:]/.test(c)
}
