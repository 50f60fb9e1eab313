// Pieces of a 目录 read as fragments (toc-fragments.ts) that open an entry though no title's
// opening or lone issuer says so, and the 文号 lines that close its last page.
import { compact, isBlank, type SourceLine } from './lines'
import { docNumberOfLine, isIssuerText } from './header'
import { decreeAtEnd } from './decree'
import { docTypeOf } from './doc-type'

/** Characters of a place's name two units of one list share at least ('兴县', '澧阳'). */
const PLACE = 2

/**
 * A joint entry's units run on with no space between ('澧阳市人力资源和社会保障局澧阳市发展和改革'):
 * the line opens with a whole unit and the next unit of the same place follows it.
 */
export function opensUnitList(text: string): boolean {
  const c = compact(text)
  for (let end = PLACE + 2; end <= c.length - PLACE; end++) {
    if (isIssuerText(c.slice(0, end)) && c.startsWith(c.slice(0, PLACE), end)) return true
  }
  return false
}

/** A decree listed as an entry of its own ('澧阳市人民政府令（第9号）'), nothing before it. */
export function isDecreeEntry(text: string): boolean {
  return decreeAtEnd(text)?.before === ''
}

interface Listed {
  text: string
  page: number | null
  opens?: boolean
  line: number
}

/**
 * Lines of the other column a 目录 read across its columns (pdftotext writes both columns' lines
 * in turn) may set between a decree and its regulation at most: a title's lines, no page.
 */
const ASIDE = 2

/**
 * The regulation a decree promulgates, listed right under it with no 文号 ('专利代理条例'): it
 * names the decree's document, though its title ends with no 文种 the 目录 reader knows. Its page
 * is the decree's, or the next one where the regulation's title opens the page after the decree's
 * date. The other column's lines may stand between the two (a title's lines that open no entry and
 * take no page). The indexes of such pieces.
 */
export function regulationsAfterDecrees(pieces: Listed[]): Set<number> {
  const out = new Set<number>()
  for (let d = 0; d < pieces.length; d++) {
    const decree = pieces[d]
    if (!isDecreeEntry(decree.text) || decree.page === null) continue
    let k = d + 1
    while (k < pieces.length && k - d <= ASIDE && aside(pieces[k])) k++
    const p = pieces[k]
    if (!p || (p.page !== decree.page && p.page !== decree.page + 1) || p.line - decree.line > 2 * (k - d)) continue
    if (docNumberOfLine(p.text) === null && docTypeOf(p.text) === null && !isDecreeEntry(p.text)) out.add(k)
  }
  return out
}

/**
 * The other column's line between a decree and its regulation: a title's line, no 文号, and no
 * page unless it is that title's last line, closed by its 文种 ('作时所提问题和建议办理情况的函 ·12·'),
 * which a regulation's name never is.
 */
function aside(p: Listed): boolean {
  return p.opens !== true && docNumberOfLine(p.text) === null && (p.page === null || docTypeOf(p.text) !== null)
}

/**
 * The 目录 ends with its last page (line `to`), and then with the 文号 lines alone pdftotext wrote
 * after it on the same page: a 目录 that prints each 文号 under its title may have the last
 * entries' 文号 of both columns written last ('…19' / '（国办发〔2018〕115 号）' / '（国办函〔2004〕36 号）').
 * The last such line, or `to`.
 */
export function numbersAfterEnd(lines: SourceLine[], to: number): number {
  let end = to
  for (let k = to + 1; k < lines.length && lines[k].no !== lines[k - 1].no; k++) {
    if (lines[k].layout?.page !== lines[k - 1].layout?.page) break
    if (isBlank(lines[k].text)) continue
    if (docNumberOfLine(compact(lines[k].text)) === null) break
    end = k
  }
  return end
}
