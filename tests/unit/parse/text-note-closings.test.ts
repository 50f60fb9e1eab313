// Closings side by side on a Word two-column page that pdftotext wrote line by line, and where
// their lines may not go. city-docx-sw-norule.txt, printed page 7: the right column's public note, then the left
// column's whole closing, are written in one block ('（此件主动公开）' / '兴县人民政府' /
// '二○二二年六月九日' / '（此件主动公开）'). A public note ends its document's closing, so the
// signature under it in the block is the other column's. The dates expected are the file's truth.
import { describe, expect, it } from 'vitest'
import { joinCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { noteThenClosingCost } from '../../../src/main/importer/parse/text-stays'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text } from '../../support/typeset-files'

const unit = (t: string, blankBefore = false): Unit => ({ line: 0, text: t, blankBefore, mergedRight: false })
// No character pairs: only the lines' shapes speak. The page's columns are 21 hanzi wide.
const ctx = { full: 42, grams: { joinEnds: () => 0, joinCodes: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

describe('a signature or date printed in one block right under a public note', () => {
  const note = unit('（此件主动公开）')

  it('costs more than leaving the column inside a block', () => {
    expect(noteThenClosingCost(note, unit('兴县人民政府'))).toBeGreaterThanOrEqual(10)
    expect(noteThenClosingCost(note, unit('二○二二年六月九日'))).toBeGreaterThanOrEqual(10)
  })

  it('is not priced where a closing reads down, nor after a blank line', () => {
    expect(noteThenClosingCost(unit('兴县人民政府'), unit('二○二二年六月九日'))).toBe(0)
    expect(noteThenClosingCost(unit('二○二二年六月九日'), note)).toBe(0)
    expect(noteThenClosingCost(note, unit('兴县人民政府关于兴县经济技'))).toBe(0)
    expect(noteThenClosingCost(note, unit('兴县人民政府', true))).toBe(0)
  })
})

describe('the right column’s note written in one block over the left column’s closing', () => {
  const docs = parseIssue(text('city-docx-sw-norule')).documents
  const doc = (n: string) => docs.find((d) => d.docNumber === n)

  it('gives each document its own date and public note', () => {
    // Before: 10号 had no date and no note, and 50号 took 10号's 六月九日.
    expect(doc('兴政发〔2022〕10号')?.date).toBe('2022-06-09')
    expect(doc('兴政发〔2022〕10号')?.public).toBe(true)
    expect(doc('兴政函〔2022〕46号')?.date).toBe('2022-05-26')
    expect(doc('兴政函〔2022〕50号')?.date).toBe('2022-06-06')
  })
})

// The same page in city-docx-sw-s0.txt: the right column's date and note are written right under
// the left column's 文号 line ('（兴政函〔2022〕46 号）' / '二○二二年五月二十六日'), their signature
// six lines up. The 文号 under a title goes on with the 主送机关 or the body, never a date.
describe('a date right under a 文号 line', () => {
  it('costs as a label under an open line does', () => {
    const number = unit('（兴政函〔2022〕46 号）')
    expect(joinCost(ctx, number, unit('二○二二年五月二十六日'))).toBeGreaterThanOrEqual(4)
    expect(joinCost(ctx, number, unit('县自然资源局：'))).toBeLessThan(4)
    expect(joinCost(ctx, unit('兴县人民政府'), unit('二○二二年五月二十六日'))).toBeLessThan(4)
  })

  it('leaves the 46号 its date and note at its end', () => {
    const docs = parseIssue(text('city-docx-sw-s0')).documents
    const blocks = docs.find((d) => d.docNumber === '兴政函〔2022〕46号')!.blocks
    // Before: its date and note read before its body's last item.
    expect(blocks.slice(-2).map((b) => b.kind)).toEqual(['date', 'note'])
    expect(blocks.at(-2)?.text).toBe('二○二二年五月二十六日')
  })
})
