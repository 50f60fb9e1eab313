// Text that lost its page breaks: `pdftotext -nopgbrk`, or a form feed dropped by an editor or a
// copy from a viewer. Every reader of a text's columns works page by page (a page's columns, its
// running head and folio), so a two-column issue without its form feeds reads as one long page
// and its columns never come apart. The page still shows where it ended: its folio, numbered one
// more than the page before, and the running head that opens the next page. Where a text without
// a form feed holds such a run of folios, each page's break is put back.
import { isFolio } from '../parse/noise'
import { toHalfWidth } from '../../../shared/doc-number'

/** Folios numbered in order a text needs before its pages are put back: fewer may be a table's cells. */
const MIN_FOLIOS = 3
/** Fewest lines between two folios of the run: a page holds more than a table row does. */
const MIN_PAGE_LINES = 10
/** A folio may be missing (a page of a full-page table, a blank page): the next is then two more. */
const MAX_STEP = 2
/** Candidate folios weighed at most: a text with more is no issue's page run. */
const MAX_CANDIDATES = 4000
/** Share of the stretches between folios a line must come back in to be a running head. */
const HEAD_SHARE = 0.4
/** Lines after a folio that may open the next page (a section's name, then the gazette's). */
const OPENING_LINES = 2
/** Share of the folios a running head must open the next page after. */
const OPENING_SHARE = 0.25
/** Longest running head, in characters. */
const MAX_HEAD = 40

/** The 文号 an entry prints under its title, a line of its own: its year in shell brackets. */
const ENTRY_NUMBER = /[〔［[]\s*(?:19|20)\d{2}\s*[〕］\]]/
/**
 * A 目录 entry's line: its page after a dotted leader ('兴政发〔2022〕8 号 . . . . . 3', '. . . ·10·'),
 * the other column's entry after it in -layout text.
 */
const LEADER_ENTRY = /(?:[.·…•] ?){4,}\s*[·•]?\s*\d{1,4}(?:\s*[·•])?(?:\s|$)/

interface Folio {
  line: number
  page: number
  /** Printed in the running head ('2022 年第 6 期 3', '4   兴县人民政府公报'): the line opens its page. */
  inHead?: boolean
}

/** Lines compared as a running head: spaces gone, numbers alike ('2022 年第 3 期' as '#年第#期'). */
const headKey = (line: string): string => toHalfWidth(line).replace(/\s+/g, '').replace(/\d+/g, '#')

/** The text with a form feed before each page's first line, where it had none and its folios show them. */
export function restorePageBreaks(text: string): string {
  if (text.includes('\f')) return text
  const lines = text.split('\n')
  const run = folioRun(lines)
  if (run.length < MIN_FOLIOS) return text
  const heads = runningHeads(lines, run)
  const breakAt = (i: number): void => {
    if (i < lines.length && !lines[i].startsWith('\f')) lines[i] = `\f${lines[i]}`
  }
  // The front matter (cover, 目录) prints no folio: its last page ends with the 目录's last entry.
  const front = tocEnd(lines, run[0].line, run)
  if (front !== null) breakAt(front)
  for (let k = 0; k < run.length; k++) {
    // A folio in the running head opens its page; one alone ends it.
    if (run[k].inHead) breakAt(run[k].line)
    else breakAt(pageStart(lines, run[k].line, k + 1 < run.length ? run[k + 1].line : lines.length, heads))
  }
  return lines.join('\n')
}

/**
 * Where the body's first page starts, when the 目录 ends within a page's length before the first
 * folio: after the 目录's last entry and the 文号 lines under it. A page mixing the 目录's rows with the body's
 * would be misread as columns.
 */
function tocEnd(lines: readonly string[], firstFolio: number, run: readonly Folio[]): number | null {
  let longest = 0
  for (let k = 0; k + 1 < run.length; k++) longest = Math.max(longest, run[k + 1].line - run[k].line)
  let last = -1
  for (let i = Math.max(0, firstFolio - longest); i < firstFolio; i++) if (LEADER_ENTRY.test(lines[i])) last = i
  if (last < 0) return null
  let end = last
  while (end + 1 < firstFolio && ENTRY_NUMBER.test(lines[end + 1])) end++
  let start = end + 1
  while (start < firstFolio && lines[start].trim() === '') start++
  return start < firstFolio ? start : null
}

/** The folio's number, when the line is one ('— 3 —', '-3-', '第3页', '3/40'; roman numerals are the front matter's). */
function folioNumber(line: string): number | null {
  if (!isFolio(line)) return null
  const digits = /\d{1,4}/.exec(toHalfWidth(line))
  return digits ? Number(digits[0]) : null
}

/**
 * Running heads that print the page's number at their start or end ('2022 年第 6 期 3', '4   兴县人民
 * 政府公报'), by line: the number, where the head without it comes back on three lines or more.
 */
