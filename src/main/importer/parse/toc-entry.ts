// One 目录 line or entry read apart: where its page number is (after dot leaders, a tab, wide
// spaces, in brackets, as a label or decorated as the folio), and its title and 文号.
import { findDocNumbers, toHalfWidth } from '../../../shared/doc-number'
import { compact, trimEndWhere } from './lines'
import { docNumberOfLine } from './header'
import { decreeAtEnd, formatDecree } from './decree'
import { docTypeOf } from './doc-type'

// A page number ends an entry: after dot leaders, a tab, wide spaces, a 文号's closing bracket,
// or in brackets of its own. Checked by hand from the line's end: the regular expressions this
// replaces ('^(.*?)\s*(?:…|\s{2,})\s*(\d{1,4})$') backtracked for minutes on long blank runs.
const LEADERS = '.…⋯·•．_—-'
export const isSpace = (c: string): boolean => /\s/.test(c)
export const isDigit = (c: string): boolean => c >= '0' && c <= '9'
const isFiller = (c: string): boolean => isSpace(c) || LEADERS.includes(c)

/** Leader characters at the end of `s`, spaced ('. . . .') or not. */
export function leaderCount(s: string): number {
  const kept = trimEndWhere(s, isFiller)
  let n = 0
  for (let i = kept.length; i < s.length; i++) if (LEADERS.includes(s[i])) n++
  return n
}

/** The text ends an entry with leaders and its page ('… . . . ·7·', '…的函. .·11·': the leaders squeezed, the label's mark glued on). */
export function entryEnd(text: string): boolean {
  const paged = splitPage(text)
  return paged !== null && paged.text !== '' && leaderCount(text.replace(PAGE_TOKEN, '')) >= 2
}

/** The page closing a line, with the marks it is printed in ('7', '·7·', '-7-', '第7页'). */
export const PAGE_TOKEN = /(?:[·•\-－—]\s?\d{1,4}\s?[·•\-－—]|第\s*\d{1,4}\s*页|\d{1,4})\s*$/

/** Splits '…（兴政发〔2022〕8号）……1' into text and page; null when the line carries no page. */
export function splitPage(line: string): { text: string; page: number } | null {
  // Pages typed in full-width digits ('……１２') read as any other.
  const t = trimEndWhere(line, isSpace).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  return pageLabel(t) ?? pageAfterSeparator(t) ?? pageInBrackets(t) ?? pageDecorated(t)
}

/** A page printed as the folio is ('. . . ·3·', '…… -12-', '— 3 —'): the marks are its separator. */
const PAGE_DECORATED_END = /(?:[·•]\s?(\d{1,4})\s?[·•]|[-－—]\s?(\d{1,4})\s?[-－—])$/

function pageDecorated(t: string): { text: string; page: number } | null {
  const m = PAGE_DECORATED_END.exec(t.slice(-12))
  if (!m) return null
  const text = trimEndWhere(t.slice(0, t.length - m[0].length), isFiller)
  // Alone on its line it is the 目录 page's own folio, not an entry's page.
  return text === '' ? null : { text, page: Number(m[1] ?? m[2]) }
}

/** A page printed as a label ('…… 第 3 页', '…（国办函〔1996〕14 号）第23页'): the label is its own separator. */
export const PAGE_LABEL_END = /第\s*(\d{1,4})\s*页\s*$/

function pageLabel(t: string): { text: string; page: number } | null {
  const m = PAGE_LABEL_END.exec(t.slice(-12))
  if (!m) return null
  return { text: trimEndWhere(t.slice(0, t.length - m[0].length), isFiller), page: Number(m[1]) }
}

function pageAfterSeparator(t: string): { text: string; page: number } | null {
  const pre = trimEndWhere(t, isDigit)
  const digits = t.length - pre.length
  if (digits < 1 || digits > 4) return null
  const rest = trimEndWhere(pre, isSpace)
  const gap = pre.slice(rest.length)
  const separated =
    gap.length >= 2 ||
    gap.includes('\t') ||
    gap.includes('\u3000') ||
    leaderCount(rest) >= 2 ||
    (gap.length === 1 && /[…⋯]$/.test(rest)) ||
    // One leader dot where the title's last line left room for no more ('…的通知 . 4'); leaders
    // of boxed middle dots set no space before the page ('…的通知 ·4').
    (gap.length === 1 && /[\u4e00-\u9fff）)]\s?[.．·]$/.test(rest)) ||
    (gap.length === 0 && /[\u4e00-\u9fff）)]\s?·$/.test(rest)) ||
    /号\s*[）)\]】]$/.test(trimEndWhere(rest, isFiller).slice(-20)) ||
    // A 文号 ending the line ('兴政发〔2022〕11号 1'): a table's page cell, no leaders drawn as text.
    (gap.length === 1 && /\d\s*号$/.test(rest) && endsWithDocNumber(rest))
  if (!separated) return null
  return { text: trimEndWhere(pre, isFiller), page: Number(t.slice(pre.length)) }
}

function endsWithDocNumber(s: string): boolean {
  const last = findDocNumbers(s).pop()
  return last !== undefined && last.index + last.raw.length === s.length
}

// Four digits: provincial and State Council gazettes number pages through the year ('……（1241）').
function pageInBrackets(t: string): { text: string; page: number } | null {
  const m = /[（(](\d{1,4})[）)]$/.exec(t.slice(-7))
  if (!m) return null
  return { text: trimEndWhere(t.slice(0, t.length - m[0].length), isFiller), page: Number(m[1]) }
}

