// A title's first line never goes on from a list's entry left open, a name without a full stop
// (text-joins.ts): a title stands under a closing, a 文号 or a banner. county-docx-sw-cdash.txt page 13 (a Word
// section read by pdftotext line by line): the left column opens 兴政办函〔2022〕6号 ('兴政办函〔2022〕
// 6 号' / '兴县人民政府办公室关于更新' / '行政执法主体的通知' …), the right one holds its list's rest
// ('9. 兴县审计局' …); the text writes '9.' and '10.' between the 文号 and its title, the streams read
// the title under '10.', and the page's two lists went into each other.
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { noGrams, unit } from './join-units'

const NUMBER = '兴政办函〔2022〕6号'
const ctx = { full: 40, grams: noGrams, toc: tocAnchors([{ category: '县政府办公室文件', title: '兴县人民政府办公室关于更新行政执法主体的通知', docNumber: NUMBER, page: 5 }]) }

describe('a title’s first line under a list’s entry (county-docx-sw-cdash.txt page 13)', () => {
  const title = unit('兴县人民政府办公室关于更新')

  it('costs under an entry left open as under a line left open', () => {
    expect(joinCost(ctx, unit('10. 兴县住房和城乡建设管理局'), title)).toBeGreaterThanOrEqual(joinCost(ctx, unit('兴政办函〔2022〕6 号'), title) + 4)
  })

  it('says nothing under a finished paragraph, numbered or not: an attachment ends so, the next title under it', () => {
    expect(joinCost(ctx, unit('（四）认真履职，严肃问责。'), title)).toBe(joinCost(ctx, unit('兴政办函〔2022〕6 号'), title))
    expect(joinCost(ctx, unit('5. 负责项目实施过程中的日常协调工作。'), title)).toBe(joinCost(ctx, unit('兴政办函〔2022〕6 号'), title))
  })

  it('says nothing of a line no 目录 title opens with', () => {
    expect(joinCost(ctx, unit('10. 兴县住房和城乡建设管理局'), unit('行政执法主体的通知'))).toBe(joinCost(ctx, unit('兴政办函〔2022〕6 号'), unit('行政执法主体的通知')))
  })

  it('keeps both of 6号’s lists whole, in the whole issue', () => {
    const doc = parseIssue(text('county-docx-sw-cdash')).documents.find((d) => d.docNumber === NUMBER)
    const blocks = new Set(doc?.blocks.map((b) => flat(b.text)))
    const list = truth('county-docx-sw-cdash').find((d) => d.docNumber === NUMBER)!.paragraphs.map(flat).filter((p) => /^\d+\./.test(p))
    expect(list.length).toBe(43)
    for (const p of list) expect(blocks.has(p)).toBe(true)
  })
})
