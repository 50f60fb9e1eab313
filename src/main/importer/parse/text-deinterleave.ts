// Two columns a converter wrote line by line across the page, each visual line its own block
// (left, blank, right, blank…): read as two columns again.
import { isBlank, type SourceLine } from './lines'
import { displayWidth, FULL_WITHIN, fullWidth, INDENT } from './text-widths'

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
