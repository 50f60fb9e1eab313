// Where a PDF's text block starts and ends, so lines the PDF itself wrapped can be joined again.
import type { PageLine } from './pdf-lines'
import { median } from '../../../shared/stats'

/** The text block's left and right edges (PDF units), as most of its lines show them. */
export interface Margins {
  left: number
  right: number
  /** Baseline step inside a paragraph, when paragraphs are set apart by extra spacing. */
  tightStep: number | null
  /**
   * Where paragraphs start (x), when they start with a first-line indent: then a line at the
   * left margin after a full line always continues the paragraph, whatever its last character.
   */
  indent?: number | null
}

// Edges are counted in buckets this wide (PDF units) to find the most common one.
const BUCKET = 2
// The most common right end must hold this share of the lines to count as the text block's
// edge; otherwise (a name list, a form) no line is taken as wrapped.
const MIN_EDGE_SHARE = 0.15
export const SENTENCE_END = /[。；：！？;:!?][”’"』」）)》]*$/
// A numbered item or heading starts its own paragraph after a finished sentence.
export const ITEM_START = /^(\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第.{1,4}条)/
// Sizes further apart than this share are different type (a title's 二号 and the body's 三号).
const SIZE_STEP = 0.1
// A short line starting this many ems in from the left margin is set flush right or centred.
const FLUSH_RIGHT_EMS = 4
// Positions closer than this share of the font size are the same.
const EPS = 0.25

/** Values in the most common bucket, so the edge is their median, not a bucket's rounding. */
function modeValues(values: number[]): number[] {
  const buckets = new Map<number, number[]>()
  for (const v of values) {
    const b = Math.round(v / BUCKET)
    const bucket = buckets.get(b)
    if (bucket) bucket.push(v)
    else buckets.set(b, [v])
  }
  let best: number[] = []
  for (const vs of buckets.values()) if (vs.length > best.length) best = vs
  return best
}

/** The whole document's margins: the most common line start and line end; null if unclear. */
export function measureMargins(pages: PageLine[][]): Margins | null {
  const lines = pages.flat()
  if (lines.length < 10) return null
  const right = modeValues(lines.map((l) => l.x1))
  if (right.length < lines.length * MIN_EDGE_SHARE) return null
  const left = trueLeft(lines, median(modeValues(lines.map((l) => l.x0))))
  return { left, right: median(right), tightStep: tightStep(lines), indent: firstIndent(lines, left) }
}

// Lines starting about two ems left of the most common start, at least this share of them, mark
// that start as the first-line indent and theirs as the margin.
const MIN_OUTDENTED = 0.15

/**
 * The left margin: where most lines start, unless that is the indent of short paragraphs (a
 * regulation's one- and two-line 条, a name list): then the lines two ems further left, the
 * paragraphs' second lines, start at the margin.
 */
function trueLeft(lines: PageLine[], mode: number): number {
  const outer = lines.filter((l) => {
    const ems = (mode - l.x0) / l.size
    return ems >= 1.5 && ems <= 2.5
  })
  return outer.length >= lines.length * MIN_OUTDENTED ? median(modeValues(outer.map((l) => l.x0))) : mode
}

// Paragraphs count as indented when this share of the lines starts 1.5–2.5 ems in.
const MIN_INDENTED = 0.05

/** The first-line indent's x, if the text indents its paragraphs (公文: two characters). */
function firstIndent(lines: PageLine[], left: number): number | null {
  const indented = lines.filter((l) => {
    const ems = (l.x0 - left) / l.size
    return ems >= 1.5 && ems <= 2.5 && l.x1 - l.x0 > 6 * l.size
  })
  return indented.length >= lines.length * MIN_INDENTED ? median(indented.map((l) => l.x0)) : null
}

// Paragraph spacing counts as used when this share of steps is clearly wider than the tightest.
const SPACED_SHARE = 0.15
const SPACED_RATIO = 1.4

/** The usual step inside a paragraph, if the document adds space between paragraphs. */
function tightStep(lines: PageLine[]): number | null {
  const steps = lines.map((l) => l.step).filter((s) => s > 0)
  const common = new Map<number, number>()
  for (const s of steps) common.set(Math.round(s), (common.get(Math.round(s)) ?? 0) + 1)
  const frequent = [...common].filter(([, n]) => n >= steps.length * 0.1).map(([s]) => s)
  if (frequent.length === 0) return null
  const tight = Math.min(...frequent)
  const spaced = steps.filter((s) => s > tight * SPACED_RATIO && s < tight * 3).length
  return spaced >= steps.length * SPACED_SHARE ? tight : null
}

/**
 * A 目录 entry's end: a page number after a space or leaders, dotted ('……1') or spaced
 * ('. . .1', as LaTeX sets them) — not a decimal like 约1.1 — or a page label after them or
 * after the 文号's bracket ('. . . 第 3 页', '…14 号）第23页'), or a page marked as the folio is
 * ('. . .·3·', '…… -12-'), or in brackets after leaders, as the State Council gazette prints it
 * ('……（1241）', four digits where pages are numbered through the year).
 */
export const TOC_END =
  /(\s|\.\s?\.|[…⋯·])\d{1,4}$|(\s|\.|[…⋯·）)])第\s*\d{1,4}\s*页$|(\s|\.|[…⋯）)])(·\s?\d{1,4}\s?·|[-－—]\s?\d{1,4}\s?[-－—])$|[.…⋯]\s?[（(]\d{1,4}[）)]$/

