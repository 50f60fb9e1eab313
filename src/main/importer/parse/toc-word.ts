// A 目录 set as a borderless Word table (a title cell, a page cell; each 栏目 a merged row) and
// read row by row (toc.ts): what its cells do to the lines a reader writes. The page cell stands
// at the row's top, so a wrapped title's tail comes after its page; a title filling its cell
// leaves a single space before the page; a 目录 with no 文号 of its own runs into the body's
// first 文号.
import type { TocEntry } from '../../../shared/domain'
import { compact, isBlank, type SourceLine } from './lines'
import { docTypeOf } from './doc-type'
import { isIssuerText, startsTitle, unitWordAt } from './header'
import { isMarkedHeading } from './sections'

/**
 * The 文号 on line `i` stands over the body's first title, not under the 目录's last entry: the
 * line after it is the title of the 目录's first entry and no entry above took a 文号 so (a Word
 * 目录 with no 文号 of its own, the body printing each 文号 above its title, runs straight into
 * the body).
 */
export function opensBody(lines: SourceLine[], i: number, entries: readonly TocEntry[]): boolean {
  let next = i + 1
  while (next < lines.length && next < i + 4 && isBlank(lines[next].text)) next++
  if (next >= lines.length || isBlank(lines[next].text)) return false
  // A 目录 that prints 文号 under its titles gave the entries above theirs: its last one takes this.
  if (entries.some((e) => e.docNumber !== null)) return false
  const first = entries.length > 1 ? compact(entries[0].title) : ''
  if (first === '') return false
  const line = compact(lines[next].text)
  return line.length >= 6 && (first.startsWith(line) || first.endsWith(line) || line.startsWith(first) || line.endsWith(first))
}

/**
 * The line ends the last entry's title, which took its page on its first line (a Word table's
 * row: the page cell at the row's top): that title has no 文种 yet and this line gives it one,
 * or this line is a title's tail ('的批复') after a 文种 the title only seemed to end with.
 */
export function tailOfLast(entries: readonly TocEntry[], text: string, opensEntry: (text: string) => boolean): boolean {
  const last = entries[entries.length - 1]
  if (!last || last.page === null) return false
  const t = compact(text)
  // A title's tail opens with a particle, or with a bracketed part that the title's 文种 follows
  // ('…控制性详细规划' / '（2021-2035）的批复': '规划' only seemed its 文种).
  const tail = /^[的和及与之]/.test(t) || (/^[（(]/.test(t) && !startsTitle(text.trim()) && docTypeOf(compact(last.title) + t) !== null)
  // A 目录 with the 文号 in a column of its own: the title goes on under its row's first line,
  // line by line until it ends with its 文种 ('国务院关于…的深圳湾口' / '岸港方口岸区…的批复').
  // A 文种 inside the title ('…划拨方案' / '的请示的批复') is no end when a tail follows.
  // A title that is units alone so far (a joint document's issuers, '兴县人力资源和社会保障局 兴县
  // 发展和改革局 兴县财政局', its 关于 lines below) goes on, though the next line opens as a title does.
  if (last.docNumber !== null) return tail || (docTypeOf(compact(last.title)) === null && (!opensEntry(text) || isIssuerText(compact(last.title))))
  if (!tail && opensEntry(text)) return false
  return docTypeOf(compact(last.title) + t) !== null && (tail || docTypeOf(compact(last.title)) === null)
}

/**
 * A page a single space after a title that fills its cell ('…的通 12'): the line ends where the
 * entries' pages end (a Word table's right-aligned page cell) and the page does not go back. A
 * title that fills the line to that edge may leave no space at all: the page right after its
 * 文种 ('…实施方案的通知38'), for nothing but the page follows a 文种 on a 目录 line.
 */
export function pageAtEdge(line: SourceLine, text: string, edge: number | null, lastPage: number): { text: string; page: number } | null {
  const m = /^(.*[\u4e00-\u9fff）)])(\s?)(\d{1,4})\s*$/.exec(text)
  if (!m || edge === null || !line.layout || Math.abs(line.layout.x1 - edge) > 1.5) return null
  if (m[2] === '' && docTypeOf(compact(m[1])) === null) return null
  const page = Number(m[3])
  return page >= lastPage ? { text: m[1], page } : null
}

