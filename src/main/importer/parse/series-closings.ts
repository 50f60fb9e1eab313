// Numbers of one series (兴政函〔2022〕35号, 51号…) are given in the order documents are signed: a
// later number is dated later, give or take a day or two (国办发〔2018〕117号 is dated the day after
// 118号). Where a converter interleaves two columns, two documents of a series on one page may each
// end up with the other's closing, both guesses from the neighbours: the later number then carries
// the earlier date, weeks apart. A person who sees 35号 dated after 51号 by a month, with either
// closing fitting either document, gives each the closing its number calls for.
import type { ParsedDocument } from '../../../shared/domain'
import type { DraftBlock } from './blocks'
import { fits } from './closings'
import { parseDateLine } from './dates'
import { isIssuerText } from './header'
import { inverted, numberSerial } from './issue-doubts'
import { numberYear } from './confidence'
import type { ClosedDocument } from './misplaced-closings'
import { marksPublic } from './public-note'

/** How many documents apart two of one series may stand to trade closings. */
const REACH = 2

interface Held {
  date: string
  units: string[]
  /** A public 附注 stands right under the date. */
  open: boolean
}

/** The closing whose date a document carries, found among the blocks near it, or null. */
function closingOf(date: string, near: DraftBlock[][]): Held | null {
  for (const drafts of near) {
    for (let i = 0; i < drafts.length; i++) {
      const b = drafts[i]
      if (b.kind !== 'date' || parseDateLine(b.text) !== date) continue
      let k = i
      while (k > 0 && drafts[k - 1].kind === 'signature') k--
      const units = drafts.slice(k, i).flatMap((s) => s.text.split(/\s+/)).filter((u) => isIssuerText(u))
      const next = drafts[i + 1]
      return { date, units, open: next?.kind === 'note' && marksPublic(next.text) }
    }
  }
  return null
}

/** Public 附注 standing under no date in a document's blocks (ones a closing left behind). */
const loneNotes = (drafts: DraftBlock[]): number =>
  drafts.filter((b, i) => b.kind === 'note' && marksPublic(b.text) && drafts[i - 1]?.kind !== 'date').length

/**
 * Trades the closings of documents `a` and `b` (their dates and public 附注), each found among the
 * blocks next to the two, when each fits the other document (as `fitted` gives it: with the
 * 目录's 文号 when the body lost it). Returns whether it did.
 */
function trade(docs: ClosedDocument[], a: number, b: number, fitted = (doc: ParsedDocument): ParsedDocument => doc): boolean {
  const [x, y] = [docs[a].doc, docs[b].doc]
  if (!x.date || !y.date) return false
  const near = docs.slice(Math.max(0, Math.min(a, b) - 1), Math.max(a, b) + 2).map((d) => d.drafts)
  const cx = closingOf(x.date, near)
  const cy = closingOf(y.date, near)
  if (!cx || !cy || !fits(cy, fitted(x)) || !fits(cx, fitted(y))) return false
  x.date = cy.date
  y.date = cx.date
  x.public = cy.open || loneNotes(docs[a].drafts) > 0
  y.public = cx.open || loneNotes(docs[b].drafts) > 0
  return true
}

/** How many documents of one series, read into each other's places, are put in order at once. */
const MAX_GROUP = 4

/** Every ordering of the indexes 0…n−1. */
function orderings(n: number): number[][] {
  if (n === 0) return [[]]
  return orderings(n - 1).flatMap((rest) => Array.from({ length: n }, (_, at) => [...rest.slice(0, at), n - 1, ...rest.slice(at)]))
}

/**
 * Gives the documents of one series in `group` (indexes) the closings found among the blocks next
 * to them so that their dates follow their numbers: of the orderings in which each closing fits
 * its document and no later number is dated well before an earlier one, the one that changes
 * fewest dates, then keeps them most in order. A document given another closing takes its public
 * 附注, or one standing under no date in its own blocks; one of the group still without takes one
 * left over next to it (in a neighbour whose own closing carries one). Returns the documents
 * whose date or public field changed.
 */
