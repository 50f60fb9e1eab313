// Plain text (pdftotext's default mode) of a page whose band of three columns has gutters one em
// wide: where a column's line is full, pdftotext writes it and the next column's line on one row,
// one space apart, so a row holds one, two or all three columns' lines (text-joined-three.ts finds
// the columns' width and cuts such rows where the widths add up). A row does not say which columns
// its lines are (two lines may be the left and middle or the middle and right): each goes to the
// column it reads on in best, by the costs a column's next line has against its line before
// (text-joined-assign.ts linkCost). A page set in one column whose lines or figures happen to cut
// into three column-wide parts (a table of figures, full lines of prose) is no such page.
import { FULL_ABOVE, FULL_BELOW, cells, closingCost, linkCost } from './text-joined-assign'
import { slotOf } from './text-joined-columns'
import { threeColumnWidth, threeCut } from './text-joined-three'
import { isFolio } from '../parse/noise'
import { bracketCost } from './text-brackets'

/** Rows of three columns joined a band must hold (as many as the page needs to show the columns' width: text-joined-three.ts). */
const MIN_BAND_JOINED = 3
/** Rows of three a band under another on the page must hold. */
const MIN_BELOW_JOINED = 2

/** A row of the band: its column lines, one to three, in the order the row gives them. */
interface Row3 {
  parts: string[]
  /** One of two parts set in a larger type (a title inside a column): its width does not tell. */
  larger: boolean
  /** The row stands right under the row before it (no blank row between): one block of pdftotext's. */
  tight: boolean
}

/** Which columns (0 left, 1 middle, 2 right) a row's parts may take, by their count. */
const PLACES: Record<number, number[][]> = {
  1: [[0], [1], [2]],
  2: [[0, 1], [1, 2], [0, 2]],
  3: [[0, 1, 2]],
}
/** A row of two parts that skips the middle column: the two outer columns' lines on one baseline, the middle's not. */
const SKIPS_MIDDLE = 0.5
/** A lone row under a lone row with no blank row between, in another column: pdftotext writes a column's lines as one block. */
const BLOCK_SWITCH = 0.6
/** A lone row given to the column the lone row above went to, with a blank row between (rows take turns). */
const TWICE = 0.3
const BEAM = 48
/** A column opened while a column left of it has no line yet: the band's first lines are the left column's top. */
const OPENS_EARLY = 0.5

interface State3 {
  last: [number, number, number]
  cost: number
  path: number[][]
}

/**
 * A band of rows of three columns (its rows: one line, or two or three joined at one space) read
 * column by column: the cheapest giving of each row's lines to columns, by the costs a column's
 * next line has against its line before (text-joined-assign.ts linkCost, and its brackets:
 * text-brackets.ts). Null when no reading.
 */
export function assignThree(rows: readonly Row3[], column: number, pairs: ReadonlyMap<string, number>): string[][] | null {
  let states: State3[] = [{ last: [-1, -1, -1], cost: 0, path: [] }]
  const text = (i: number, row: Row3 | undefined, path: number[][], c: number): string | null => {
    if (i < 0 || !row) return null
    const k = path[i].indexOf(c)
    return k < 0 ? null : row.parts[k]
  }
  rows.forEach((row, i) => {
    const out = new Map<string, State3>()
    for (const s of states) {
      for (const places of PLACES[row.parts.length]) {
        let cost = s.cost + (places.length === 2 && places[0] === 0 && places[1] === 2 ? SKIPS_MIDDLE : 0)
        const last: [number, number, number] = [...s.last]
        places.forEach((c, k) => {
          const prev = text(s.last[c], rows[s.last[c]], s.path, c)
          if (s.last[c] === -1 && s.last.slice(0, c).some((l, d) => l === -1 && !places.includes(d))) cost += OPENS_EARLY
          cost += linkCost(prev, row.parts[k], column, pairs, row.larger || rows[s.last[c]]?.larger === true)
          // A line closing a bracket goes on from its column's line that opened it (text-brackets.ts).
          if (prev !== null) cost += bracketCost(prev, row.parts[k])
          last[c] = i
        })
        // Rows one under the other in one block of pdftotext's begin in one column.
        if (row.tight && i > 0 && places[0] !== s.path[i - 1][0]) cost += BLOCK_SWITCH
        if (row.parts.length === 1 && i > 0 && rows[i - 1].parts.length === 1) {
          const before = s.path[i - 1][0]
          const c = places[0]
          if (!row.tight && c === before) {
            const prev = rows[i - 1].parts[0]
            cost += closingCost(prev, row.parts[0]) < 0 ? 0 : TWICE
          }
        }
        const key = last.join(',')
        const had = out.get(key)
        if (!had || cost < had.cost) out.set(key, { last, cost, path: [...s.path, places] })
      }
    }
    states = [...out.values()].sort((a, b) => a.cost - b.cost).slice(0, BEAM)
  })
  const best = states[0]
  if (!best) return null
  const columns: string[][] = [[], [], []]
  rows.forEach((row, i) => best.path[i].forEach((c, k) => columns[c].push(row.parts[k])))
  return columns
}

/** Rows a line set across the columns (a title) takes with it above, written as one block with it. */
const ACROSS_BLOCK = 2

