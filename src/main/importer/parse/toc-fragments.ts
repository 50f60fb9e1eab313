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
import { compact, folded, isBlank, stripBullet, type SourceLine } from './lines'
import { PAGE_LABEL_END, splitEntryLines, splitPage } from './toc-entry'
import { docTypeOf } from './doc-type'
import { docNumberOfLine } from './header'
import { sectionName } from './sections'
import { columnFoot } from './toc-across'
import { parseDateLine } from './dates'

export interface FragmentTests {
  /** A line that opens an entry (a title's opening, an issuer). */
  opens: (text: string) => boolean
  /** A 栏目 heading's name, or null when the text is none. */
  heading: (text: string) => string | null
  /** The page's furniture (gazette name, folio). */
  noise: (text: string) => boolean
}

interface Piece {
  text: string
  page: number | null
  opens: boolean
  /** Line index and the column (characters) where the piece starts on its line. */
  line: number
  at: number
}

/** Characters on each side of a join looked for in the body at most. */
const MAX_REACH = 4
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

/** A page number alone ('7', '·7·', '- 7 -'). */
function barePage(text: string): number | null {
  const m = /^(?:(\d{1,4})|[·•]\s?(\d{1,4})\s?[·•]|[-－—]\s?(\d{1,4})\s?[-－—])$/.exec(text.trim())
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null
}

/**
 * Line `i` (a bare number) is a 文号's serial set alone: the line above ends with the 文号's year
 * ('〔2018〕') and the line under it opens with its 号.
 */
function serialAlone(lines: SourceLine[], i: number, to: number): boolean {
  const near = (step: number): string => {
    for (let k = i + step; k >= 0 && k <= to && Math.abs(k - i) <= 2; k += step) if (!isBlank(lines[k].text)) return compact(lines[k].text)
    return ''
  }
  return /^\d{1,4}$/.test(compact(lines[i].text)) && /[〔［[]\d{4}[〕］\]]$/.test(near(-1)) && /^号/.test(near(1))
}

/** The text as the body is searched: no spaces, folded, round brackets left out (the 目录 adds them round a 文号). */
const searchable = (s: string): string => folded(s).replace(/[()]/g, '')

/**
 * Reads the 目录 lines `from`..`to` (inclusive) as pieces put together again, the body being
 * `lines` after `to`, when the entries read line by line (`read`) are none, go back in their pages
 * (its columns read in bands, one column's entries after the other's), hold a 栏目 heading, or the
 * columns stand side by side. Returns the entries in the body's order and the 栏目 in theirs, or null when no whole
 * reading is found. `labelsApart`: the 目录 prints its pages as labels alone on their lines.
 */
