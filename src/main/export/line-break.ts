// Chinese line breaking (禁则) on the grid: greedy fill, squeeze or push punctuation, justify.
import type { FontKey, Measure, Run } from './types'

export interface SChar {
  ch: string
  font: FontKey
  w: number // advance at the paragraph's size, without spacing
}

/** Characters that may not start a line. */
export const NO_START = new Set([...'，。、；：？！）》」』〕】〉…—’”·％%‰,.;:?!)]}'])
/** Characters that may not end a line. */
export const NO_END = new Set([...'（《「『〔【〈“‘([{'])

// Kept together: 〔2022〕8号, dates, numbers with their units, Latin words and digit runs, ——/……
const ATOM = new RegExp(
  [
    String.raw`[〔\[]\d{4}[〕\]]第?\d+号`,
    String.raw`\d{4}年\d{1,2}月(?:\d{1,2}日)?`,
    String.raw`\d{1,2}月\d{1,2}日`,
    String.raw`\d+(?:\.\d+)?(?:%|‰|[万亿千百]?(?:平方米|平方公里|立方米|公里|千米|公顷|千瓦|小时|米|吨|户|人|元|个|家|所|座|项|亩|辆|次|天|口|处|条|台|套|间|名|批|宗|宗地))`,
    String.raw`[A-Za-z0-9][A-Za-z0-9.·:/%+\-]*`,
    '—+|…+',
  ].join('|'),
  'gu',
)

interface Unit {
  start: number
  end: number
  soft: number[] // offsets inside the unit where a break is allowed when the line would be too loose
}

export function toChars(text: string, font: FontKey, size: number, measure: Measure): SChar[] {
  return [...text].map((ch) => ({ ch, font, w: measure(ch, font, size) }))
}

function unitsOf(chars: SChar[]): Unit[] {
  const text = chars.map((c) => c.ch).join('')
  const offsets: number[] = [] // code-unit offset → char index
  chars.forEach((c, i) => {
    for (let k = 0; k < c.ch.length; k++) offsets.push(i)
  })
  const units: Unit[] = []
  let at = 0
  for (const m of text.matchAll(ATOM)) {
    const s = offsets[m.index]
    const e = s + [...m[0]].length
    for (; at < s; at++) units.push({ start: at, end: at + 1, soft: [] })
    const yearEnd = m[0].indexOf('年')
    const soft = /^\d{4}年/.test(m[0]) && yearEnd > 0 ? [yearEnd + 1] : []
    units.push({ start: s, end: e, soft })
    at = e
  }
  for (; at < chars.length; at++) units.push({ start: at, end: at + 1, soft: [] })
  return units
}

function split(u: Unit): Unit[] {
  const cuts = u.soft.length ? [0, ...u.soft, u.end - u.start] : [...Array(u.end - u.start + 1).keys()]
  const out: Unit[] = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    out.push({ start: u.start + cuts[k], end: u.start + cuts[k + 1], soft: [] })
  }
  return out
}

export interface BreakOptions {
  width: number
  firstIndent: number
  restIndent: number
  spacing: number // grid spacing per character (BODY_SPACING for body text)
  justify: boolean
}

export interface BrokenLine {
  chars: SChar[]
  indent: number
  spacing: number
}

const EPS = 0.01

/** Breaks styled characters into lines; full lines are justified to end at the right edge. */
export function breakLines(chars: SChar[], o: BreakOptions): BrokenLine[] {
  const units = unitsOf(chars)
  const uw = (u: Unit): number => {
    let w = 0
    for (let k = u.start; k < u.end; k++) w += chars[k].w + o.spacing
    return w
  }
  const lines: BrokenLine[] = []
  let i = 0
  while (i < units.length) {
    const indent = lines.length === 0 ? o.firstIndent : o.restIndent
    const avail = o.width - indent
    let w = 0
    let j = i
    while (j < units.length && w + uw(units[j]) <= avail + EPS) w += uw(units[j++])
    if (j === units.length) {
      lines.push(makeLine(chars, units[i].start, chars.length, indent, avail, o, false))
      break
    }
    const next = units[j]
    const loose = avail - w > 3 * (chars[next.start].w + o.spacing)
    if (next.end - next.start > 1 && (j === i || (loose && next.soft.length > 0))) {
      units.splice(j, 1, ...split(next))
      continue
    }
    j = settleBreak(chars, units, i, j, w, avail, uw)
    lines.push(makeLine(chars, units[i].start, units[j - 1].end, indent, avail, o, true))
    i = j
  }
  return lines
}

/** Applies 禁则 at a break before unit j: squeeze one closing mark in, or push units down. */
function settleBreak(
  chars: SChar[],
  units: Unit[],
  i: number,
  j: number,
  w: number,
  avail: number,
  uw: (u: Unit) => number,
): number {
  const first = (u: Unit): string => chars[u.start].ch
  const last = (u: Unit): string => chars[u.end - 1].ch
  const nextStarts = (k: number): boolean => k < units.length && NO_START.has(first(units[k]))
  const next = units[j]
  const squeezable = next.end - next.start === 1 && w + uw(next) <= avail + 0.75 * uw(next)
  if (NO_START.has(first(next)) && squeezable && !nextStarts(j + 1)) j++
  while (j > i + 1 && nextStarts(j)) j--
  while (j > i + 1 && NO_END.has(last(units[j - 1]))) j--
  return j
}

function makeLine(
  chars: SChar[],
  from: number,
  to: number,
  indent: number,
  avail: number,
  o: BreakOptions,
  full: boolean,
): BrokenLine {
  const slice = chars.slice(from, to)
  let spacing = o.spacing
  if (full && o.justify && slice.length > 1) {
    const natural = slice.reduce((s, c) => s + c.w, 0)
    spacing = (avail - natural) / (slice.length - 1)
  }
  return { chars: slice, indent, spacing }
}

/** Visible width of a line: last glyph's right edge minus the first's left edge. */
export function lineWidth(line: BrokenLine): number {
  const n = line.chars.length
  return line.chars.reduce((s, c) => s + c.w, 0) + Math.max(0, n - 1) * line.spacing
}

/** Turns a line into runs (one per font change), starting at x on baseline y. */
export function lineRuns(line: BrokenLine, x: number, y: number, size: number): Run[] {
  const runs: Run[] = []
  let cx = x
  for (const c of line.chars) {
    const prev = runs[runs.length - 1]
    if (prev && prev.font === c.font) prev.text += c.ch
    else runs.push({ x: cx, y, text: c.ch, font: c.font, size, charSpacing: line.spacing })
    cx += c.w + line.spacing
  }
  return runs
}