/**
 * Where a band that a row set across the columns ends at `end` ends: above the rows written as one
 * block with that row (no blank row between: a 文号 over its title, a title's first lines), when
 * a blank row parts them from the band within ACROSS_BLOCK rows. pdftotext writes a title's block
 * apart; the columns' rows run on up to the blank row.
 */
function withAcross(rows: readonly string[], from: number, end: number): number {
  if (end >= rows.length || rows[end].trim() === '' || isFolio(rows[end])) return end
  for (let k = end - 1; k > from && k >= end - 1 - ACROSS_BLOCK; k--) if (rows[k].trim() === '') return k === end - 1 ? end : k
  return end
}

/** A row's lines by column, and whether a larger type set them (slotOf). */
interface Parts {
  parts: string[]
  larger: boolean
}

/** A row wider than a column line that cuts into none: set across the columns (a banner, a title, another band's row). */
function partsOf(row: string, column: number): Parts | null {
  const three = cells(row) > 2 * column ? threeCut(row, column) : null
  if (three) return { parts: [row.slice(0, three[0]), row.slice(three[0] + 1, three[1]), row.slice(three[1] + 1)], larger: false }
  const slot = slotOf(row, column)
  if (slot.kind === 'both') return { parts: [slot.left, slot.right], larger: slot.larger === true }
  if (cells(row) <= column + FULL_ABOVE) return { parts: [row], larger: false }
  const short = shortLeftCut(row, column)
  return short === null ? null : { parts: [row.slice(0, short), row.slice(short + 1)], larger: false }
}

/** A space between two ideographs or marks: within a column's line of prose pdftotext writes none. */
const IDEOGRAPHS_APART = /(?<=[^\x00-\x7e]) (?=[^\x00-\x7e])/

/**
 * Where a row of a column's line set short (a 文号, a paragraph's last line) and the next column's
 * full line, joined at one space, is cut: the one space that leaves a full line on the right
 * (nearest the column's width; a figure's own spaces leave it a few cells short) and a shorter one
 * on the left. Neither part holds a space between two ideographs: a line across the page naming
 * several bodies ('…保障局 兴县发展和改革局 兴县财政局关于印发') is no such row. Null when none.
 */
function shortLeftCut(row: string, column: number): number | null {
  let best: { at: number; miss: number } | null = null
  for (const m of row.matchAll(/(?<=\S) (?=\S)/g)) {
    const [left, right] = [row.slice(0, m.index), row.slice(m.index + 1)]
    const [wl, wr] = [cells(left), cells(right)]
    if (wl >= column - FULL_BELOW || wr < column - FULL_BELOW || wr > column + FULL_ABOVE) continue
    if (IDEOGRAPHS_APART.test(left) || IDEOGRAPHS_APART.test(right)) continue
    const miss = Math.abs(wr - column)
    if (!best || miss < best.miss) best = { at: m.index, miss }
  }
  return best?.at ?? null
}

/**
 * A page's rows with its band of three joined columns read column by column, the left column's
 * lines first, then the middle's, then the right's, a blank row between; null when the page shows
 * no such band. The band runs from the row under the last row above its first joined row that no
 * column holds (a line across, a wider column's line) down to the next such row or the page's
 * folio; the rows outside it are left to `rest`.
 */
export function readThreeColumns(rows: readonly string[], pairs: () => ReadonlyMap<string, number>, rest: (rows: string[]) => string[], measured?: number): string[] | null {
  const column = measured ?? threeColumnWidth(rows)
  if (column === null) return null
  // A row's parts are worked out when the band's search reaches it: most of a page set wider
  // than three columns is never reached.
  const known = new Map<number, Parts | null>()
  const parts = (i: number): Parts | null => {
    if (!known.has(i)) known.set(i, rows[i].trim() === '' ? null : partsOf(rows[i].trim(), column))
    return known.get(i) ?? null
  }
  const firstThree = rows.findIndex((r) => r.trim() !== '' && cells(r.trim()) > 2 * column && threeCut(r.trim(), column) !== null)
  if (firstThree < 0) return null
  let start = firstThree
  while (start > 0 && (rows[start - 1].trim() === '' || parts(start - 1) !== null)) start--
  let end = firstThree
  while (end < rows.length && (rows[end].trim() === '' || (parts(end) !== null && !isFolio(rows[end])))) end++
  end = withAcross(rows, firstThree, end)
  const band: Row3[] = []
  for (let i = start; i < end; i++) {
    const p = parts(i)
    if (p === null) continue
    band.push({ parts: p.parts, larger: p.larger, tight: i > start && rows[i - 1].trim() !== '' })
  }
  // A page set wider (one column, or two) whose lines happen to cut into three column-wide parts at
  // the spaces beside their digits: such rows stand apart, between its full lines, wider than a
  // column and with no space in them. A band holds its rows of three together.
  // A band under one read on the same page needs fewer: the page has shown its three columns.
  if (band.filter((r) => r.parts.length === 3).length < (measured === undefined ? MIN_BAND_JOINED : MIN_BELOW_JOINED)) return null
  const columns = assignThree(band, column, pairs())
  if (columns === null) return null
  // The rows under the band (a title across, then the next document's band at the page's width) are read so too.
  const below = rows.slice(end)
  const under = below.length > 0 ? (readThreeColumns(below, pairs, rest, column) ?? rest(below)) : []
  return [...rest(rows.slice(0, start)), ...columns.flatMap((c, k) => (k > 0 ? ['', ...c] : c)), ...under]
}
