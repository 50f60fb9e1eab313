// A name list set in one column, its rows written a line each (text-joins.ts listStayRelief).
// prov2-95.txt page 7 (XeLaTeX, read by pdftotext line by line): 国函〔2006〕38号's 组成人员 stand in
// one column, the other column's 附件 list and a blank foot beside them, so pdftotext wrote the
// rows '蔡旭敏　安全部副部长' … '马　健　空中交通管制办副主任' one after another, each alone. Staying
// between two lines alone (STAY_ALONE) read them by turns into both columns, and half the rows went
// to the document before. A list set in both columns (prov2-a0.txt page 23, 组长… in the left,
// 刘伟… in the right) has a row in the other column at each turn: there its rows are still read by turns.
import { describe, expect, it } from 'vitest'
import { listStayRelief, stayCost } from '../../../src/main/importer/parse/text-stays'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { unit } from './join-units'

const alone = (t: string) => ({ ...unit(t), alone: true })

describe('a name list’s rows written a line each (prov2-95.txt page 7)', () => {
  const row = alone('蔡旭敏　　安全部副部长')
  const next = alone('龚　正　　海关总署副署长')

  it('stays down the column cheaply while the other column’s last line is no row', () => {
    const relief = listStayRelief(row, next, alone('编号'))
    // As a stay across a blank between lines that are not both alone costs.
    expect(stayCost(row, next) - relief).toBe(stayCost(unit('附件：'), unit('编号')))
    expect(relief).toBeGreaterThan(0)
    expect(listStayRelief(row, next, undefined)).toBe(relief)
  })

  it('keeps the price of staying where the other column holds a row too (prov2-a0.txt page 23)', () => {
    expect(listStayRelief(alone('辛国斌　　工业和信息化部副部长'), alone('杜航伟　　公安部副部长'), alone('刘　伟　　财政部副部长'))).toBe(0)
  })

  it('says nothing of lines that are no rows, nor of rows printed in one block', () => {
    expect(listStayRelief(alone('附件 1.'), next, undefined)).toBe(0)
    expect(listStayRelief(row, unit('龚　正　　海关总署副署长'), undefined)).toBe(0)
  })

  it('gives 国函〔2006〕38号 its 组成人员 in the whole issue', () => {
    const docs = parseIssue(text('prov2-95')).documents
    const blocks = new Set(docs.find((d) => d.docNumber === '国函〔2006〕38号')?.blocks.map((b) => flat(b.text)))
    const want = truth('prov2-95')
      .find((d) => d.docNumber === '国函〔2006〕38号')!
      .paragraphs.filter((p) => /^(龚正|葛志荣|杨国庆|朱曙光)/.test(flat(p)))
      .map(flat)
    expect(want.length).toBe(4)
    for (const p of want) expect(blocks.has(p)).toBe(true)
  })
})
