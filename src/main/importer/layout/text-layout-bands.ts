// A page's run of two columns set in bands: one document's columns ended, balanced, above the
// next one's, two blank rows or more between them. Each band is read by itself, left column first;
// where the columns flow on past the blank rows (a title's line spacing, a left column that closes
// a document beside a right one still running), the run stays one band.

import { bannerName, runsOnPast } from './text-layout-banners'
import { NUMBER_ROW } from './text-layout-heads'
import type { Row } from './text-layout-rows'
import { isMasthead } from './text-layout-runs'
import { closesDocument } from './text-layout-sections'

/**
 * A run cut where two blank rows or more cross both columns: a page set in bands (one document's
 * columns ended, balanced, above the next one's) is read band by band.
 */
export function bandsOf(run: readonly Row[], page: boolean): Row[][] {
  const bands: Row[][] = [[]]
  for (let i = 0; i < run.length; i++) {
    const gap = run[i].kind === 'blank' && run[i + 1]?.kind === 'blank'
    const last = bands[bands.length - 1]
    // A band opens at its left column's top (or under a 栏目's banner, or a 文号 flush right over
    // the next title): a gap under which the right column's text comes first (its title set
    // lower) lies inside the left column's paragraph.
    const at = run.findIndex((r, k) => k >= i && r.kind !== 'blank')
    const next = run[at]
    const rightFirst = page && next?.kind === 'right' && !bannerName(next.text) && !NUMBER_ROW.test(next.text.trim()) && !isMasthead(run, at)
    // Nor does one open where the right column runs on across the gap (a title's line spacing).
    if (gap && last.some((r) => r.kind !== 'blank') && !rightFirst && !runsOnPast(run, i) && !flowsOn(run, i)) bands.push([])
    bands[bands.length - 1].push(run[i])
  }
  return bands.filter((b) => b.some((r) => r.kind !== 'blank'))
}

/**
 * Whether the columns flow on past the blank rows at `i` (no band ends there): the left column's
 * last line above them closes a document while the right side's does not. Columns balanced over a
 * section end it in the right one (the left one's foot runs on into it); a left column that ends a
 * document beside a right one still running (a name list going on, rows of a page whose left
 * column a larger title set on other baselines) is one flow, read column by column.
 */
function flowsOn(run: readonly Row[], i: number): boolean {
  const left = (r: Row): string | null => (r.kind === 'left' ? r.text : r.kind === 'both' ? r.left : null)
  const right = (r: Row): string | null => (r.kind === 'right' ? r.text : r.kind === 'both' ? r.right : null)
  const lastOf = (side: (r: Row) => string | null): string | null => {
    for (let j = i - 1; j >= 0; j--) {
      const text = side(run[j])
      if (text !== null && text.trim() !== '') return text
    }
    return null
  }
  // The right side of a page of three holds two columns' lines: the rightmost one's is its last.
  const [l, r] = [lastOf(left), lastOf(right)?.trim().split(/ {3,}/).pop() ?? null]
  return l !== null && r !== null && closesDocument(l) && !closesDocument(r)
}

/** The rows from `start` to `end` cut where two blank rows or more stand (each gap kept with the band above it). */
export function gapBands(rows: readonly string[], start: number, end: number): [number, number][] {
  const bands: [number, number][] = []
  let from = start
  for (let i = start + 1; i < end; i++) {
    const opens = rows[i].trim() !== '' && rows[i - 1].trim() === '' && rows[i - 2]?.trim() === '' && i - 2 >= from
    if (opens && rows.slice(from, i).some((r) => r.trim() !== '')) {
      bands.push([from, i])
      from = i
    }
  }
  bands.push([from, end])
  return bands
}
