// The columns a three-column run's numbered paragraphs stand in, told by their numbers alone. A page
// set in three columns is read left, middle, right, so one list's numbers (二十三、 … 四十五、)
// run down the left column, on down the middle one and the right one: sorted by number, they fall
// into three stretches, one a column. pdftotext writes the page row by row, each column's lines in
// their order, so within a stretch the text writes the numbers in turn, and the columns' numbers
// are shuffled together. Where only one cut of the sorted numbers into three such stretches fits
// the text's order, each number's column is known before any join is read: the three-stream
// reading (text-streams3.ts) is then held to it, the joins choosing only the unnumbered lines.
import { numberOf } from './text-numbers'
import type { Unit } from './text-joins'

/** Fewer numbers than this in a list tell too little of the columns (one or two a column). */
const MIN_NUMBERS = 4

/**
 * Each unit's column (0 left, 1 middle, 2 right) as its list's numbering fixes it, or -1; null
 * when no list fixes any. A list counts when its numbers in the run are all different and run on
 * without a gap (one document's list, not two that each start at 一); a number is fixed when every
 * cut of the list into three stretches (left, middle, right, any of them empty), each written in
 * the text in the order of its numbers, puts it in the same column.
 */
export function numberedColumns(run: readonly Unit[]): number[] | null {
  const lists = new Map<string, { k: number; n: number }[]>()
  run.forEach((u, k) => {
    const x = numberOf(u.text)
    if (x) lists.set(x.family, [...(lists.get(x.family) ?? []), { k, n: x.n }])
  })
  const columns = run.map(() => -1)
  for (const list of lists.values()) {
    if (list.length < MIN_NUMBERS || !runsOn(list.map((x) => x.n))) continue
    const sorted = [...list].sort((a, b) => a.n - b.n)
    const fixed = fixedColumns(sorted.map((x) => x.k))
    fixed?.forEach((c, i) => {
      if (c >= 0) columns[sorted[i].k] = c
    })
  }
  return columns.some((c) => c >= 0) ? columns : null
}

/** Numbers all different and without a gap. */
function runsOn(ns: readonly number[]): boolean {
  return new Set(ns).size === ns.length && Math.max(...ns) - Math.min(...ns) + 1 === ns.length
}

/**
 * For a list's units in the order of their numbers (their places in the text), each one's column
 * where every cut into three stretches written in order agrees, else -1; null when no cut fits.
 */
function fixedColumns(at: readonly number[]): number[] | null {
  const m = at.length
  // Whether the units i..j-1 are written in the order of their numbers.
  const rising = (i: number, j: number): boolean => {
    for (let x = i + 1; x < j; x++) if (at[x] < at[x - 1]) return false
    return true
  }
  let agreed: number[] | null = null
  for (let i = 0; i <= m; i++) {
    if (!rising(0, i)) break
    for (let j = i; j <= m; j++) {
      if (!rising(i, j)) break
      if (!rising(j, m)) continue
      const cut = at.map((_, x) => (x < i ? 0 : x < j ? 1 : 2))
      agreed = agreed ? agreed.map((c, x) => (c === cut[x] ? c : -1)) : cut
    }
  }
  return agreed
}
