// An issue whose 目录 was not read (or that has none): each document's 栏目 from the body's own
// signals, weighed. Two of the genre: the banner printed between one document's end and the next
// title (【国务院文件】, 一、省政府令, the name alone on its line, or the name letter-spaced down a band
// that pdftotext's default text writes a character or two to a line: '国 务' / '院' / '文 件'), and
// the running head that names the 栏目 at the top of its pages (on alternate pages, the gazette's
// name on the others). The heads name the 栏目 a band spells, or a bare line that needs no 栏目's
// ending (人事任免 is one, …规定 is not); a head line itself is no banner: set at a page's top over a
// document begun on the page before, it names the page's 栏目 (where the page ends), not the title's.
import { compact, isBlank, type SourceLine } from './lines'
import { pageStarts } from './text-pages'
import { sectionHead } from './running-heads'
import { isMarkedHeading, isSectionLine, isSectionShape, sectionName, SECTION } from './sections'
import { BAND_LINE } from './section-spelled'
import type { DocSpan } from './split-documents'

/** Non-blank lines at a page's top where its running head stands (the gazette's name may come first). */
const HEAD_LINES = 2
/** Lines (blanks among them) a letter-spaced band's pieces take at most. */
const BAND_REACH = 30

/** The running heads of text with page breaks: each 栏目 they name, the line numbers of those heads, and each page's. */
export interface TextHeads {
  /** 栏目 name → pages whose top prints it. */
  names: Map<string, number>
  /** Line numbers (SourceLine.no) of the head lines that name a 栏目. */
  lines: Set<number>
  /** Line number → the 栏目 its page's head names (for every line of such a page). */
  pageOf: Map<number, string>
}

/** A page's head candidate: the 栏目 a bare line among its first lines names. */
interface Candidate {
  name: string
  /** Index of the head line, and of the page's first and last lines (end exclusive). */
  at: number
  /** Its place among the page's first lines: 0 on top, 1 under the gazette's name. */
  rank: number
  start: number
  end: number
}

/**
 * The 栏目 the pages' running heads name: a bare section-shaped line (no digits, not the gazette's
 * name; a bracketed or numbered one is a banner) among the first lines of a page after its form
 * feed, printed so on two pages at least, or on a page that prints the same 栏目 lower as a banner
 * (the head names the 栏目 the page ends in; the banner opens it). A name at one page's top and
 * nowhere else may be the banner that opens it: no head. -layout text sets the head's two corners
 * on one line: each run of text between wide gaps is a head of its own.
 */
export function textHeads(lines: readonly SourceLine[], gazette: string, from: number): TextHeads {
  const out: TextHeads = { names: new Map(), lines: new Set(), pageOf: new Map() }
  if (lines.some((l) => l.layout)) return out
  const starts = pageStarts(lines)
  if (starts.length < 3) return out
  const found: Candidate[] = []
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length
    if (end <= from) return
    const head = headCandidate(lines, start, end, gazette)
    if (head) found.push(head)
  })
  const heads = headsInPlace(found)
  const pages = new Map<string, number>()
  for (const c of heads) pages.set(c.name, (pages.get(c.name) ?? 0) + 1)
  for (const c of heads) {
    if ((pages.get(c.name) ?? 0) < 2 && !bannerBelow(lines, c)) continue
    out.names.set(c.name, (out.names.get(c.name) ?? 0) + 1)
    out.lines.add(lines[c.at].no)
    for (let i = c.start; i < c.end; i++) out.pageOf.set(lines[i].no, c.name)
  }
  return out
}

function headCandidate(lines: readonly SourceLine[], start: number, end: number, gazette: string): Candidate | null {
  let seen = 0
  for (let i = start; i < end && seen < HEAD_LINES; i++) {
    if (isBlank(lines[i].text)) continue
    seen++
    if (isMarkedHeading(lines[i].text)) return null
    const name = lines[i].text.trim().split(/\s{2,}/).map((part) => sectionHead(part, gazette)).find((n) => n !== null) ?? null
    if (name !== null && isSectionShape(name)) return { name, at: i, rank: seen - 1, start, end }
  }
  return null
}

/**
 * The candidates at the place a gazette prints its 栏目 head. Where heads stand on the pages' top
 * line (on two pages or more), a name under the gazette's name on another page is that page's text
 * (a masthead '兴县人民政府' over its 文号, a signature a column put first), not a head: a gazette
 * that alternates its heads prints its name alone on the other pages.
 */
function headsInPlace(found: readonly Candidate[]): Candidate[] {
  return found.filter((c) => c.rank === 0).length >= 2 ? found.filter((c) => c.rank === 0) : [...found]
}

/** The head's page prints its 栏目 lower down as a banner: a line of its own, or a letter-spaced band. */
function bannerBelow(lines: readonly SourceLine[], c: Candidate): boolean {
  for (let i = c.at + 1; i < c.end; i++) {
    const t = compact(lines[i].text)
    if (t === '' || t.length > 20) continue
    if (sectionName(t) === c.name || (t.length <= BAND_LINE && bandName(lines, i, new Set([c.name])) === c.name)) return true
  }
  return false
}

