// A glyph a fallback font printed sits on its own baseline: a year's 〇 set in another font than
// its 二s ('二〇二二年六月九日'), a dash between two dates ('1997年4月―1998年2月'). pdftotext -layout
// writes it a row above its line, alone in its place, and leaves a blank where it stood
// ('                        〇' over '                      二 二二年六月七日'). A reader sees the mark
// in its gap; this puts it back there.

/** Marks a fallback font sets off the line's baseline: the ideographic zero and dashes. */
const MARK = /[〇―—–－～]/
/** Cells a mark may stand from its gap: -layout places half-width digits a cell wide, so the row drifts. */
const DRIFT = 2

/** The cell of each lone mark on a row: blank on both sides for two cells (or the row's end). */
function loneMarks(row: string): number[] {
  const out: number[] = []
  for (let c = 0; c < row.length; c++) {
    if (!MARK.test(row[c])) continue
    const around = row.slice(Math.max(0, c - 2), c) + row.slice(c + 1, c + 3)
    if (/^ *$/.test(around) && (c < 2 || row.slice(c - 2, c) === '  ')) out.push(c)
  }
  return out
}

/**
 * The single blank nearest cell `c` (within DRIFT) on `row` that stands between two characters
 * of a date or a year: a numeral, 年 or 月 on its left, a numeral on its right ('二 二二年',
 * '1997年4月 1998年', '1997年4 6月'). -1 when none.
 */
function gapAt(row: string, c: number): number {
  let best = -1
  for (let g = Math.max(1, c - DRIFT); g <= c + DRIFT && g + 1 < row.length; g++) {
    if (row[g] !== ' ' || !/[\d一二三四五六七八九〇年月]/.test(row[g - 1]) || !/[\d一二三四五六七八九〇]/.test(row[g + 1])) continue
    if (best < 0 || Math.abs(g - c) < Math.abs(best - c)) best = g
  }
  return best
}

/**
 * Rows with each lone mark moved down into the gap its line left for it: the mark stands alone on
 * the row above (other columns' text may share that row), within DRIFT cells of a single blank
 * between a date's or a year's characters. The mark's own row keeps its other text; a row that
 * held the mark alone goes (it was no row of text: left blank, it would part the page's bands).
 */
export function lowerMarks(rows: readonly string[]): string[] {
  const out = [...rows]
  const emptied = new Set<number>()
  for (let r = 0; r + 1 < out.length; r++) {
    for (const c of loneMarks(out[r])) {
      const below = out[r + 1]
      const g = gapAt(below, c)
      if (g < 0) continue
      out[r + 1] = below.slice(0, g) + out[r][c] + below.slice(g + 1)
      out[r] = (out[r].slice(0, c) + ' ' + out[r].slice(c + 1)).trimEnd()
      if (out[r].trim() === '') emptied.add(r)
    }
  }
  return emptied.size ? out.filter((_, r) => !emptied.has(r)) : out
}
