// A page of two columns that pdftotext wrote block by block, each block where its top stands on the
// page, left and right in turn as they come down: a closing of the left column may then stand
// under a title of the right one, a 附注 under the right column's text. A person knows the
// genre's order (a title, its text, the signature over the date, a 附注 under that) and reads
// each column down: they find which blocks are the left column's and which the right's so that
// both read in that order, and so that the blocks' tops, counted down each column, come in the
// order the text prints them. Pages whose order breaks the genre's are read that way.
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { marksPublic } from './public-note'
import { docNumberOfLine, isIssuerText, startsTitle } from './header'
import { pageStarts } from './text-pages'
import { displayWidth, fullWidth } from './text-flow'
import { countBigrams, type Bigrams } from './text-bigrams'
import { PAGE_WIDE } from './text-widths'

type Kind = 'title' | 'banner' | 'line' | 'number' | 'closing' | 'note' | 'body' | 'none'

interface Block {
  lines: number[]
  start: Kind
  end: Kind
  /** Its height in lines. */
  height: number
  /** All its lines are short (a table's column of names). */
  short: boolean
}

/** A banner over a title (公告, 人事任免): a short line with no punctuation. */
const BANNER_MAX = 6
/** A block of a title and nothing else has at most this many lines (a banner, three title lines). */
const TITLE_LINES = 4
/** A line this much past the column's width spans both columns. */
const WIDE_BY = 6
/** Breaks of the genre's order in a page as written that show its blocks come from both columns (one may be a slip of the converter's, or the reader's). */
const MIN_BREAKS = 2
/** A break of the genre's order weighs more than any mismatch of heights. */
const BREAK = 1000
/** Weight of a line one column holds beyond the other, against a line a block falls behind. */
const UNEVEN = 0.5
/** Cost of leaving the column between two blocks the text prints one after the other: ties keep the text's order. */
const SWITCH = 1
/** A line of words alone this short (characters) is a banner or a title's end. */
const LINE_MAX = 16
/** How much higher a title's lines stand than the text's. */
const TITLE_SCALE = 2
/** Lines of a table's first cell column (names) are this short. */
const CELL_MAX = 5
/** Pages with more blocks than this are left alone (the search grows with blocks × lines). */
const MAX_BLOCKS = 40
/**
 * States kept after each block, cheapest first. The states grow with the heights and the blocks
 * each column last took: forty odd blocks kept every state for seconds a page; a page of a real
 * issue needs a few hundred.
 */
const BEAM = 2000

/** A 附注: a short remark in brackets on a line of its own (（此件公开发布）, （本文有删减）). */
const isNote = (t: string): boolean => /^[（(][\u4e00-\u9fff]{2,12}[）)]$/.test(compact(t)) || (marksPublic(t) && /^[（(].*[）)]$/.test(compact(t)))

function kindOf(texts: string[]): { start: Kind; end: Kind } {
  const c = texts.map(compact)
  const sign = c.findIndex((t) => !isIssuerText(t))
  if (sign >= 0 && parseDateLine(texts[sign])) {
    // A closing, perhaps with its 附注, perhaps with an attachment's text after it.
    const rest = texts.slice(sign + 1)
    return { start: 'closing', end: rest.length === 0 ? 'closing' : rest.every(isNote) ? 'note' : 'body' }
  }
  if (texts.every(isNote)) return { start: 'note', end: 'note' }
  if (docNumberOfLine(texts[0])) return { start: 'number', end: texts.length === 1 ? 'number' : 'body' }
  // A banner may stand over the title in its block (国务院办公厅文件): the next line starts the title.
  const banner = c[0].length <= LINE_MAX && /^[\u4e00-\u9fff]+$/.test(c[0]) && !startsTitle(texts[0]) ? 1 : 0
  if (texts[banner] !== undefined && startsTitle(texts[banner])) {
    // Text under the title's 文号 (the recipients) is the document's text begun.
    const number = texts.findIndex((t) => docNumberOfLine(t))
    const only = texts.length <= TITLE_LINES + 1 && (number >= 0 ? number === texts.length - 1 : !texts.some((t) => endsSentence(t) || /[：:]$/.test(t.trim())))
    return { start: 'title', end: only ? 'title' : 'body' }
  }
  // One short line of words alone: a banner over a title (国务院文件), or a title's last line.
  if (texts.length === 1 && /^[\u4e00-\u9fff]+$/.test(c[0]) && c[0].length <= LINE_MAX) {
    const k = c[0].length <= BANNER_MAX ? 'banner' : 'line'
    return { start: k, end: k }
  }
  return { start: 'body', end: 'body' }
}

