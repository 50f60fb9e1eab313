// Two columns that pdftotext wrote block by block across the page: a few lines of the left
// column, a blank line, a few of the right, a blank line, the left again… A person reads down the
// left column, then the right. Here, on each page, a run of column-wide blocks whose order in the
// text breaks sentences (an unfinished line followed by a new numbered paragraph) more often than
// reading every other block would, is read as two columns: every other block first, then the rest.
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { displayWidth, fullWidth } from './text-flow'
import { pageStarts } from './text-pages'
import { isBodyHeading } from './sections'
import { docNumberOfLine, isIssuerText, splitRunTogether, startsTitle } from './header'
import { parseDateLine } from './dates'
import { marksPublic } from './public-note'
import { splitMerged } from './text-merged'

/** A line this much past the column's width spans both columns (a title): it ends a run. */
const WIDE_BY = 6
/** A column-wide line stops within this of the full width. */
const FULL_WITHIN = 4
const MIN_BLOCKS = 4

/** Paragraph markers and their number: （一） 一、 1. 第一条. */
const MARKERS: [string, RegExp][] = [
  ['paren', /^[（(]([一二三四五六七八九十]+)[）)]/],
  ['dun', /^([一二三四五六七八九十]+)、/],
  ['arabic', /^(\d+)[.、．]/],
  ['article', /^第([一二三四五六七八九十百零〇\d]+)条/],
]
const HAN = '〇一二三四五六七八九'

function numberOf(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  if (s === '十') return 10
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s]
  const digit = (c: string): number => Math.max(0, HAN.indexOf(c))
  return (s.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + (ones ? digit(ones.slice(-1)) : 0)
}

export function marker(text: string): { type: string; n: number } | null {
  const t = text.trim()
  for (const [type, re] of MARKERS) {
    const m = re.exec(t)
    if (m) return { type, n: numberOf(m[1]) }
  }
  return null
}

export type Block = number[]

export interface Flow {
  lines: readonly SourceLine[]
  full: number
}

/** A line that runs to the column's edge and leaves its sentence open: the text goes on. */
export function open(f: Flow, i: number): boolean {
  const t = f.lines[i].text
  return displayWidth(t) >= f.full - FULL_WITHIN && !endsSentence(t)
}

/**
 * A 栏目 heading dressed as one ('【部门文件】') set across the page between two bands of columns:
 * the upper band's lines all come before it as written, and the next document starts under it,
 * its 文号 or title the next line (or a head of joint issuers run together). One standing in a
 * column while the other runs on past it ends nothing: the line written before it is cut off
 * mid-sentence at the column's edge ('（九）营造全民健身社会氛围。普及全民健身文'), or the line
 * after it goes on with a column's prose.
 */
export function headingAcross(f: Flow, i: number): boolean {
  if (!isBodyHeading(f.lines[i].text)) return false
  let k = i - 1
  while (k >= 0 && isBlank(f.lines[k].text)) k--
  if (k >= 0 && open(f, k) && !closedBeside(f, k)) return false
  let n = i + 1
  while (n < f.lines.length && isBlank(f.lines[n].text)) n++
  const next = f.lines[n]?.text ?? ''
  return docNumberOfLine(next) !== null || startsTitle(next.trim()) || opensJointHead(f.lines, n)
}

/** Lines a head of joint issuers may take: their names, the title's, its 文号's. */
const JOINT_HEAD_LINES = 6

/**
 * Line `n` opens a document's head whole: a title of joint issuers run together over its first
 * lines ('沅陵省财政厅沅陵省发展和改革委员会' / '沅陵省人力资源和社会保障厅沅陵省住' / '房和城乡建设厅
 * 关于…'), too long for startsTitle's one issuer, two units or more before 关于, then its 文号.
 * Under a banner in a column the other column's lines come between (a date, prose): no head.
 */
function opensJointHead(lines: readonly SourceLine[], n: number): boolean {
  let joined = ''
  for (let k = n, seen = 0; k < lines.length && seen < JOINT_HEAD_LINES; k++) {
    const t = lines[k].text
    if (isBlank(t)) continue
    seen++
    if (joined.includes('关于') && docNumberOfLine(t) !== null) return jointIssuers(joined)
    if (endsSentence(t) || parseDateLine(t) !== null) return false
    joined += compact(t)
  }
  return false
}

