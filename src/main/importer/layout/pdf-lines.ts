// Rebuilds visual lines from positioned PDF text runs (pure: no pdf.js here).
import { hangsUnderLabel, joinWrapped, wrapsInto, type Margins } from './pdf-reflow'

/** One run of text as placed on the page: baseline origin (PDF units, y upwards) and size. */
export interface TextRun {
  str: string
  x: number
  y: number
  width: number
  size: number
  /** Key of the run's font (pdf.js's loadedName), for typography. */
  font?: string
  /** The run starts a cell of a list's column close to the run before it (cell-stops.ts): a space between them. */
  cell?: boolean
}

/** Runs sharing one baseline, left to right. */
export interface Line {
  y: number
  size: number
  runs: TextRun[]
}

// Baselines closer than this share of the font size are one line (sub/superscripts aside).
const SAME_LINE = 0.4
// A horizontal gap wider than this share of the font size separates words.
const WORD_GAP = 0.25
// Between two CJK characters only a wider gap is a printed space (a name-list's 'name post',
// letter-spaced '王 宇'); pdf.js's 0.2 em runs around digits are kerning, not spaces.
const CJK_GAP = 0.4
// A vertical step this many times the usual line pitch marks a paragraph gap.
const PARAGRAPH_GAP = 1.6

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u

/** A rebuilt line with its horizontal extent, for the reflow of hard-wrapped paragraphs. */
export interface PageLine {
  text: string
  x0: number
  x1: number
  size: number
  /** Width of the first unbreakable unit (a CJK character, a Latin word or number). */
  lead: number
  /** A paragraph gap (wide vertical step) comes before this line. */
  gapBefore: boolean
  /** Distance from the previous line's baseline (0 for a page's first line). */
  step: number
  /** Baseline (PDF units, y upwards). */
  y?: number
  /** The font most of the line's characters are set in (a TextRun's `font`). */
  font?: string
}

/** Lines of one page with their geometry, top to bottom; blank lines are left out. */
export function pageLines(runs: TextRun[]): PageLine[] {
  const lines = groupLines(dropDuplicates(runs.filter((r) => r.str.length > 0)))
  const pitch = linePitch(lines)
  const out: PageLine[] = []
  lines.forEach((line, i) => {
    const text = joinRuns(line.runs)
    if (text.trim() === '') return
    const prev = lines[i - 1]
    const step = prev ? prev.y - line.y : 0
    const gapBefore = prev !== undefined && out.length > 0 && step > pitch * PARAGRAPH_GAP
    const inked = line.runs.filter((r) => r.str.trim() !== '')
    const x0 = Math.min(...inked.map((r) => r.x))
    const x1 = Math.max(...inked.map((r) => r.x + r.width))
    const lead = leadWidth(inked[0], text)
    out.push({ text, x0, x1, size: line.size, lead, gapBefore, step, y: line.y, font: mainFont(inked) })
  })
  return out
}

/**
 * Lines of one page, top to bottom; an empty string stands for a paragraph gap.
 * Runs are grouped by baseline, so text drawn out of order still lands on its line.
 * With the text block's `margins`, a line that runs to the right margin is joined with the
 * next one starting at the left margin: the PDF wrapped it, the author did not break it.
 */
export function buildPageLines(runs: TextRun[], margins?: Margins | null): string[] {
  return linesToText(pageLines(runs), margins)
}

/** buildPageLines' second half, for callers that measured the margins over all pages first. */
export function linesToText(lines: PageLine[], margins?: Margins | null): string[] {
  return reflowLines(lines, margins).flatMap((p) => (p.gapBefore ? ['', p.text] : [p.text]))
}

/** A line of text after the reflow: visual lines the PDF wrapped, joined again. */
export interface Reflowed {
  text: string
  first: PageLine
  last: PageLine
  parts: number
  /** A paragraph gap comes before it (an empty line in the text). */
  gapBefore: boolean
}

/**
 * Visual lines joined where the PDF wrapped them: a line that runs to the right margin is joined
 * with the next one starting at the left margin (see wrapsInto).
 */
export function reflowLines(lines: PageLine[], margins?: Margins | null): Reflowed[] {
  const out: Reflowed[] = []
  lines.forEach((line, i) => {
    const prev = lines[i - 1]
    const last = out[out.length - 1]
    if (last && !line.gapBefore && margins && (wrapsInto(prev, line, margins) || hangsUnderLabel(last.first, prev, line, margins))) {
      last.text = joinWrapped(last.text, line.text)
      last.last = line
      last.parts++
    } else {
      out.push({ text: line.text, first: line, last: line, parts: 1, gapBefore: line.gapBefore && out.length > 0 })
    }
  })
  return out
}

