// Which column each row of one line belongs to, in a run of rows written across two columns (see
// text-joined-columns.ts). Rows holding both columns' lines fix where each column stands; a row
// between them holding one line goes to the column it continues. The choice is made for the whole
// run at once (the cheapest assignment, by dynamic programming over the last line of each
// column), from what a column's next line shows of the line before it:
// - a line one column wide leaves its paragraph open: the next line goes on with it, so it does
//   not open with a list mark (`（三）`, `二、`, `3.`), and its first character usually follows
//   the last one as they follow each other elsewhere in the text (`负` + `责`);
// - a shorter line ends its paragraph: the next line opens one, indented, so it is not a full
//   line one column wide.
import { compact } from '../parse/lines'
import { parseDateLine } from '../parse/dates'
import { isIssuerText } from '../parse/header'
import { isClosingNote } from '../parse/starts-after-close'

/**
 * A column line's width, in cells around the column's: a paragraph's first line is indented two
 * cells (and may be a character short, stretched: the next may not open with a mark), a full line
 * may hang a mark past the edge. Two and three joined columns measure lines so alike.
 */
export const FULL_BELOW = 3
export const FULL_ABOVE = 1.5

/**
 * A row of one column's line, or of both columns' lines; `larger` when one of the two is set in a
 * larger type (a title inside a column), so that its width in cells does not tell whether it is full.
 */
export type Slot = { kind: 'one'; text: string } | { kind: 'both'; left: string; right: string; larger?: boolean }

/** Full-width marks that typesetters set half a cell wide when two meet (`》（`, `）。`). */
const MARK = /[、。，；：！？）］｝》」』】〕（［｛《「『【〔]/u

/**
 * Width in cells: an ideograph or full-width mark one, a digit or Latin letter half, a space a
 * quarter (a word space in a CJK font is narrow; converters put one either side of a number), a
 * mark right after another half (set close, as Chromium, Word and LibreOffice do).
 */
export function cells(text: string): number {
  let w = 0
  let mark = false
  for (const ch of text) {
    w += charCells(ch, mark)
    mark = MARK.test(ch)
  }
  return w
}

/** One character's cells, after a mark or not. */
function charCells(ch: string, afterMark: boolean): number {
  return ch === ' ' ? 0.25 : ch.codePointAt(0)! < 0x2000 ? 0.5 : afterMark && MARK.test(ch) ? 0.5 : 1
}

/**
 * cells(text.slice(0, i)) for every index i that starts a character (0 elsewhere inside a surrogate
 * pair): the cells of a part that starts at 0 or after a space are a difference of two of them.
 */
export function cellsUpTo(text: string): number[] {
  const out = new Array<number>(text.length + 1).fill(0)
  let [at, mark] = [0, false]
  for (const ch of text) {
    out[at + ch.length] = out[at] + charCells(ch, mark)
    mark = MARK.test(ch)
    at += ch.length
  }
  return out
}

/** A paragraph's opening mark: （三） 二、 3. 3． (1) 第三条. */
const LIST_MARK = /^(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+、|\d+[.．、]|第[一二三四五六七八九十百]+条)/

/** A line this many cells short of the column or less leaves its paragraph open (`（三十六）` sets narrow). */
const OPEN_BELOW = 3.5
/** Costs of a column's next line against the line before it. */
const OPEN_THEN_MARK = 3
const OPEN_THEN_INDENTED = 0.5
const OPEN_THEN_PAIR = 1
const CLOSED_THEN_FULL = 1.5
const CLOSED_THEN_MARK = -0.5
/** Cost of a right column begun before the left one (a line above both is read with the left). */
const RIGHT_FIRST = 0.1
/** Cost of a lone row given to the column the lone row above went to. */
const TWICE = 0.3
/** States kept from one row to the next. */
const BEAM = 24
/** Cost of a row of both columns met while one column has taken more lone rows than the other. */
const UNEVEN = 1

interface State {
  /** The rows holding each column's last line so far (-1: none yet). */
  left: number
  right: number
  /**
   * Lone rows given to the left column less those given to the right, since the last joined row;
   * null before the first (a column may have begun before the run: its lines read apart above).
   */
  lean: number | null
  cost: number
  /** The choices so far: 'L' or 'R' for a lone row, 'B' for a joined one. */
  path: string
}

/**
 * The run's left and right columns, lines in order; null when it cannot be read as two columns.
 * `pairs` counts how often each two characters follow each other in the text; `above` is the
 * page's last line of text above the run, read as the left column's line before it (a column's
 * upper lines written apart above, a running head or a title closing what went before).
 */
