// A document's closing never stands over a paragraph numbered past one (text-joins.ts): what comes
// under a signature, a date or a 附注 opens a document, an attachment or a note, never the middle
// of a numbering. city-docx-sw-norule.txt page 7 (a Word section read by pdftotext line by line):
// the left column goes on with 国办发〔2018〕118号's '（二十一）加强督促检查。…' while the right one
// closes it ('国务院办公厅' / '二○一八年十二月五日' / '（此件主动公开）') and opens 国办发明电〔2018〕
// 15号; the streams read '（二十一）…' under the signature, and the closings went one document down.
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text } from '../../support/typeset-files'
import { noGrams, unit } from './join-units'

const ctx = { full: 44, grams: noGrams }

describe('a paragraph numbered past one under a closing (city-docx-sw-norule.txt page 7)', () => {
  const label = unit('（二十一）加强督促检查。要把“三项制')

  it('costs under a signature, a date or a 附注 as under a line left open', () => {
    for (const closing of ['国务院办公厅', '二○一八年十二月五日', '（此件主动公开）']) {
      expect(joinCost(ctx, unit(closing), label)).toBeGreaterThanOrEqual(joinCost(ctx, unit('社会氛围。'), label) + 4)
    }
  })

  it('says nothing of a document’s first paragraph, or an attachment’s, under a closing', () => {
    expect(joinCost(ctx, unit('国务院办公厅'), unit('一、元旦：2018 年 12 月 30 日至 2019 年 1'))).toBe(joinCost(ctx, unit('社会氛围。'), unit('一、元旦：2018 年 12 月 30 日至 2019 年 1')))
  })

  it('gives 国办发明电〔2018〕15号 its own closing, in the whole issue', () => {
    const doc = parseIssue(text('city-docx-sw-norule')).documents.find((d) => d.docNumber === '国办发明电〔2018〕15号')
    expect(doc?.date).toBe('2018-12-04')
    expect(doc?.public).toBe(false)
  })
})
