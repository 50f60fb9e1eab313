// The joins of a 目录's pieces (toc-fragments.ts): which line goes on from which, told by the
// body, which prints every title (and its 文号) again: a join is right where the characters
// across it stand together in the body, and an opening line (a title's first) starts an entry.
import { folded } from './lines'
import { docTypeOf } from './doc-type'
import { docNumberOfLine } from './header'
import { findDocNumbers } from '../../../shared/doc-number'
import { isDecreeEntry } from './toc-lone-pieces'

export interface Piece {
  text: string
  page: number | null
  opens: boolean
  /** Line index and the column (characters) where the piece starts on its line. */
  line: number
  at: number
  /** A 文号 line paired with its title by where the body prints the two (pairLeftNumbers), not by the 目录's own lines. */
  placed?: boolean
  /** Its line holds a page as a label too ('国发〔2018〕41号   第1页'). */
  pageBeside?: boolean
}

/** Characters on each side of a join looked for in the body at most. */
const MAX_REACH = 4

/** The text as the body is searched: no spaces, folded, round brackets left out (the 目录 adds them round a 文号). */
export const searchable = (s: string): string => folded(s).replace(/[()]/g, '')

/**
 * Each piece but an entry's first goes on from one other piece: the joins the body shows best are
 * taken first. Returns the entries' pieces in order, or null when a piece is left without its
 * line above, an entry is left cut, or two joins the body shows as well compete for one piece.
 */
