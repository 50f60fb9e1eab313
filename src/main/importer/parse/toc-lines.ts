// What a 目录 line is, read on its own or with its neighbours: a 栏目 heading, an entry's opening,
// a 文号 alone, a page set apart, the cover's date. toc.ts reads the 目录 line by line with these.
import type { TocEntry } from '../../../shared/domain'
import { findDocNumbers } from '../../../shared/doc-number'
import { compact, isBlank, stripBullet, type SourceLine } from './lines'
import { docNumberOfLine, isIssuerText, startsTitle } from './header'
import { docTypeOf } from './doc-type'
import { parseDateLine } from './dates'
import { splitEntry, splitPage } from './toc-entry'
import { cutInIssuer } from './toc-word'
import { bareNumber } from './toc-pages'
import { SECTION, isBareNumbering, isMarkedHeading, isSectionShape, sectionName } from './sections'

export const BRACKETED_HEADING = /^【[^【】]{2,16}】$/

/**
 * The entry ending on line `i` (its 文号 closed) has its page set apart: the next line opens
 * another entry or a section, with no page of its own.
 */
export function pageApart(lines: SourceLine[], i: number): boolean {
  const next = nextNonBlank(lines, i)
  if (next < 0) return false
  const text = lines[next].text
  return splitPage(text) === null && bareNumber(text) === null && (opensEntry(text) || BRACKETED_HEADING.test(compact(text)))
}

/**
 * A pending entry whose line before `i` is its 文号 alone (bare or in brackets), under a title
 * that ends in its 文种: whole but for its page. (Not the body's first lines read on past the
 * 目录, a 文号 under the gazette's name and 期.)
 */
export function closedByNumber(lines: SourceLine[], i: number, buffer: string): boolean {
  const { title, docNumber } = splitEntry(compact(buffer))
  return docNumber !== null && loneNumber(lines[i - gapTo(lines, i)].text) !== null && docTypeOf(title) !== null && entriesUnder(lines, i)
}

/** Lines after a heading read for a page before it is taken to head more 目录 entries. */
const ENTRY_REACH = 4

/**
 * The marked heading at `i` (一、… or 【…】) heads 目录 entries: a line of the next few prints a
 * page. (Not the body's first document read on past the 目录: a title and its 文号, then prose.)
 */
function entriesUnder(lines: SourceLine[], i: number): boolean {
  if (!isMarkedHeading(lines[i].text)) return false
  const next = lines.slice(i + 1).filter((l) => !isBlank(l.text)).slice(0, ENTRY_REACH)
  return next.some((l) => splitPage(l.text)?.text)
}

/**
 * The pending text is a 文号 alone on the line before the 栏目 heading at `i`, right under the last
 * entry, which has none: that entry's, carried over a page break after its title's rows (the page
 * printed on the title's first row, '…关于印发2022年兴县冬 13' / '季…的通知' / '兴人社发〔2022〕39号').
 */
export function numberCarriedOver(lines: SourceLine[], i: number, buffer: string, entries: TocEntry[], end: number): boolean {
  const at = i - gapTo(lines, i)
  const last = entries[entries.length - 1]
  return last?.docNumber === null && loneNumber(buffer) !== null && loneNumber(lines[at].text) !== null && end === at - gapTo(lines, at)
}

/** A line that is a 文号 alone, bare or in brackets ('（兴政发〔2022〕10 号）'): its 文号, else null. */
export function loneNumber(text: string): string | null {
  return docNumberOfLine(compact(text))?.docNumber ?? null
}

/** How many lines back the last non-blank line before `i` is (1 when it is the line above). */
export function gapTo(lines: SourceLine[], i: number): number {
  let k = i - 1
  while (k > 0 && isBlank(lines[k].text)) k--
  return i - k
}

/**
 * A 目录 line with a page that is a section heading, not an entry: dressed as one (numbered or in
 * brackets), a section's shape, no 文种 closing it ('一、政府工作报告' is a document) unless it is
 * a section's usual name ('【市政府令】', '三、公告').
 */
export function pagedSection(text: string): boolean {
  const name = sectionName(text)
  if (!isMarkedHeading(text) || !isSectionShape(name) || isIssuerText(name)) return false
  return SECTION.test(name) || docTypeOf(name) === null
}

/** A 栏目 heading on a line of its own, dressed as one ('【国务院文件】', '一、公告'): its name. */
export function columnHeading(text: string): string | null {
  const name = sectionName(text)
  return isMarkedHeading(text) && isSectionShape(name) && !isIssuerText(name) ? name : null
}

/** The pending text, read before any 栏目 or entry, is a unit's name alone (no 关于, no 文种): the masthead's. */
export function mastheadUnit(buffer: string, category: string, entries: number): boolean {
  const t = compact(buffer)
  return entries === 0 && category === '' && isIssuerText(t) && !t.includes('关于') && docTypeOf(t) === null
}