export function assignColumns(
  run: readonly Slot[],
  column: number,
  pairs: ReadonlyMap<string, number>,
  above: string | null = null,
): { left: string[]; right: string[] } | null {
  const text = (i: number, side: 'left' | 'right'): string | null => {
    if (i === -1 && side === 'left') return above
    const slot = run[i]
    if (!slot) return null
    return slot.kind === 'one' ? slot.text : slot[side]
  }
  const next = (prev: number, side: 'left' | 'right', line: string): number => {
    const slot = run[prev]
    return linkCost(text(prev, side), line, column, pairs, slot?.kind === 'both' && slot.larger === true)
  }
  const block = leadingBlock(run, column)
  let states = new Map<string, State>([['', { left: -1, right: -1, lean: null, cost: 0, path: '' }]])
  run.forEach((slot, i) => {
    const out = new Map<string, State>()
    const keep = (s: State): void => {
      const key = `${s.left},${s.right},${s.lean}`
      const had = out.get(key)
      if (!had || s.cost < had.cost) out.set(key, s)
    }
    for (const s of states.values()) {
      if (slot.kind === 'both') {
        const cost = s.cost + next(s.left, 'left', slot.left) + next(s.right, 'right', slot.right) + UNEVEN * Math.min(2, Math.abs(s.lean ?? 0))
        keep({ left: i, right: i, lean: 0, cost, path: s.path + 'B' })
      } else {
        const lean = s.lean
        const early = s.left === -1 && s.right === -1 ? RIGHT_FIRST : 0
        // Lone rows of one height come in turns (left, right), so a column rarely takes two running.
        // A closing goes on in its column on the next row (a date under its unit, a note under it).
        const again = (side: number, other: number, sideName: 'left' | 'right'): number => {
          if (side !== i - 1 || other === i - 1) return 0
          const prev = text(side, sideName)
          return prev !== null && closingCost(prev, slot.text) < 0 ? -CLOSING_NEXT : TWICE
        }
        // Inside a leading block the row goes where the row before it went.
        const only = i > 0 && i < block ? s.path[i - 1] : null
        if (only !== 'R') keep({ left: i, right: s.right, lean: lean === null ? null : Math.min(3, lean + 1), cost: s.cost + again(s.left, s.right, 'left') + next(s.left, 'left', slot.text), path: s.path + 'L' })
        if (only !== 'L') keep({ left: s.left, right: i, lean: lean === null ? null : Math.max(-3, lean - 1), cost: s.cost + again(s.right, s.left, 'right') + early + next(s.right, 'right', slot.text), path: s.path + 'R' })
      }
    }
    // A beam: the cheapest states only, so a long run of lone rows costs no more than a short one.
    states = out.size > BEAM ? new Map([...out].sort((a, b) => a[1].cost - b[1].cost).slice(0, BEAM)) : out
  })
  let best: State | null = null
  for (const s of states.values()) if (!best || s.cost < best.cost) best = s
  if (!best) return null
  const path = best.path
  const left: string[] = []
  const right: string[] = []
  run.forEach((slot, i) => {
    const choice = path[i]
    if (slot.kind === 'both') {
      left.push(slot.left)
      right.push(slot.right)
    } else (choice === 'L' ? left : right).push(slot.text)
  })
  return { left, right }
}

/** A line's end that may close its paragraph: a sentence's stop, or a bracketed note after one. */
const ENDS_AT_EDGE = /[。！？；](?:[（(][^（()）]*[）)])?$/u
/** Lone rows at a run's head that make a column's block written apart before the turns begin. */
const MIN_BLOCK = 6

/**
 * How many rows at the run's head are one column's block written apart (pdftotext writes a
 * column's upper lines as a block before it takes the rows in turn): lone rows, MIN_BLOCK or
 * more, each going on from the one before as one column's next line does (a full line by a line
 * without a list mark, a short one by a list mark); 0 when the head is not so.
 */
function leadingBlock(run: readonly Slot[], column: number): number {
  let end = 0
  while (end < run.length && run[end].kind === 'one') {
    if (end > 0) {
      const prev = (run[end - 1] as { text: string }).text
      const line = (run[end] as { text: string }).text
      const open = cells(prev) >= column - OPEN_BELOW
      // A full line ending a sentence may end its paragraph at the edge.
      if (open === LIST_MARK.test(line) && !(open && ENDS_AT_EDGE.test(prev))) break
    }
    end++
  }
  return end >= MIN_BLOCK ? end : 0
}

/**
 * A document's closing stands in one column: its signing unit, the date under it, a note under
 * that ('（本文有删减）', '（此件公开发布）'); a signing unit right under a date begins no closing
 * of its own there (in turn with the other column's, the two closings' lines come one by one).
 */
const CLOSING_RUN = 0.5
const CLOSING_BREAK = 0.5
/** A closing's next line on the very next row, in place of the cost of a column taking two rows running. */
const CLOSING_NEXT = 0.1
const isDate = (text: string): boolean => parseDateLine(text) !== null
const isNote = (text: string): boolean => isClosingNote(text) || /^[（(][\u4e00-\u9fff]{2,8}[）)]$/u.test(compact(text))

export function closingCost(prev: string, line: string): number {
  if (isDate(prev)) return isNote(line) ? -CLOSING_RUN : isIssuerText(compact(line)) ? CLOSING_BREAK : 0
  return isDate(line) && isIssuerText(compact(prev)) ? -CLOSING_RUN : 0
}

/** How ill `line` reads as the next line of a column whose last line was `prev`. */
export function linkCost(prev: string | null, line: string, column: number, pairs: ReadonlyMap<string, number>, larger = false): number {
  if (prev === null) return 0
  return closingCost(prev, line) + widthCost(prev, line, column, pairs, larger)
}

function widthCost(prev: string, line: string, column: number, pairs: ReadonlyMap<string, number>, larger: boolean): number {
  // A line beside one set larger may be either: a title's line runs on into the title's next.
  const open = larger || cells(prev) >= column - OPEN_BELOW
  const mark = LIST_MARK.test(line)
  const width = cells(line)
  if (open) {
    let cost = mark ? OPEN_THEN_MARK : 0
    if (width >= column - 2.5 && width < column - 1.5) cost += OPEN_THEN_INDENTED
    const pair = [...prev].at(-1)! + [...line][0]
    if (/^\p{Script=Han}{2}$/u.test(pair) && (pairs.get(pair) ?? 0) > 0) cost -= OPEN_THEN_PAIR
    return cost
  }
  if (mark) return CLOSED_THEN_MARK
  return width >= column - 1 ? CLOSED_THEN_FULL : 0
}

/** How often each two characters follow each other inside the text's lines. */
export function characterPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>()
  for (const line of text.split(/\s+/)) {
    const chars = [...line]
    for (let i = 1; i < chars.length; i++) {
      const pair = chars[i - 1] + chars[i]
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
    }
  }
  return pairs
}