export function readFragments(lines: SourceLine[], from: number, to: number, read: TocEntry[], tests: FragmentTests, labelsApart = false): { entries: TocEntry[]; sections: string[]; end: number } | null {
  const back = read.some((e, k) => k > 0 && (e.page ?? 0) < (read[k - 1].page ?? 0))
  // An entry read line by line holds a 栏目 heading: the other column's, glued onto its line.
  const mixed = read.some((e) => /【[^【】]+】/.test(e.title))
  if (to <= from || (read.length > 0 && !back && !mixed && !sideBySide(lines, from, to))) return null
  const pieces: Piece[] = []
  const headings: string[] = []
  const pages: number[] = []
  // The 目录 ends with its last page: what follows on its page is the body's (a running head).
  while (to > from && !lines[to].text.trim().split(/\s{3,}/).some((p) => barePage(p) !== null || splitPage(p) !== null)) to--
  to = columnFoot(lines, to, tests)
  // Pages printed as labels alone on their line ('第 8页': the entry's last line full): pages
  // when the 目录's entries print their pages as labels, else the 目录 page's own folio.
  const labels: number[] = []
  // Known from the start where two labels stand alone on the 目录's page (a page prints one folio).
  let labelled = labelsApart
  // A 文号's serial alone between its year and its 号 ('〔2018〕' / '114' / '号）…'): no page.
  let serial = ''
  for (let i = from; i <= to && i < lines.length; i++) {
    const text = stripBullet(lines[i].text)
    if (isBlank(text) || /^(目|录|次)$/.test(compact(text))) continue // the heading's letters read apart
    for (const p of piecesOf(text).flatMap(gluedHeading)) {
      if (tests.heading(p.text) !== null) {
        headings.push(p.text)
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
        continue
      }
      // A label broken over two lines ('…（国发〔2018〕42 号）第' / '1页'): the entry's page. The
      // other column's line may come between (its columns written line by line in turn).
      const tail = /^(\d{1,4})\s*页$/.exec(p.text.trim())
      const cut = pieces.slice(-2).reverse().find((c) => c.line < i && c.page === null && c.text.endsWith('第'))
      if (tail && cut) {
        Object.assign(cut, { text: cut.text.slice(0, -1), page: Number(tail[1]) })
        labelled = true
        continue
      }
      if (tests.noise(p.text)) continue
      if (paged && PAGE_LABEL_END.test(p.text)) labelled = true
      const own = paged && paged.text !== '' ? paged : null
      pieces.push({ text: serial + compact(own ? own.text : p.text), page: own?.page ?? null, opens: tests.opens(p.text), line: i, at: p.at })
      serial = ''
    }
  }
  if (labelled) pages.push(...labels)
  else if (labels.length) return null
  const openers = pieces.filter((p) => p.opens).length
  const paged = pieces.filter((p) => p.page !== null).length
  // An issuer's name wrapped in a joint title ('…兴县发展' / '和改革局…') opens no entry though
  // it reads as one: there may be more openings than pages, never fewer.
  const entries = pages.length + paged
  if (entries < MIN_ENTRIES || openers < entries || pieces.length > MAX_PIECES) return null
  const bodyLines = lines.slice(to + 1).map((l) => searchable(l.text))
  const body = bodyLines.join('')
  const chains = joinPieces(pieces, bodyOf(body), openers - entries)
  if (!chains) return null
  const found: Found[] = []
  for (const chain of chains) {
    const last = chain[chain.length - 1]
    const { title, docNumber } = splitEntryLines(chain.slice(0, -1).map((p) => p.text).join(''), last.text)
    if (docNumber === null && docTypeOf(title) === null) return null
    const at = bodyPlace(title, body)
    if (at < 0) return null
    found.push({ entry: { category: '', title, docNumber, page: last.page }, at, pieces: chain.map((p) => pieces.indexOf(p)) })
  }
  found.sort((a, b) => a.at - b.at)
  // The pages printed apart fall to the entries without one, in the body's order.
  const apart = [...pages].sort((a, b) => a - b)
  for (const e of found) if (e.entry.page === null) e.entry.page = apart.shift() ?? null
  printedOrder(found)
  for (let k = 1; k < found.length; k++) if ((found[k].entry.page ?? 0) < (found[k - 1].entry.page ?? 0)) return null
  // An entry read whole line by line keeps its page: a 目录 that starts its pages again in each
  // 栏目 goes back too, and its pages are not the body's order.
  for (const e of read) if (found.some((f) => f.entry.title === e.title && f.entry.page !== e.page)) return null
  const placed = headings.map((h) => ({ name: sectionName(h), at: headingPlace(h, body, bodyLines) })).filter((h) => h.at >= 0).sort((a, b) => a.at - b.at)
  for (const e of found) e.entry.category = placed.filter((h) => h.at <= e.at).pop()?.name ?? ''
  // The 目录 ends where its pieces do: a reading line by line may have run on into the body.
  return { entries: found.map((e) => e.entry), sections: [...new Set(placed.map((h) => h.name))], end: to }
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
 * Each piece but an entry's first goes on from one other piece: the joins the body shows best are
 * taken first. Returns the entries' pieces in order, or null when a piece is left without its
 * line above, an entry is left cut, or two joins the body shows as well compete for one piece.
 */
function joinPieces(pieces: Piece[], body: Body, wrapped: number): Piece[][] | null {
  const pairs: { a: number; b: number; score: number }[] = []
  for (let a = 0; a < pieces.length; a++) {
    if (ended(pieces[a])) continue
    for (let b = 0; b < pieces.length; b++) {
      if (a === b) continue
      const score = joinScore(pieces[a], pieces[b], body)
      // An opening goes on from a line only where the body prints the join in full and that
      // line is no whole title already.
      if (pieces[b].opens && (wrapped === 0 || score < MAX_REACH || docTypeOf(pieces[a].text) !== null)) continue
      if (score > 0) pairs.push({ a, b, score })
    }
  }
  pairs.sort((x, y) => y.score - x.score || lineGap(pieces, x) - lineGap(pieces, y))
  const next = new Map<number, number>()
  const prev = new Map<number, number>()
  const headOf = (k: number): number => {
    let h = k
    while (prev.has(h)) h = prev.get(h)!
    return h
  }
  let openingsTaken = 0
  for (const p of pairs) {
    if (next.has(p.a) || prev.has(p.b) || headOf(p.a) === p.b) continue
    if (pieces[p.b].opens && openingsTaken === wrapped) continue
    if (pieces[p.b].opens) openingsTaken++
    next.set(p.a, p.b)
    prev.set(p.b, p.a)
  }
  if (openingsTaken !== wrapped) return null
  const chains: Piece[][] = []
  for (let k = 0; k < pieces.length; k++) {
    if (prev.has(k)) continue
    if (!pieces[k].opens) return null
    const chain = [pieces[k]]
    for (let c = next.get(k); c !== undefined; c = next.get(c)) chain.push(pieces[c])
    const last = chain[chain.length - 1]
    if (!ended(last) && docTypeOf(last.text) === null) return null
    chains.push(chain)
  }
  return chains.reduce((n, c) => n + c.length, 0) === pieces.length ? chains : null
}

/** A piece that ends its entry: its page printed on it, or its 文号's bracket closed. */
function ended(p: Piece): boolean {
  return p.page !== null || /号[）)]$/.test(p.text)
}