export function coverDate(text: string): boolean {
  return parseDateLine(compact(text).replace(/(?:出版|印发|编印)$/, '')) !== null
}

/**
 * A two-column 目录 read across (pdftotext sets the first lines of both columns in turn): a
 * bracketed heading comes while an entry is cut mid-title (no 文种, no 文号, no page yet) and the
 * line under it opens no entry (no title start, no issuer): it goes on with the pending entry,
 * and the heading stands over the other column.
 */
export function acrossHeading(lines: SourceLine[], i: number, buffer: string): boolean {
  if (!cutMidTitle(buffer)) return false
  const next = nextNonBlank(lines, i)
  return next >= 0 && !opensEntry(lines[next].text) && splitPage(lines[next].text) === null
}

/**
 * An entry's text so far stops inside its title (no 文种 at its end) or inside the bracket its
 * 文号 opens ('…的批复（国函'), and holds no whole 文号.
 */
export function cutMidTitle(buffer: string): boolean {
  const flat = compact(buffer)
  return findDocNumbers(flat).length === 0 && (docTypeOf(flat) === null || /[（(][^（()）]*$/.test(flat))
}

/** A line that starts a 目录 entry or section: a title's opening, an issuer, a bracketed heading. */
export function opensEntry(text: string): boolean {
  const t = compact(stripBullet(text))
  const first = stripBullet(text).trim().split(/\s+/)[0]
  return startsTitle(t) || isIssuerText(first) || BRACKETED_HEADING.test(t) || isBareNumbering(t)
}

/**
 * A 目录 line with no page of its own and nothing pending is a section heading when it has a
 * section's shape and something says so: brackets or numbering, the same line standing again
 * later (the body repeats its sections), or a section's usual name. A title's first line whose
 * 文号 and page follow on the next line is not one.
 */
export function isTocSection(lines: SourceLine[], i: number, repeated: Map<string, number>): boolean {
  const name = sectionName(lines[i].text)
  if (!isSectionShape(name)) return false
  if (continuesOnNext(lines, i)) return false
  if (isMarkedHeading(lines[i].text) || afterBareNumbering(lines, i)) return true
  // An issuer alone on a line ('兴县人民政府办公室') starts an entry and comes back in the body.
  if (isIssuerText(name)) return false
  const next = nextNonBlank(lines, i)
  if (((repeated.get(name) ?? 0) >= 2 && !(next >= 0 && cutInIssuer(name, lines[next].text))) || SECTION.test(name)) return true
  // Set apart from an entry under it; a heading under it is set apart from everything (a title's
  // last line over the next 栏目's banner in 黑体 is no heading).
  return next >= 0 && ((setApart(lines[i], lines[next]) && columnHeading(lines[next].text) === null) || headsEntry(name, lines[next].text))
}

function nextNonBlank(lines: SourceLine[], i: number): number {
  for (let k = i + 1; k < lines.length && k < i + 4; k++) if (!isBlank(lines[k].text)) return k
  return -1
}

/** Set in another face or larger than the entry under it (PDF, Word): a heading, whatever its wording. */
export function setApart(line: SourceLine, next: SourceLine): boolean {
  const a = line.layout
  const b = next.layout
  if (!a || !b) return false
  return a.font !== b.font || a.size > b.size * 1.08 || (a.bold && !b.bold)
}

/**
 * Too short to be a title's first line (titles fill the 目录's width), over an entry's first
 * line (issuer and 关于, or a joint entry's first unit followed by the next).
 */
const SHORT_HEADING = 8
function headsEntry(name: string, next: string): boolean {
  const unit = next.trim().split(/\s+/)[0]
  const opens = startsTitle(next) || (unit.length < next.trim().length && isIssuerText(unit))
  // A title's tail cut off by the line above ('的通知', '和实施方案的批复') is not a heading.
  const tail = docTypeOf(name) !== null || /^[的和及与之]/.test(name)
  return name.length <= SHORT_HEADING && !tail && opens && compact(next).length > 2 * SHORT_HEADING
}

/** The line before (blanks aside) is a numbering label on its own, as converters split '第二部分 部门文件'. */
function afterBareNumbering(lines: SourceLine[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k > i - 4; k--) {
    if (!isBlank(lines[k].text)) return isBareNumbering(lines[k].text)
  }
  return false
}

/** The next non-blank line completes an entry: only leaders and a page, or a bracketed 文号 and a page. */
function continuesOnNext(lines: SourceLine[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k < i + 4; k++) {
    if (isBlank(lines[k].text)) continue
    const paged = splitPage(stripBullet(lines[k].text))
    if (!paged) return false
    const rest = compact(paged.text)
    return rest === '' || /^[（(【[〔]/.test(rest)
  }
  return false
}