function headsWithNumber(lines: readonly string[]): Map<number, number> {
  const found: { line: number; key: string; page: number }[] = []
  lines.forEach((line, i) => {
    const t = toHalfWidth(line).trim()
    if (t.length > MAX_HEAD) return
    // A number at the start that a date's 年 follows is the year, not the page.
    const first = /^(\d{1,4})\s+(?![年月日期号])(\S.*)$/.exec(t)
    const last = first ? null : /^(.*\S)\s+(\d{1,4})$/.exec(t)
    const [page, rest] = first ? [first[1], first[2]] : last ? [last[2], last[1]] : [null, '']
    if (page === null) return
    if (/[\u4e00-\u9fff]/.test(rest)) found.push({ line: i, key: headKey(rest), page: Number(page) })
  })
  const count = new Map<string, number>()
  for (const f of found) count.set(f.key, (count.get(f.key) ?? 0) + 1)
  return new Map(found.filter((f) => (count.get(f.key) ?? 0) >= MIN_FOLIOS).map((f) => [f.line, f.page]))
}

/** The longest run of folios numbered one (or two) more each, far enough apart to be pages. */
function folioRun(lines: readonly string[]): Folio[] {
  const found: Folio[] = []
  const heads = headsWithNumber(lines)
  for (let i = 0; i < lines.length && found.length < MAX_CANDIDATES; i++) {
    const page = folioNumber(lines[i])
    if (page !== null) found.push({ line: i, page })
    else {
      const inHead = heads.get(i)
      if (inHead !== undefined) found.push({ line: i, page: inHead, inHead: true })
    }
  }
  // Longest chain ending at each folio; ties go to the chain that skipped fewer numbers.
  const length = found.map(() => 1)
  const skipped = found.map(() => 0)
  const before = found.map(() => -1)
  for (let b = 0; b < found.length; b++) {
    for (let a = 0; a < b; a++) {
      const step = found[b].page - found[a].page
      if (step < 1 || step > MAX_STEP || found[b].line - found[a].line < MIN_PAGE_LINES) continue
      const len = length[a] + 1
      const skip = skipped[a] + step - 1
      if (len > length[b] || (len === length[b] && skip < skipped[b])) {
        length[b] = len
        skipped[b] = skip
        before[b] = a
      }
    }
  }
  let end = -1
  for (let b = 0; b < found.length; b++) if (end < 0 || length[b] > length[end]) end = b
  const run: Folio[] = []
  for (let k = end; k >= 0; k = before[k]) run.unshift(found[k])
  return run
}

/**
 * The running heads: short lines that come back page after page, in most stretches between two
 * folios and at most twice in one (a gazette's name, its issue line), and that open the page
 * right after a share of the folios (a folio is most often its page's last line). A body's own
 * repeated lines (特此通知。, a signature) open no page.
 */
function runningHeads(lines: readonly string[], run: readonly Folio[]): Set<string> {
  const opening = new Map<string, number>()
  for (const f of run) {
    let seen = 0
    for (let i = f.line + 1; i < lines.length && seen < OPENING_LINES; i++) {
      const t = lines[i].trim()
      if (t === '' || isFolio(t)) continue
      seen++
      const key = headKey(t)
      opening.set(key, (opening.get(key) ?? 0) + 1)
    }
  }
  const stretches = new Map<string, number>()
  for (let k = 0; k + 1 < run.length; k++) {
    const seen = new Map<string, number>()
    for (let i = run[k].line + 1; i < run[k + 1].line; i++) {
      const t = lines[i].trim()
      if (t === '' || t.length > MAX_HEAD || isFolio(t)) continue
      const key = headKey(t)
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
    for (const [key, n] of seen) stretches.set(key, (stretches.get(key) ?? 0) + (n <= 2 ? 1 : -run.length))
  }
  const heads = new Set<string>()
  for (const [key, n] of stretches) {
    const opens = opening.get(key) ?? 0
    if (n >= 2 && n >= HEAD_SHARE * (run.length - 1) && opens >= 2 && opens >= OPENING_SHARE * run.length) heads.add(key)
  }
  return heads
}

/** Where the page after the folio at `folio` starts: at the first running head before the next folio, else right after the folio. */
function pageStart(lines: readonly string[], folio: number, next: number, heads: ReadonlySet<string>): number {
  for (let i = folio + 1; i < next; i++) if (heads.has(headKey(lines[i]))) return i
  // The folio's other half ('第1页' then '共21页') ends the page with it.
  let end = folio
  for (let i = folio + 1; i < next && (lines[i].trim() === '' || isFolio(lines[i])); i++) if (lines[i].trim() !== '') end = i
  return end + 1
}
