// What the characters across a line's end say when the line is a list's numbered entry set short,
// a paragraph of its own (county-docx-2col-b.txt pages 9–10: 兴政办函〔2022〕6号's list of 43 units,
// '1. 兴县发展和改革局' …, in one column beside the form table of 3号 and the head of 8号,
// '兴政办函〔2022〕8 号' written right under '3. 兴县教育科技局'). The issue's own pairs price
// '…局' / '兴政…' as well as '…局兴县分局': the entries were read on into the other column's lines,
// and documents 9–11 took each other's closings. An entry runs on into no word, so its pairs are
// not counted; into a closing they are (an attachment list's last entry over the signature).
import { describe, expect, it } from 'vitest'
import { joinCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const NAME = 'county-docx-2col-b'
const text = typesetText(NAME)
const unit = (t: string): Unit => ({ line: 0, text: t, blankBefore: true, mergedRight: false })
const grams = countBigrams(text.split('\n').filter((l) => l.trim() !== ''))
const ctx = { full: 44, grams }

describe('joins out of a numbered entry set short (county-docx-2col-b.txt pages 9–10)', () => {
  const entry = unit('3. 兴县教育科技局')
  const docNumber = unit('兴政办函〔2022〕8 号')

  it('the issue’s pairs would read the entry on into the other column’s 文号', () => {
    expect(grams.join(entry.text, docNumber.text)).toBeGreaterThan(1)
    expect(joinCost(ctx, entry, docNumber)).toBe(0)
  })

  it('counts them out of an entry wide in the column (a wrapped sentence) and into a closing', () => {
    const wide = unit('1. 为保证跟班轮训的质量，跟班轮训人员原则上要求')
    const next = unit('与原单位工作脱钩，不再承担原单位相关工作任务')
    expect(joinCost(ctx, wide, next)).toBe(-grams.join(wide.text, next.text))
    const sign = unit('兴县人民政府办公室')
    expect(joinCost(ctx, entry, sign)).toBe(-grams.join(entry.text, sign.text))
  })

  it('gives documents 9–11 their own dates, in the whole issue', () => {
    const issue = parseIssue(text)
    const date = (n: string): string | null | undefined => issue.documents.find((d) => d.docNumber === n)?.date
    expect(date('兴政办函〔2022〕3号')).toBe('2022-04-06')
    expect(date('兴政办函〔2022〕6号')).toBe('2022-05-11')
    expect(date('兴政办函〔2022〕8号')).toBe('2022-05-12')
  })
})
