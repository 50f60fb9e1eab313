// Three-column stretches: a masthead or a title's last line centred inside the middle column spans
// the page; a page whose grid changes from two columns to three under a heading is read stretch by
// stretch (tuning layout prov-3col-replies).
import { describe, expect, it } from 'vitest'
import { findGutters, readingBlocks } from '../../../src/main/importer/layout/columns'
import { regionBlocks } from '../../../src/main/importer/layout/column-regions'
import { groupLines, type TextRun } from '../../../src/main/importer/layout/pdf-lines'

const EM = 10
const PAGE = 842
const at = (str: string, x: number, top: number, width: number, size = EM): TextRun => ({ str, x, y: PAGE - top, width, size })
/** `n` full lines of a column at `x`, `width` wide, from `top`, every 15 points. */
const column = (tag: string, x: number, width: number, top: number, n: number): TextRun[] =>
  Array.from({ length: n }, (_, i) => at(`${tag}${i}`.padEnd(width / EM, '文'), x, top + i * 15, width))
// Three columns of 13 ems: 50–180, 205–335, 360–490. Two columns of 20 ems: 50–250, 290–490.
const THREE = [50, 205, 360]
const three = (top: number, n: number): TextRun[] => THREE.flatMap((x, c) => column(`三${c}`, x, 130, top, n))

const firsts = (runs: TextRun[]): string => groupLines(runs)[0].runs.map((r) => r.str).join('').slice(0, 4)

describe('three-column stretches', () => {
  it('takes a masthead and its 文号 centred in the middle column for spanning lines, not middle-column text', () => {
    const runs = [
      ...three(100, 8),
      at('国务院办公厅文件', 210, 240, 120, 15),
      at('国办函〔2004〕36 号', 220, 260, 100),
      ...three(290, 8),
    ]
    const blocks = readingBlocks(groupLines(runs))
    expect(blocks.map((b) => [b.spans, b.column, firsts(b.runs)])).toEqual([
      [false, 0, '三00文'], [false, 1, '三10文'], [false, 2, '三20文'],
      [true, 0, '国务院办'],
      [false, 0, '三00文'], [false, 1, '三10文'], [false, 2, '三20文'],
    ])
  })

  it('reads two columns, a banner, then three columns on one page stretch by stretch', () => {
    const runs = [
      ...column('二左', 50, 200, 100, 8),
      ...column('二右', 290, 200, 100, 8),
      at('函件答复', 250, 240, 60, 15),
      ...three(270, 8),
    ]
    const lines = groupLines(runs)
    expect(findGutters(lines)).toEqual([])
    const blocks = regionBlocks(lines, []) ?? []
    expect(blocks.map((b) => [b.columns, b.column, b.spans, firsts(b.runs)])).toEqual([
      [2, 0, false, '二左0文'], [2, 1, false, '二右0文'],
      [3, 0, true, '函件答复'], [3, 0, false, '三00文'], [3, 1, false, '三10文'], [3, 2, false, '三20文'],
    ])
  })

  it('reads a document’s last lines beside its signature in the issue’s two columns over a banner, the rest in three', () => {
    // The page's own grid is three columns; over the banner, four lines of a document set in two
    // (its last paragraph's lines left, its signature, date and 附注 right, short and set in).
    const runs = [
      ...column('尾', 50, 200, 100, 3),
      at('尾末文', 50, 145, 30),
      at('某某办公厅', 420, 100, 50),
      at('2018 年 11 月 5 日', 400, 115, 70),
      at('（此件公开发布）', 300, 130, 80),
      at('函件答复', 250, 170, 60, 15),
      ...three(200, 8),
    ]
    const lines = groupLines(runs)
    const shared = { x0: 250, x1: 290 }
    const blocks = regionBlocks(lines, findGutters(lines.slice(5)), shared) ?? []
    expect(blocks.map((b) => [b.columns, b.column, firsts(b.runs)])).toEqual([
      [2, 0, '尾0文文'], [2, 1, '某某办公'],
      [3, 0, '函件答复'], [3, 0, '三00文'], [3, 1, '三10文'], [3, 2, '三20文'],
    ])
    // Without the two-column grid the page's three columns stand as they were read.
    expect(regionBlocks(lines, findGutters(lines.slice(5)))).toBeNull()
  })

  it('leaves a single-column page to the whole-page reading', () => {
    const lines = groupLines([...column('单', 50, 440, 100, 8), at('关于某某工作的通知', 200, 240, 135, 15), ...column('再', 50, 440, 270, 8)])
    expect(regionBlocks(lines, [])).toBeNull()
  })
})
