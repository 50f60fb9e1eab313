// A 目录 in two columns that the text gives in neither column's order: pdftotext (default mode)
// wrote its lines block by block in an order of its own (a title's lines apart, one column's
// lines between the other's), or (-layout) set both columns side by side on each line. Its lines
// are read as a set of pieces and put together again with the genre's own signals:
// - an entry opens on a title's first line (an issuer, 关于) and every other line goes on from
//   exactly one line above it, until the entry ends (its 文号 closed, or its page);
// - the body prints each title (and its 文号) again: a join is right where the characters across
//   it stand together in the body;
// - the 目录 lists the documents in the body's order, so its pages, sorted, fall to the entries
//   in the order their titles stand in the body, and each entry stands under the 栏目 whose
//   heading the body prints last before its title.
// Only a reading that uses every piece, gives every entry a page and finds every title in the
// body is taken.
import type { TocEntry } from '../../../shared/domain'
import { compact, isBlank, stripBullet, type SourceLine } from './lines'
import { PAGE_LABEL_END, entryEnd, splitEntryLines, splitPage } from './toc-entry'
import { docTypeOf } from './doc-type'
import { sectionName } from './sections'
import { columnFoot } from './toc-across'
import { footRun } from './toc-foot-run'
import { bodyOf, joinPieces, searchable, titlePlace, type Piece } from './toc-piece-joins'
import { parseDateLine } from './dates'
import { docNumberOfLine } from './header'
import { findDocNumbers } from '../../../shared/doc-number'
import { isDecreeEntry, numbersAfterEnd, opensUnitList, regulationsAfterDecrees } from './toc-lone-pieces'
import { isRegulationName } from './decree'
import { folioOpened, labelJoined } from './toc-folio-marks'
import { cellWidth, splitRowCells } from './toc-row-cells'
import { swapNumbers } from './toc-number-swaps'
import { firstsUnderHeadings, headingWithin, runningHeadsOnly } from './toc-head-firsts'
import { bracketedBand } from './toc-band-place'
import { pagesOf } from './toc-own-folios'
import { pagesAscend, placeByOwnWords } from './toc-own-order'
import { bareBanner } from './toc-bare-banner'

export interface FragmentTests {
  /** A line that opens an entry (a title's opening, an issuer). */
  opens: (text: string) => boolean
  /** A 栏目 heading's name, or null when the text is none. */
  heading: (text: string) => string | null
  /** The page's furniture (gazette name, folio). */
  noise: (text: string) => boolean
}

/** Fewest entries for a reading: fewer pieces are too few to tell anything apart. */
const MIN_ENTRIES = 4
/** Most pieces read: every two are weighed against each other (a 目录 of some sixty entries). */
const MAX_PIECES = 240

/** Pieces of a line: runs of text set apart by three or more spaces (columns side by side). */
function piecesOf(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = []
  const re = /\S(?:.*?\S)??(?=\s{3,}|\s*$)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) out.push({ text: m[0], at: m.index })
  return out
}

/**
 * The 目录's columns stand side by side on its lines (pdftotext -layout): at least three lines
 * hold two pieces of text that are not a page.
 */
function sideBySide(lines: SourceLine[], from: number, to: number): boolean {
  let n = 0
  for (let i = from; i <= to && i < lines.length; i++) {
    if (piecesOf(lines[i].text).filter((p) => barePage(p.text) === null).length >= 2) n++
  }
  return n >= 3
}

/**
 * A bracketed 栏目 heading glued onto the end of a line ('〔2006〕【国务院办公厅函件】', '…42 号）第
 * 【建议提案答复】': the other column's heading on the line's baseline) is a piece of its own.
 */
function gluedHeading(p: { text: string; at: number }): { text: string; at: number }[] {
  const m = /^(.*[^\s【])(\s*)(【[^【】\d]{2,16}】)$/.exec(p.text)
  return m ? [{ text: m[1], at: p.at }, { text: m[3], at: p.at + m[1].length + m[2].length }] : [p]
}

/**
 * The other column's title opening glued onto the end of an entry's last line ('国办发〔2018〕128 号
 * . . . ·7· 国务院办公厅关于同意以深圳市名义申办': the two lines on one baseline, a space between)
 * is a piece of its own: the text before it ends with leaders and a page. A joint entry's units
 * running on open one too ('…·7· 沣水省财政厅沣水省发展和改革委员会沣水省').
 */
