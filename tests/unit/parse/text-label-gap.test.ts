// A 条's label set apart from its text in XeLaTeX's two columns (text-joins.ts LABEL_APART): the
// print gives the gap about two hanzi, pdftotext one space (or the label a piece of its own, paired
// back with one ideographic space), so the label's line, which fills its row, reads two hanzi short
// in the text. The lines are real lines of prov2-a0.txt page 1 (a column 40 display columns wide,
// its full lines 20 hanzi) and of swap-xe-unbal-b5.txt; the paragraphs expected are its truth.
import { describe, expect, it } from 'vitest'
import { joinCost, printedWidth, type Unit } from '../../../src/main/importer/parse/text-joins'
import { displayWidth } from '../../../src/main/importer/parse/text-flow'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText as text, typesetTruth } from '../../support/typeset-files'

const unit = (t: string): Unit => ({ line: 0, text: t, blankBefore: false, mergedRight: false })
// No character pairs: only the lines' shapes speak.
const ctx = { full: 40, grams: { joinEnds: () => 0, joinCodes: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

describe('a 条’s first line, its label set apart (prov2-a0.txt page 1)', () => {
  const paired = '第三条\u3000任何单位和个人可以自行在国内'
  const spaced = '第二条 本条例所称专利代理，是指专利代'

  it('reads two hanzi short in the text, yet fills its row in print', () => {
    expect(displayWidth(paired)).toBe(36)
    expect(printedWidth(paired)).toBe(40)
    expect(printedWidth(spaced)).toBeGreaterThanOrEqual(40)
    // A line with no label set apart is as wide as its text.
    expect(printedWidth('申请专利和办理其他专利事务，也可以委托依')).toBe(40)
    expect(printedWidth('（一）有符合法律、行政法规规定的专利代')).toBe(displayWidth('（一）有符合法律、行政法规规定的专利代'))
  })

  it('is left open at the column’s edge: the next 条’s label does not go on from it', () => {
    const rest = joinCost(ctx, unit(paired), unit('申请专利和办理其他专利事务，也可以委托依'))
    const label = joinCost(ctx, unit(paired), unit('第十条\u3000除外。'))
    expect(label).toBeGreaterThan(rest + 3)
  })
})

describe('the 令’s articles whose first lines carry a label set apart (swap-xe-unbal-b5.txt)', () => {
  it('come out whole', () => {
    const LAYOUT = 'swap-xe-unbal-b5'
    const truth = typesetTruth(LAYOUT)[0]
    const doc = parseIssue(text(LAYOUT)).documents.find((d) => d.title === truth.title)
    const blocks = doc?.blocks.map((b) => flat(b.text)) ?? []
    for (const opening of ['第一条', '第二条', '第四条']) {
      const para = truth.paragraphs.find((p) => p.startsWith(opening))
      expect(para).toBeDefined()
      expect(blocks).toContain(flat(para ?? ''))
    }
  })
})