/** One entry's joined text ('关于…的通知（兴政发〔2022〕8号）') as title and 文号. */
export function splitEntry(text: string): { title: string; docNumber: string | null } {
  // A Word table's row ('title\t文号\t'): the tab bounds the 文号's cell, which joined text cannot
  // ('…的承诺函兴政函〔2022〕53号' would give the agency 承诺函兴政函); so does a wide blank between a
  // title's first line and the 文号 set in a column of its own (pdftotext -layout's text).
  const cells = text.split(/\t| {3,}/).filter((c) => c.trim() !== '')
  const cell = cells.length > 1 ? docNumberOfLine(trimEndWhere(cells[cells.length - 1], isFiller)) : null
  if (cell) return { title: compact(cells.slice(0, -1).join('')), docNumber: cell.docNumber }
  // A blank between a title's last character and a whole 文号 bounds the 文号's agency the same
  // way ('…实施管辖的 国函〔2006〕132号': a 目录's 文号 column close to its title column).
  const apart = /^(.*[\u4e00-\u9fff])\s+(\S+)$/.exec(trimEndWhere(text, isFiller).trim())
  const own = apart && /[〔［[]/.test(apart[2]) ? docNumberOfLine(apart[2]) : null
  if (apart && own) return { title: compact(apart[1]), docNumber: own.docNumber }
  // That row's title going on under it, read before its page ('…关于打造城乡 兴人社发〔2022〕8号' /
  // '绿色低碳…的通知' / '（24）'): the 文号, a blank after the title's first half, stands between its two halves.
  const between = /^(.*[\u4e00-\u9fff])\s+([^\s〔]+〔\d{4}〕\d+号)\s*([\u4e00-\u9fff].*)$/.exec(trimEndWhere(text, isFiller).trim())
  const inner = between ? docNumberOfLine(between[2]) : null
  if (between && inner && docTypeOf(compact(between[1])) === null && docTypeOf(compact(between[1] + between[3])) !== null) {
    return { title: compact(between[1] + between[3]), docNumber: inner.docNumber }
  }
  // Dot leaders may trail the 文号 when the page number wrapped onto the next line.
  const flat = trimEndWhere(compact(text), (c) => LEADERS.includes(c))
  const nums = findDocNumbers(flat)
  const last = nums[nums.length - 1]
  if (last) {
    const tail = toHalfWidth(flat.slice(last.index + last.raw.length))
    if (/^[)）\]】]?$/.test(tail)) {
      const title = flat.slice(0, last.index).replace(/[（(\[【]$/, '')
      return (docTypeOf(title) === null ? typeFromNumber(title, last.raw) : null) ?? { title, docNumber: last.docNumber }
    }
  }
  // A 目录 that prints the 文号 above the title: '（兴政发〔2022〕10号）兴县人民政府关于…'.
  const lead = /^[（(【[]?[^（()）]{2,16}号[）)】\]]?/.exec(flat)
  const leading = lead && lead[0].length < flat.length ? docNumberOfLine(lead[0]) : null
  if (leading) return { title: flat.slice(lead![0].length), docNumber: leading.docNumber }
  const decree = decreeAtEnd(flat)
  if (decree) return { title: decree.before || decree.name, docNumber: formatDecree(decree.name, decree.serial) }
  return { title: flat, docNumber: null }
}

/**
 * A title cut before its 文种 whose 文种 joined text gave to the 文号 ('…的' + '通知国办发〔2018〕114号':
 * the title's last line, then its 文号 on a line of its own): the 文种 goes back to the title, the
 * rest is the 文号. Null when no 文种 of up to four characters does it.
 */
function typeFromNumber(title: string, raw: string): { title: string; docNumber: string } | null {
  for (let n = 1; n <= 4 && n < raw.length; n++) {
    const rest = docNumberOfLine(raw.slice(n))
    if (rest && docTypeOf(title + raw.slice(0, n)) !== null) return { title: title + raw.slice(0, n), docNumber: rest.docNumber }
  }
  return null
}

/**
 * An entry whose last line is its 文号 alone ('兴政发〔2022〕8 号 . . . 1'): the line break tells the
 * title's last word from the agency code, which joined text cannot ('…的通知兴政发〔2022〕8号').
 */
export function splitEntryLines(buffer: string, last: string): { title: string; docNumber: string | null } {
  // A row of cells (a flex row's title, 文号 and page, kept in place by `-layout` text): the 文号's
  // cell stands apart from the title's wrapped tail by a wide blank ('号牌有关事项的通知      国办发〔2018〕114号').
  const cells = buffer.trim() === '' ? null : lastCell(last)
  const cell = cells ? docNumberOfLine(cells.cell) : null
  if (cells && cell) return { title: splitEntry(buffer + cells.before).title, docNumber: cell.docNumber }
  const own = buffer.trim() === '' ? null : docNumberOfLine(trimEndWhere(last, isFiller))
  if (own) return { title: splitEntry(buffer).title, docNumber: own.docNumber }
  return splitEntry(buffer + last)
}

/** The line's last cell after a wide blank (two spaces or more, a tab, an ideographic space) and the text before it; null without one. */
function lastCell(line: string): { before: string; cell: string } | null {
  const t = trimEndWhere(line, isFiller)
  let end = t.length
  while (end > 0 && !isSpace(t[end - 1])) end--
  let start = end
  while (start > 0 && isSpace(t[start - 1])) start--
  const gap = t.slice(start, end)
  if (start === 0 || end === t.length || !(gap.length >= 2 || /[\t\u3000]/.test(gap))) return null
  return { before: t.slice(0, start), cell: t.slice(end) }
}
