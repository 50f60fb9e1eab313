// A paragraph label set apart from its text ('第三条', '一、'): pdftotext writes it as a piece of
// its own, and on a page written line by line the other column's line often comes between it and
// its text. Its text starts on the label's own line, so the line that goes on from it in its
// column is narrower than the column by the label and the gap (text-joins.ts BARE_LABEL). The
// excerpts are real lines of the typeset tuning texts; the paragraphs expected are the files' truth.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { joinCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const TUNING = join(__dirname, '../../fixtures/typeset/tuning')
const unit = (t: string): Unit => ({ line: 0, text: t, blankBefore: true, mergedRight: false, alone: true })
// No character pairs: only the lines' shapes speak (city-xe-span-mid's columns hold 23 hanzi).
const ctx = { full: 46, grams: { joinEnds: () => 0, joinCodes: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

describe('the line after a label alone (city-xe-span-mid.txt page 3: 第三条 / the other column / its text)', () => {
  const label = unit('第三条')
  const ownText = unit('个人所得税专项附加扣除遵循公平合')
  const otherColumn = unit('纳税人及其配偶、未成年子女发生的医药费用支')

  it('is its text, narrower than the column by the label: a full line is the other column’s', () => {
    expect(joinCost(ctx, label, otherColumn)).toBeGreaterThan(joinCost(ctx, label, ownText))
    expect(joinCost(ctx, unit('（三）'), otherColumn)).toBeGreaterThan(joinCost(ctx, unit('（三）'), ownText))
  })

  it('prices only a label alone, and leaves a label after it to the numbering', () => {
    expect(joinCost(ctx, unit('第三条　个人所得税'), otherColumn)).toBe(joinCost(ctx, unit('个人所得税'), otherColumn))
    expect(joinCost(ctx, label, unit('（一）直辖市、省会（首府）城市、计划单列市以及'))).toBeCloseTo(0)
  })
})

describe('paragraphs whose label or text stood beside a label alone', () => {
  const blocksOf = (layout: string): string[] =>
    parseIssue(readFileSync(join(TUNING, layout, `${layout}.txt`), 'utf8')).documents.flatMap((d) => d.blocks.map((b) => b.text))

  it('read whole in prov-2col-song (XeLaTeX, two columns line by line)', () => {
    expect(blocksOf('prov-2col-song')).toContain(
      '专利代理师在执业过程中泄露委托人的发明创造内容，涉及泄露国家秘密、侵犯商业秘密的，或者向有关行政、司法机关的工作人员行贿，提供虚假证据的，依照有关法律、行政法规的规定承担法律责任；由国务院专利行政部门吊销专利代理师资格证。',
    )
  })

  it('read whole in county-lo-autonum (LibreOffice, numbers set apart)', () => {
    const blocks = blocksOf('county-lo-autonum')
    expect(blocks).toContain('一、指导思想')
    expect(blocks.find((t) => t.startsWith('第一阶段：'))).toMatch(/^第一阶段：摸底动员、自行整改。时间为.*动员用水户自行拆除封闭自备水源井。$/)
  })
})