/** The title's issuers before 关于 are two units or more, each a unit's name. */
function jointIssuers(title: string): boolean {
  const units = splitRunTogether(title.slice(0, title.indexOf('关于')))
  return units.length > 1 && units.every(isIssuerText)
}

/** Lines written before an open line among which the other column's closing may stand. */
const CLOSING_BESIDE = 3

/**
 * A document's closing (its date or public 附注) among the few lines written right before the open
 * line `k`: the other column ended a document at this height. Over a banner set across the page a
 * band of balanced columns ends so: its left column's foot goes on at its right column's top, and
 * the right column closes the document; the line written last is the left column's open foot.
 * A document that ends without a date (a regulation's last article) closes on its paragraph's
 * short last line, written beside the left column's line above the foot (endsShort).
 */
function closedBeside(f: Flow, k: number): boolean {
  let seen = 0
  for (let j = k - 1; j >= 0 && seen < CLOSING_BESIDE; j--) {
    const t = f.lines[j].text
    if (isBlank(t)) continue
    if (parseDateLine(t) !== null || marksPublic(t) || (seen === 0 && endsShort(f, t))) return true
    seen++
  }
  return false
}

/**
 * A line holding both columns whose right part is a paragraph's short last line ('…玩忽职守、
 * 理业务。'): the right column ended its text a line above the left column's foot.
 */
function endsShort(f: Flow, text: string): boolean {
  const parts = splitMerged(text, f.full)
  // Or that last line written on a line of its own, right before the left column's open foot: a
  // finished sentence short of the column ('充分发挥协调委的作用。'), no line that runs on.
  if (!parts) return endsSentence(text) && displayWidth(text.trim()) <= f.full - ENDED_SHORT_BY
  return endsSentence(parts[1]) && displayWidth(parts[1]) < f.full / 2
}

/** A line on its own this much short of the column's width ended its paragraph (text-joins.ts SHORT_BY). */
const ENDED_SHORT_BY = 6

/** Reading line `b` after line `a` breaks the text: an open line, then a new numbered paragraph. */
function breaks(f: Flow, a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return 0
  return open(f, a) && marker(f.lines[b].text) ? 1 : 0
}

/** Numbered paragraphs that follow on across a join (（一） then （二）) count for an order. */
export function follows(f: Flow, first: Block[], second: Block[]): number {
  const last = new Map<string, number>()
  for (const i of first.flat()) {
    const m = marker(f.lines[i].text)
    if (m) last.set(m.type, m.n)
  }
  const seen = new Set<string>()
  let score = 0
  for (const i of second.flat()) {
    const m = marker(f.lines[i].text)
    if (!m || seen.has(m.type)) continue
    seen.add(m.type)
    if (last.get(m.type) === m.n - 1) score++
  }
  return score
}

export const lastOf = (bs: Block[]): number | undefined => bs[bs.length - 1]?.[bs[bs.length - 1].length - 1]
const firstOf = (bs: Block[]): number | undefined => bs[0]?.[0]

/** How often reading a run as it stands, and reading every other block, breaks the text. */
function tally(f: Flow, run: Block[]): { inOrder: number; alternate: number } {
  let inOrder = 0
  let alternate = 0
  for (let k = 0; k + 1 < run.length; k++) inOrder += breaks(f, lastOf([run[k]]), run[k + 1][0])
  for (let k = 0; k + 2 < run.length; k++) alternate += breaks(f, lastOf([run[k]]), run[k + 2][0])
  return { inOrder, alternate }
}

/**
 * Whether a run is two columns interleaved: its own order breaks the text at least twice and more
 * often than reading every other block; or, where the file shows that it interleaves (`file`),
 * any run of two blocks or more whose order does not read better as it stands.
 */
function interleaved(f: Flow, run: Block[], file: boolean): boolean {
  const { inOrder, alternate } = tally(f, run)
  if (run.length >= MIN_BLOCKS && inOrder >= 2 && alternate < inOrder) return true
  if (!file || run.length < 2 || alternate > inOrder) return false
  // Where neither order breaks the text, the run's shape decides: in an interleaved run a third
  // of the blocks or more stop at the column's edge mid-sentence (a 令's signature and date none).
  const openEnds = run.filter((b) => open(f, b[b.length - 1])).length
  return alternate < inOrder || openEnds * 3 >= run.length
}