function gluedOpening(p: { text: string; at: number }, opens: (text: string) => boolean): { text: string; at: number }[] {
  for (const m of p.text.matchAll(/\s+/g)) {
    const head = p.text.slice(0, m.index)
    const rest = p.text.slice(m.index + m[0].length)
    if (rest === '' || !(entryEnd(head) || numberClosed(head))) continue
    if (opens(rest)) return [{ text: head, at: p.at }, { text: rest, at: p.at + m.index + m[0].length }]
  }
  return [p]
}

/**
 * A title's last line full to the page, the leaders squeezed out: the page a space after its
 * 文种 ('…夏季运动会的复函 10'), or right after it where the space went too ('…（2021-2035）的批复31':
 * nothing but the page follows a 文种 on a 目录 line). Null for any other line (a year: '…名义申办 2011').
 */
export function pageAfterType(text: string): { text: string; page: number } | null {
  const m = /^(.*\S)\s+(\d{1,4})$/.exec(text.trim()) ?? /^(.*[\u4e00-\u9fff])(\d{1,4})$/.exec(text.trim())
  return m && docTypeOf(compact(m[1])) !== null ? { text: m[1], page: Number(m[2]) } : null
}

/** The rest of a page printed as the folio is ('19·', '19 —'), its opening mark left on the line above (toc-folio-marks). */
const FOLIO_TAIL = /^(\d{1,4})\s?[·•\-－—]$/
/** An entry's page on its line: after leaders or a gap, or a space after its 文种 where the leaders are squeezed out. */
function pageOf(text: string): { text: string; page: number } | null {
  return splitPage(text) ?? pageAfterType(text)
}

/** The text ends with its entry's 文号 in brackets, the page printed apart ('…的指导意见（国办发〔2018〕118 号）'). */
function numberClosed(text: string): boolean {
  const m = /[（(][^（()）]*[）)]$/.exec(text.trim())
  return m !== null && docNumberOfLine(compact(m[0])) !== null
}

/** A page number alone ('7', '·7·', '- 7 -'). */
function barePage(text: string): number | null {
  const m = /^(?:(\d{1,4})|[·•]\s?(\d{1,4})\s?[·•]|[-－—]\s?(\d{1,4})\s?[-－—])$/.exec(text.trim())
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null
}

/** Lines of text after a 文号's serial set alone before its 号 at most (the other column's lines between). */
const SERIAL_REACH = 3

/**
 * Line `i` (a bare number) is a 文号's serial set alone: the line above ends with the 文号's year
 * ('〔2018〕') and a line under it opens with its 号 (the next, or one a few lines on where the
 * text writes the other column's lines between).
 */
function serialAlone(lines: SourceLine[], i: number, to: number): boolean {
  const near = (step: number, reach: number): string[] => {
    const out: string[] = []
    for (let k = i + step; k >= 0 && k <= to && Math.abs(k - i) <= 2 * reach && out.length < reach; k += step) if (!isBlank(lines[k].text)) out.push(compact(lines[k].text))
    return out
  }
  return /^\d{1,4}$/.test(compact(lines[i].text)) && /[〔［[]\d{4}[〕］\]]$/.test(near(-1, 1)[0] ?? '') && near(1, SERIAL_REACH).some((t) => /^号/.test(t))
}


/**
 * The 目录 read line by line ends (line `to`) before a last line whose page stands right after its
 * 文种, the leaders and the space squeezed out ('…工作实施方案的通知38'), which it does not take for
 * a page: that line, on the same page, ends the 目录 (its 文号 lines after it, numbersAfterEnd). The
 * last such line, or `to`.
 */
function typedPagesAfter(lines: SourceLine[], to: number): number {
  let end = to
  for (let k = to + 1; k < lines.length && lines[k].no !== lines[k - 1].no && lines[k].layout?.page === lines[k - 1].layout?.page; k++) {
    if (isBlank(lines[k].text)) continue
    if (splitPage(lines[k].text) !== null || pageAfterType(lines[k].text) === null) break
    end = k
  }
  return end
}

/**
 * The 目录's last page stands on a title's last line and its 文号 alone on the line under it, on
 * the same page (a 目录 printing each 文号 under its title): the 目录 ends with that 文号.
 */
function numberUnderLast(lines: SourceLine[], to: number): number {
  const paged = pageOf(lines[to].text.trim().split(/\s{3,}/).pop() ?? '')
  if (!paged || paged.text === '' || findDocNumbers(compact(paged.text)).length > 0) return to
  for (let k = to + 1; k < lines.length && k <= to + 2; k++) {
    if (lines[k].no === lines[k - 1].no || lines[k].layout?.page !== lines[k - 1].layout?.page) return to
    if (isBlank(lines[k].text)) continue
    return docNumberOfLine(compact(lines[k].text)) !== null ? k : to
  }
  return to
}

