// A prose run pdftotext wrote nearly throughout line by line, each line alone between blank lines
// (text-streams.ts readingOf): its text's order staying in one column costs at each line alone, as a
// list's does. prov-sw-a4.txt page 11: under 【人事任免】 the left column holds 关于调整兴县小水网工程
// 建设领导小组的通知 (its 主送机关, opening and a name list, '组长：梁文壮…' …), the right one that
// 通知's closing, then 国务院办公厅's 通知 with its own name list; the rows, joined, read no better in
// turn than as written, and the page stayed shuffled: the 通知's body went to the 国务院 one.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { noGrams, unit } from './join-units'

const TITLE = /小水网工程建设领导小组/

describe('a prose run written line by line, a name list beside prose (prov-sw-a4.txt page 11)', () => {
  it('gives 关于调整兴县小水网工程建设领导小组的通知 its name list’s first and last rows', () => {
    const docs = parseIssue(text('prov-sw-a4')).documents
    const doc = docs.find((d) => TITLE.test(d.title))
    const blocks = new Set(doc?.blocks.map((b) => flat(b.text)))
    const want = truth('prov-sw-a4').find((d) => TITLE.test(d.title))!.paragraphs.map(flat)
    // (The middle rows, beside the 国务院 list's cells written one a line, are read in turn still.)
    const body = want.filter((p) => /^(组长:|常务副组长:|副组长:|郭慧彬|范兴森|胡利东|刘晋利|各有关乡)/.test(p))
    expect(body.length).toBe(8)
    for (const p of body) expect(blocks.has(p)).toBe(true)
  })
})

// A title the 目录 lists without a 文号 (text-joins.ts TITLE_THEN_ADDRESSED): no 文号 stands under it,
// so its 主送机关 comes right after its last line. prov-sw-b5.txt page 13: under 【人事任免】 the left
// column opens 汶江省人民政府办公厅关于调整兴县小水网工程建设领导小组的通知, and the text writes the
// right column's first rows ('胡利东县公路段书记' … the same 通知's rest) between its title and its
// 主送机关; the streams were read the other way round from there, the title over the right column.
describe('a 主送机关 right under a title the 目录 lists without a 文号 (prov-sw-b5.txt page 13)', () => {
  const ctx = { full: 40, grams: noGrams, toc: tocAnchors([
    { category: '人事任免', title: '汶江省人民政府办公厅关于调整兴县小水网工程建设领导小组的通知', docNumber: null, page: 11 },
    { category: '人事任免', title: '汶江省人民政府办公厅关于印发2022年兴县冬季清洁取暖工作方案的通知', docNumber: '汶政办发〔2022〕27号', page: 6 },
  ]) }
  const recipients = unit('各乡（镇）人民政府、县直各有关单位：')

  it('reads the 主送机关 under the title’s last line better than the other column’s row', () => {
    const end = unit('小水网工程建设领导小组的通知')
    expect(joinCost(ctx, end, recipients)).toBeLessThanOrEqual(joinCost(ctx, end, unit('胡利东县公路段书记')) - 4)
  })

  it('says nothing under a title the 目录 lists with its 文号 (printed between the two)', () => {
    const end = unit('县冬季清洁取暖工作方案的通知')
    expect(joinCost(ctx, end, recipients)).toBe(joinCost(ctx, end, unit('胡利东县公路段书记')))
  })

  it('gives the 通知 its 主送机关 and its name list, in the whole issue', () => {
    const docs = parseIssue(text('prov-sw-b5')).documents
    const blocks = new Set(docs.find((d) => TITLE.test(d.title))?.blocks.map((b) => flat(b.text)))
    const want = truth('prov-sw-b5').find((d) => TITLE.test(d.title))!.paragraphs.map(flat)
    const body = want.filter((p) => /^(各乡|组长:|常务副组长:|副组长:|郭慧彬|范兴森|成员:|张建|贾广田|王慈迎|王建珍|王慧平|王和平|赵雪鸿)/.test(p))
    expect(body.length).toBe(15)
    for (const p of body) expect(blocks.has(p)).toBe(true)
  })
})
