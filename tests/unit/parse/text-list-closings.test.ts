// Where a document's closing and its 主送机关 may not go on a Word two-column page that pdftotext
// wrote line by line: county-docx-sw-c0.txt and -cflow.txt, the .txt pages 3 and 5. A closing never
// stands under a line ending on a semicolon (a list's item goes on with the next), and a 主送机关
// naming one office never stands under a finished sentence (it opens a body under its title). The
// fields expected are the files' truth.
import { describe, expect, it } from 'vitest'
import { joinCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { stayCost, switchCost } from '../../../src/main/importer/parse/text-stays'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text } from '../../support/typeset-files'

const unit = (t: string, blankBefore = false): Unit => ({ line: 0, text: t, blankBefore, mergedRight: false })
// No character pairs: only the lines' shapes speak. The page's columns are 21 hanzi wide.
const ctx = { full: 42, grams: { joinEnds: () => 0, joinCodes: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

describe('a closing right under a line ending on a semicolon', () => {
  // Page 3: the right column's list item '…人均体育场地面积达到 2.0 平方米；' and the left
  // column's signature and date, written in one block; the note under them after a blank line.
  const item = unit('育场地面积达到 2.0 平方米；')

  it('costs more than leaving the column inside a block, and a note costs under it anywhere', () => {
    for (const line of ['兴县人民政府', '二〇二二年五月二十七日']) {
      expect(stayCost(item, unit(line), ctx.full)).toBeGreaterThan(switchCost(item, unit(line)))
    }
    expect(joinCost(ctx, item, unit('(此件公开发布)', true))).toBeGreaterThanOrEqual(4)
  })

  it('is not priced under a finished sentence, nor over a list’s next item', () => {
    expect(stayCost(unit('落实。'), unit('兴县人民政府'), ctx.full)).toBe(0)
    expect(joinCost(ctx, unit('二〇二二年五月二十七日'), unit('(此件公开发布)', true))).toBeLessThan(1)
    expect(joinCost(ctx, item, unit('——全民健身品牌活动数量达到 3 项', true))).toBeLessThan(1)
  })
})

describe('a 主送机关 printed in one block right under a finished sentence', () => {
  // Page 5: the left column's '生实事推进和考核。' and the right column's '县自然资源局：',
  // under 39号's title, written in one block.
  const ended = unit('生实事推进和考核。')

  it('is the other column’s: staying costs more than leaving the block', () => {
    const hail = unit('县自然资源局：')
    expect(stayCost(ended, hail, ctx.full)).toBeGreaterThan(switchCost(ended, hail))
  })

  it('stays under an open line, under a title, and for a name and colon of a body’s own', () => {
    expect(stayCost(unit('金方案的请示的批复'), unit('县自然资源局：'), ctx.full)).toBe(0)
    expect(stayCost(ended, unit('技术指导组成员如下：'), ctx.full)).toBe(0)
    expect(stayCost(ended, unit('县自然资源局：', true), ctx.full)).toBeLessThan(switchCost(ended, unit('县自然资源局：')) + 2)
  })
})

describe.each(['county-docx-sw-c0', 'county-docx-sw-cflow'])('%s', (layout) => {
  const docs = parseIssue(text(layout)).documents
  const doc = (n: string) => docs.find((d) => d.docNumber === n)!

  it('closes 9号’s 印发 notice before the plan it prints', () => {
    // Before: the signature and date read inside the plan's list of targets, the note above them.
    const kinds = doc('兴政发〔2022〕9号').blocks.slice(2, 5).map((b) => b.kind)
    expect(kinds).toEqual(['signature', 'date', 'note'])
  })

  it('gives 39号 its 主送机关', () => {
    // Before: '县自然资源局：' read at the foot of the left column, in 9号's plan.
    expect(doc('兴政函〔2022〕39号').recipients).toBe('县自然资源局')
  })
})
