// A 栏目 banner set in the right column where its last document ended, while the left column runs
// on past it (city-xe-toc2dec.txt page 20): 兴政办函〔2022〕16号 opens at the left column's foot,
// its name list and closing at the right column's top, over 【国务院办公厅函件】 and the 复函 under
// it. Read band by band, the name list went to the document before.
import { describe, expect, it } from 'vitest'
import { bannerInColumn } from '../../../src/main/importer/parse/text-banner-column'
import { joinCost, type JoinContext } from '../../../src/main/importer/parse/text-joins'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

// Page 20's two runs as read, cut short: above the banner, the 6号's end (left) and 16号's name
// list and closing (right); under it, 16号's head (left) and the 复函's (right).
const above = ['28. 兴县行政审批服务管理局', '上述公布的县级行政执法主体应当严格在法', '公布。', '兴县人民政府办公室', '二〇二二年六月九日', '（此件公开发布）', '', '组长：梁文壮县委副书记、政府县长', '副组长：贺建强县委常委、政府副县长', '孙永芳县农业农村局助理农艺师', '兴县人民政府办公室', '二〇二二年五月十一日', '（此件公开发布）']
const below = ['兴政办函〔2022〕16 号', '兴县人民政府办公室关于成立兴县 2022 年', '高标准农田建设项目领导组的通知', '各乡（镇）人民政府、县直各有关单位：', '', '国务院办公厅关于广东与香港、澳门合建自', '动气象站网有关问题的复函', '（国办函〔1996〕14 号）', '中国气象局：']
const banner = '【国务院办公厅函件】'

describe('a 栏目 banner in the right column', () => {
  it('reads the page down each column when the right column’s top is a headless document’s rest', () => {
    expect(bannerInColumn(above, banner, below)).toEqual([...above.slice(0, 6), ...below.slice(0, 4), '', ...above.slice(7), banner, ...below.slice(5)])
  })

  it('leaves the bands where the right column above opens a document of its own', () => {
    const own = [...above.slice(0, 7), '国务院办公厅关于成立某某领导小组的通知', ...above.slice(7)]
    expect(bannerInColumn(own, banner, below)).toBeNull()
  })

  it('leaves the bands where a column above runs on (no closing at its foot), or the left under it opens nothing', () => {
    expect(bannerInColumn(above.slice(0, 3).concat(above.slice(6)), banner, below)).toBeNull()
    expect(bannerInColumn(above, banner, below.slice(3))).toBeNull()
    expect(bannerInColumn(above.filter((t) => t !== ''), banner, below)).toBeNull()
  })

  it('gives 兴政办函〔2022〕16号 its name list (city-xe-toc2dec.txt)', () => {
    const doc = parseIssue(text('city-xe-toc2dec')).documents.find((d) => d.docNumber === '兴政办函〔2022〕16号')
    const want = truth('city-xe-toc2dec').find((d) => d.docNumber === '兴政办函〔2022〕16号')?.paragraphs.slice(2, 5) ?? []
    expect(want.length).toBe(3)
    const have = new Set(doc?.blocks.map((b) => flat(b.text)))
    for (const p of want) expect(have).toContain(flat(p))
  })
})

describe('a 主送机关 line', () => {
  const ctx: JoinContext = { full: 44, grams: countBigrams([]) }
  const unit = (t: string): { line: number; text: string; blankBefore: boolean; mergedRight: boolean } => ({ line: 0, text: t, blankBefore: false, mergedRight: false })
  it('never stands over another document’s salutation', () => {
    const to = unit('各乡（镇）人民政府、县直各有关单位：')
    expect(joinCost(ctx, to, unit('中国气象局：'))).toBeGreaterThanOrEqual(joinCost(ctx, to, unit('实施高标准农田建设是落实好藏粮于地、藏粮')) + 4)
  })
})
