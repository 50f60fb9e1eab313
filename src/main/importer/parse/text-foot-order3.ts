// The lines pdftotext writes after a three-column page's folio: the columns' lines it had not
// placed yet. It writes them bottom-up, a few pieces at a time (the right column's line, the
// middle one's, the left one's two), each such group a row or so above the one before, and a
// column's foot written as one long block after them in order. Read with those short pieces in
// reverse order, each column's lines come top down again.
import { isFolio } from './noise'
import type { Unit } from './text-joins'

/** A piece (lines the converter wrote together) of more lines than this is written in order: it ends the bottom-up part. */
const MAX_PIECE = 2
/** Fewer short pieces than this after the folio are left as they stand. */
const MIN_PIECES = 4

/**
 * The run's order (indices into it) with the short pieces after its last folio in reverse order,
 * the lines of each piece kept in theirs, and the index of the folio (the units up to it keep
 * their places); null where no such part follows a folio.
 */
export function footReversed(run: readonly Unit[]): { order: number[]; folio: number } | null {
  // The folio itself is page furniture, most often blanked before the run is read: the part
  // starts at the first line written after it (Unit.foot).
  let folio = run.findIndex((u) => u.foot) - 1
  run.forEach((u, k) => {
    if (isFolio(u.text)) folio = k
  })
  if (folio < 0) return null
  const pieces: number[][] = []
  let k = folio + 1
  while (k < run.length) {
    const piece = [k++]
    while (k < run.length && !run[k].blankBefore) piece.push(k++)
    if (piece.length > MAX_PIECE) {
      k = piece[0]
      break
    }
    pieces.push(piece)
  }
  if (pieces.length < MIN_PIECES) return null
  const order = run.slice(0, folio + 1).map((_, j) => j)
  for (const piece of pieces.reverse()) order.push(...piece)
  for (let j = k; j < run.length; j++) order.push(j)
  return { order, folio }
}
