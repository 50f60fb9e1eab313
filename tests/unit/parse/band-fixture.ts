// A typeset text as the band reader (text-band-streams.ts) takes one of its pages: the text's full
// width and pair counts, a page's lines and their longest run of units, and the order a reading
// puts the lines in.
import { expect } from 'vitest'
import { splitLines, type SourceLine } from '../../../src/main/importer/parse/lines'
import { runsOf } from '../../../src/main/importer/parse/text-streams'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { pageWidths } from '../../../src/main/importer/parse/text-page-widths'
import type { Unit } from '../../../src/main/importer/parse/text-joins'

export interface BandText {
  ctx: { full: number; grams: ReturnType<typeof countBigrams> }
  /** The text's lines `from` to `to` (0-based, `to` excluded), as the parser splits them. */
  page: (from: number, to: number) => SourceLine[]
  /** The longest run of units in these lines (the page's columns written line by line). */
  longest: (lines: SourceLine[]) => Unit[]
}

export function bandText(file: string): BandText {
  const full = pageWidths(splitLines(file), 0)!(0)
  return {
    ctx: { full, grams: countBigrams(file.split('\n').filter((l) => l.trim() !== '')) },
    page: (from, to) => splitLines(file.split('\n').slice(from, to).join('\n')),
    longest: (lines) => runsOf(lines, 0, lines.length, full).reduce((a, b) => (b.length > a.length ? b : a)),
  }
}

/** A reading's lines with text, and `after(a, b)`: the line after the one starting `a` starts `b`. */
export function readOrder(read: string[] | null): { seq: string[]; after: (a: string, b: string) => void } {
  expect(read).not.toBeNull()
  const seq = read!.filter((t) => t.trim() !== '')
  return { seq, after: (a, b) => expect(seq[seq.findIndex((t) => t.startsWith(a)) + 1]).toMatch(new RegExp('^' + b)) }
}

/**
 * For a reading that puts a run's units in streams (three columns: threeStreams): the text of the
 * unit after the one starting `start`, in that one's stream ('' when none).
 */
export function nextInStream(run: { text: string }[], streams: number[][] | undefined): (start: string) => string {
  return (start) => {
    const seq = streams?.find((s) => s.some((k) => run[k].text.startsWith(start))) ?? []
    return run[seq[seq.findIndex((k) => run[k].text.startsWith(start)) + 1]]?.text ?? ''
  }
}
