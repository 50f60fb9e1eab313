// A closing (signature over 成文日期, perhaps a 附注 under it) belongs to the document it fits: its
// date falls in the year of the document's 文号 (numbers are given in the year of signing), and
// its signing units are the document's issuers. Where a converter scrambles blocks, a closing
// lands in a neighbour that it does not fit (国务院办公厅 signing a 兴人社发 notice, a 2022 date
// under a 2005 文号). Such a closing goes to the nearby document it fits that has none of its
// own. (Dates do not follow the numbers of a series: 国办发〔2018〕117号 is dated the day after 118号.)
import type { ParsedDocument } from '../../../shared/domain'
import { normalizeDocNumber } from '../../../shared/doc-number'
import type { DraftBlock } from './blocks'
import { closingsIn, fits, signedBy, unitsOf, type Closing, type ClosingState } from './closings'
import { spareNotes, strayNotes } from './closing-notes'
import { parseDateLine } from './dates'
import { readBodyFields } from './doc-fields'
import { docNumberOfLine } from './header'
import { isDecreeNumber } from './decree'
import type { ClosedDocument } from './misplaced-closings'
import { compact } from './lines'

/** How many documents away a closing may have landed. */
const REACH = 2
/** How far one signed by the document's own units may have landed (a page of two columns read out of order). */
const SIGNED_REACH = 4

/** The document's date is a closing it holds and fits. */
function settled(s: ClosingState, d: number): boolean {
  const doc = s.docs[d].doc
  return closingsIn(s.drafts[d]).some((c) => c.date === doc.date && fits(c, s.numbered(d)))
}

/**
 * Whether the closing stands past another document's 文号 that follows the holder's own closing:
 * a 文号 line opens the next document (it stands above its title), so a closing under it is that
 * document's, whoever's signing units it bears.
 */
function pastNextNumber(s: ClosingState, holder: number, c: Closing): boolean {
  const drafts = s.drafts[holder]
  const at = drafts.indexOf(c.dateBlock)
  const own = s.docs[holder].doc.docNumber
  // A holder whose 文号 was not found may be standing over its own, set under its title.
  if (!own) return false
  return drafts.some((b, i) => i < at && b.kind !== 'paragraph' && isOtherNumber(b.text, own) && drafts.slice(0, i).some((x) => x.kind === 'date'))
}

/** A line that is a 文号 alone, not the holder's. */
function isOtherNumber(text: string, own: string): boolean {
  const n = normalizeDocNumber(compact(text))
  return n !== null && n !== normalizeDocNumber(own)
}

/**
 * A closing the holder may give: one that does not fit it, one it let go, one past the next
 * document's 文号, or one above its own (extra closings that fit are misplaced-closings.ts's).
 */
const spare = (s: ClosingState, holder: number, c: Closing): boolean =>
  !fits(c, s.numbered(holder)) || s.released.has(c.dateBlock) || pastNextNumber(s, holder, c) || aboveOwnNumber(s, holder, c)

/** The closing stands above the holder's own 文号 line, a date under that line: the previous document's. */
const aboveOwnNumber = (s: ClosingState, holder: number, c: Closing): boolean => !pastOwnNumber(s.drafts[holder], s.numbered(holder).docNumber).includes(c.dateBlock)

/**
 * The blocks past the document's own 文号 set alone on a line, when a date stands there; else all.
 * The 文号 heads its document: a closing above it is the previous document's, put before this
 * one's head by a page's columns read out of order. The last such line: a 目录 read into the
 * document lists its 文号 before its head.
 */
function pastOwnNumber(drafts: DraftBlock[], own: string | null): DraftBlock[] {
  const key = own ? normalizeDocNumber(own) : null
  if (!key) return drafts
  const at = drafts.findLastIndex((b) => {
    const line = docNumberOfLine(b.text)
    return line !== null && normalizeDocNumber(line.docNumber) === key
  })
  const rest = drafts.slice(at + 1)
  return at >= 0 && rest.some((b) => b.kind === 'date' && parseDateLine(b.text)) ? rest : drafts
}

