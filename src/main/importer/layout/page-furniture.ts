// Running heads, footers and page numbers, found by where they sit (the page's top or bottom
// line) and by repeating across pages with only their numbers changed — not by a word list.
import { joinRuns, type Line } from './pdf-lines'

export interface FurniturePage {
  /** Page height in points (baselines are measured from the bottom edge). */
  height: number
  /** Baselines, top to bottom. */
  lines: Line[]
}

export interface PageFurniture {
  /** Indexes into the page's lines that are heads, footers or page numbers. */
  removed: Set<number>
  removedText: string[]
  /** The printed page number, when the furniture shows one. */
  label?: string
}

// Only lines this close to the top or bottom edge (share of the page height) are candidates.
const BAND = 0.14
// The top and bottom few lines of a page are candidates.
const EDGE_LINES = 2
// Furniture repeats on at least this share of the pages (and on two pages at least).
const MIN_SHARE = 0.25
// Baselines this close (points) are the same position across pages.
const SAME_Y = 1.5

const PAGE_NUMBER = /^[-—–－~·•\s]*(第\s*)?\d{1,4}(\s*页)?(\s*共\s*\d+\s*页)?[-—–－~·•\s]*$/

/** The text with digits and 期/年 numbers masked: equal keys are the same furniture. */
export function furnitureKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/第[〇零一二三四五六七八九十百\d]+期/g, '第#期')
    .replace(/\d+/g, '#')
}

/** The printed page number a head or footer shows, if any. */
export function pageLabelOf(text: string): string | undefined {
  const t = text.trim()
  if (PAGE_NUMBER.test(t)) return /\d+/.exec(t)?.[0]
  const rest = t
    .replace(/\d{4}\s*年/g, ' ')
    .replace(/第\s*[〇零一二三四五六七八九十百\d]+\s*[期卷]/g, ' ')
    .replace(/\(\s*\d+\s*\)|（\s*\d+\s*）/g, ' ')
    .trim()
  return /^[-—–－·\s]*(\d{1,4})(?!\d)/.exec(rest)?.[1] ?? /(?<!\d)(\d{1,4})[-—–－·\s]*$/.exec(rest)?.[1]
}

interface Candidate {
  page: number
  index: number
  key: string
  y: number
  top: boolean
  text: string
}

function candidates(pages: FurniturePage[]): Candidate[] {
  const out: Candidate[] = []
  pages.forEach((page, p) => {
    const n = page.lines.length
    page.lines.forEach((line, index) => {
      const top = index < EDGE_LINES && line.y > page.height * (1 - BAND)
      const bottom = index >= n - EDGE_LINES && line.y < page.height * BAND
      if (!top && !bottom) return
      const text = joinRuns(line.runs)
      if (text.trim() === '') return
      out.push({ page: p, index, key: `${top ? 'T' : 'B'}:${furnitureKey(text)}`, y: line.y, top, text })
    })
  })
  return out
}

/** Heads, footers and page numbers of every page. */
export function findFurniture(pages: FurniturePage[]): PageFurniture[] {
  const found = pages.map((): PageFurniture => ({ removed: new Set(), removedText: [] }))
  const all = candidates(pages)
  const pagesByKey = new Map<string, Set<number>>()
  for (const c of all) pagesByKey.set(c.key, (pagesByKey.get(c.key) ?? new Set()).add(c.page))
  const need = Math.max(2, Math.ceil(pages.length * MIN_SHARE))
  const repeated = all.filter((c) => repeatsEnough(c, pagesByKey, need) && (!PAGE_NUMBER.test(c.text.trim()) || numberedAlike(c, all, pages)))
  // A head seen once (a short section's name) sits where the repeated heads sit.
  const places = repeated.map((c) => ({ y: c.y, top: c.top }))
  const sameSpot = all.filter((c) => places.some((p) => p.top === c.top && Math.abs(p.y - c.y) <= SAME_Y))
  const chosen = outermost([...new Set([...repeated, ...sameSpot])], pages)
  for (const c of chosen) {
    const page = found[c.page]
    page.removed.add(c.index)
    page.removedText.push(c.text)
    page.label ??= pageLabelOf(c.text)
  }
  return found
}

/**
 * Furniture sits outside the text block: a head above every text line of its page, a footer or
 * page number below every one. A candidate with a kept line further out is text (a 目录 entry
 * without 文号, its `第3页` alone on the line under its title, one entry above the page's foot).
 */
function outermost(chosen: Candidate[], pages: FurniturePage[]): Candidate[] {
  let kept = chosen
  for (;;) {
    const at = new Set(kept.map((c) => `${c.page}:${c.index}`))
    const next = kept.filter((c) => {
      const n = pages[c.page].lines.length
      const outer = c.top ? Array.from({ length: c.index }, (_, i) => i) : Array.from({ length: n - 1 - c.index }, (_, i) => c.index + 1 + i)
      return outer.every((i) => at.has(`${c.page}:${i}`))
    })
    if (next.length === kept.length) return kept
    kept = next
  }
}

// Page numbers of one issue sit at one height: within this share of the page's height (a scan's
// skew and offset move them a little).
const SAME_HEIGHT = 0.03
// Where the other pages print theirs at one height to the point (a typeset PDF, not a scan), a page
// number stands at most this far (points) beyond their spread.
const TYPESET_SLACK = 3

/**
 * A bare page number (`第3页`, `- 3 -`) is furniture where another page shows one of its form at
 * about its height: a 目录 entry's page, alone on the 目录 page's last line after drawn leaders,
 * stands where the text ended, not where the issue's page numbers sit. How near is near follows
 * the other pages: a typesetter puts every folio at one height, so where they agree to the point,
 * a number a line above them (a 目录's last entry without 文号, its `第17页` on the line under its
 * title, 18 pt over the folios) is the entry's page, however near the foot.
 */
function numberedAlike(c: Candidate, all: Candidate[], pages: FurniturePage[]): boolean {
  const ys = all.filter((o) => o.page !== c.page && o.key === c.key).map((o) => o.y)
  const spread = ys.length >= 2 ? Math.max(...ys) - Math.min(...ys) : Infinity
  const near = Math.min(SAME_HEIGHT * pages[c.page].height, spread + TYPESET_SLACK)
  return ys.some((y) => Math.abs(y - c.y) <= near)
}

// A page number or a head with digits counts from two pages; other repeated text (the
// gazette's name alone) needs a quarter of the pages, so body lines that repeat are kept.
function repeatsEnough(c: Candidate, byKey: Map<string, Set<number>>, need: number): boolean {
  const count = byKey.get(c.key)?.size ?? 0
  return PAGE_NUMBER.test(c.text.trim()) ? count >= 2 : count >= need
}
