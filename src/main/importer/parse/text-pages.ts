// Page furniture in text that keeps its page breaks (pdftotext writes a form feed between pages):
// a person sees the same short lines at the top or foot of page after page — the gazette's name,
// the year and 期, a section name, a folio — and reads past them. Here a line is furniture when
// its shape (digits aside) recurs at a page's edge on enough pages, whatever its words.
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { beforePrintedOn } from './printed-on'
import { isFolio } from './noise'

/** Non-blank lines at each end of a page where running heads and folios sit. */
const EDGE_LINES = 3
/** Share of the pages a shape must sit on the edge of: odd/even heads each reach about half. */
const MIN_SHARE = 0.35
const MIN_PAGES = 3
/** Running heads are short; a body line is not one even if it recurs. */
const MAX_WIDTH = 40

/**
 * Where each page starts: splitLines turns a form feed into a second line with the same number,
 * so a page break sits between two lines that share their number.
 */
export function pageStarts(lines: readonly SourceLine[]): number[] {
  const starts = [0]
  for (let i = 1; i < lines.length; i++) if (lines[i].no === lines[i - 1].no) starts.push(i)
  return starts
}

/** A line's shape: spacing and digits do not count ('— 3 —' and '— 12 —' are one folio). */
function shapeOf(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#')
}

/** Indexes of the non-blank lines in [from, to) nearest each end of the page. */
function edgeLines(lines: readonly SourceLine[], from: number, to: number): number[] {
  const body: number[] = []
  for (let i = from; i < to; i++) if (!isBlank(lines[i].text)) body.push(i)
  if (body.length <= 2 * EDGE_LINES) return body
  return [...body.slice(0, EDGE_LINES), ...body.slice(-EDGE_LINES)]
}

/** Could be a running head or folio: short, not a sentence, not a date that closes a document. */
function mayBeFurniture(text: string): boolean {
  const t = text.trim()
  if (t.length > MAX_WIDTH || endsSentence(t)) return false
  return !/^[\d一二三四五六七八九十〇零○Ｏ\s]+年[\d一二三四五六七八九十〇零○Ｏ\s]+月[\d一二三四五六七八九十〇零○Ｏ\s]+日$/.test(t)
}

/**
 * Indexes of the lines that are page furniture: at a page's edge, and of a shape found at the
 * edges of at least MIN_SHARE of the pages (and MIN_PAGES); a running head naming the page's
 * section (sectionHeads) counts as the one shape of a section's head. `sections`: the 目录's
 * 栏目; `body`: where the documents start (the 目录's section names are no banners).
 * Nothing for text with no page breaks or with layout (the PDF reader finds furniture by position).
 */
export function pageFurniture(lines: readonly SourceLine[], sections: readonly string[] = [], body = 0): Set<number> {
  const out = new Set<number>()
  if (lines.some((l) => l.layout)) return out
  const starts = pageStarts(lines)
  if (starts.length < MIN_PAGES) return out
  const edges = starts.map((s, k) => edgeLines(lines, s, starts[k + 1] ?? lines.length))
  const need = Math.max(MIN_PAGES, MIN_SHARE * starts.length)
  const count = (shape: (i: number) => string): Map<string, number> => {
    const pagesWith = new Map<string, number>()
    for (const page of edges) {
      const shapes = new Set(page.filter((i) => mayBeFurniture(lines[i].text)).map(shape))
      for (const s of shapes) pagesWith.set(s, (pagesWith.get(s) ?? 0) + 1)
    }
    return pagesWith
  }
  const own = count((i) => shapeOf(lines[i].text))
  const byShape = (i: number): boolean => mayBeFurniture(lines[i].text) && (own.get(shapeOf(lines[i].text)) ?? 0) >= need
  // A running head that names the page's section changes with the section: each name is one
  // shape, the section's head, and all of them together must reach the share of pages.
  const heads = sectionHeads(lines, starts, sections, body, byShape)
  const shape = (i: number): string => (heads.has(i) ? SECTION_HEAD : shapeOf(lines[i].text))
  const pagesWith = count(shape)
  const names = sections.map(compact).filter((s) => s !== '')
  for (const page of edges) {
    for (const i of page) {
      // The 版记's printing office stands at the foot of each document's last page, over its 印发 date.
      if (!mayBeFurniture(lines[i].text) || beforePrintedOn(lines, i)) continue
      if (i >= body && namedWithFolio(lines[i].text, names)) {
        out.add(i)
        continue
      }
      // A head over the banner that opens its section counts towards the share, but stays.
      if (heads.get(i) === false) continue
      if ((pagesWith.get(shape(i)) ?? 0) >= need) out.add(i)
    }
  }
  return out
}