/**
 * Reads the 目录 lines `from`..`to` (inclusive) as pieces put together again, the body being
 * `lines` after `to`, when the entries read line by line (`read`) are none, go back in their pages
 * (its columns read in bands, one column's entries after the other's), hold a 栏目 heading, or the
 * columns stand side by side. Returns the entries in the body's order and the 栏目 in theirs, or null when no whole
 * reading is found. `labelsApart`: the 目录 prints its pages as labels alone on their lines.
 */
export function readFragments(lines: SourceLine[], from: number, to: number, read: TocEntry[], tests: FragmentTests, labelsApart = false): { entries: TocEntry[]; sections: string[]; end: number; placed: Set<TocEntry> } | null {
  const back = read.some((e, k) => k > 0 && (e.page ?? 0) < (read[k - 1].page ?? 0))
  // An entry read line by line holds a 栏目 heading: the other column's, glued on, or a line of its own (headingWithin).
  const mixed = read.some((e) => /【[^【】]+】/.test(e.title)) || headingWithin(lines.slice(from, to + 1), read, tests.heading)
  if (to <= from || (read.length > 0 && !back && !mixed && !sideBySide(lines, from, to))) return null
  const pieces: Piece[] = []
  const headings: { text: string; line: number }[] = []
  // The 栏目 heading read before any entry's piece: the 目录 opens with it.
  let opening = ''
  // The last thing read was a 栏目 heading; the pieces that name a regulation alone right under one.
  let headed = false
  const listedAlone = new Set<number>()
  const pages: number[] = []
  // The 目录 ends with its last page: what follows on its page is the body's (a running head).
  while (to > from && !lines[to].text.trim().split(/\s{3,}/).some((p) => barePage(p) !== null || pageOf(p) !== null || FOLIO_TAIL.test(p))) to--
  to = numbersAfterEnd(lines, numberUnderLast(lines, typedPagesAfter(lines, to)))
  to = footRun(lines, columnFoot(lines, to, tests))
  // Pages printed as labels alone on their line ('第 8页': the entry's last line full): pages
  // when the 目录's entries print their pages as labels, else the 目录 page's own folio.
  const labels: number[] = []
  const labelLines = new Set<number>()
  // Known from the start where two labels stand alone on the 目录's page (a page prints one folio).
  let labelled = labelsApart
  // A 文号's serial alone between its year and its 号 ('〔2018〕' / '114' / '号）…'): no page.
  let serial = ''
  // The width a full left cell fills: a line past it may hold the right column's line too.
  const width = cellWidth(lines, from, to)
  for (let i = from; i <= to && i < lines.length; i++) {
    const text = stripBullet(lines[i].text)
    if (isBlank(text) || /^(目|录|次)$/.test(compact(text))) continue // the heading's letters read apart
    for (const p of piecesOf(text).flatMap(gluedHeading).flatMap((q) => gluedOpening(q, (t) => tests.opens(t) || opensUnitList(compact(t)))).flatMap((q) => splitRowCells(q, width, tests.opens))) {
      if (tests.heading(p.text) !== null) {
        headings.push({ text: p.text, line: i })
        if (pieces.length === 0 && opening === '') opening = sectionName(p.text)
        headed = true
        continue
      }
      const bare = barePage(p.text)
      if (bare !== null && serialAlone(lines, i, to)) {
        serial = p.text.trim()
        continue
      }
      if (bare !== null) {
        pages.push(bare)
        continue
      }
      const paged = splitPage(p.text)
      if (paged && paged.text === '' && PAGE_LABEL_END.test(p.text)) {
        labels.push(paged.page)
        labelLines.add(i)
        continue
      }
      // A label broken over two lines ('…（国发〔2018〕42 号）第' / '1页', '…的通知 第 4' / '页'): the entry's page. The
      // other column's line may come between (its columns written line by line in turn).
      // A page printed as the folio is broken after its opening mark ('…的复函 . . ·' / '19·').
      const folio = FOLIO_TAIL.exec(p.text.trim())
      const opened = folio && pieces.slice(-2).reverse().find((c) => c.line < i && c.page === null && folioOpened(c.text) !== null)
      if (folio && opened) {
        Object.assign(opened, { text: folioOpened(opened.text) ?? opened.text, page: Number(folio[1]) })
        continue
      }
      const cut = pieces.slice(-2).reverse().find((c) => c.line < i && c.page === null && labelJoined(c.text, p.text) !== null)
      if (cut) {
        Object.assign(cut, labelJoined(cut.text, p.text))
        labelled = true
        continue
      }
      if (tests.noise(p.text)) continue
      if (paged && PAGE_LABEL_END.test(p.text)) labelled = true
      const own = paged && paged.text !== '' ? paged : pageAfterType(p.text)
      // A joint entry's units run on, a decree listed by itself: entries' openings too.
      const joined = compact(own ? own.text : p.text)
      const flat = /^号/.test(joined) ? serial + joined : joined
      const alone = headed && own !== null && isRegulationName(flat)
      const opens = tests.opens(p.text) || opensUnitList(flat) || isDecreeEntry(flat) || alone
      if (alone) listedAlone.add(pieces.length)
      pieces.push({ text: flat, page: own?.page ?? null, opens, line: i, at: p.at })
      headed = false
      if (flat !== joined) serial = ''
    }
  }
  if (labelled) pages.push(...labels)
  // Labels alone, no more than the 目录's pages, where its entries print bare pages: its own folios.
  else if (labels.length > pagesOf(lines, from, to)) return null
  for (const p of pieces) if (labelLines.has(p.line)) p.pageBeside = true
  const regulations = new Set([...regulationsAfterDecrees(pieces), ...listedAlone])
  for (const k of regulations) pieces[k].opens = true
  const openers = pieces.filter((p) => p.opens).length
  const paged = pieces.filter((p) => p.page !== null).length
  // An issuer's name wrapped in a joint title ('…兴县发展' / '和改革局…') opens no entry though
  // it reads as one: there may be more openings than pages, never fewer.
  const entries = pages.length + paged
  if (entries < MIN_ENTRIES || openers < entries || pieces.length > MAX_PIECES) return null
  const rawLines = lines.slice(to + 1).map((l) => l.text)
  const bodyLines = rawLines.map(searchable)
  const body = bodyLines.join('')
  const chains = joinPieces(pieces, bodyOf(body), openers - entries)
  if (!chains) return null
  swapNumbers(chains, body)
  const found: Found[] = []
  for (const chain of chains) {
    const last = chain[chain.length - 1]
    const { title, docNumber } = splitEntryLines(chain.slice(0, -1).map((p) => p.text).join(''), last.text)
    if (docNumber === null && docTypeOf(title) === null && !(chain.length === 1 && regulations.has(pieces.indexOf(last)))) return null
    const at = titlePlace(title, body)
    if (at < 0) return null
    // The page stands on the title's last line when the 文号 is printed under it.
    const page = chain.find((p) => p.page !== null)?.page ?? null
    found.push({ entry: { category: '', title, docNumber, page }, at, pieces: chain.map((p) => pieces.indexOf(p)) })
  }
  found.sort((a, b) => a.at - b.at)
  // The pages printed apart fall to the entries without one, in the body's order.
  const apart = [...pages].sort((a, b) => a - b)
  for (const e of found) if (e.entry.page === null) e.entry.page = apart.shift() ?? null
  printedOrder(found)
  // Titles that share most of their words placed again by those only each has (toc-own-order.ts).
  if (!pagesAscend(found) && !pagesAscend(placeByOwnWords(found, body, printedOrder))) return null
  // An entry read whole line by line keeps its page: a 目录 that starts its pages again in each
  // 栏目 goes back too, and its pages are not the body's order.
  // (One read without a page says nothing of it.)
  for (const e of read) if (e.page !== null && found.some((f) => f.entry.title === e.title && f.entry.page !== e.page)) return null
  const placed = headings.map((h) => ({ name: sectionName(h.text), text: h.text, line: h.line, at: headingPlace(h.text, body, bodyLines, rawLines, tests.noise) })).filter((h) => h.at >= 0).sort((a, b) => a.at - b.at)
  for (const e of found) e.entry.category = placed.filter((h) => h.at <= e.at).pop()?.name ?? ''
  firstsUnderHeadings(found, pieces, placed, (h) => runningHeadsOnly(h.name, h.text, bodyLines, rawLines))
  // The 目录 opens with a 栏目 heading: entries the body prints before any banner (a decree's title
  // found first in the running head, '澧泉市人民政府令' in '澧泉市人民政府公报') stand under it.
  for (const e of found) if (e.entry.category === '' && opening !== '' && placed.some((h) => h.name === opening)) e.entry.category = opening
  // The 目录 ends where its pieces do: a reading line by line may have run on into the body.
  // Entries whose 文号 the 目录's lines did not give their title: paired by where the body prints them.
  const numbersPlaced = new Set(found.filter((e) => e.pieces.some((k) => pieces[k].placed)).map((e) => e.entry))
  return { entries: found.map((e) => e.entry), sections: [...new Set(placed.map((h) => h.name))], end: to, placed: numbersPlaced }
}