/**
 * A title's last line that gives the entry above its 文种 ('…有关事项的' / '通知'), unmarked: the
 * body repeats it alone where its titles wrap, yet it is no 栏目.
 */
export function givesType(entries: readonly TocEntry[], text: string): boolean {
  const last = entries[entries.length - 1]
  return last !== undefined && !isMarkedHeading(text) && docTypeOf(compact(last.title)) === null && docTypeOf(compact(last.title + text)) !== null
}

/**
 * A title's line under its row without the 文号's last cell beside it (-layout text: a 文号
 * wrapped in its column, '兴政办发〔2022〕13' over '号', sets that '号' on the title's next line).
 */
export function titleLine(text: string): string {
  return text.replace(/(\S)\s{2,}号\s*$/, '$1')
}

/**
 * A bare page between a title's lines in plain text ('…重大执法决定法制' / '1' / '审核制度的指导意见'):
 * a Word table's row whose title wraps in its cell, the page cell at the row's top, read one cell
 * after another. The title waiting (`buffer`) opens as a title does but has no 文种 yet, and the
 * next line gives it one without opening an entry of its own; the page does not go back. Else the
 * number is a footer (null).
 */
export function pageInRow(lines: readonly SourceLine[], i: number, buffer: string, lastPage: number, opensEntry: (text: string) => boolean): number | null {
  const m = /^\s*(\d{1,4})\s*$/.exec(lines[i].text)
  if (!m || lines[i].layout || Number(m[1]) < lastPage) return null
  return titleGoesOnUnder(lines, i, buffer, opensEntry) ? Number(m[1]) : null
}

/**
 * The page printed a space after a title's first row, the title going on on the next line ('…
 * 关于印发2022年兴县冬 13' / '季清洁取暖工作方案的通知'): the entry's text and page, as pageInRow
 * reads the page alone between the rows. pdftotext joins the row's page to the title's first line
 * when the 目录's page column stands close to it (an HTML table's cells); the title so far has no
 * 文种 and the next line gives it one, so the number is no part of it. Else null.
 */
export function pageOnTitleRow(lines: readonly SourceLine[], i: number, buffer: string, lastPage: number, opensEntry: (text: string) => boolean): { text: string; page: number } | null {
  const m = /^(.*[\u4e00-\u9fff]) (\d{1,4})\s*$/.exec(lines[i].text.trim())
  if (!m || lines[i].layout || Number(m[2]) < lastPage) return null
  return titleGoesOnUnder(lines, i, buffer + m[1], opensEntry) ? { text: m[1], page: Number(m[2]) } : null
}

/**
 * The title waiting (`title`, read up to line `i`) opens as a title does but has no 文种 yet, and
 * the next line (a blank or two apart) gives it one without opening an entry or a heading of its own.
 */
function titleGoesOnUnder(lines: readonly SourceLine[], i: number, title: string, opensEntry: (text: string) => boolean): boolean {
  const t = compact(title)
  if (t === '' || !startsTitle(title.trim()) || docTypeOf(t) !== null) return false
  let next = i + 1
  while (next < lines.length && next <= i + 2 && isBlank(lines[next].text)) next++
  if (next >= lines.length || isBlank(lines[next].text)) return false
  const rest = lines[next].text
  if (opensEntry(rest) || isMarkedHeading(rest)) return false
  return docTypeOf(t + compact(rest)) !== null
}

/**
 * A title's first line cut inside its issuer's name ('浉川市人民政府办公室转发国务院办' / '公厅关于…'):
 * the word closing the unit before 关于 on the next line starts on this one. Such a line is no
 * 栏目 though two entries open with it (a unit forwarding two of one issuer's texts).
 */
export function cutInIssuer(text: string, next: string): boolean {
  const [t, c] = [compact(text), compact(next)]
  const at = c.indexOf('关于')
  if (at <= 0) return false
  const word = unitWordAt(t + c.slice(0, at))
  return word >= 0 && word < t.length && word + c.slice(0, at).length > t.length
}
