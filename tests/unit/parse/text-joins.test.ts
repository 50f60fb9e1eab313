// The cost of reading one line after another in a column (text-joins.ts): a document's closing
// never stands inside a paragraph, so pdftotext's block that prints one under an open line holds
// both columns' lines. The excerpts are real lines of county-lo-noto.txt (LibreOffice's
// PDF of a Word issue, read by pdftotext) and county-lo-autonum.txt; the dates expected are the
// files' truth.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { joinCost, stayCost, switchCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')
const text = (name: string): string => readFileSync(path.join(TUNING, name, `${name}.txt`), 'utf8')
const flat = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '')
const unit = (t: string, blankBefore = false): Unit => ({ line: 0, text: t, blankBefore, mergedRight: false })
// No character pairs: only the lines' shapes speak.
const ctx = { full: 44, grams: { joinEnds: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

describe('a signature or date printed in one block under a line left open (county-lo-noto.txt page 6)', () => {
  // '项目建成后…开发区' is a paragraph's first line: indented in print, so 2 hanzi short of the edge.
  // pdftotext printed it and the other column's '兴县人民政府' as one block.
  const open = unit('项目建成后极大地改善了兴县经济技术开发区')
  const ended = unit('规定程序报批。')

  it('is the other column’s: staying costs more than leaving the block', () => {
    expect(stayCost(open, unit('兴县人民政府'), ctx.full)).toBeGreaterThan(switchCost(open, unit('兴县人民政府')))
    expect(stayCost(open, unit('二〇二二年六月六日'), ctx.full)).toBeGreaterThan(switchCost(open, unit('二〇二二年六月六日')))
  })

  it('stays in its column under a finished sentence, a stacked signature, an attachment note', () => {
    expect(stayCost(ended, unit('兴县人民政府'), ctx.full)).toBe(0)
    expect(stayCost(unit('兴县人力资源和社会保障局'), unit('兴县发展和改革局'), ctx.full)).toBe(0)
    // prov-2col-song.txt: '附件：…' right over '国务院办公厅', no full stop between.
    expect(stayCost(unit('附件：应急救援专用号牌式样和车辆涂装样图'), unit('国务院办公厅'), 40)).toBe(0)
  })

  it('keeps a block to one column without the column’s width, or with prose under the open line', () => {
    expect(stayCost(open, unit('兴县人民政府'))).toBe(0)
    expect(stayCost(open, unit('入驻企业的出行条件，促进了开发区的快速发展，'), ctx.full)).toBe(0)
  })
})

describe('a heading’s numeral alone (county-lo-autonum.txt page 10: 一、 set apart from 工作目标)', () => {
  it('never goes on into a signature, in any layout', () => {
    expect(joinCost(ctx, unit('一、'), unit('兴县人力资源和社会保障局'))).toBeGreaterThan(8)
    expect(joinCost(ctx, unit('一、'), unit('2022 年，严格控制全县全社会煤炭消费'))).toBeLessThan(2)
  })
})

describe('a page with two documents’ closings in its columns (county-lo-noto)', () => {
  it('gives each document its own date', () => {
    const docs = parseIssue(text('county-lo-noto')).documents
    const date = (n: string): string | null | undefined => docs.find((d) => d.docNumber === n)?.date
    // Before: the 批复 got the 请示's 六月十五日 and the 请示 the 批复's 六月六日.
    expect(date('兴政函〔2022〕50号')).toBe('2022-06-06')
    expect(date('兴政函〔2022〕61号')).toBe('2022-06-15')
    expect(date('兴人社发〔2022〕9号')).toBe('2022-05-12')
  })
})

describe('a numbered list in one column beside a document begun in the other (county-xe-kai-inner.txt page 10)', () => {
  // pdftotext wrote '1. 兴县发展和改革局', then the right column's '兴政办函〔2022〕16 号' and title,
  // then '2. 兴县工业和信息化局'…: the list reads on in its column, the 文号 starts the new document.
  const grams = countBigrams(text('county-xe-kai-inner').split('\n'))
  const real = { full: 44, grams }
  const item = unit('1. 兴县发展和改革局')

  it('reads no word across an item’s short line: 局兴 (run-on issuers) says nothing after it', () => {
    expect(grams.joinEnds(['局'], ['兴', '政'])).toBeGreaterThan(1)
    expect(joinCost(real, item, unit('兴政办函〔2022〕16 号', true))).toBeGreaterThan(0)
    // A line that runs on still reads its pair: '…藏粮' / '于技，…'.
    expect(joinCost(real, unit('实施高标准农田建设是落实好藏粮于地、藏粮'), unit('于技，确保粮食安全的重要措施，也是现代农业提'))).toBeLessThan(0)
  })

  it('never has a document’s 文号 or issuer’s title go on from an item', () => {
    expect(joinCost(ctx, item, unit('兴政办函〔2022〕16 号', true))).toBeGreaterThan(joinCost(ctx, unit('（此件公开发布）'), unit('兴政办函〔2022〕16 号', true)))
    expect(joinCost(ctx, item, unit('兴县人民政府办公室关于成立兴县 2022 年'))).toBeGreaterThan(2)
    expect(joinCost(ctx, item, unit('2. 兴县工业和信息化局'))).toBeLessThan(1)
  })

  it('gives the list whole in its document, the new one’s 文号 under the closing', () => {
    const docs = parseIssue(text('county-xe-kai-inner')).documents
    const texts = (n: string): string[] => docs.find((d) => d.docNumber === n)?.blocks.map((b) => flat(b.text)) ?? []
    const farm = texts('兴政办函〔2022〕16号')
    expect(farm.length).toBeGreaterThan(5)
    expect(farm.some((t) => t.includes('兴县工业和信息化局'))).toBe(false)
    const list = docs.find((d) => d.blocks.some((b) => flat(b.text) === '28.兴县行政审批服务管理局'))
    expect(list?.blocks.map((b) => flat(b.text))).toEqual(expect.arrayContaining(['2.兴县工业和信息化局', '14.兴县农业农村局', '15.兴县能源局']))
  })
})