/** Whether reading a block that starts `b` right after one that ends `a` breaks the genre's order. */
function breaks(a: Kind, b: Kind, closed = false): number {
  // A document closes once: a second closing with no title between (an attachment's text may
  // stand between the two) is another document's.
  if (b === 'closing') return a === 'title' || a === 'number' || a === 'banner' || a === 'line' || a === 'closing' || a === 'note' || closed ? 1 : 0
  if (b === 'note') return a === 'closing' || a === 'none' ? 0 : 1
  // A 文号 stands under its title.
  if (b === 'number') return a === 'title' || a === 'line' ? 0 : 1
  // A title has its text under it before the next title or section.
  if (b === 'banner') return a === 'title' || a === 'number' ? 1 : 0
  if (b === 'title') return a === 'title' || a === 'number' ? 1 : 0
  return 0
}

export function blocksOf(lines: readonly SourceLine[], from: number, to: number): Block[] {
  const out: Block[] = []
  let cur: number[] = []
  const flush = (): void => {
    const texts = cur.map((i) => lines[i].text)
    // A title is set larger, with space around it: a block that starts with one stands higher.
    const title = cur.length > 0 && kindOf(texts).start === 'title'
    if (cur.length) out.push({ lines: cur, height: cur.length * (title ? TITLE_SCALE : 1), short: texts.every((t) => compact(t).length <= CELL_MAX), ...kindOf(texts) })
    cur = []
  }
  for (let i = from; i < to; i++) {
    if (isBlank(lines[i].text)) flush()
    else cur.push(i)
  }
  flush()
  return out
}

interface State {
  cost: number
  /** Lines each column holds so far, and the top of the last block placed. */
  left: number
  right: number
  prevTop: number
  prevCol: 0 | 1
  /** The left column's last block and the right column's first (-1: none yet). */
  lastL: number
  firstR: number
  lastR: Kind
  /** Whether each column's document has closed since its last title. */
  closedL: boolean
  closedR: boolean
  back: State | null
  col: 0 | 1
}

type Shape = { start: Kind; end: Kind; height: number; short?: boolean }

const besides = (a: Shape, b: Shape): boolean => a.height >= 2 && a.height === b.height && a.short === true

/** Whether a column's document has closed after the block: a closing closes it, a title opens the next. */
function closes(b: Shape, before: boolean): boolean {
  if (b.start === 'title') return b.end === 'closing' || b.end === 'note'
  return before || b.start === 'closing' || b.end === 'closing' || b.end === 'note'
}

/**
 * The blocks split into a left and a right column, each in the text's order, read the left one
 * first: the split that breaks the genre's order least, then whose blocks' tops (lines above them
 * in their column) fall least often behind the top of the block the text prints before them,
 * whose columns end most nearly level, and whose left column runs on best into the right one
 * (`junction`: the cost of reading block b after block a). Returns the columns as block indexes
 * and the breaks, or null.
 */