function orderGroup(docs: ClosedDocument[], group: number[], serial: (k: number) => number): number[] {
  const from = Math.max(0, Math.min(...group) - 1)
  const window = Array.from({ length: Math.min(docs.length - 1, Math.max(...group) + 1) - from + 1 }, (_, i) => from + i)
  const near = window.map((k) => docs[k].drafts)
  const held = group.map((k) => (docs[k].doc.date ? closingOf(docs[k].doc.date, near) : null))
  if (held.some((c) => c === null)) return []
  const closings = held as Held[]
  const against = (order: number[], strict: boolean): number => {
    let n = 0
    for (let i = 0; i < group.length; i++) {
      for (let j = 0; j < group.length; j++) {
        if (serial(group[i]) >= serial(group[j])) continue
        const [early, late] = [closings[order[i]].date, closings[order[j]].date]
        if (strict ? early > late : inverted(early, late)) n++
      }
    }
    return n
  }
  let best: { order: number[]; moves: number; disorder: number } | null = null
  for (const order of orderings(group.length)) {
    if (order.some((c, i) => !fits(closings[c], docs[group[i]].doc)) || against(order, false) > 0) continue
    const moves = order.filter((c, i) => closings[c].date !== closings[i].date).length
    const disorder = against(order, true)
    if (!best || moves < best.moves || (moves === best.moves && disorder < best.disorder)) best = { order, moves, disorder }
  }
  if (!best || best.moves === 0) return []
  const order = best.order
  const changed = group.flatMap((k, i) => (closings[order[i]].date !== closings[i].date ? [k] : []))
  // Public 附注 under no date in the documents that keep their closing, past the one that closing
  // lacks, and in those given a closing that carries one: left over, free to take.
  let spare = window.reduce((n, k) => {
    if (changed.includes(k)) return n
    const own = docs[k].doc.date ? closingOf(docs[k].doc.date, near) : null
    return n + Math.max(0, loneNotes(docs[k].drafts) - (own?.open ? 0 : 1))
  }, 0)
  for (const k of changed) if (closings[order[group.indexOf(k)]].open) spare += loneNotes(docs[k].drafts)
  const out = new Set(changed)
  for (const k of group) {
    const doc = docs[k].doc
    const c = closings[order[group.indexOf(k)]]
    if (changed.includes(k)) {
      doc.date = c.date
      doc.public = c.open || loneNotes(docs[k].drafts) > 0
    }
    // One of the series left without a 附注 (its own went with a closing traded before) takes one left over.
    if (!doc.public && spare > 0) {
      doc.public = true
      spare--
      out.add(k)
    }
  }
  return [...out]
}

/**
 * Whether two documents (by index) were read in the other order than the 目录 lists them (`place`,
 * an entry's index): the page's columns were read across, so each closing may stand under the
 * other document.
 */
function readAcross(docs: readonly ClosedDocument[], place: (doc: ParsedDocument) => number | null): (a: number, b: number) => boolean {
  return (a, b) => {
    const [p, q] = [place(docs[a].doc), place(docs[b].doc)]
    return p !== null && q !== null && p !== q && a < b !== p < q
  }
}

/**
 * Swaps the closings of two documents of one series whose dates run against their numbers by
 * more than a week (issue-doubts.ts `inverted`), when at least one of the two was given its closing by a guess (`moved`)
 * and each closing fits the other. A 文号 the body lost is the 目录's (`listed`). Changes the
 * documents in place; returns those changed.
 */
export function orderSeriesClosings(docs: ClosedDocument[], moved: ReadonlySet<ParsedDocument>, listed: (doc: ParsedDocument) => string | null = () => null,
  place: (doc: ParsedDocument) => number | null = () => null): Set<ParsedDocument> {
  const out = new Set<ParsedDocument>()
  const crossed = readAcross(docs, place)
  const parts = docs.map((d) => numberSerial(d.doc.docNumber ?? listed(d.doc)))
  const serial = (k: number): number => parts[k]?.n ?? 0
  for (let a = 0; a < docs.length; a++) {
    for (let b = a + 1; b <= Math.min(docs.length - 1, a + REACH); b++) {
      const [x, y] = [docs[a].doc, docs[b].doc]
      const [p, q] = [parts[a], parts[b]]
      if (!p || !q || !x.date || !y.date || out.has(x) || out.has(y)) continue
      if (p.series !== q.series || p.n === q.n) continue
      if (!moved.has(x) && !moved.has(y) && !crossed(a, b)) continue
      // The higher number dated well before the lower one: the two run backwards.
      const lower = p.n < q.n ? x : y
      const higher = lower === x ? y : x
      if (!inverted(lower.date!, higher.date!)) continue
      // Others of the series within reach, read out of place too, may hold one of the two's closings.
      const group = [a, b]
      for (let grown = true; grown && group.length < MAX_GROUP;) {
        grown = false
        for (let k = Math.max(0, Math.min(...group) - REACH); k <= Math.min(docs.length - 1, Math.max(...group) + REACH) && group.length < MAX_GROUP; k++) {
          const z = docs[k].doc
          const r = parts[k]
          if (group.includes(k) || !z.date || out.has(z) || r?.series !== p.series || group.some((m) => parts[m]?.n === r.n)) continue
          if (!group.some((m) => Math.abs(m - k) <= REACH && (moved.has(z) || crossed(m, k)))) continue
          group.push(k)
          grown = true
        }
      }
      group.sort((i, j) => i - j)
      for (const k of orderGroup(docs, group, serial)) out.add(docs[k].doc)
    }
  }
  return out
}

