// The cost of reading one line after another in a column (text-joins.ts): a document's closing
// never stands inside a paragraph, so pdftotext's block that prints one under an open line holds
// both columns' lines. The excerpts are real lines of county-lo-noto.txt (LibreOffice's
// PDF of a Word issue, read by pdftotext) and county-lo-autonum.txt; the dates expected are the
// files' truth.
import { describe, expect, it } from 'vitest'
import { joinCost, stayCost, switchCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text } from '../../support/typeset-files'

const unit = (t: string, blankBefore = false): Unit => ({ line: 0, text: t, blankBefore, mergedRight: false })
// No character pairs: only the lines' shapes speak.
const ctx = { full: 44, grams: { joinEnds: () => 0, joinCodes: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

describe('a signature or date printed in one block under a line left open (county-lo-noto.txt page 6)', () => {
  // '项目建成后…开发区' is a paragraph's first line: indented in print, so 2 hanzi short of the edge.
  // pdftotext printed it and the other column's '兴县人民政府' as one block.
  const open = unit('项目建成后极大地改善了兴县经济技术开发区')
  const ended = unit('规定程序报批。')

  it('is the other column’s: staying costs more than leaving the block', () => {
    expect(stayCost(open, unit('兴县人民政府'), ctx.full)).toBeGreaterThan(switchCost(open, unit('兴县人民政府')))
    expect(stayCost(open, unit('二〇二二年六月六日'), ctx.full)).toBeGreaterThan(switchCost(open, unit('二〇二二年六月六日')))
  })

  it('stays in its column under a finished sentence, a stacked signature, an attachment note', () => {
    expect(stayCost(ended, unit('兴县人民政府'), ctx.full)).toBe(0)
    expect(stayCost(unit('兴县人力资源和社会保障局'), unit('兴县发展和改革局'), ctx.full)).toBe(0)
    // prov-2col-song.txt: '附件：…' right over '国务院办公厅', no full stop between.
    expect(stayCost(unit('附件：应急救援专用号牌式样和车辆涂装样图'), unit('国务院办公厅'), 40)).toBe(0)
  })

  it('keeps a block to one column without the column’s width, or with prose under the open line', () => {
    expect(stayCost(open, unit('兴县人民政府'))).toBe(0)
    expect(stayCost(open, unit('入驻企业的出行条件，促进了开发区的快速发展，'), ctx.full)).toBe(0)
  })
})

describe('a heading’s numeral alone (county-lo-autonum.txt page 10: 一、 set apart from 工作目标)', () => {
  it('never goes on into a signature, in any layout', () => {
    expect(joinCost(ctx, unit('一、'), unit('兴县人力资源和社会保障局'))).toBeGreaterThan(8)
    expect(joinCost(ctx, unit('一、'), unit('2022 年，严格控制全县全社会煤炭消费'))).toBeLessThan(2)
  })
})

describe('a page with two documents’ closings in its columns (county-lo-noto)', () => {
  it('gives each document its own date', () => {
    const docs = parseIssue(text('county-lo-noto')).documents
    const date = (n: string): string | null | undefined => docs.find((d) => d.docNumber === n)?.date
    // Before: the 批复 got the 请示's 六月十五日 and the 请示 the 批复's 六月六日.
    expect(date('兴政函〔2022〕50号')).toBe('2022-06-06')
    expect(date('兴政函〔2022〕61号')).toBe('2022-06-15')
    expect(date('兴人社发〔2022〕9号')).toBe('2022-05-12')
  })
})
