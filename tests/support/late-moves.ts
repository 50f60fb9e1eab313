// The lines a tuning text's two-column runs move back up, page by page (the plain pages, as
// text-streams.ts cuts them): for the tests of the passes that move a line written late
// (text-title-late.ts, text-end-late.ts).
import { isBlank, splitLines } from '../../src/main/importer/parse/lines'
import { blankFurniture, pageStarts } from '../../src/main/importer/parse/text-pages'
import { joinLinePieces } from '../../src/main/importer/parse/text-line-pieces'
import { countBigrams } from '../../src/main/importer/parse/text-bigrams'
import { runsOf } from '../../src/main/importer/parse/text-streams'
import { twoStreams } from '../../src/main/importer/parse/text-two-streams'
import { pageWidths } from '../../src/main/importer/parse/text-page-widths'
import type { JoinContext, Unit } from '../../src/main/importer/parse/text-joins'
import { typesetText } from './typeset-files'

type Reading = NonNullable<ReturnType<typeof twoStreams>>
/** A pass: the run with a line moved, or null; `read` reads a run as the two streams do. */
export type LateMove = (run: Unit[], ctx: JoinContext, read: Reading, again: (r: Unit[]) => Reading | null) => { run: Unit[] } | null

/** [page, the line moved] for each run of the tuning layout's plain text that `move` changes. */
export function movesIn(layout: string, move: LateMove): [number, string][] {
  const lines = joinLinePieces(blankFurniture(splitLines(typesetText(layout)), 0), 0)
  const starts = pageStarts(lines)
  const fullAt = pageWidths(lines, 0)!
  const grams = countBigrams(lines.filter((l) => !isBlank(l.text)).map((l) => l.text))
  const moves: [number, string][] = []
  starts.forEach((start, p) => {
    const ctx = { full: fullAt(start), grams }
    for (const run of runsOf(lines, start, starts[p + 1] ?? lines.length, ctx.full)) {
      const read = run.length >= 4 ? twoStreams(run, ctx) : null
      const late = read && move(run, ctx, read, (r) => twoStreams(r, ctx))
      if (late) moves.push([p + 1, late.run.find((u, k) => u.line !== run[k].line)!.text.trim()])
    }
  })
  return moves
}