/** The nearest closing that fits document d: its own first (past its 文号), then the neighbours' spare ones. */
function findClosing(s: ClosingState, d: number): { holder: number; c: Closing } | null {
  const doc = s.numbered(d)
  const own = closingsIn(pastOwnNumber(s.drafts[d], doc.docNumber)).find((c) => fits(c, doc))
  if (own) return { holder: d, c: own }
  for (let dist = 1; dist <= SIGNED_REACH; dist++) {
    for (const holder of [d + dist, d - dist]) {
      if (holder < 0 || holder >= s.docs.length || isDecree(s.docs[holder].doc)) continue
      // Past the near neighbours only a closing its issuers sign is the document's, and only when
      // that signature is distinctive: in an issue where the same 人民政府 signs most documents it
      // says nothing about which one a stray closing belongs to.
      // Or when every document between holds its own closing: the stray one has no other home.
      const named = (c: Closing): boolean => dist <= REACH || (c.units.length > 0 && (distinctive(s, d, c) || settledBetween(s, d, holder)))
      const spares = closingsIn(s.drafts[holder]).filter((c) => spare(s, holder, c))
      const fitting = spares.filter((c) => named(c) && fits(c, doc))
      // One its issuers sign before a date under no unit's name (a forwarded report's '（民政部
      // 一九九七年一月二十八日）', its bracket hiding the unit): the document's closing is signed.
      const signed = fitting.filter((c) => c.units.length > 0)
      const whole = signed.length > 0 ? signed : fitting
      // A closing signed under another's signature only when none fits whole.
      const list = whole.length > 0 ? whole : spares.map((c) => signedTail(c, doc, s.docs[holder].doc)).filter((c): c is Closing => c !== null && named(c))
      // The closing nearest the boundary the two documents share.
      const c = holder > d ? list[0] : list[list.length - 1]
      if (c) return { holder, c }
    }
  }
  // None near: a closing of its own above its 文号 after all (the 文号 read under its closing).
  const above = closingsIn(s.drafts[d]).find((c) => fits(c, doc))
  return above ? { holder: d, c: above } : null
}

/** Every document strictly between d and the holder has its date from a closing it holds and fits. */
function settledBetween(s: ClosingState, d: number, holder: number): boolean {
  for (let k = Math.min(d, holder) + 1; k < Math.max(d, holder); k++) if (!settled(s, k)) return false
  return true
}

/**
 * Two signatures stacked over one date (a page of columns read line by line): the holder's own
 * units, whose date went elsewhere, over the units that sign the date. The lower lines are the
 * closing of the document they name; the upper stay with the holder. Null when no split fits.
 */
function signedTail(c: Closing, doc: ParsedDocument, holder: ParsedDocument): Closing | null {
  for (let j = 1; j < c.signs.length; j++) {
    const [upper, lower] = [unitsOf(c.signs.slice(0, j)), unitsOf(c.signs.slice(j))]
    if (upper.length === 0 || lower.length === 0 || holder.issuers.length === 0 || doc.issuers.length === 0) continue
    if (!signedBy(upper, holder.issuers) || signedBy(lower, holder.issuers)) continue
    const tail = { ...c, units: lower, signs: c.signs.slice(j), blocks: c.blocks.filter((b) => !c.signs.slice(0, j).includes(b)) }
    if (fits(tail, doc)) return tail
  }
  return null
}

/** No other document within reach of d has issuers that sign closing c. */
function distinctive(s: ClosingState, d: number, c: Closing): boolean {
  for (let k = Math.max(0, d - SIGNED_REACH); k <= Math.min(s.docs.length - 1, d + SIGNED_REACH); k++) {
    if (k !== d && s.docs[k].doc.issuers.length > 0 && signedBy(c.units, s.docs[k].doc.issuers)) return false
  }
  return true
}

const isDecree = (doc: ParsedDocument): boolean => isDecreeNumber(doc.docNumber)

/** Moves closing c from holder to d; the holder keeps its date when another closing gave it. */
function move(s: ClosingState, holder: number, c: Closing, d: number): void {
  if (holder !== d) {
    if (s.lenders) s.lenders.set(d, (s.lenders.get(d) ?? new Set()).add(holder))
    s.drafts[holder] = s.drafts[holder].filter((b) => !c.blocks.includes(b))
    s.drafts[d] = [...s.drafts[d], ...c.blocks]
    const h = s.docs[holder].doc
    const rest = readBodyFields(s.drafts[holder], h.docNumber)
    if (!closingsIn(s.drafts[holder]).some((k) => k.date === h.date)) h.date = rest.date
    h.public = rest.public
  }
  const doc = s.docs[d].doc
  doc.date = c.date
  doc.public = readBodyFields(s.drafts[d], doc.docNumber).public
}