export function joinPieces(pieces: Piece[], body: Body, wrapped: number): Piece[][] | null {
  const pairs: { a: number; b: number; score: number }[] = []
  const openings = new Set(pieces.filter((p) => p.opens).map((p) => p.line))
  for (let a = 0; a < pieces.length; a++) {
    const closed = ended(pieces[a])
    if (closed && !numberUnder(pieces[a])) continue
    for (let b = 0; b < pieces.length; b++) {
      if (a === b) continue
      // After the line that took the page, only the entry's 文号 on a line of its own, where the
      // body prints the title right by it.
      if (closed && (pieces[b].page !== null || docNumberOfLine(pieces[b].text) === null)) continue
      const score = joinScore(pieces[a], pieces[b], body, openings)
      if (closed && score <= MAX_REACH) continue
      // An opening goes on from a line only where the body prints the join in full and that
      // line is no whole title already, nor a 文号 alone on its line (an entry's end).
      if (pieces[b].opens && (wrapped === 0 || score < MAX_REACH || docTypeOf(pieces[a].text) !== null || endsBare(pieces[a], pieces))) continue
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
  pairLeftNumbers(pieces, next, prev, body.text)
  const chains: Piece[][] = []
  for (let k = 0; k < pieces.length; k++) {
    if (prev.has(k)) continue
    if (!pieces[k].opens) return null
    const chain = [pieces[k]]
    for (let c = next.get(k); c !== undefined; c = next.get(c)) chain.push(pieces[c])
    const last = chain[chain.length - 1]
    if (!ended(last) && !endsBare(last, pieces) && docTypeOf(last.text) === null) return null
    chains.push(chain)
  }
  return chains.reduce((n, c) => n + c.length, 0) === pieces.length ? chains : null
}

/**
 * A chain may end on its 文号 printed bare, with no brackets, on a line of its own under its title
 * (a two-column 目录 pdftotext wrote in blocks, its pages on the titles' lines). Not where the
 * 文号's line holds the entry's page too ('国发〔2018〕41号   第1页', a one-column 目录 read whole
 * line by line): that page, read as a label apart, is the entry's end, and the labels would fall
 * to the entries by the body's order alone.
 */
function endsBare(last: Piece, pieces: Piece[]): boolean {
  return docNumberOfLine(last.text) !== null && last.pageBeside !== true && !pieces.some((q) => q !== last && q.line === last.line)
}

/**
 * The 文号 lines no title's last line took, as many as the entries' ends that still lack one (a
 * title's last line with its 文种 or the page, no 文号 in the entry) or fewer: the body printed the
 * 文号 far from the title's line (the other column's lines between, or the title's head at a
 * column's foot and its tail over the 文号 at the next column's top), and the text wrote it far
 * from it in the 目录. Each goes to the end whose entry the body prints nearest to it; none does
 * unless all find one. In place.
 */
function pairLeftNumbers(pieces: Piece[], next: Map<number, number>, prev: Map<number, number>, body: string): void {
  const numbers = pieces.map((_, k) => k).filter((k) => !prev.has(k) && !pieces[k].opens && docNumberOfLine(pieces[k].text) !== null)
  const chainOf = (k: number): number[] => {
    const chain = [k]
    while (prev.has(chain[0])) chain.unshift(prev.get(chain[0])!)
    return chain
  }
  const ends = pieces.map((_, k) => k).filter((k) => {
    if (next.has(k) || numbers.includes(k)) return false
    const chain = chainOf(k)
    const p = pieces[k]
    return pieces[chain[0]].opens && !isDecreeEntry(pieces[chain[0]].text) && chain.every((c) => findDocNumbers(pieces[c].text).length === 0) && (numberUnder(p) || (p.page === null && docTypeOf(p.text) !== null))
  })
  // Fewer 文号 than ends: an entry printed without one (人事任免) is among them, and a 文号 goes only
  // to an end whose title the body prints near it.
  if (numbers.length === 0 || numbers.length > ends.length) return
  const fewer = numbers.length < ends.length
  const left = new Set(ends)
  const pairs: [number, number][] = []
  for (const n of numbers) {
    const at = body.indexOf(searchable(pieces[n].text))
    if (at < 0) return
    const placeOf = (k: number): number => ownPlace(chainOf(k).map((c) => pieces[c].text).join(''), body, at)
    let best = -1
    for (const e of left) if (best < 0 || Math.abs(placeOf(e) - at) < Math.abs(placeOf(best) - at)) best = e
    if (placeOf(best) < 0 || (fewer && Math.abs(placeOf(best) - at) > FAR)) return
    left.delete(best)
    pairs.push([best, n])
  }
  // All or none: a 文号 the body does not print leaves the others unpaired too.
  for (const [end, n] of pairs) {
    next.set(end, n)
    prev.set(n, end)
    pieces[n].placed = true
  }
}

/**
 * The places `at` finds a title's windows (WINDOW characters, every half window) in the body, and
 * how many windows the title has.
 */
export function windowPlaces(title: string, at: (window: string) => number): { found: number[]; windows: number } {
  const t = searchable(title)
  const found: number[] = []
  for (let k = 0; k + WINDOW <= t.length; k += WINDOW / 2) {
    const p = at(t.slice(k, k + WINDOW))
    if (p >= 0) found.push(p)
  }
  return { found, windows: Math.floor(t.length / (WINDOW / 2)) }
}

/** The middle of the places found, or -1 where fewer than half the windows are (none, or a title the body does not print). */
export function middleOf({ found, windows }: { found: number[]; windows: number }, least = windows / 2): number {
  if (found.length === 0 || found.length < least) return -1
  const sorted = [...found].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * Where the body prints a title as seen from `near` (a 文号's place): the middle of the places
 * its windows are found nearest to it, or -1. A title's words printed again elsewhere (another
 * title's '…所提问题和建议办理情况的函') do not draw it away from its own 文号.
 */
export function titlePlaceNear(title: string, body: string, near: number): number {
  return middleOf(
    windowPlaces(title, (w) => {
      let best = -1
      for (let at = body.indexOf(w); at >= 0; at = body.indexOf(w, at + 1)) if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at
      return best
    }),
  )
}

/** Where the body prints a title: the middle of the places its windows are first found, or -1. */
export function titlePlace(title: string, body: string): number {
  return middleOf(windowPlaces(title, (w) => body.indexOf(w)))
}

/**
 * Where the body prints a title by the words no other text there shares ('…关于四川省在温家宝总理…',
 * not the '…考察工作时所提问题和建议办理情况的函' a sibling 函 printed earlier ends with too): the
 * middle of its windows found once in the body (any one will do); else where titlePlaceNear finds
 * it, seen from `near` (the 文号's place).
 */
function ownPlace(title: string, body: string, near: number): number {
  const once = middleOf(
    windowPlaces(title, (w) => {
      const at = body.indexOf(w)
      return at >= 0 && body.indexOf(w, at + 1) < 0 ? at : -1
    }),
    1,
  )
  return once >= 0 ? once : titlePlaceNear(title, body, near)
}

/**
 * A title's last line that took the entry's page and holds no 文号: a 目录 that prints each 文号 on
 * a smaller line UNDER its title ('…的通知 . . . 8' / '（国办发〔2018〕127 号）') goes on with it.
 */
function numberUnder(p: Piece): boolean {
  return p.page !== null && findDocNumbers(p.text).length === 0 && (docTypeOf(p.text) !== null || cutType(p))
}

/** Characters of a 文种 cut off at a title's last line ('复' of 批复) at most. */
const CUT_TYPE = 2

/** The line that took the entry's page holds only the 文种's last characters ('复 . . . 11'). */
function cutType(p: Piece): boolean {
  return p.page !== null && shortTail(p)
}

/** A line of a few characters at most (a 文种's tail: '知' over its 文号 line that took the page). */
function shortTail(p: Piece): boolean {
  return p.text.length <= CUT_TYPE && /^[\u4e00-\u9fff]+$/.test(p.text)
}

/** A piece that ends its entry: its page printed on it, or its 文号's bracket closed. */
function ended(p: Piece): boolean {
  return p.page !== null || /号[）)]$/.test(p.text)
}

/**
 * How far the characters across the join of `a` and `b` stand together in the body (0 when not
 * even the two next to the join do), one more when `b` is the line under `a` in the text.
 */
function joinScore(a: Piece, b: Piece, body: Body, openings: ReadonlySet<number>): number {
  const x = searchable(a.text)
  const y = searchable(b.text)
  // A 文号 on a line of its own goes on from a title's last line (its 文种): the body prints it
  // over or under that title, wherever the join.
  const own = docNumberOfLine(b.text)
  if (own) {
    if (docTypeOf(a.text) === null && !shortTail(a)) return 0
    const number = searchable(own.docNumber)
    // A 文种's tail with its 文号 on the very next line, one block of the text (no blank line
    // between, one start): pdftotext writes a block's lines in their order, and the body may print
    // that tail ('复函') by another entry's 文号 too.
    if (shortTail(a) && nextInBlock(a, b) && body.text.includes(number)) return MAX_REACH + 0.9
    // A 文种's tail alone ('函') stands next to many a 文号 in the body: a title line the body prints
    // by its 文号 outranks it, and it outranks a guess by the 文号 right under it.
    if (nextTo(x, number, body.text)) return shortTail(a) ? MAX_REACH + 0.75 : MAX_REACH + 1
    // The title's last line that took the page, its 文号 on the very next line of the block: the
    // 目录 sets each 文号 under its title. The body's columns written out of order (three columns
    // a page) may print neither by the other, and its nearness would give the 文号 to another title.
    if (numberUnder(a) && nextInBlock(a, b) && body.text.includes(number)) return MAX_REACH + 0.5
    // Too short to be looked for in the body: the 文号 right under it is its entry's.
    const below = under(a, b) || underAcross(a, b, openings)
    if (below && firstNumberAfter(x, own.docNumber, body.text)) return MAX_REACH + 1
    if (cutType(a) && below && body.text.includes(number)) return MAX_REACH + 0.5
    // The body's columns written out of order put the title and its 文号 far apart: the line
    // right under the title's last line in the 目录 is still its 文号, the weakest join.
    return below && body.text.includes(number) ? 1 : 0
  }
  if (!bracketsFit(a.text, b.text)) return 0
  let reach = 0
  // A 文种's tail alone on its line ('复函 . . . ·17·', two entries' lines written in turn) is too short
  // to tell its join by: the title's characters before it are looked for with it ('运动会的' + '复函').
  const reachable = shortTail(b) ? MAX_REACH : y.length
  for (let k = 1; k <= MAX_REACH && k <= x.length && k <= reachable; k++) {
    // The two characters next to the join first, from the body's pairs: most joins stop there.
    if (k === 1 ? !body.pairs.has(x.slice(-1) + y.slice(0, 1)) : !body.text.includes(x.slice(-k) + y.slice(0, k))) break
    reach = k
  }
  // A 文号 broken after its agency code ('…的指导意见' / '（国发' / '〔2018〕' / '42 号）'): its head right
  // under the title's last line is its entry's, wherever the body prints the 文号.
  if (reach === 0 && NUMBER_HEAD.test(b.text) && (docTypeOf(a.text) !== null || cutType(a)) && under(a, b)) return 1
  return reach === 0 ? 0 : reach + (under(a, b) ? 1 : 0)
}

/** A 文号's bracket opened on its agency code alone ('（国发'), its year on the next line. */
const NUMBER_HEAD = /^[（(][\u4e00-\u9fff]{1,10}$/

/** A 文号's year alone on its line. */
const YEAR_ALONE = /^[〔［[]\d{4}[〕］\]]$/
const OPEN = '（('
const CLOSE = '）)'

/**
 * The brackets `a` leaves open are the ones `b` closes first, and a 文号's bracket so closed
 * holds a 文号 ('…的通知（兴' / '政发〔2022〕8号）', not '（兴' / '县地方铁路…'), or the title
 * goes on after it.
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
  // A title's own brackets ('…总体规划（2021-2035' / '年）的承诺函'): the title goes on after them,
  // where nothing but the page follows a 文号's.
  return docNumberOfLine(a.slice(from) + b.slice(0, closed + 1)) !== null || /[\u4e00-\u9fff]/.test(b.slice(closed + 1))
}

/** Characters between a title's line and its 文号 in the body at most (a line or two). */
const NEAR = 80

/** The body prints the title line's text `x` and the 文号 `number` next to each other. */
export function nextTo(x: string, number: string, body: string): boolean {
  const line = x.slice(-2 * WINDOW)
  let at = body.indexOf(line)
  for (let n = 0; at >= 0 && n < 8; n++, at = body.indexOf(line, at + 1)) {
    const from = Math.max(0, at - NEAR)
    if (body.slice(from, at + line.length + NEAR).includes(number)) return true
  }
  return false
}

/** Characters of the body after a title its 文号 may stand at most (the rest of the column, the next one's head). */
const FAR = 1200

/**
 * The first 文号 the body prints after the title line's text `x` is `docNumber`: the title at a
 * column's foot, the 文号 under it at the next column's top, the other column's text between.
 */
function firstNumberAfter(x: string, docNumber: string, body: string): boolean {
  const line = x.slice(-2 * WINDOW)
  if (line.length < WINDOW) return false
  let at = body.indexOf(line)
  for (let n = 0; at >= 0 && n < 8; n++, at = body.indexOf(line, at + 1)) {
    const first = findDocNumbers(body.slice(at + line.length, at + line.length + FAR))[0]
    if (first?.docNumber === docNumber) return true
  }
  return false
}

/** The body's text and its pairs of neighbouring characters (most joins are told by these). */
export interface Body {
  text: string
  pairs: Set<string>
}

export function bodyOf(text: string): Body {
  const pairs = new Set<string>()
  for (let i = 1; i < text.length; i++) pairs.add(text.slice(i - 1, i + 1))
  return { text, pairs }
}

/** `b` is the line right after `a` in one block of the text (no blank line between, one start): pdftotext writes a block's lines in their order. */
function nextInBlock(a: Piece, b: Piece): boolean {
  return b.line === a.line + 1 && Math.abs(b.at - a.at) <= 3
}

/** `b` stands right under `a`: the next line, starting where `a` does. */
function under(a: Piece, b: Piece): boolean {
  return b.line > a.line && b.line - a.line <= 2 && Math.abs(b.at - a.at) <= 3
}

/**
 * `b` stands under `a` with the other column's line between, written in turn with this column's
 * (pdftotext, default mode): a line that opens another entry, which no title's last line and its
 * 文号 have between them ('…有关问题的复' / '函' / '国务院办公厅转发…' / '国办函〔1996〕16号').
 */
function underAcross(a: Piece, b: Piece, openings: ReadonlySet<number>): boolean {
  if (b.line - a.line > 4 || Math.abs(b.at - a.at) > 3) return false
  const between = [...openings].filter((k) => k > a.line && k < b.line)
  return between.length === 1
}

const lineGap = (pieces: Piece[], p: { a: number; b: number }): number => Math.abs(pieces[p.b].line - pieces[p.a].line)

/** Windows of a title looked for in the body. */
export const WINDOW = 6