/** The run's blocks in reading order: every other block, the column that reads on first. */
function reorder(f: Flow, run: Block[], before: number | undefined): Block[] {
  const a = run.filter((_, k) => k % 2 === 0)
  const b = run.filter((_, k) => k % 2 === 1)
  const score = (x: Block[], y: Block[]): number =>
    follows(f, x, y) - breaks(f, lastOf(x), firstOf(y)) - breaks(f, before, firstOf(x))
  return score(b, a) > score(a, b) ? [...b, ...a] : [...a, ...b]
}

/** Blocks (runs of non-blank lines) of one page, as line indexes. */
function blocksOf(lines: readonly SourceLine[], from: number, to: number): Block[] {
  const out: Block[] = []
  let cur: Block = []
  for (let i = from; i < to; i++) {
    if (isBlank(lines[i].text)) {
      if (cur.length) out.push(cur)
      cur = []
    } else cur.push(i)
  }
  if (cur.length) out.push(cur)
  return out
}

/**
 * Lines from `from` on with each page's interleaved columns put in reading order. The count of
 * lines stays (indexes before `from` still point where they did); a blank line is kept between
 * blocks. Text with layout, or not hard-wrapped, is returned as it is.
 */
export function readColumns(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  const full = fullWidth(lines.slice(from).filter((l) => !isBlank(l.text)).map((l) => displayWidth(l.text)))
  if (full === null) return out
  const f: Flow = { lines, full }
  const runs = columnRuns(f, from)
  const sum = runs.map(({ run }) => tally(f, run)).reduce((a, t) => ({ inOrder: a.inOrder + t.inOrder, alternate: a.alternate + t.alternate }), { inOrder: 0, alternate: 0 })
  const file = sum.inOrder >= FILE_BREAKS && sum.alternate * 2 < sum.inOrder
  for (const { run, before } of runs) if (interleaved(f, run, file)) place(out, lines, run, reorder(f, run, before))
  return out
}

/** Breaks in a file's own order that show it interleaves its columns throughout. */
const FILE_BREAKS = 4

/**
 * Each page's runs of column-wide blocks, with the line read before each run. A block with a
 * line wider than a column (a title over both) ends a run.
 */
export function columnRuns(f: Flow, from: number): { run: Block[]; before: number | undefined; after?: number }[] {
  const { lines, full } = f
  const out: { run: Block[]; before: number | undefined; after?: number }[] = []
  const starts = pageStarts(lines)
  starts.forEach((start, p) => {
    const end = starts[p + 1] ?? lines.length
    if (end <= from) return
    let run: Block[] = []
    let before: number | undefined
    const flush = (next: number | undefined): void => {
      if (run.length) out.push({ run, before })
      before = next
      run = []
    }
    for (const block of blocksOf(lines, Math.max(start, from), end)) {
      if (block.some((i) => displayWidth(lines[i].text) > full + WIDE_BY || headingAcross(f, i))) flush(lastOf([block]))
      else run.push(block)
    }
    flush(undefined)
    // The page's last run is read on by the next page's first line.
    const last = out[out.length - 1]
    const foot = last ? lastOf(last.run) : undefined
    if (last && foot !== undefined && foot >= start) {
      let k = end
      while (k < lines.length && isBlank(lines[k].text)) k++
      if (k < lines.length && (starts[p + 2] === undefined || k < starts[p + 2])) last.after = k
    }
  })
  return out
}

/** Writes `order`'s lines over the run's places, one blank line between blocks. */
export function place(out: SourceLine[], lines: readonly SourceLine[], run: Block[], order: Block[]): void {
  const slots = run.flatMap((b, k) => (k === 0 ? b : [b[0] - 1, ...b]))
  const seq = order.flatMap((b, k) => (k === 0 ? b : [-1, ...b]))
  // Each place keeps its line number, so numbers still rise and page breaks stay where they were
  // (a page break is two entries sharing a number); a moved line is still on its page.
  slots.forEach((slot, k) => {
    const i = seq[k]
    out[slot] = { no: lines[slot].no, text: i === -1 ? '' : lines[i].text }
  })
}
