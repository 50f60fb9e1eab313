// A line ending inside a round bracket it opened ('批工作有关事项的通知》（晋自然资函', a cited 文号
// broken at the line's end) is no title's line by the 文种 word at its end ('函', the 文号's agency
// code): text-joins.ts Shape.titled. county-docx-sw-c0.txt page 7 (a Word section written line by
// line): the left column cites '…《山西省自然资源厅关于当前建设用地报' / '批工作有关事项的通知》（晋自然资函'
// in 51号's body beside 62号's head and body in the right one. Read as a title's line, the cited
// line could not go on from the open line above it (a title never does), the streams crossed
// there, and 62号's first item took the citation's rest ('…编号为批工作有关事项的通知》…').
import { describe, expect, it } from 'vitest'
import { joinCost, shapeOf } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { noGrams, unit } from './join-units'

describe('a line ending inside a bracket it opened (county-docx-sw-c0.txt page 7)', () => {
  const ctx = { full: 42, grams: noGrams }
  const open = unit('号）、《山西省自然资源厅关于当前建设用地报')
  const cited = unit('批工作有关事项的通知》（晋自然资函')

  it('is no title’s line by the 文种 word at its end, and goes on from an open line as prose does', () => {
    expect(shapeOf(cited).titled).toBe(false)
    expect(joinCost(ctx, open, cited)).toBe(joinCost(ctx, open, unit('批工作有关事项的通知》')))
  })

  it('leaves a title’s line with its brackets closed one still: never under an open line', () => {
    const title = unit('划（2021-2035 年）的承诺函')
    expect(shapeOf(title).titled).toBe(true)
    expect(joinCost(ctx, open, title)).toBeGreaterThanOrEqual(4)
    expect(shapeOf(unit('兴县人民政府关于印发《兴县城乡绿色低碳建设运营商实施方案（试行）》的通知')).titled).toBe(true)
  })

  it('keeps 62号’s first item whole, in the whole issue', () => {
    const n = '兴政函〔2022〕62号'
    const doc = parseIssue(text('county-docx-sw-c0')).documents.find((d) => d.docNumber === n)
    const blocks = new Set(doc?.blocks.map((b) => flat(b.text)))
    const item = truth('county-docx-sw-c0').find((d) => d.docNumber === n)!.paragraphs.map(flat).find((p) => p.startsWith('一、同意将位于兴县瓦塘镇兴汉村'))
    expect(item).toBeDefined()
    expect(blocks.has(item!)).toBe(true)
  }, 120_000)
})