export function splitColumns(
  blocks: readonly Shape[],
  junction: (a: number, b: number) => number = () => 0,
): { left: number[]; right: number[]; breaks: number } | null {
  const endOf = (k: number): Kind => (k < 0 ? 'none' : blocks[k].end)
  let layer = new Map<string, State>()
  const put = (m: Map<string, State>, s: State): void => {
    const key = `${s.left}|${s.right}|${s.prevTop}|${s.prevCol}|${s.lastL}|${s.lastR}|${s.firstR}|${s.closedL}|${s.closedR}`
    const old = m.get(key)
    if (!old || s.cost < old.cost) m.set(key, s)
  }
  put(layer, { cost: 0, left: 0, right: 0, prevTop: 0, prevCol: 0, lastL: -1, lastR: 'none', firstR: -1, closedL: false, closedR: false, back: null, col: 0 })
  blocks.forEach((b, i) => {
    const next = new Map<string, State>()
    for (const s of layer.values()) {
      const { right, prevTop } = s
      for (const col of [0, 1] as const) {
        // Two blocks of as many lines, the first of short ones, in one column: a table's cells
        // side by side (names, then their posts), the second as high up as the first.
        const beside = i > 0 && col === s.prevCol && besides(blocks[i - 1], b)
        const top = beside ? prevTop : col === 0 ? s.left : right
        const behind = Math.max(0, prevTop - top)
        const grow = beside ? 0 : b.height
        const brk = col === 0 ? breaks(endOf(s.lastL), b.start, s.closedL) : s.lastR === 'none' ? 0 : breaks(s.lastR, b.start, s.closedR)
        put(next, {
          cost: s.cost + brk * BREAK + behind + (i > 0 && col !== s.prevCol ? SWITCH : 0),
          left: s.left + (col === 0 ? grow : 0),
          right: s.right + (col === 1 ? grow : 0),
          prevTop: top,
          prevCol: col,
          lastL: col === 0 ? i : s.lastL,
          lastR: col === 1 ? b.end : s.lastR,
          firstR: col === 1 && s.firstR < 0 ? i : s.firstR,
          closedL: col === 0 ? closes(b, s.closedL) : s.closedL,
          closedR: col === 1 ? closes(b, s.closedR) : s.closedR,
          back: s,
          col,
        })
      }
    }
    layer = next.size <= BEAM ? next : new Map([...next].sort((x, y) => x[1].cost - y[1].cost).slice(0, BEAM))
  })
  // The columns of a page end level: what one holds beyond the other counts against the split.
  const final = (s: State): number => {
    // A title is kept with its text: none ends the page.
    const last = s.lastR === 'none' ? endOf(s.lastL) : s.lastR
    const cost = s.cost + (last === 'title' ? BREAK : 0)
    if (s.firstR < 0 || s.lastL < 0) return cost
    const join = breaks(endOf(s.lastL), blocks[s.firstR].start, s.closedL) * BREAK + junction(s.lastL, s.firstR)
    return cost + join + Math.abs(s.left - s.right) * UNEVEN
  }
  let best: State | null = null
  for (const s of layer.values()) if (!best || final(s) < final(best)) best = s
  if (!best) return null
  const total = final(best)
  const cols: (0 | 1)[] = []
  for (let s: State | null = best; s?.back; s = s.back) cols.unshift(s.col)
  const left = cols.flatMap((c, k) => (c === 0 ? [k] : []))
  const right = cols.flatMap((c, k) => (c === 1 ? [k] : []))
  return { left, right, breaks: Math.floor((total + BREAK / 2) / BREAK) }
}

/** Breaks of the genre's order in the blocks as the text prints them. */
function breaksInOrder(blocks: readonly Block[]): number {
  let n = 0
  let closed = false
  blocks.forEach((b, k) => {
    if (k > 0) n += breaks(blocks[k - 1].end, b.start, closed)
    closed = closes(b, closed)
  })
  return n + (blocks.at(-1)?.end === 'title' ? 1 : 0)
}

/**
 * Lines from `from` on with the blocks of each page whose order breaks the genre's put in the
 * columns' reading order, when that order breaks it less. Line numbers stay; text with layout is
 * returned as it is.
 */
export function readClosingOrder(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  // Text hard-wrapped in columns, each line one column's: a line across both (a page in one
  // column, or a converter that wrote the columns side by side) is no block-by-block page.
  const full = fullWidth(lines.slice(from).filter((l) => !isBlank(l.text)).map((l) => displayWidth(l.text)))
  if (full === null || full > PAGE_WIDE) return out
  const starts = pageStarts(lines)
  let grams: Bigrams | undefined
  starts.forEach((start, p) => {
    const end = starts[p + 1] ?? lines.length
    if (end <= from) return
    for (let i = Math.max(start, from); i < end; i++) if (displayWidth(lines[i].text) > full + WIDE_BY) return
    const blocks = blocksOf(lines, Math.max(start, from), end)
    const own = breaksInOrder(blocks)
    // A page written line by line (most blocks one line) is text-streams.ts's.
    const single = blocks.filter((b) => b.lines.length === 1).length
    if (own < MIN_BREAKS || blocks.length > MAX_BLOCKS || single * 2 > blocks.length) return
    grams ??= countBigrams(lines.slice(from).filter((l) => !isBlank(l.text)).map((l) => l.text))
    const g = grams
    const text = (k: number, at: number): string => lines[blocks[k].lines.at(at) ?? 0].text
    const split = splitColumns(blocks, (a, b) => -g.join(text(a, -1), text(b, 0)))
    // Only a split that reads wholly in the genre's order is a person's reading of the page.
    if (!split || split.breaks > 0 || split.right.length === 0) return
    place(out, lines, blocks, [...split.left, ...split.right].map((k) => blocks[k]))
  })
  return out
}

/** Writes `order`'s lines over the blocks' places, one blank line between blocks. */
function place(out: SourceLine[], lines: readonly SourceLine[], run: Block[], order: Block[]): void {
  const slots = run.flatMap((b, k) => (k === 0 ? b.lines : [b.lines[0] - 1, ...b.lines]))
  const seq = order.flatMap((b, k) => (k === 0 ? b.lines : [-1, ...b.lines]))
  slots.forEach((slot, k) => {
    const i = seq[k]
    out[slot] = { no: lines[slot].no, text: i === -1 ? '' : lines[i].text }
  })
}
