// Where a line's ink lies, not its glyph boxes: a full-width CJK bracket, quote or stop fills
// one half of its em and leaves the other blank. XeLaTeX's xeCJK sets a column's opening bracket
// or quote half an em out into a narrow gutter and the other column's closing stop runs half an em
// into it too, so the two lines' boxes touch across the gutter while their ink does not.
import type { Line, TextRun } from './pdf-lines'

// Ink in the right half of the em: opening brackets and quotes.
const OPENING = /^[（“‘《〈「『【〔［｛]/
// Ink in the left half: closing brackets and quotes, stops and commas.
const CLOSING = /[，。、；：！？）”’》〉」』】〕］｝]$/

function inked(run: TextRun): TextRun {
  const text = run.str.trim()
  // Only a run at least an em wide has full-width glyphs to trim.
  if (text === '' || run.width < run.size) return run
  const x0 = run.x + (OPENING.test(text) ? run.size / 2 : 0)
  const x1 = run.x + run.width - (CLOSING.test(text) ? run.size / 2 : 0)
  return x1 > x0 ? { ...run, x: x0, width: x1 - x0 } : run
}

/** The line with each run's box narrowed to its ink at a full-width bracket, quote or stop. */
export function punctInk(line: Line): Line {
  return { ...line, runs: line.runs.map(inked) }
}