interface Found {
  entry: TocEntry
  /** Where the title stands in the body. */
  at: number
  /** The indexes of the entry's pieces, in its order. */
  pieces: number[]
}

/** The entry's pieces stand one after another in the text, and the other's right after them. */
function rightAbove(x: Found, y: Found): boolean {
  const run = (f: Found): boolean => f.pieces.every((p, k) => k === 0 || p === f.pieces[k - 1] + 1)
  return run(x) && run(y) && y.pieces[0] === x.pieces[x.pieces.length - 1] + 1
}

/**
 * Two entries printed with the same page keep the 目录's order, not the body's, where the text
 * shows it: the one's lines right above the other's (the body's columns read out of order may
 * give a page's second title first). Lines of a 目录 read across its columns say nothing of the
 * order within one. In place.
 */
function printedOrder(found: Found[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const [x, y] = [found[k], found[k + 1]]
    if (x.entry.page !== null && x.entry.page === y.entry.page && rightAbove(y, x)) [found[k], found[k + 1]] = [y, x]
  }
}

/**
 * Where the body first prints the 栏目: its heading as the 目录 has it, or its name on a line of
 * its own (a running head naming the 栏目 on its pages: a banner over three columns may be read
 * after the first title under it), whichever comes first; -1 when neither.
 */
