// Hard-wrapped text (pdftotext without geometry): which lines run to the text's full width.
// A person reading such text sees the body's usual line length; a line that reaches it was wrapped
// by the typesetter, and one clearly shorter ends its paragraph. Text written one paragraph per
// line (the sample) has no such usual length, and then nothing is known from the lengths.
import type { Edge } from './geometry'
import { isBlank, type SourceLine } from './lines'

/** Lines narrower than this (display columns) are headings, numbers and names, not body lines. */
const MIN_BODY = 20
/** A wrapped line may stop short of the full width by this much (a pulled-back character, digits). */
const FULL_WITHIN = 3
/** A paragraph's first line is indented two ems (公文): four columns short of the full width. */
const INDENT = 4
/** A line ending this much short of the full width ends its paragraph. */
const SHORT_BY = 10
/** Share of body-wide lines that must sit at the usual length for the text to count as hard-wrapped. */
const MIN_SHARE = 0.3
const MIN_LINES = 8

/** Display width: CJK and full-width forms take two columns; spaces (layout padding) none. */
export function displayWidth(s: string): number {
  let w = 0
  for (const c of s) {
    if (c === ' ' || c === '\u00a0' || c === '\t') continue
    const code = c.codePointAt(0) ?? 0
    w += code >= 0x2e80 || (code >= 0x2010 && code <= 0x2027) ? 2 : 1
  }
  return w
}

/**
 * The full line width of a hard-wrapped text: the commonest width of body-wide lines, or null when
 * too few lines sit near it (within FULL_WITHIN) for the text to be wrapped at a width (one
 * paragraph per line, as the sample is written).
 */
export function fullWidth(widths: readonly number[]): number | null {
  const body = widths.filter((w) => w >= MIN_BODY)
  if (body.length < MIN_LINES) return null
  const count = new Map<number, number>()
  for (const w of body) count.set(w, (count.get(w) ?? 0) + 1)
  let mode = 0
  for (const [w, n] of count) if (n > (count.get(mode) ?? 0) || (n === count.get(mode) && w > mode)) mode = w
  let near = 0
  for (let d = -1; d <= FULL_WITHIN; d++) near += count.get(mode - d) ?? 0
  return near >= MIN_SHARE * body.length && near >= MIN_LINES ? mode : null
}

/** Where a line of width `w` stops, against the full width. */
function edgeOf(w: number, full: number): Edge {
  if (w >= full - FULL_WITHIN) return 'full'
  if (w >= full - INDENT - 1 && w <= full - INDENT) return 'indented'
  return w <= full - SHORT_BY ? 'short' : 'unknown'
}

/**
 * For each line without page layout, whether it runs to the text's full width ('full'), to the
 * full width less a first-line indent ('indented': it starts a paragraph after a full stop, and
 * runs full otherwise), stops clearly short of it ('short'), or neither. Empty when the text is not hard-wrapped, or when
 * the reader gave layout (the PDF's geometry decides there).
 */
export function textEdges(lines: readonly SourceLine[]): Map<number, Edge> {
  const out = new Map<number, Edge>()
  if (lines.some((l) => l.layout)) return out
  const body = lines.filter((l) => !isBlank(l.text))
  const full = fullWidth(body.map((l) => displayWidth(l.text)))
  if (full === null) return out
  for (const l of body) out.set(l.no, edgeOf(displayWidth(l.text), full))
  return out
}

/** Lines in a row that must alternate (line, blank, line…) before they are read as two columns. */
const MIN_RUN = 6
/** Share of a run's lines that must be column-wide. */
const RUN_FULL_SHARE = 0.7

/**
 * A converter that met a two-column page may write it line by line across the columns, each
 * visual line its own block: left, blank, right, blank, left… Where a hard-wrapped text shows a
 * long run of such single column-wide lines, the run is read as two columns: every other line
 * first, then the rest, so each column's sentences come together again. Other lines stay.
 */
export function deinterleave(lines: readonly SourceLine[]): SourceLine[] {
  if (lines.some((l) => l.layout)) return [...lines]
  const full = fullWidth(lines.filter((l) => !isBlank(l.text)).map((l) => displayWidth(l.text)))
  if (full === null) return [...lines]
  const out: SourceLine[] = []
  let i = 0
  while (i < lines.length) {
    const run = alternatingRun(lines, i)
    const wide = run.filter((k) => displayWidth(lines[k].text) >= full - FULL_WITHIN - INDENT - 1).length
    if (run.length >= MIN_RUN && wide >= RUN_FULL_SHARE * run.length) {
      const blank = { no: lines[run[0]].no, text: '' }
      out.push(...run.filter((_, k) => k % 2 === 0).map((k) => lines[k]), blank)
      out.push(...run.filter((_, k) => k % 2 === 1).map((k) => lines[k]), blank)
      i = run[run.length - 1] + 1
    } else {
      // Past the whole run at once: rescanning it from each of its lines was quadratic.
      const end = run.length ? run[run.length - 1] + 1 : i + 1
      out.push(...lines.slice(i, end))
      i = end
    }
  }
  return out
}

/** Indexes of the lines from `i` on that stand alone, each one blank line after the last. */
function alternatingRun(lines: readonly SourceLine[], i: number): number[] {
  const run: number[] = []
  const alone = (k: number): boolean =>
    k < lines.length && !isBlank(lines[k].text) && (k === 0 || isBlank(lines[k - 1].text) || k === i) &&
    (k + 1 >= lines.length || isBlank(lines[k + 1].text))
  for (let k = i; alone(k); k += 2) {
    run.push(k)
    if (k + 1 < lines.length && k + 2 < lines.length && isBlank(lines[k + 2].text)) break
  }
  return run
}