/**
 * The lines past the 目录 that are a running head naming the page's section: the 栏目's name alone
 * (no brackets) in the page's head or foot band — its first or last line, or next to a line that
 * is furniture by its own shape (the gazette's name, the 期, a folio) — on a page whose top is in
 * that section (true); or, on a page where the section starts, set so before the banner that opens
 * it (false: the section's head all the same, but a line the documents' split may read as the
 * banner's own, so it stays in the text).
 */
function sectionHeads(lines: readonly SourceLine[], starts: readonly number[], sections: readonly string[], body: number, furniture: (i: number) => boolean): Map<number, boolean> {
  const out = new Map<number, boolean>()
  const names = new Set(sections.map((s) => s.replace(/\s+/g, '')))
  if (names.size === 0) return out
  const atTop = sectionsAtTop(lines, starts, names, body)
  for (const [k, start] of starts.entries()) {
    const page: number[] = []
    for (let i = start; i < (starts[k + 1] ?? lines.length); i++) if (!isBlank(lines[i].text)) page.push(i)
    for (const [n, i] of page.entries()) {
      const name = lines[i].text.replace(/\s+/g, '')
      if (i < body || !names.has(name)) continue
      const inBand = n === 0 || n === page.length - 1 || (n > 0 && furniture(page[n - 1])) || (n + 1 < page.length && furniture(page[n + 1]))
      if (!inBand) continue
      if (name === atTop[k]) out.set(i, true)
      else if (page.slice(n + 1).some((j) => bannerName(lines[j].text) === name) && !page.slice(0, n).some((j) => out.has(j))) out.set(i, false)
    }
  }
  return out
}

/**
 * A running head that names a 栏目 the 目录 lists with the page's folio beside it, on one line
 * ('国务院文件   13'): pdftotext -layout writes a head centred over the page with the folio in its
 * outer corner as one line, close together when the page's text starts far to the left. The 栏目
 * alone, or a line of text, is not one.
 */
function namedWithFolio(text: string, names: readonly string[]): boolean {
  const c = compact(text)
  return names.some((n) => c.length > n.length && ((c.startsWith(n) && isFolio(c.slice(n.length))) || (c.endsWith(n) && isFolio(c.slice(0, -n.length)))))
}

/** A line's text as a banner names its section: spacing and 【】 aside. */
function bannerName(text: string): string {
  return text.replace(/\s+/g, '').replace(/^【(.*)】$/, '$1')
}

/**
 * The section each page's top is in: the last banner before it (【name】, or the name alone on its
 * line, past the 目录), or null. A page's first line is its running head, no banner.
 */
function sectionsAtTop(lines: readonly SourceLine[], starts: readonly number[], names: ReadonlySet<string>, body: number): (string | null)[] {
  let current: string | null = null
  return starts.map((start, k) => {
    const top = current
    let first = true
    for (let i = start; i < (starts[k + 1] ?? lines.length); i++) {
      if (isBlank(lines[i].text)) continue
      const name = bannerName(lines[i].text)
      if (!first && i >= body && names.has(name)) current = name
      first = false
    }
    return top
  })
}

/** The shape all running heads naming a section share (no line's own shape: it holds a newline). */
const SECTION_HEAD = '\n§'

/** Lines with page furniture blanked from `from` on (line numbers kept); `sections`: the 目录's 栏目. */
export function blankFurniture(lines: SourceLine[], from: number, sections: readonly string[] = [], body = from): SourceLine[] {
  const furniture = pageFurniture(lines, sections, body)
  return lines.map((l, i) => (i >= from && furniture.has(i) ? { no: l.no, text: '' } : l))
}

/**
 * The lines pdftotext writes after a page's folio, on the same page (from `from` on): where the
 * folio sits in the left foot corner, it reads the folio after the left column and then the right
 * column's lower lines, which it had not placed yet. Each page's last folio counts, and only one
 * with a line of the page's text before it (a folio at a page's top heads it).
 */
export function linesAfterFolio(lines: readonly SourceLine[], from = 0): Set<number> {
  const out = new Set<number>()
  const starts = pageStarts(lines)
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length
    if (end <= from) return
    let folio = -1
    let text = false
    for (let i = Math.max(start, from); i < end; i++) {
      if (isBlank(lines[i].text)) continue
      if (isFolio(lines[i].text)) {
        if (text) folio = i
      } else text = true
    }
    if (folio < 0) return
    for (let i = folio + 1; i < end; i++) if (!isBlank(lines[i].text) && !isFolio(lines[i].text)) out.add(i)
  })
  return out
}