/**
 * How far the characters across the join of `a` and `b` stand together in the body (0 when not
 * even the two next to the join do), one more when `b` is the line under `a` in the text.
 */
function joinScore(a: Piece, b: Piece, body: Body): number {
  const x = searchable(a.text)
  const y = searchable(b.text)
  // A 文号 on a line of its own goes on from a title's last line (its 文种): the body prints it
  // over or under that title, wherever the join.
  const own = docNumberOfLine(b.text)
  if (own) {
    if (docTypeOf(a.text) === null) return 0
    const number = searchable(own.docNumber)
    if (nextTo(x, number, body.text)) return MAX_REACH + 1
    // The body's columns written out of order put the title and its 文号 far apart: the line
    // right under the title's last line in the 目录 is still its 文号, the weakest join.
    return under(a, b) && body.text.includes(number) ? 1 : 0
  }
  if (!bracketsFit(a.text, b.text)) return 0
  let reach = 0
  for (let k = 1; k <= MAX_REACH && k <= x.length && k <= y.length; k++) {
    // The two characters next to the join first, from the body's pairs: most joins stop there.
    if (k === 1 ? !body.pairs.has(x.slice(-1) + y.slice(0, 1)) : !body.text.includes(x.slice(-k) + y.slice(0, k))) break
    reach = k
  }
  return reach === 0 ? 0 : reach + (under(a, b) ? 1 : 0)
}

/** A 文号's year alone on its line. */
const YEAR_ALONE = /^[〔［[]\d{4}[〕］\]]$/
const OPEN = '（('
const CLOSE = '）)'

