// A document that starts inside a column of a three-column page: its 文号 alone on a line cuts the
// page's run of pieces in two (text-pieces3.ts pieceRuns: pdftotext writes the rest of the 文号's
// row first, then the title's block, so the title is not seen under it). Each run is read in three
// streams on its own; written one after the other, the other two columns' lines under the cut would
// follow the 文号 and fall into the new document. A person reads down each column across the cut:
// the left column's lines above it and under it, then the middle one's, then the right one's, the
// 文号 at the head of its column's part under the cut, over the title.
import { isBlank, type SourceLine } from './lines'
import { docNumberOfLine, startsTitle } from './header'
import type { Unit } from './text-joins'

/** A run of pieces as read: its reading in three streams (each column's units), or none. */
export interface ReadRun {
  run: Unit[]
  seq: string[] | null
  streams?: number[][]
}

/** The title under the 文号 opens its column's part within this many units of the run's head. */
const TITLE_WITHIN = 6

/**
 * The runs of a page part, two runs read in three streams and parted by a 文号 alone (no other
 * line between them) made one: each column's units above the cut, then under it, the 文号 at the
 * head of the column whose part under the cut opens with the title ('关于…'). Runs that are not
 * so parted stay as they are.
 */
export function stitchAcrossNumbers(lines: readonly SourceLine[], runs: readonly ReadRun[]): ReadRun[] {
  const out: ReadRun[] = []
  for (let j = 0; j < runs.length; j++) {
    const [a, b] = [out.length ? out[out.length - 1] : null, runs[j]]
    const joined = a ? stitched(lines, a, b) : null
    if (joined) out[out.length - 1] = joined
    else out.push(b)
  }
  return out
}

/** The 文号 alone between two runs of a page part (no other line between them): its line, or -1. */
export function numberBetween(lines: readonly SourceLine[], a: readonly Unit[], b: readonly Unit[]): number {
  const between: number[] = []
  for (let i = a[a.length - 1].line + 1; i < b[0].line; i++) if (!isBlank(lines[i].text)) between.push(i)
  if (between.length !== 1) return -1
  const t = lines[between[0]].text.trim()
  return /^[（(]/.test(t) || docNumberOfLine(t) === null ? -1 : between[0]
}

/** The two runs made one across the 文号 between them, or null. */
function stitched(lines: readonly SourceLine[], a: ReadRun, b: ReadRun): ReadRun | null {
  if (!a.seq || !b.seq || !a.streams || !b.streams) return null
  const line = numberBetween(lines, a.run, b.run)
  if (line < 0) return null
  const number = lines[line].text.trim()
  // The column the title opens under the cut: its first unit there, among the run's first rows.
  const title = b.run.findIndex((u, k) => k < TITLE_WITHIN && !u.mergedRight && startsTitle(u.text.trim()))
  if (title < 0) return null
  const x = b.streams.findIndex((s) => s[0] === title)
  if (x < 0) return null
  // The 文号 becomes a unit of the joined run, between the two runs' units.
  const run: Unit[] = [...a.run, { line, text: number, blankBefore: true, mergedRight: false }, ...b.run]
  const at = a.run.length
  const streams = [0, 1, 2].map((c) => [...(a.streams![c] ?? []), ...(c === x ? [at] : []), ...(b.streams![c] ?? []).map((k) => k + at + 1)])
  const seq: string[] = []
  for (const s of streams) {
    if (!s.length) continue
    if (seq.length) seq.push('')
    for (const k of s) seq.push(run[k].text)
  }
  return { run, seq, streams }
}