/**
 * Gives each document the closing under its title printed elsewhere; then each document whose
 * date is not a closing it fits the nearest closing that fits it (its own, or one a neighbour
 * holds and does not fit), a few rounds, as a move frees another; then stray public 附注 to the
 * next document. Changes the documents in place; returns the documents changed (a guess from the
 * neighbours: confidence CLOSING_MOVED) and each document's blocks as the closings now stand.
 */
export function fitClosings(docs: ClosedDocument[], listed: (doc: ParsedDocument) => string | null = () => null): { moved: Set<ParsedDocument>; drafts: DraftBlock[][] } {
  // A 文号 the body lost is the 目录's: its year still tells which closing is the document's.
  const numbered = (k: number): ParsedDocument => (docs[k].doc.docNumber ? docs[k].doc : { ...docs[k].doc, docNumber: listed(docs[k].doc) })
  const s: ClosingState = { docs, drafts: docs.map((d) => d.drafts), released: new Set(), lenders: new Map(), numbered }
  const moved = new Set<ParsedDocument>()
  for (const [holder, c, d] of echoedClosings(s)) {
    for (const own of closingsIn(s.drafts[d])) if (own.date === docs[d].doc.date) s.released.add(own.dateBlock)
    move(s, holder, c, d)
    moved.add(docs[d].doc).add(docs[holder].doc)
  }
  for (let round = 0; round < 3; round++) {
    let changed = false
    docs.forEach((d, k) => {
      if (isDecree(d.doc) || settled(s, k)) return
      const found = findClosing(s, k)
      if (!found || (found.holder === k && found.c.date === d.doc.date)) return
      move(s, found.holder, found.c, k)
      moved.add(d.doc).add(docs[found.holder].doc)
      changed = true
    })
    if (!changed) break
  }
  for (const k of strayNotes(s)) moved.add(docs[k].doc).add(docs[k + 1].doc)
  for (const k of spareNotes(s)) moved.add(docs[k].doc)
  return { moved, drafts: s.drafts }
}

/** Shortest piece of a title that names it when printed again in another document's blocks. */
const MIN_ECHO = 10
/** Titles sharing their first characters past which none is told apart (a 目录 of look-alike titles). */
const MAX_NAMED = 8

/**
 * Closings under a document's title printed again among another document's blocks (a converter
 * wrote that title's block away from its 文号): [holder, closing, document]. The first closing
 * after the echoed title, before the next title, is that document's when it fits it.
 */
function echoedClosings(s: ClosingState): [number, Closing, number][] {
  // Titles (with their issuers, and without) by their first characters: an echo is the start of one.
  const byHead = new Map<string, { k: number; title: string }[]>()
  s.docs.forEach((x, k) => {
    for (const title of new Set([compact(x.doc.issuers.join('') + x.doc.title), compact(x.doc.title)])) {
      const head = title.slice(0, MIN_ECHO)
      byHead.set(head, [...(byHead.get(head) ?? []), { k, title }].slice(0, MAX_NAMED + 1))
    }
  })
  /** The one document whose title starts with t; -1 when none or several. */
  const named = (t: string): number => {
    const list = byHead.get(t.slice(0, MIN_ECHO)) ?? []
    if (list.length > MAX_NAMED) return -1
    const ks = new Set(list.filter((x) => x.title.startsWith(t)).map((x) => x.k))
    return ks.size === 1 ? [...ks][0] : -1
  }
  const out: [number, Closing, number][] = []
  s.drafts.forEach((drafts, holder) => {
    drafts.forEach((b, i) => {
      const d = b.kind === 'title' && compact(b.text).length >= MIN_ECHO ? named(compact(b.text)) : -1
      if (d < 0 || d === holder || isDecree(s.docs[d].doc)) return
      const next = drafts.findIndex((x, k) => k > i && x.kind === 'title')
      const c = closingsIn(drafts.slice(i + 1, next < 0 ? undefined : next))[0]
      if (c && fits(c, s.numbered(d))) out.push([holder, c, d])
    })
  })
  return out
}
