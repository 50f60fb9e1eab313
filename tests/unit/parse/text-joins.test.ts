// The cost of reading one line after another in a column (text-joins.ts): a document's closing
// never stands inside a paragraph, so pdftotext's block that prints one under an open line holds
// both columns' lines. The excerpts are real lines of county-lo-noto.txt (LibreOffice's
// PDF of a Word issue, read by pdftotext) and county-lo-autonum.txt; the dates expected are the
// files' truth.
import { describe, expect, it } from 'vitest'
import { joinCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { salutationCost, stayCost, switchCost } from '../../../src/main/importer/parse/text-stays'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { runsOf } from '../../../src/main/importer/parse/text-streams'
import { twoStreams } from '../../../src/main/importer/parse/text-two-streams'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text } from '../../support/typeset-files'

const unit = (t: string, blankBefore = false): Unit => ({ line: 0, text: t, blankBefore, mergedRight: false })
// No character pairs: only the lines' shapes speak.
const ctx = { full: 44, grams: { joinEnds: () => 0, joinCodes: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

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

describe('a reply’s salutation printed in one block under a line left open (city-2col-flow.txt page 20)', () => {
  // The page's left column runs on ('…方便人民群众及时' / '反映意见和建议。'); the right column's
  // new document opens beside it with '石英代表：', which pdftotext printed in the left line's block.
  const excerpt = [
    '家提出的重要意见和建议都批请有关部门研究办理。',
    '今年初，中央政府门户网站正式开通，通过在线访',
    '谈、网上调查和意见征集等形式，积极开展中央政府与',
    '',
    '国办函〔2006〕70 号',
    '',
    '公众的互动交流。这些措施将进一步方便人民群众及时',
    '石英代表：',
    '',
    '反映意见和建议。',
    '',
    '您提出的关于建设地方政府门户网站外文版的建',
    '',
    '总的来看，国务院及有关部门与人民群众联系的方',
    '式和沟通渠道日益增多，反映社情民意的渠道是畅通',
    '',
    '议收悉，现答复如下：',
    '政府上网工程实施以来，各级政府及其部门相继在'
  ].join('\n')
  const open = unit('公众的互动交流。这些措施将进一步方便人民群众及时')

  it('is the other column’s: staying costs more than leaving the block', () => {
    expect(salutationCost(open, unit('石英代表：'), 48)).toBeGreaterThan(switchCost(open, unit('石英代表：')))
    expect(salutationCost(open, unit('周桂英等代表：'), 48)).toBeGreaterThan(0)
  })

  it('stays under a finished sentence or the title, or after a blank line', () => {
    expect(salutationCost(unit('感谢您对政府工作的关心与支持。'), unit('石英代表：'), 48)).toBe(0)
    expect(salutationCost(unit('7240 号建议的答复'), unit('周桂英等代表：'), 48)).toBe(0)
    expect(salutationCost(open, unit('石英代表：', true), 48)).toBe(0)
  })

  it('reads each column on: the open line into its sentence’s rest, the salutation into its reply', () => {
    const lines = splitLines(excerpt)
    const [run] = runsOf(lines, 0, lines.length, 48)
    const grams = countBigrams(splitLines(text('city-2col-flow')).map((l) => l.text).filter((t) => t.trim() !== ''))
    const read = twoStreams(run, { full: 48, grams })
    const column = (start: string): number | undefined => read?.columns[run.findIndex((u) => u.text.startsWith(start))]
    expect(column('石英代表')).toBe(column('国办函'))
    expect(column('您提出的')).toBe(column('石英代表'))
    expect(column('反映意见')).toBe(column('公众的互动'))
    expect(column('反映意见')).not.toBe(column('石英代表'))
  })
})
