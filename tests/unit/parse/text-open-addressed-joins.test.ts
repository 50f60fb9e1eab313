// A 主送机关 under a line left open (text-joins.ts): a sentence that runs to the column's edge with
// no mark goes on into its rest, never into a 主送机关 ('各乡（镇）人民政府，县直各有关单位：' opens a
// body under its title and 文号), whatever the bigrams say of the characters across the join.
// city-xe-toc2dec-c.txt page 15 (two columns read by pdftotext line by line): the left column's
// '…努' / '力实现城市禁煤区冬季取暖散煤清零、逐步' / '实现农村地区取暖清洁化代替并可持续稳定' goes
// on with '运营”。', and the right column's 兴政办发〔2022〕11号 ('兴政办发〔2022〕11 号') with its
// 主送机关, which pdftotext wrote right under the open line. A title's last line may run to the
// edge with no mark, and a 主送机关's own first line ('各省、…各直') goes on into its rest: both
// are left out. The excerpts are the file's lines; the paragraph expected is its truth.
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { noGrams, unit } from './join-units'

// Each column 20 ideographs wide; no character pairs: only the lines' shapes speak.
const ctx = { full: 40, grams: noGrams } as Parameters<typeof joinCost>[0]

describe('a 主送机关 under a line left open (city-xe-toc2dec-c.txt page 15)', () => {
  const open = unit('实现农村地区取暖清洁化代替并可持续稳定')
  const recipients = unit('各乡（镇）人民政府，县直各有关单位：')

  it('costs under an open line, not under the 文号', () => {
    expect(joinCost(ctx, open, recipients)).toBeGreaterThanOrEqual(joinCost(ctx, unit('兴政办发〔2022〕11 号'), recipients) + 4)
  })

  it('leaves out a title’s last line at the edge, a 主送机关’s own first line, and plain text', () => {
    // county-lo-noto.txt page 10 (columns 22 wide): a title's last line at the edge over its 主送机关.
    const noto = { full: 44, grams: noGrams } as Parameters<typeof joinCost>[0]
    const title = unit('关于成立兴县 2022 年高标准农田建设项目领导组的通知')
    expect(joinCost(noto, title, unit('各乡（镇）人民政府、县直各有关单位：')) + 0).toBeLessThanOrEqual(0)
    // city-2col-flow.txt page 15 (columns 24 wide): a 主送机关 broken over two lines.
    const flow = { full: 48, grams: noGrams } as Parameters<typeof joinCost>[0]
    expect(joinCost(flow, unit('各省、自治区、直辖市人民政府，国务院各部委、各直'), unit('属机构：'))).toBeLessThan(0)
    expect(joinCost(ctx, open, unit('运营”。')) + 0).toBe(0)
  })

  it('gives 兴政办发〔2022〕11号 its 主送机关 as a paragraph of its own, in the whole issue', () => {
    const docs = parseIssue(text('city-xe-toc2dec-c')).documents
    const want = flat('各乡（镇）人民政府，县直各有关单位：')
    expect(truth('city-xe-toc2dec-c').find((d) => d.docNumber === '兴政办发〔2022〕11号')?.paragraphs.map(flat)).toContain(want)
    expect(docs.find((d) => d.docNumber === '兴政办发〔2022〕11号')?.blocks.map((b) => flat(b.text))).toContain(want)
  })
})