/**
 * The brackets `a` leaves open are the ones `b` closes first, and a 文号's bracket so closed
 * holds a 文号 ('…的通知（兴' / '政发〔2022〕8号）', not '（兴' / '县地方铁路…').
 */
function bracketsFit(a: string, b: string): boolean {
  if (YEAR_ALONE.test(a)) return /^\d{1,4}号[）)]$/.test(b)
  let open = 0
  let from = -1
  for (let i = 0; i < a.length; i++) {
    if (OPEN.includes(a[i]) && open++ === 0) from = i
    else if (CLOSE.includes(a[i]) && open > 0) open--
  }
  let depth = open
  let closed = -1
  for (let i = 0; i < b.length && closed < 0; i++) {
    if (OPEN.includes(b[i])) depth++
    else if (CLOSE.includes(b[i])) {
      depth--
      if (depth < 0) return false
      if (depth === 0 && open > 0) closed = i
    }
  }
  if (open === 0) return true
  // A 文号 broken over three lines ('（国函' / '〔2006〕' / '132 号）'): its year alone goes on.
  if (closed < 0) return YEAR_ALONE.test(b)
  return docNumberOfLine(a.slice(from) + b.slice(0, closed + 1)) !== null
}

/** Characters between a title's line and its 文号 in the body at most (a line or two). */
const NEAR = 80

/** The body prints the title line's text `x` and the 文号 `number` next to each other. */
function nextTo(x: string, number: string, body: string): boolean {
  const line = x.slice(-2 * WINDOW)
  let at = body.indexOf(line)
  for (let n = 0; at >= 0 && n < 8; n++, at = body.indexOf(line, at + 1)) {
    const from = Math.max(0, at - NEAR)
    if (body.slice(from, at + line.length + NEAR).includes(number)) return true
  }
  return false
}

/** The body's text and its pairs of neighbouring characters (most joins are told by these). */
interface Body {
  text: string
  pairs: Set<string>
}

function bodyOf(text: string): Body {
  const pairs = new Set<string>()
  for (let i = 1; i < text.length; i++) pairs.add(text.slice(i - 1, i + 1))
  return { text, pairs }
}

/** `b` stands right under `a`: the next line, starting where `a` does. */
function under(a: Piece, b: Piece): boolean {
  return b.line > a.line && b.line - a.line <= 2 && Math.abs(b.at - a.at) <= 3
}

const lineGap = (pieces: Piece[], p: { a: number; b: number }): number => Math.abs(pieces[p.b].line - pieces[p.a].line)

/** Windows of a title looked for in the body. */
const WINDOW = 6

/**
 * Where the title stands in the body: the middle of the places its windows are first found (a
 * title broken over the body's lines or columns still shows most of them), or -1.
 */
function bodyPlace(title: string, body: string): number {
  const t = searchable(title)
  const found: number[] = []
  for (let k = 0; k + WINDOW <= t.length; k += WINDOW / 2) {
    const at = body.indexOf(t.slice(k, k + WINDOW))
    if (at >= 0) found.push(at)
  }
  if (found.length === 0 || found.length * 2 < Math.floor(t.length / (WINDOW / 2))) return -1
  found.sort((a, b) => a - b)
  return found[Math.floor(found.length / 2)]
}

/**
 * Where the body first prints the 栏目: its heading as the 目录 has it, or its name on a line of
 * its own (a running head naming the 栏目 on its pages: a banner over three columns may be read
 * after the first title under it), whichever comes first; -1 when neither.
 */
function headingPlace(heading: string, body: string, bodyLines: string[]): number {
  const whole = body.indexOf(searchable(heading))
  const name = searchable(sectionName(heading))
  let at = 0
  for (let k = 0; k < bodyLines.length; k++) {
    if (whole >= 0 && at > whole) break
    if (bodyLines[k] === name) return closedBefore(bodyLines, k, at, whole) ? whole : at
    at += bodyLines[k].length
  }
  return whole
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
