// Runs that start at the same x: XeLaTeX squeezes a pair of CJK marks ('、《', '》《') by kerning
// the first to nothing, so pdf.js places the run after it at the same x. The order they were drawn
// in, not a sort by x that may swap them, says which comes first (city-xe-yearcols.pdf in
// tests/fixtures/typeset/tuning, page 8: '号)、《山西省全民健身实施计划(2021—2025年)》《吕梁市').
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageLines, type TextRun } from '../../../src/main/importer/layout/pdf-lines'
import { readSource } from '../../../src/main/importer/read/read-source'

const run = (str: string, x: number, width: number): TextRun => ({ str, x, y: 696.1, width, size: 10 })

describe('runs starting at the same place on a line', () => {
  it('keep the order they were drawn in', () => {
    // The mark's x a hair right of the run after it: sorted by x alone, it would follow that run.
    const runs = [run('号', 307.6, 10), run(')', 317.6, 3.9), run('、', 321.43, 10), run('《山西省全民健身实施计划', 321.4, 119.6), run('(2021', 443.2, 23.8)]
    expect(pageLines(runs)[0].text).toBe('号)、《山西省全民健身实施计划(2021')
    expect(pageLines([...runs].reverse())[0].text).not.toBe('号)、《山西省全民健身实施计划(2021')
  })

  it('still go by x when they start apart', () => {
    expect(pageLines([run('计划', 330, 20), run('实施', 310, 20)])[0].text).toBe('实施计划')
  })

  it('read a XeLaTeX page in its order', async () => {
    const file = path.resolve(__dirname, '../../fixtures/typeset/tuning/city-xe-yearcols/city-xe-yearcols.pdf')
    const source = await readSource(new Uint8Array(readFileSync(file)), path.basename(file))
    expect(source.text.replace(/\s+/g, '')).toContain('(国发〔2021〕11号)、《山西省全民健身实施计划(2021—2025年)》《吕梁市全民健身实施计划')
  }, 60_000)
})