/**
 * A document dated against its 文号's year (numbers are given in the year of signing) trades
 * closings with the nearest document within reach that holds one fitting it and can take its
 * own (one without a 文号, or numbered in that year; a 文号 the body lost is the 目录's, `listed`), when either was given its closing by a
 * guess (`moved`) or the two were read in the other order than the 目录 lists them (`place`, the
 * entry's index): the two closings were read into each other's documents. Changes the documents
 * in place; returns those changed (orderSeriesClosings then puts a series' dates in order).
 */
export function tradeYearClosings(docs: ClosedDocument[], moved: ReadonlySet<ParsedDocument>, listed: (doc: ParsedDocument) => string | null = () => null,
  place: (doc: ParsedDocument) => number | null = () => null): Set<ParsedDocument> {
  const out = new Set<ParsedDocument>()
  const crossed = readAcross(docs, place)
  // A document whose 文号 line was lost is numbered as its 目录 entry says.
  const numbered = (doc: ParsedDocument): ParsedDocument => (doc.docNumber ? doc : { ...doc, docNumber: listed(doc) })
  docs.forEach((d, a) => {
    const x = d.doc
    const year = numberYear(numbered(x).docNumber)
    if (!x.date || !year || x.date.startsWith(year) || out.has(x)) return
    for (let dist = 1; dist <= REACH; dist++) {
      for (const b of [a + dist, a - dist]) {
        const y = docs[b]?.doc
        if (!y?.date || out.has(y) || (!moved.has(x) && !moved.has(y) && !crossed(a, b))) continue
        if (!trade(docs, a, b, numbered)) continue
        out.add(x).add(y)
        return
      }
    }
  })
  return out
}

/**
 * Two documents read in the other order than the 目录 lists them, which lists them right after the
 * document before both: on the page, the one listed first follows that document and the other
 * comes last. The one read first was given a closing (`moved`) from the text before both titles
 * (the previous document's), the one read second holds its own after its title. A page's two
 * columns read line by line put the first listed document's end, closing and all, beside the
 * previous one's tail; the last one's closing stands after its title, below the other's start.
 * So the closing read before both titles is the one listed first, the one read after them the
 * one listed last: the two trade dates and public 附注, each closing fitting the other (any
 * series: no number order need settle it). Changes the documents in place; returns those changed.
 */
export function tradeCrossedClosings(docs: ClosedDocument[], moved: ReadonlySet<ParsedDocument>, place: (doc: ParsedDocument) => number | null): Set<ParsedDocument> {
  const out = new Set<ParsedDocument>()
  for (let a = 1; a + 1 < docs.length; a++) {
    const [prev, x, y] = [docs[a - 1], docs[a], docs[a + 1]]
    const [o, p, q] = [place(prev.doc), place(x.doc), place(y.doc)]
    if (o === null || p === null || q === null || q !== o + 1 || p !== q + 1) continue
    const [dx, dy] = [x.doc.date, y.doc.date]
    if (!dx || !dy || dx === dy || !moved.has(x.doc) || out.has(x.doc) || out.has(y.doc)) continue
    // x's closing stands in the text before both titles, not in its own; y's in its own.
    const [cx, cy] = [closingOf(dx, [prev.drafts]), closingOf(dy, [y.drafts])]
    if (!cx || !cy || closingOf(dx, [x.drafts]) || !fits(cx, y.doc) || !fits(cy, x.doc)) continue
    // Each takes the other's closing as it was read, 附注 and all.
    ;[x.doc.date, y.doc.date] = [dy, dx]
    ;[x.doc.public, y.doc.public] = [y.doc.public, x.doc.public]
    out.add(x.doc).add(y.doc)
  }
  return out
}
