// Tables (tab-separated rows): columns sized to content, text wrapped inside cells, thin rules.
import { BLOCK_WIDTH, LINE_PITCH, MARGIN_LEFT, baselineIn } from './grid'
import { breakLines, lineRuns, lineWidth, toChars, type BrokenLine } from './line-break'
import type { Item } from './paginate'
import type { Measure, Rule, Run } from './types'

const RULE = 0.6
const SIZES = [16, 14, 12, 10.5]

interface Sizing {
  size: number
  widths: number[]
}

/** Largest size whose natural column widths fit; else the smallest with the widest columns capped. */
function sizeColumns(rows: string[][], measure: Measure): Sizing {
  const ncol = Math.max(...rows.map((r) => r.length))
  for (const size of SIZES) {
    const pad = size * 0.6
    const natural = [...Array(ncol).keys()].map(
      (c) => Math.max(size, ...rows.map((r) => measure(r[c] ?? '', 'fang', size))) + 2 * pad,
    )
    const sum = natural.reduce((a, b) => a + b, 0)
    if (sum <= BLOCK_WIDTH) return { size, widths: natural.map((w) => (w * BLOCK_WIDTH) / sum) }
    if (size === SIZES[SIZES.length - 1]) return { size, widths: capWidths(natural, 3 * size + 2 * pad) }
  }
  throw new Error('unreachable')
}

/** Water-fills: finds a cap so that min(natural, max(cap, min)) sums to the block width. */
function capWidths(natural: number[], min: number): number[] {
  let lo = min
  let hi = Math.max(...natural)
  for (let k = 0; k < 40; k++) {
    const cap = (lo + hi) / 2
    const sum = natural.reduce((s, w) => s + Math.min(w, Math.max(cap, min)), 0)
    if (sum > BLOCK_WIDTH) hi = cap
    else lo = cap
  }
  return natural.map((w) => Math.min(w, Math.max(lo, min)))
}

function cellLines(text: string, width: number, size: number, measure: Measure): BrokenLine[] {
  const chars = toChars(text, 'fang', size, measure)
  if (!chars.length) return []
  return breakLines(chars, { width, firstIndent: 0, restIndent: 0, spacing: 0, justify: false })
}

/** One item per row; each row is as many grid lines tall as its tallest cell. */
export function tableItems(rows: string[][], measure: Measure): Item[] {
  const { size, widths } = sizeColumns(rows, measure)
  const pad = size * 0.6
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [MARGIN_LEFT])
  return rows.map((row, ri) => {
    const cells = widths.map((w, c) => cellLines(row[c] ?? '', w - 2 * pad, size, measure))
    const height = Math.max(1, ...cells.map((l) => l.length))
    const runs: Run[] = []
    cells.forEach((lines, c) => {
      lines.forEach((line, li) => {
        const x = xs[c] + (widths[c] - lineWidth(line)) / 2
        runs.push(...lineRuns(line, x, baselineIn(li * LINE_PITCH, size), size))
      })
    })
    const bottom = height * LINE_PITCH
    const rules: Rule[] = [
      { x1: xs[0], y1: 0, x2: xs[xs.length - 1], y2: 0, width: RULE },
      { x1: xs[0], y1: bottom, x2: xs[xs.length - 1], y2: bottom, width: RULE },
      ...xs.map((x) => ({ x1: x, y1: 0, x2: x, y2: bottom, width: RULE })),
    ]
    return { height, runs, rules, keepWithPrev: ri > 0 && ri === rows.length - 1 }
  })
}
