// A 栏目 banner ('【国务院办公厅函件】') set in the right column, where the last document ended,
// while the left column runs on past it. The text as written cuts a page's run of column lines at
// such a banner as at one set across the page (text-columns.ts headingAcross), so the page reads
// band by band: the left column above it, the right column above it, the banner, then each column
// under it. That reading goes wrong where the left column opens a document under the banner's
// height that the right column's top goes on with: the right column above the banner then reads
// as a piece of a document that never started (no title, no 文号), closed by its signature and date
// before its title. A band over a banner set across the page cannot read so: each column of it
// goes on from the text above it, and a document whose head is not in it has begun before it.
import { isBlank, type SourceLine } from './lines'
import type { Unit } from './text-joins'
import { parseDateLine } from './dates'
import { marksPublic } from './public-note'
import { docNumberOfLine, startsTitle } from './header'
import { isBodyHeading } from './sections'

/** A reading of a run of column lines: the left stream, a blank line, the right stream. */
type Streams = { left: string[]; right: string[] }

function streamsOf(seq: readonly string[]): Streams | null {
  const gap = seq.indexOf('')
  if (gap <= 0 || gap === seq.length - 1) return null
  return { left: seq.slice(0, gap), right: seq.slice(gap + 1) }
}

/** A document's last line: its date, or its 附注 that it is public. */
const closes = (text: string): boolean => parseDateLine(text) !== null || marksPublic(text)

/** A line a document's head opens with: its 文号, its title, or a 栏目 banner over it. */
const opens = (text: string): boolean => docNumberOfLine(text) !== null || startsTitle(text.trim()) || isBodyHeading(text)

const lastOf = (xs: readonly string[]): string => [...xs].reverse().find((t) => !isBlank(t)) ?? ''
const firstOf = (xs: readonly string[]): string => xs.find((t) => !isBlank(t)) ?? ''

/**
 * The page read down each column when the banner between two runs (`above`, `below`, each read as
 * two streams) stands in the right column: both streams above it end a document, the right one
 * without a head of its own, and the left stream under it opens one (its 文号 or title). Then the
 * right column's top is that document's rest: left above, left under, then the right column with
 * the banner in it. Null when the page may be read band by band.
 */
export function bannerInColumn(above: readonly string[], banner: string, below: readonly string[]): string[] | null {
  const a = streamsOf(above)
  const b = streamsOf(below)
  if (!a || !b) return null
  if (!closes(lastOf(a.left)) || !closes(lastOf(a.right))) return null
  if (opens(firstOf(a.right)) || a.right.some((t) => opens(t))) return null
  if (!opens(firstOf(b.left))) return null
  return [...a.left, ...b.left, '', ...a.right, banner, ...b.right]
}

/** The one line between two runs when it is a 栏目 banner (the runs were cut at it), else null. */
export function bannerBetween(lines: readonly SourceLine[], run: Unit[], next: Unit[]): number | null {
  let at: number | null = null
  for (let i = run[run.length - 1].line + 1; i < next[0].line; i++) {
    if (isBlank(lines[i].text)) continue
    if (at !== null || !isBodyHeading(lines[i].text)) return null
    at = i
  }
  return at
}
