// A page whose 栏目 banner, set across it, parts bands of different columns: three narrow columns
// above it (one section's documents run out), two wider ones below (the next section opens). The
// page's gutter is where most rows restart after a space, so the band of more rows draws it, and
// the other band, cut there, reads as neither column's: its title set across, its columns woven.
// Here each band is read at the gutter its own rows show, when no band's rows restart at the
// other's gutter (bands of one page in three columns share both gutters, whichever each shows).
import { bannerName } from './text-layout-banners'
import { findGutter, MIN_SIDE_ROWS, rowStarts, WINDOW } from './text-layout-rows'
import { tableStops } from './text-layout-tables'
import { MIN_ROWS } from './text-layout-runs'

/** Where the first gutter of three columns stands, as a share of the page's width; and where two columns' does. */
const THIRD = [0.25, 0.4]
const HALF = [0.4, 0.6]

/** Reads rows (and the rows kept in place) as a page's columns: null when they read as none. */
export type ReadBand = (rows: string[], keep: boolean[]) => string[] | null

/** Where a band's columns meet: its own gutter, or null when its rows show none (or too few rows). */
function bandGutter(rows: readonly string[], widest: number): number | null {
  const full = rows.filter((r) => r.trim() !== '')
  return full.length < MIN_ROWS ? null : findGutter(full, widest, tableStops(rows))
}

/** Rows that restart text at the gutter `at` (in the window findGutter counts from it). */
function restartsAt(rows: readonly string[], at: number): number {
  return rows.filter((r) => rowStarts(r).some((s) => s >= at && s < at + WINDOW)).length
}

/**
 * The page's rows read band by band, each band between banners at its own gutter; null when no
 * banner alone on its row parts bands of other columns (the page is read whole).
 */
export function readBannerBands(rows: readonly string[], keep: readonly boolean[], read: ReadBand): string[] | null {
  const banners = rows.flatMap((r, i) => (!keep[i] && r.trim() !== '' && bannerName(r) ? [i] : []))
  if (banners.length === 0) return null
  const widest = Math.max(...rows.map((r) => r.trimEnd().length))
  const cuts = [0, ...banners.flatMap((b) => [b, b + 1]), rows.length]
  const bands: [number, number][] = []
  for (let k = 0; k + 1 < cuts.length; k += 2) bands.push([cuts[k], cuts[k + 1]])
  const gutters = bands.map(([from, to]) => bandGutter(rows.slice(from, to), widest))
  // Two bands of their own gutters each: neither's rows restart at the other's, and they stand
  // where three columns' first gutter and two columns' stand (a third and a half across the page).
  // A band of two columns whose rows stair (a line and its neighbour's on rows apart) may show a
  // gutter a third in too, but the other band's then stands no half across.
  const share = (g: number): number => g / widest
  const apart = gutters.some((g, k) =>
    g !== null &&
    share(g) >= THIRD[0] && share(g) < THIRD[1] &&
    gutters.some((h, j) => h !== null && j !== k && share(h) >= HALF[0] && share(h) <= HALF[1] && restartsAt(rows.slice(...bands[j]), g) < MIN_SIDE_ROWS && restartsAt(rows.slice(...bands[k]), h) < MIN_SIDE_ROWS),
  )
  if (!apart) return null
  const out: string[] = []
  for (const [k, [from, to]] of bands.entries()) {
    if (k > 0) out.push(rows[from - 1])
    const band = rows.slice(from, to)
    out.push(...(read(band, keep.slice(from, to)) ?? band))
  }
  return out
}