/**
 * The name a letter-spaced band ending on line `i` spells: the lines over it of a character or two
 * each (blank lines between), read down to it, on its page; a 栏目 the running heads print (`known`),
 * or one in a 栏目's shape that ends as 栏目 end (…文件, …函件). Null unless three pieces spell it.
 */
export function bandName(lines: readonly SourceLine[], i: number, known: ReadonlySet<string> = new Set()): string | null {
  const pieces: string[] = []
  for (let k = i; k >= 0 && k > i - BAND_REACH; k--) {
    const c = compact(lines[k].text)
    if (c.length > BAND_LINE) break
    if (c !== '') pieces.unshift(c)
    // A band is set on one page: the line a form feed opens (its number the line's before it) is its top at most.
    if (k > 0 && lines[k - 1].no === lines[k].no) break
  }
  // A reading the running heads print, else the longest that is a 栏目 (the band's first pieces may
  // follow a date, a short line or a table's short cells: 坐标 / 编号 over 国 务 / 院 / …).
  const readings = pieces.map((_, k) => sectionName(pieces.slice(k).join(''))).filter((name, k) => pieces.length - k >= 3 && isSectionShape(name))
  return readings.find((name) => known.has(name)) ?? readings.find((name) => SECTION.test(name)) ?? null
}

/** The banner printed right over line `lead` (blank lines and running heads between), or null. */
function bannerAbove(lines: readonly SourceLine[], lead: number, floor: number, heads: TextHeads): string | null {
  for (let i = lead - 1; i >= floor; i--) {
    const l = lines[i]
    if (isBlank(l.text) || heads.lines.has(l.no)) continue
    const band = compact(l.text).length <= BAND_LINE ? bandName(lines, i, new Set(heads.names.keys())) : null
    if (band) return band
    if (!isSectionLine(l.text, new Set(heads.names.keys()))) return null
    return sectionName(l.text)
  }
  return null
}

/**
 * The last banner among the lines before `lead` (from `floor`, the document before's body, on) that
 * no plain word could be: bracketed, numbered or after an ornament (【县区文件】, 二、国务院办公厅文件,
 * ■ 部门文件), a name the running heads print, or a letter-spaced band. Columns read one after the
 * other leave a banner set across the page inside the text before the title it opens.
 */
function bannerAmong(lines: readonly SourceLine[], lead: number, floor: number, heads: TextHeads): string | null {
  const known = new Set(heads.names.keys())
  for (let i = lead - 1; i >= floor; i--) {
    const l = lines[i]
    const c = compact(l.text)
    if (c === '' || c.length > 40 || heads.lines.has(l.no)) continue
    const band = c.length <= BAND_LINE ? bandName(lines, i, known) : null
    if (band) return band
    if (isSectionLine(l.text, known) && (isMarkedHeading(l.text) || known.has(sectionName(l.text)))) return sectionName(l.text)
  }
  return null
}

/** A banner a converter set between the title and the 文号 it stands over (no title line), or null. */
function bannerInside(lines: readonly SourceLine[], s: DocSpan, heads: TextHeads): string | null {
  for (let i = s.lead + 1; i < s.numberIdx; i++) {
    const l = lines[i]
    if (s.header.includes(i) || heads.lines.has(l.no) || !isSectionLine(l.text, new Set(heads.names.keys()))) continue
    return sectionName(l.text)
  }
  return null
}

/** The 栏目 the running heads name most over a span's pages, or null. */
function headOver(lines: readonly SourceLine[], span: DocSpan, heads: TextHeads): string | null {
  const count = new Map<string, number>()
  for (let i = span.lead; i < span.end; i++) {
    const name = heads.pageOf.get(lines[i].no)
    if (name) count.set(name, (count.get(name) ?? 0) + 1)
  }
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

/**
 * Sets each span's 栏目 (in place) for an issue read without a 目录: the banner right over it, else
 * the one carried from the document before; before any banner, the 栏目 its pages' heads name.
 */
export function bodySections(lines: readonly SourceLine[], spans: DocSpan[], from: number, heads: TextHeads): void {
  let current: string | null = null
  let bannered = false
  spans.forEach((s, k) => {
    const floor = k > 0 ? spans[k - 1].bodyStart : from
    const banner = bannerAbove(lines, s.lead, floor, heads) ?? bannerInside(lines, s, heads) ?? bannerAmong(lines, s.lead, floor, heads)
    if (banner) {
      current = banner
      bannered = true
    }
    // Before any banner, the 栏目 the heads name over each document's pages (an issue whose body prints
    // no banner at all changes 栏目 only in its heads), carried on where its pages print none; else the split's.
    if (!bannered) current = headOver(lines, s, heads) ?? current ?? s.section
    s.section = current
    s.sectionPrinted = banner !== null
    s.sectionGuessed = !bannered && current !== null && constantHead(heads) === current
  })
}

/**
 * The one 栏目 the running heads name over the whole issue, or null when they name several or none.
 * A gazette's heads that name the 栏目 change with it: a name printed the same over every page of an
 * issue (over 令, 规范性文件 and 任免 alike) is the first 栏目's or the gazette's own line, no
 * evidence of any one document's 栏目.
 */
export function constantHead(heads: TextHeads): string | null {
  return heads.names.size === 1 ? [...heads.names.keys()][0] : null
}