function headingPlace(heading: string, body: string, bodyLines: string[], rawLines: string[], furniture: (text: string) => boolean): number {
  const name = searchable(sectionName(heading))
  const bracketed = searchable(heading) === name ? bareBanner(name, bodyLines) : body.indexOf(searchable(heading))
  const spaced = [spelledApart(name, bodyLines, rawLines, furniture), bracketedBand(name, bodyLines, rawLines, furniture)].filter((p) => p >= 0).sort((a, b) => a - b)[0] ?? -1
  const whole = bracketed < 0 || (spaced >= 0 && spaced < bracketed) ? spaced : bracketed
  let at = 0
  for (let k = 0; k < bodyLines.length; k++) {
    if (whole >= 0 && at > whole) break
    if (bodyLines[k] === name) return closedBefore(bodyLines, k, at, whole) ? whole : at
    at += bodyLines[k].length
  }
  return whole
}

/** Lines a letter-spaced banner's characters stand on at most each ('国' / '务' / '院' / '办 公'…). */
const SPACED_LINE = 2

/**
 * Where the body prints the 栏目's name letter-spaced on a band, which pdftotext writes a
 * character or two to a line ('国' / '务' / '院' / '办 公' / '厅' / '文' / '件'), or (-layout) on one
 * line, a space between its characters ('县 （   市   、 区   ）   文   件'), or -1. A running head
 * names the 栏目 on a line of its own too, but not letter-spaced. A band at a page's top may have the
 * running head's lines written between its characters ('国 务' / '院' / '2022 年第 6 期…' / '文 件'):
 * the page's furniture is passed over.
 */
function spelledApart(name: string, bodyLines: string[], rawLines: string[], furniture: (text: string) => boolean): number {
  let at = 0
  for (let k = 0; k < bodyLines.length; at += bodyLines[k].length, k++) {
    if (bodyLines[k] === name && (rawLines[k].trim().match(/\s+/g) ?? []).length >= name.length / 2) return at
    if (bodyLines[k].length === 0 || bodyLines[k].length > SPACED_LINE || !name.startsWith(bodyLines[k])) continue
    let spelled = ''
    for (let n = k; n < bodyLines.length && spelled.length < name.length; n++) {
      if (bodyLines[n].length === 0 || (n > k && furniture(rawLines[n]))) continue
      if (bodyLines[n].length > SPACED_LINE) break
      spelled += bodyLines[n]
    }
    if (spelled === name) return at
  }
  return -1
}

/**
 * A document closes (its date on a line of its own) between the running head naming the 栏目 (line
 * `k`, at `at`) and the 栏目's banner (at `whole`): the page opens in the 栏目 before and the banner
 * says where the new one starts on it (a head naming the page's last 栏目, as LaTeX's marks do).
 */
function closedBefore(bodyLines: string[], k: number, at: number, whole: number): boolean {
  if (whole < 0) return false
  for (let n = k + 1, pos = at + bodyLines[k].length; n < bodyLines.length && pos < whole; pos += bodyLines[n].length, n++) {
    if (parseDateLine(bodyLines[n]) !== null) return true
  }
  return false
}
