// What a document's head and a heading say of a join (text-joins.ts): a document's numbering starts
// at one under its title, so '（三）发展目标。' never goes on from the title's last line '业的指导意见'
// (city-2col-lines.txt page 13: the title in the left column beside the right column's '（三）…',
// the streams crossed there); and a heading with its words never stands right over a signature or
// date ('二、加大政策扶持' / '二〇二二年六月九日', county-xe-kai-inner.txt). The excerpts are real
// lines of the tuning files; the paragraphs expected are those files' truth.
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { unit, noGrams as grams } from './join-units'

const toc = tocAnchors([{ category: '国务院办公厅文件', title: '国务院办公厅关于加快发展体育竞赛表演产业的指导意见', docNumber: '国办发〔2018〕121号', page: 13 }])

describe('a numbered paragraph under a title’s last line (city-2col-lines.txt page 13)', () => {
  const title = unit('业的指导意见')
  const ctx = { full: 46, grams, toc }

  it('costs more beyond the first number than the 主送机关 or a first heading under it', () => {
    const third = joinCost(ctx, title, unit('（三）发展目标。到 2025 年，体育竞赛表演产'))
    expect(third).toBeGreaterThan(joinCost(ctx, title, unit('各省、自治区、直辖市人民政府，国务院各部委、')))
    expect(third).toBeGreaterThanOrEqual(joinCost(ctx, title, unit('一、总体要求')) + 4)
  })

  it('says nothing without the 目录, or under a line no title of it holds (a figure’s caption)', () => {
    expect(joinCost({ full: 46, grams }, title, unit('（三）发展目标。到 2025 年，体育竞赛表演产'))).toBe(joinCost({ full: 46, grams }, title, unit('一、总体要求')))
    expect(joinCost(ctx, unit('汽车号牌编码规则'), unit('（二）摩托车号牌。字符共 7 位，依次为汉字'))).toBe(joinCost(ctx, unit('汽车号牌编码规则'), unit('（一）汽车号牌。')))
  })

  it('gives the 指导意见 its 主送机关 and headings whole in the whole issue', () => {
    const docs = parseIssue(text('city-2col-lines')).documents
    const doc = docs.find((d) => d.docNumber === '国办发〔2018〕121号')
    const got = new Set(doc?.blocks.map((b) => flat(b.text)))
    const want = truth('city-2col-lines')
      .find((d) => d.docNumber === '国办发〔2018〕121号')!
      .paragraphs.filter((p) => /^(各省、自治区|一、总体要求|\(二\)基本原则|坚持因地制宜|体育竞赛表演产业是)/.test(flat(p)))
    expect(want.length).toBe(5)
    for (const p of want) expect(got.has(flat(p))).toBe(true)
  })
})

describe('a heading with its words over a closing (county-xe-kai-inner.txt)', () => {
  const ctx = { full: 46, grams }

  it('costs more than the signature over its date; a numbered sentence over a signature does not', () => {
    const date = unit('二〇二二年六月九日')
    expect(joinCost(ctx, unit('二、加大政策扶持'), date)).toBeGreaterThanOrEqual(joinCost(ctx, unit('兴县人民政府'), date) + 4)
    expect(joinCost(ctx, unit('三、本通知自印发之日起施行。'), unit('兴县人民政府'))).toBe(joinCost(ctx, unit('本通知自印发之日起施行。'), unit('兴县人民政府')))
  })

  it('gives the 运营商 notice its headings and closing whole in the whole issue', () => {
    const docs = parseIssue(text('county-xe-kai-inner')).documents
    const want = truth('county-xe-kai-inner').find((d) => d.title.includes('城乡绿色低碳建设运营商'))!
    const doc = docs.find((d) => d.title.includes('城乡绿色低碳建设运营商'))
    const got = new Set(doc?.blocks.map((b) => flat(b.text)))
    const some = want.paragraphs.filter((p) => /^(一、基本原则|三、完善保障措施|\(三\)资金使用|兴县人民政府$|二〇二二年六月九日)/.test(flat(p)))
    expect(some.length).toBe(5)
    for (const p of some) expect(got.has(flat(p))).toBe(true)
  })
})
