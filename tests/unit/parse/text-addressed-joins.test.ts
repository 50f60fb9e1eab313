// What the 主送机关's place says of a join (text-joins.ts): a document opens with its 文号 and title,
// then the 主送机关, so that line goes on from the head and never from a body's finished sentence.
// county-lo-noto.txt page 10 (LibreOffice's PDF read by pdftotext line by line): the left column
// ends 兴政办函〔2022〕8号 ('…样本轮' / '换工作结束后，领导小组及其办公室自行撤销。' / '（二）做好协调
// 配合' …), the right one opens 兴政办函〔2022〕16号 ('兴政办函〔2022〕16 号' / '各乡（镇）人民政府、
// 县直各有关单位：' …); the bigrams read '撤销。' / '各乡' well, and the streams crossed there. The
// excerpts are the file's lines; the paragraphs expected are its truth. The page needs the numbering's
// word too (text-label-order.ts): under the 文号 the stream's numbering starts again, at one, so the
// right stream's '兴政办函〔2022〕16 号' / '（二）做好协调配合' breaks it.
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { numberBreaks, numberOf } from '../../../src/main/importer/parse/text-label-order'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { unit } from './join-units'

// No character pairs: only the lines' shapes speak.
const ctx = { full: 44, grams: { joinEnds: () => 0, joinCodes: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

describe('a 主送机关 line’s place (county-lo-noto.txt page 10)', () => {
  const recipients = unit('各乡（镇）人民政府、县直各有关单位：')
  const ended = unit('换工作结束后，领导小组及其办公室自行撤销。')

  it('costs under a finished sentence, not under the title or the 文号', () => {
    expect(joinCost(ctx, ended, recipients)).toBeGreaterThanOrEqual(joinCost(ctx, unit('关于成立兴县 2022 年高标准农田建设项目领导组的通知'), recipients) + 4)
    expect(joinCost(ctx, ended, recipients)).toBeGreaterThanOrEqual(joinCost(ctx, unit('兴政办函〔2022〕16 号'), recipients) + 4)
  })

  it('says nothing of a line ending in a colon that names no units', () => {
    expect(joinCost(ctx, ended, unit('技术指导组成员如下：'))).toBe(joinCost(ctx, ended, unit('领导组下设办公室和技术指导组，具体负责项')))
  })

  it('breaks a stream’s numbering where a 文号 stands over a number past one, and lets it start again', () => {
    const texts = ['（一）强化组织领导', '兴政办函〔2022〕16 号', '（二）做好协调配合']
    const nums = texts.map(numberOf)
    const heads = texts.map((t) => t.includes('〔2022〕'))
    expect(numberBreaks(nums, [0, 0, 0], heads).count).toBe(1)
    expect(numberBreaks(nums, [0, 0, 0]).count).toBe(0)
    const again = ['（三）强化组织领导', '兴政办函〔2022〕16 号', '（一）做好协调配合']
    expect(numberBreaks(again.map(numberOf), [0, 0, 0], heads).count).toBe(0)
    expect(numberBreaks(again.map(numberOf), [0, 0, 0]).count).toBe(0)
  })

  it('gives 兴政办函〔2022〕16号 its 主送机关 and opening, and 8号 its last headings, in the whole issue', () => {
    const docs = parseIssue(text('county-lo-noto')).documents
    const blocks = (n: string): Set<string> => new Set(docs.find((d) => d.docNumber === n)?.blocks.map((b) => flat(b.text)))
    const want = (n: string, head: RegExp): string[] => truth('county-lo-noto').find((d) => d.docNumber === n)!.paragraphs.filter((p) => head.test(flat(p))).map(flat)
    const opening = want('兴政办函〔2022〕16号', /^(各乡\(镇\)人民政府、县直各有关单位|实施高标准农田建设是|领导组下设办公室和技术指导组)/)
    const rest = want('兴政办函〔2022〕8号', /^(\(二\)做好协调配合|三、完善各方保障|\(一\)落实工作保障|\(三\)做好疫情防控)/)
    expect(opening.length).toBe(3)
    expect(rest.length).toBe(4)
    for (const p of opening) expect(blocks('兴政办函〔2022〕16号').has(p)).toBe(true)
    for (const p of rest) expect(blocks('兴政办函〔2022〕8号').has(p)).toBe(true)
  })
})

// county-xe-kai-inner.txt page 10 (XeLaTeX, read by pdftotext line by line): the left column ends
// 兴政办函〔2022〕6号's list ('1. 兴县发展和改革局' … '20. 兴县市场监督管理局'), the right one holds
// its rest and then 兴政办函〔2022〕16号's head ('兴政办函〔2022〕16 号', its title, '各乡（镇）人民政府、
// 县直各有关单位：'), written right after '1. 兴县发展和改革局'. A list's entry says nothing across its
// end, so the head read in the left column between '1.' and '2.': the body under the 主送机关 starts
// its numbering at one, and a '2.' right under it is the other column's.
describe('a number past one under a 主送机关 line (county-xe-kai-inner.txt page 10)', () => {
  const recipients = unit('各乡（镇）人民政府、县直各有关单位：')

  it('costs as much as a 主送机关 under a finished sentence', () => {
    expect(joinCost(ctx, recipients, unit('2. 兴县工业和信息化局'))).toBeGreaterThanOrEqual(joinCost(ctx, recipients, unit('实施高标准农田建设是落实好藏粮于地、藏粮')) + 4)
    expect(joinCost(ctx, recipients, unit('一、总体要求'))).toBe(joinCost(ctx, recipients, unit('实施高标准农田建设是落实好藏粮于地、藏粮')))
  })

  it('keeps 兴政办函〔2022〕6号’s list whole under it and 16号’s opening under 16号, in the whole issue', () => {
    const docs = parseIssue(text('county-xe-kai-inner')).documents
    const blocks = (n: string): Set<string> => new Set(docs.find((d) => d.docNumber === n)?.blocks.map((b) => flat(b.text)))
    const want = (n: string, head: RegExp): string[] => truth('county-xe-kai-inner').find((d) => d.docNumber === n)!.paragraphs.filter((p) => head.test(flat(p))).map(flat)
    const list = want('兴政办函〔2022〕6号', /^([2-9]|1\d|20)\.兴县/)
    const opening = want('兴政办函〔2022〕16号', /^(各乡\(镇\)人民政府、县直各有关单位|实施高标准农田建设是)/)
    expect(list.length).toBeGreaterThanOrEqual(18)
    expect(opening.length).toBe(2)
    for (const p of list) expect(blocks('兴政办函〔2022〕6号').has(p)).toBe(true)
    for (const p of opening) expect(blocks('兴政办函〔2022〕16号').has(p)).toBe(true)
  })
})