// What follows a number in a sentence (a date's 月/日, a 文号's 号, a unit or measure word): a
// line starting so continues the number before it. A 目录 entry starts with a unit's name or 关于.
const NUMBER_UNIT = /^[年月日号时分秒%％万亿千百元吨亩米个人户家辆台次项件座所名岁天倍条款章节期批]/

// A full 目录 line leaves no room for leaders: the page number follows the 文号's bracket at once
// ('…（国办函〔2004〕71 号）10'), or after the one leader dot left ('…51 号）.4', as Word squeezes
// them). In a sentence such a number runs on as a date or count ('…）10 月').
const TOC_END_TIGHT = /号\s*[）)〕\]】][.．…⋯·]?\d{1,4}$/

// A 文号 opening a line ('兴政办函〔2022〕4 号', agency code, year in brackets, serial).
const TOC_NUMBER_LINE = /^[\u4e00-\u9fff]{1,10}\s*[〔［[（(]\s*(19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号/

// A number after a space and a character of the sentence ('1 月 1', '洁净煤 5000'); a 目录's page
// number follows leaders or a 文号's closing bracket.
const BARE_NUMBER_END = /[^\s.…⋯·）)〕\]】》”]\s\d{1,4}$/

// Typesetters hang an opening bracket or quote half an em into the left margin.
const OPENING = /^[《（(“‘「『【〔]/

/** Whether a line starts at the text block's left edge (not indented). */
export function startsAtLeft(line: PageLine, left: number): boolean {
  const slack = OPENING.test(line.text) ? 0.6 * line.size : 0
  return line.x0 >= left - 2 * EPS * line.size - slack && line.x0 <= left + 2 * EPS * line.size
}

/**
 * Whether the PDF wrapped `line` into `next`: `next` starts at the left margin and its first
 * unbreakable unit would not have fitted after `line`. Without paragraph spacing, a sentence
 * end hung past the margin is left alone: the paragraph may end there; the parser decides.
 */
export function wrapsInto(line: PageLine, next: PageLine, m: Margins): boolean {
  if (isTableRow(line) || isTableRow(next)) return false
  if (next.gapBefore || !startsAtLeft(next, m.left)) return false
  // A wrap keeps the type: a 文号 set above a larger title is not the title's first half.
  if (Math.abs(next.size - line.size) > SIZE_STEP * Math.min(line.size, next.size)) return false
  // A line pushed to the right margin (a 文号 set flush right) ends where its author ended it.
  if (line.x0 > m.left + FLUSH_RIGHT_EMS * line.size && line.x1 - line.x0 < (m.right - m.left) / 2) return false
  // A 目录 entry ends in its page number ('…（兴政函〔2022〕40 号） 22'), never mid-sentence.
  // (Not a number the next line finishes: a date or 文号 wrapped as '…1 月 1' / '日放假'.)
  if (TOC_END.test(line.text) && !(NUMBER_UNIT.test(next.text) && BARE_NUMBER_END.test(line.text))) return false
  if (TOC_END_TIGHT.test(line.text) && !NUMBER_UNIT.test(next.text)) return false
  // A 目录 entry's 文号 on a line of its own under its title ('兴政办函〔2022〕4 号……9').
  if (TOC_NUMBER_LINE.test(next.text) && TOC_END.test(next.text)) return false
  if (SENTENCE_END.test(line.text) && ITEM_START.test(next.text)) return false
  // Indented paragraphs: an unindented line after a full one is the same paragraph.
  if (m.indent != null && !ITEM_START.test(next.text)) {
    if (line.x1 >= m.right - EPS * line.size) return true
  }
  // With paragraph spacing, the vertical step alone tells a wrap from a new paragraph.
  if (m.tightStep !== null) {
    const tight = Math.abs(next.step - m.tightStep) <= 1
    return tight && line.x1 + next.lead > m.right - EPS * line.size
  }
  if (line.x1 > m.right + EPS * line.size) return !SENTENCE_END.test(line.text)
  return line.x1 + next.lead > m.right + EPS * line.size
}

// A 版记 line opens with its label ('抄送：', '抄报：') and wraps with a hanging indent: the lines
// after the first start under the label's end, not at the margin.
const HANGING_LABEL = /^(抄送|抄报|分送|报送)\s*[:：]/

/**
 * Whether `next` goes on with the paragraph `first` opened, under its label: the line before it
 * (`prev`, the first or an earlier hanging line) runs to the right margin, and `next` starts one
 * to four characters in from where `first` starts, in the same size.
 */
export function hangsUnderLabel(first: PageLine, prev: PageLine, next: PageLine, m: Margins): boolean {
  if (!HANGING_LABEL.test(first.text.trim()) || next.gapBefore) return false
  if (Math.abs(next.size - prev.size) > SIZE_STEP * Math.min(prev.size, next.size)) return false
  if (prev.x1 < m.right - 2 * EPS * prev.size) return false
  const inset = next.x0 - first.x0
  return inset >= 0.8 * first.size && inset <= 4.5 * first.size
}

/** A row rebuilt from a ruled table (table-rows.ts): cells joined by tabs, never run on. */
export function isTableRow(line: PageLine): boolean {
  return line.text.includes('\t')
}

/** Joins a wrapped line with its continuation; Latin words (and '8975.00 m²') keep a space. */
export function joinWrapped(a: string, b: string): string {
  const latin = /[A-Za-z]$/.test(a) ? /^[A-Za-z0-9]/.test(b) : /[0-9]$/.test(a) && /^[A-Za-z]/.test(b)
  return latin ? `${a} ${b}` : a + b
}
