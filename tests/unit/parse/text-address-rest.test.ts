// A 主送机关 too long for one line goes on into its rest (text-joins.ts ADDRESS_THEN_REST).
// city-2col-flow.txt pages 15 and 17 (XeLaTeX, read by pdftotext line by line): the left column
// opens 国办发〔2018〕123号 and 国办函〔2018〕74号 with '各省、自治区、直辖市人民政府，国务院各部委、
// 各直' / '属机构：', and pdftotext wrote the right column's line between the two ('4. 坚持创新发展。…',
// '等需要调整的，由所在单位向领导小组办公室提出，报'). The issue prints '直属' only across that break,
// so the character pairs never said the two go together, and the 主送机关 lost its rest (and 123号
// its opening after it). The excerpts are the file's lines; the paragraphs expected are its truth.
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { noGrams, unit } from './join-units'

// No character pairs: only the lines' shapes speak. The page's columns are 24 hanzi wide.
const ctx = { full: 48, grams: noGrams }

describe('a 主送机关 broken over two lines (city-2col-flow.txt pages 15 and 17)', () => {
  const first = unit('各省、自治区、直辖市人民政府，国务院各部委、各直')
  const rest = unit('属机构：')

  it('reads its first line on into its rest before the other column’s line', () => {
    const other = unit('等需要调整的，由所在单位向领导小组办公室提出，报')
    expect(joinCost(ctx, first, rest)).toBeLessThanOrEqual(joinCost(ctx, first, other) - 4)
  })

  it('says nothing after a sentence’s open line, and a 主送机关 already whole is addressed once', () => {
    const sentence = unit('经国务院批准，现将 2019 年元旦、春节、清明节、劳动节、端午')
    expect(joinCost(ctx, sentence, rest)).toBeCloseTo(0)
    expect(joinCost(ctx, unit('各省、自治区、直辖市人民政府：'), rest)).toBeGreaterThan(0)
  })

  it('says nothing of a body’s sentence from 各… over a salutation (prov2-95.txt page 6)', () => {
    const sentence = unit('各地、各部门，特别是地震重点监视防御区所')
    expect(joinCost({ full: 40, grams: noGrams }, sentence, unit('国务院：'))).toBeCloseTo(0)
  })

  it('gives 国办发〔2018〕123号 its 主送机关 and the opening under it, in the whole issue', () => {
    const docs = parseIssue(text('city-2col-flow')).documents
    const blocks = new Set(docs.find((d) => d.docNumber === '国办发〔2018〕123号')?.blocks.map((b) => flat(b.text)))
    const want = truth('city-2col-flow')
      .find((d) => d.docNumber === '国办发〔2018〕123号')!
      .paragraphs.filter((p) => /^(各省、自治区、直辖市人民政府|一、总体要求|\(一\)指导思想|\(二\)工作目标|二、明确工作职责)/.test(flat(p)))
      .map(flat)
    expect(want.length).toBe(5)
    for (const p of want) expect(blocks.has(p)).toBe(true)
  })
})
