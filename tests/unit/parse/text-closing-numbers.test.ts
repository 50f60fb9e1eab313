// A document that ends mid-column beside the next one's body, read from two columns pdftotext
// wrote line by line (swap-2col-flow1.txt page 6, a Chromium issue): the left column ends
// 国发〔2018〕42号 ('…（农业农村部、工业和信息化部等负责）' / '国务院' / '2018 年 12 月 21 日' /
// '（此件公开发布）') and sets 国发〔2018〕39号's head under it ('国发〔2018〕39 号', its title, its
// 主送机关), while the right column already runs that document's body ('…（财政部、人力资源社会保障部、
// 人民银行、银' / '保监会负责）' / '（四）支持创业载体建设。…'). The converter wrote the 文号 in one block
// under the right column's '保监会负责）', and the reading that put the head in the right column and
// '（四）…' under the public note in the left one cost no more than the true one. The excerpts are the
// file's lines; the paragraphs expected are its truth. Under a date or signature the rule is not
// kept: an attached plan's headings go on there, and prov2-band lost a public note's field so.
import { describe, expect, it } from 'vitest'
import { joinCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { switchCost, SWITCH } from '../../../src/main/importer/parse/text-stays'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetTruth, typesetText, flat } from '../../support/typeset-files'
import { noGrams, unit } from './join-units'

const NAME = 'swap-2col-flow1'
const ctx = { full: 48, grams: noGrams } as unknown as Parameters<typeof joinCost>[0]
const inBlock = (t: string): Unit => ({ line: 0, text: t, blankBefore: false, mergedRight: false })

describe('a paragraph labelled （N） past one under a public note', () => {
  const body = unit('（四）支持创业载体建设。鼓励各地加快建设重点')
  const note = unit('（此件公开发布）')

  it('costs as a number past one under a 主送机关 does', () => {
    expect(joinCost(ctx, note, body)).toBeGreaterThanOrEqual(joinCost(ctx, unit('保监会负责）'), body) + 4)
    expect(joinCost(ctx, note, body) - joinCost(ctx, note, unit('（一）支持创业载体建设。鼓励各地加快建设重点'))).toBe(4)
    expect(joinCost(ctx, note, unit('国发〔2018〕39 号'))).toBeLessThan(joinCost(ctx, note, body))
  })

  it('says nothing of a 栏目 numbered in the issue, of an attachment list’s entry, or under a date or signature', () => {
    const same = (a: string, b: string, c: string): void => expect(joinCost(ctx, unit(a), unit(b))).toBe(joinCost(ctx, unit(a), unit(c)))
    same('公开属性：主动公开', '三、县（市、区）文件', '一、县（市、区）文件')
    same('（此件公开发布）', '16. 兴县林业局', '1. 兴县林业局')
    same('2018 年 12 月 21 日', '（四）支持创业载体建设。鼓励各地加快建设重点', '（一）支持创业载体建设。鼓励各地加快建设重点')
    same('国务院', '（四）支持创业载体建设。鼓励各地加快建设重点', '（一）支持创业载体建设。鼓励各地加快建设重点')
  })
})

describe('a 文号 written in one block under a line that closes a bracket opened above', () => {
  it('leaves the block as cheaply as after a blank line: the note ends its paragraph', () => {
    expect(switchCost(inBlock('保监会负责）'), inBlock('国发〔2018〕39 号'))).toBe(SWITCH)
  })

  it('keeps the block’s price under a line holding its whole bracket, or for a line that is no 文号', () => {
    expect(switchCost(inBlock('款可获得性。（财政部、工业和信息化部）'), inBlock('国发〔2018〕39 号'))).toBeGreaterThan(SWITCH)
    expect(switchCost(inBlock('保监会负责）'), inBlock('（四）支持创业载体建设。鼓励各地加快建设重点'))).toBeGreaterThan(SWITCH)
  })
})

describe('the document whose head stands at the left column’s foot (swap-2col-flow1.txt page 6), in the whole issue', () => {
  it('gives 国发〔2018〕39号 the opening of its body the right column runs beside the head', () => {
    const docs = parseIssue(typesetText(NAME)).documents
    const blocksOf = (n: string): Set<string> => new Set(docs.find((d) => d.docNumber === n)?.blocks.map((b) => flat(b.text)))
    const wanted = typesetTruth(NAME).find((d) => d.docNumber === '国发〔2018〕39号')!.paragraphs.map(flat).filter((p) => /^(一、支持企业稳定发展|\(一\)加大稳岗|\(二\)发挥政府性|二、鼓励支持就业创业|\(三\)加大创业担保)/.test(p))
    expect(wanted.length).toBe(5)
    for (const p of wanted) {
      expect(blocksOf('国发〔2018〕39号').has(p)).toBe(true)
      expect(blocksOf('国发〔2018〕42号').has(p)).toBe(false)
    }
  })
})