const HANZI = /[\u3400-\u9fff]/u
const HANZI_ALL = /[\u3400-\u9fff]/gu

/**
 * The font that sets most of the characters: of the hanzi when the line has any (a title's wrapped
 * line '（2021-2035）的批复' is set in its hanzi's face, not the Latin face of its digits).
 */
function mainFont(runs: TextRun[]): string | undefined {
  const count = new Map<string, number>()
  const hanzi = runs.some((r) => r.font && HANZI.test(r.str))
  const weight = (s: string): number => (hanzi ? (s.match(HANZI_ALL)?.length ?? 0) : s.length)
  for (const r of runs) if (r.font) count.set(r.font, (count.get(r.font) ?? 0) + weight(r.str))
  let best: string | undefined
  for (const [font, n] of count) if (best === undefined || n > (count.get(best) ?? 0)) best = font
  return best
}

// Punctuation no line may start with: the character before it moves down with it (禁则).
const NO_LINE_START = /^[、，。；：！？）」』”’》〕】,.;:!?)]/
// Opening brackets and quotes may not end a line (the typesetter carries them over with what they open).
const NO_LINE_END = /^[（「『“‘《〔【(\[]/

/**
 * The first run's leading Latin word or number, else its first character — with the
 * punctuation that must follow it onto the line ('金，') — by average width.
 */
function leadWidth(run: TextRun | undefined, text: string): number {
  if (!run) return 0
  const chars = [...run.str]
  // A mark that may not start a line keeps the character before it; one that may not end a line
  // (an opening bracket or quote) keeps the character after it.
  const [first = '', second = ''] = [...text.trimStart()]
  const unit = /^[A-Za-z0-9.,%]+/.exec(run.str)?.[0].length ?? (NO_LINE_START.test(second) || NO_LINE_END.test(first) ? 2 : 1)
  return (run.width / Math.max(1, chars.length)) * unit
}

/** Pages joined with a line holding only a form feed, as the parser expects page ends. */
export function joinPages(pages: string[][]): string {
  return pages.map((lines) => lines.join('\n')).join('\n\f\n')
}

// Some producers fake bold by drawing the same text twice, a hair apart.
export function dropDuplicates(runs: TextRun[]): TextRun[] {
  const seen = new Set<string>()
  return runs.filter((r) => {
    if (r.str.trim() === '') return true
    const key = `${r.str}@${Math.round(r.x)},${Math.round(r.y)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

// Runs starting closer than this share of the font size start at the same place: a punctuation
// mark kerned to nothing ('、《', '》《' as XeLaTeX squeezes them) and the run after it. The order
// they were drawn in tells which comes first.
const SAME_X = 0.1

/** Runs grouped by baseline, top to bottom (runs may come in any order). */
export function groupLines(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: Line[] = []
  for (const run of sorted) {
    const line = lines[lines.length - 1]
    const tolerance = Math.max(1, SAME_LINE * Math.max(run.size, line?.size ?? 0))
    if (line && Math.abs(line.y - run.y) <= tolerance) {
      line.runs.push(run)
      line.size = Math.max(line.size, run.size)
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] })
    }
  }
  const order = new Map(runs.map((r, i) => [r, i]))
  for (const line of lines) {
    line.runs.sort((a, b) => (Math.abs(a.x - b.x) < SAME_X * Math.min(a.size, b.size) ? (order.get(a) ?? 0) - (order.get(b) ?? 0) : a.x - b.x))
    line.runs = placeInsets(line.runs)
  }
  return lines
}

// A run this many characters long or less can stand in another's blank (a glyph of a fallback font).
const INSET_CHARS = 2
const WIDE_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u

/**
 * Runs set inside another run's blank, put in their place. A glyph the typesetter took from a
 * fallback font (a curly quote beside CJK text, LibreOffice) comes from pdf.js as its own run,
 * while the text around it is one run with a space where it stands ('制 两' and '“' at the
 * space): sorted by x, the quote would follow the whole run. The run is cut at that space.
 */
function placeInsets(runs: TextRun[]): TextRun[] {
  let out = runs
  for (let guard = 0; guard < 20; guard++) {
    const found = findInset(out)
    if (!found) return out
    const [k, guest] = found
    const host = out[k]
    const cut = spaceAt(host, guest.x)
    if (cut < 0) return out
    const chars = [...host.str]
    const left = { ...host, str: chars.slice(0, cut).join(''), width: guest.x - host.x }
    const right = { ...host, str: chars.slice(cut + 1).join(''), x: guest.x + guest.width, width: Math.max(0, host.x + host.width - guest.x - guest.width) }
    out = [...out.slice(0, k), left, right, ...out.slice(k + 1)].sort((a, b) => a.x - b.x)
  }
  return out
}

/** The first run with a blank that holds a later run (runs sorted by x: only those starting inside it are looked at). */
function findInset(runs: TextRun[]): [number, TextRun] | null {
  for (let i = 0; i + 1 < runs.length; i++) {
    const host = runs[i]
    if (!/\S\s\S/.test(host.str)) continue
    for (let j = i + 1; j < runs.length && runs[j].x < host.x + host.width; j++) if (inset(host, runs[j])) return [i, runs[j]]
  }
  return null
}

/** Whether `r` is a short run standing strictly inside `host`'s extent. */
function inset(host: TextRun, r: TextRun): boolean {
  const n = [...r.str.trim()].length
  return n > 0 && n <= INSET_CHARS && r.x > host.x + 1 && r.x + r.width < host.x + host.width - 1
}

/** The index of the space in `host` whose estimated place is nearest x (-1 if none is near). */
function spaceAt(host: TextRun, x: number): number {
  const chars = [...host.str]
  let at = host.x
  let best = -1
  let dist = Infinity
  chars.forEach((c, i) => {
    if (/\s/.test(c) && Math.abs(at - x) < dist) [best, dist] = [i, Math.abs(at - x)]
    at += (WIDE_CHAR.test(c) ? 1 : 0.5) * host.size
  })
  return dist <= host.size ? best : -1
}

/** The usual distance between baselines: the median step, or 1.5× the font size if too few. */
function linePitch(lines: Line[]): number {
  const steps = lines
    .slice(1)
    .map((line, i) => lines[i].y - line.y)
    .filter((d) => d > 0)
    .sort((a, b) => a - b)
  if (steps.length < 3) {
    const sizes = lines.map((l) => l.size).sort((a, b) => a - b)
    return 1.5 * (sizes[Math.floor(sizes.length / 2)] || 10)
  }
  return steps[Math.floor(steps.length / 2)]
}

// A blank this many ems wide on one baseline is written as two spaces: a 目录's page set apart
// from its title by leaders drawn as a rule ('…的通知  7'), as pdftotext's text keeps it apart.
const WIDE_GAP = 5

// pdf.js adds whitespace runs for small gaps too (0.2 em between a digit and 号); spacing is
// decided here from the geometry alone, so those runs are skipped.
export function joinRuns(runs: TextRun[]): string {
  let out = ''
  let end = -Infinity
  for (const run of runs) {
    if (run.str.trim() === '') continue
    const gap = run.x - end
    if (out && ((gap > WORD_GAP * run.size && needsSpace(out, run.str, gap / run.size)) || (run.cell && !/\s$/.test(out)))) out += gap > WIDE_GAP * run.size ? '  ' : ' '
    out += run.str
    end = Math.max(end, run.x + run.width)
  }
  return trimEndKeepingTabs(out)
}

// A run of this many glyphs or more, each one space apart, is a line spread glyph by glyph.
const MIN_SPREAD_GLYPHS = 5
const SPREAD_RUN = new RegExp(`^\\S( \\S){${MIN_SPREAD_GLYPHS - 1},}$`, 'u')

/**
 * A justified line written glyph by glyph (方正 typesetters place every character at its own x,
 * spreading a line's glyphs to the column's width) reaches us as one run from pdf.js with a space
 * put in every blank wider than its tracking threshold: '一 、 同 意 将'. In Chinese that blank is
 * justification, not a space: a run of mostly CJK glyphs each one space apart loses its spaces.
 * A name list's '高 潮 县政府办副主任' (glyphs touching elsewhere) keeps them.
 */
export function unspread(str: string): string {
  if (!SPREAD_RUN.test(str)) return str
  const glyphs = str.replace(/ /g, '')
  const cjk = [...glyphs].filter((c) => CJK.test(c)).length
  return cjk * 2 >= glyphs.length ? glyphs : str
}

// A table row's empty cells at its end are tabs (table-rows.ts): trailing spaces go, tabs stay.
function trimEndKeepingTabs(s: string): string {
  let end = s.length
  while (end > 0 && s[end - 1] !== '\t' && /\s/.test(s[end - 1])) end--
  return s.slice(0, end)
}

// No space next to existing whitespace; between two CJK characters (Chinese has no word
// spaces) only for a gap of CJK_GAP or more.
function needsSpace(before: string, after: string, gapEm: number): boolean {
  const last = before[before.length - 1]
  const first = after[0]
  if (/\s/.test(last) || /\s/.test(first)) return false
  return !(CJK.test(last) && CJK.test(first)) || gapEm >= CJK_GAP
}
