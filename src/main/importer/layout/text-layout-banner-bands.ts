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

/** Where the second gutter of three columns stands, as a share of the page's width. */
const TWO_THIRDS = [0.55, 0.75]

/**
 * A band's first gutter of three columns: its own gutter, or, where that stands two thirds across
 * (rows of three columns restart as often at the second gutter as at the first: prov-3col-replies
 * page 6), the gutter its rows show left of it.
 */
function firstOfThree(rows: readonly string[], gutter: number | null, widest: number): number | null {
  if (gutter === null || gutter / widest < TWO_THIRDS[0] || gutter / widest >= TWO_THIRDS[1]) return gutter
  return findGutter(rows.filter((r) => r.trim() !== ''), widest, tableStops(rows), gutter)
}

/** Rows that restart text at the gutter `at` (in the window findGutter counts from it). */
function restartsAt(rows: readonly string[], at: number): number {
  return rows.filter((r) => rowStarts(r).some((s) => s >= at && s < at + WINDOW)).length
}

/** A band of the page's rows, from `from` to `to`; a banner's row is a band of its own, read as it stands. */
interface Band {
  from: number
  to: number
  banner: boolean
}

/**
 * The page cut into bands: at each banner alone on its row, and where two blank rows or more
 * stand over text (a head set across between bands of columns, or a band closed above the next).
 */
function bandsOf(rows: readonly string[], keep: readonly boolean[]): Band[] {
  const bands: Band[] = []
  let from = 0
  const close = (to: number): void => {
    if (to > from) bands.push({ from, to, banner: false })
    from = to
  }
  for (let i = 0; i < rows.length; i++) {
    const text = rows[i].trim() !== ''
    if (text && !keep[i] && bannerName(rows[i])) {
      close(i)
      bands.push({ from: i, to: i + 1, banner: true })
      from = i + 1
    } else if (text && i >= 2 && rows[i - 1].trim() === '' && rows[i - 2].trim() === '' && rows.slice(from, i).some((r, k) => r.trim() !== '' && !keep[from + k])) close(i)
  }
  close(rows.length)
  return bands
}

/**
 * The page's rows read band by band, each band at its own gutter; null when no two bands show
 * gutters of their own (the page is read whole). A band that shows none stands as it is.
 */
export function readBannerBands(rows: readonly string[], keep: readonly boolean[], read: ReadBand): string[] | null {
  const bands = bandsOf(rows, keep)
  if (bands.length < 2) return null
  const widest = Math.max(...rows.map((r) => r.trimEnd().length))
  const slice = (b: Band): string[] => rows.slice(b.from, b.to)
  const gutters = bands.map((b) => (b.banner ? null : bandGutter(slice(b), widest)))
  // Two bands of their own gutters each: neither's rows restart at the other's, and they stand
  // where three columns' first gutter and two columns' stand (a third and a half across the page).
  // A band of two columns whose rows stair (a line and its neighbour's on rows apart) may show a
  // gutter a third in too, but the other band's then stands no half across.
  const share = (g: number): number => g / widest
  const inside = (g: number | null, [from, to]: readonly number[]): g is number => g !== null && share(g) >= from && share(g) < to
  const firsts = bands.map((b, k) => firstOfThree(slice(b), gutters[k], widest))
  const apart = firsts.some((g, k) =>
    inside(g, THIRD) &&
    gutters.some((h, j) => j !== k && inside(h, HALF) && restartsAt(slice(bands[j]), g) < MIN_SIDE_ROWS && restartsAt(slice(bands[k]), h) < MIN_SIDE_ROWS),
  )
  if (!apart) return null
  // A running head set at both ends of its row is two pieces of furniture, as the page read whole has them.
  const standing = (b: Band): string[] => slice(b).flatMap((r, k) => (keep[b.from + k] ? r.trim().split(/ {3,}/) : [r]))
  return bands.flatMap((b, k) => (gutters[k] === null ? standing(b) : (read(slice(b), keep.slice(b.from, b.to)) ?? standing(b))))
}
