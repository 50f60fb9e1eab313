// Where a lone 条's label takes its text when two columns were written line by line: the text
// beside it on its row (besideLabel), else the first line further on (textAmong) or before it
// (textBefore) that fills the label's row; text-labels.ts pairs them.
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { isClosingNote } from './starts-after-close'
import { INDENT, THREE_WIDE, displayWidth } from './text-widths'
import { docNumberOfLine, isIssuerText, startsTitle } from './header'

/** What cannot be a label's text: another label or a paragraph marker. */
export const MARKED = /^(第[一二三四五六七八九十百零〇\d]+[章节条]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/

/** A document's closing line (its date, or the 附注 under it) is no article's text. */
export const closes = (text: string): boolean => parseDateLine(text) !== null || isClosingNote(text)

/**
 * A page this wide (display columns, 30 hanzi) is set in one column. In columns, a number alone
 * may be a figure or a number whose text went on in the next column, so decimals are paired on
 * single-column pages only.
 */
export const ONE_COLUMN = 60

/** A label's text fills its row beside the label to within this (display columns: an indent and a gap). */
export const ROW_WITHIN = 10

/** A label's text may run this far (display columns) past the room beside it: an indent, a hanging stop. */
const ROOM_OVER = 2
/** Lines (not blank) a label's text may stand after it when the columns were written line by line. */
const AMONG_WINDOW = 16

/**
 * What a 条's row leaves beside its label and text (display columns): the paragraph's indent and
 * the gap after the label, about two to four hanzi. Among the other column's lines only a text that
 * fills the row so is taken: a short last line, or a line of the other column, is none.
 */
const ROW_LEFT_MIN = 3
const ROW_LEFT_MAX = 9
export const fillsRow = (left: number): boolean => left >= ROW_LEFT_MIN && left <= ROW_LEFT_MAX

/** A chapter's or section's label ('第四章') stands over a heading: its name, no sentence marks. */
export const HEADING_LABEL = /[章节]$/

/**
 * Whether the text `item` can stand on the label's row: a 章's is a chapter's name; a 条's text
 * fits in the room beside the label (a column's full line of the other column does not), and
 * fills most of it unless it ends its sentence. Pages in one column (or width unknown) always fit.
 * A 条's text counts with the lines printed right under it, no blank line between (rowRest).
 */
export function besideLabel(lines: readonly SourceLine[], label: number, item: number[], at: ((i: number) => number) | null): boolean {
  if (!at || at(label) >= ONE_COLUMN) return true
  const own = item.map((n) => lines[n].text.trim()).join('')
  if (HEADING_LABEL.test(compact(lines[label].text))) return item.length > 1 || chapterName(own)
  // (A name letter-spaced over lines, '附' / '则', is whole as it is, even one piece of it alone.)
  const text = own + (item.length === 1 && compact(own).length > 1 ? rowRest(lines, item[0]) : []).map((n) => lines[n].text.trim()).join('')
  const room = at(label) - displayWidth(lines[label].text.trim())
  const w = displayWidth(text)
  // As wide as a paragraph's first line (indented two hanzi) the line is the other column's: a
  // label's own text stands short by the label too.
  if (w >= at(label) - INDENT - 1) return false
  return w <= room + ROOM_OVER && (w >= room - ROW_WITHIN || endsSentence(text))
}

/** Lines under a text, no blank between, read as the rest of its row at most. */
const REST_MAX = 2

/**
 * The lines pdftotext printed right under line `k` on its page, no blank line between: in two
 * columns written line by line a block of lines is one row's pieces ('从事专利代理业务，' /
 * '应当向国务院', cut at a wide gap) or rows of the other column's and its own written together
 * ('己的名义申请专利或请求宣告专利权无效；' / '专利代理机构收费应当遵循自愿、'). A label's text is
 * the first of a block that fits beside the label as a whole: a block wider than the row holds
 * another row's line, and the line over it is as likely the other column's.
 */
function rowRest(lines: readonly SourceLine[], k: number): number[] {
  const out: number[] = []
  for (let n = k + 1; n < lines.length && out.length < REST_MAX && !isBlank(lines[n].text) && lines[n].no !== lines[n - 1].no; n++) out.push(n)
  return out
}

/** Line `i` opens a document: a title's start with its 文号 within a few lines under it. */
export function opensDocument(lines: readonly SourceLine[], i: number): boolean {
  if (!startsTitle(lines[i].text)) return false
  for (let k = i + 1, seen = 0; k < lines.length && seen < 4; k++) {
    if (isBlank(lines[k].text)) continue
    if (docNumberOfLine(lines[k].text) !== null) return true
    seen++
  }
  return false
}

/** A document's own lines are no article's text: a 文号, a title's start, an issuer's name (a signature). */
export const ofHeader = (text: string): boolean => docNumberOfLine(text) !== null || startsTitle(text) || isIssuerText(compact(text))

/** A chapter's name: hanzi and nothing else ('专利代理机构和专利代理师'; letter-spaced, its first alone: '总'). */
export const chapterName = (t: string): boolean => /^[\u4e00-\u9fff]{1,16}$/.test(compact(t))

/**
 * The text of a label in two columns written line by line, where pdftotext wrote the row's label
 * apart from its text with other lines between ('第二十三条' / the other column's full lines /
 * '第四章' / '冲突。' / … / '国务院专利行政部门和省、自治'): the first line after it on the page
 * that fills the row beside the label (fillsRow); a 章's label passed (its name:
 * text-chapter-names.ts); the other column's full lines, its short last lines and a document's
 * own lines (文号, title, signature) are passed. The next 条's label (the other column's, on a row
 * a little lower) is passed once with its own text, the first line that fills its row: pdftotext
 * writes each label a little ahead of its row, so the rows of the two labels come in turn
 * ('第十六条' / the other column's '会公布检查…' / '第二十三条' / '国务院专利行政部门和省、' /
 * '专利代理师应当根据专利代理'); at a third label the search ends. Not on pages in three columns:
 * there the next label may stand in either other column, and the rows do not come in turn so.
 * Null when none is found; `passed` says whether the next label was passed on the way.
 */
export function textAmong(lines: readonly SourceLine[], label: number, at: ((i: number) => number) | null, isLabel: (i: number) => boolean): { text: number[]; passed: boolean } | null {
  if (!at || at(label) >= ONE_COLUMN) return null
  const room = at(label) - displayWidth(lines[label].text.trim())
  let seen = 0
  let passed = false
  for (let k = label + 1; k < lines.length && seen < AMONG_WINDOW; k++) {
    if (lines[k].no === lines[k - 1].no) break
    if (isBlank(lines[k].text)) continue
    const c = compact(lines[k].text)
    if (isLabel(k) && !HEADING_LABEL.test(c)) {
      // The next 条's text may come before a 条's own: passed with it, once.
      if (passed || at(label) <= THREE_WIDE) break
      passed = true
      const own = ownTextAfter(lines, k, at, isLabel)
      seen += own.seen
      k = own.last
      continue
    }
    if (isLabel(k)) continue
    seen++
    if (MARKED.test(c) || closes(lines[k].text) || ofHeader(lines[k].text)) continue
    // A line that ends its sentence there is as likely the other column's paragraph's end.
    if (fillsRow(room - displayWidth(lines[k].text.trim())) && !endsSentence(lines[k].text)) return { text: [k], passed }
  }
  return null
}

/**
 * Where the text of the 条 labelled at `label` ends when it is passed on the way to an earlier
 * label's (textAmong): the first line after it that fills its row and goes on, or (none before the
 * next label or the page's end) the line before that. `seen`: the lines passed, not blank.
 */
function ownTextAfter(lines: readonly SourceLine[], label: number, at: (i: number) => number, isLabel: (i: number) => boolean): { last: number; seen: number } {
  const room = at(label) - displayWidth(lines[label].text.trim())
  let seen = 0
  let k = label + 1
  for (; k < lines.length && lines[k].no !== lines[k - 1].no; k++) {
    if (isBlank(lines[k].text)) continue
    if (isLabel(k)) break
    seen++
    if (fillsRow(room - displayWidth(lines[k].text.trim())) && !endsSentence(lines[k].text)) return { last: k, seen }
  }
  return { last: k - 1, seen }
}

/**
 * The text of a lone 条 label that pdftotext wrote after it, the other column's rows between
 * ('任何单位和个人可以自行在国内申' / the other column's full lines / '第三条', city-xe-toc2dec):
 * taken when no line after it stands beside it (besideLabel, textAmong), the nearest line before
 * it that fills the row beside the label and goes on (fillsRow), back to the label before.
 */
export function textBefore(lines: readonly SourceLine[], label: number, at: ((i: number) => number) | null, isLabel: (i: number) => boolean): number[] | null {
  if (!at || at(label) >= ONE_COLUMN || HEADING_LABEL.test(compact(lines[label].text))) return null
  const room = at(label) - displayWidth(lines[label].text.trim())
  let seen = 0
  for (let k = label - 1; k >= 0 && seen < AMONG_WINDOW; k--) {
    if (isBlank(lines[k].text)) continue
    // Back at a label, or a line a label or a paragraph's number opens: the rows before are theirs.
    if (isLabel(k) || MARKED.test(compact(lines[k].text))) return null
    seen++
    if (closes(lines[k].text) || ofHeader(lines[k].text)) continue
    if (fillsRow(room - displayWidth(lines[k].text.trim())) && !endsSentence(lines[k].text)) return [k]
  }
  return null
}
