// Three columns written row by row (text-pieces3.ts, text-streams3.ts): where a row's first cell
// is a document's closing at the top of the left column, and where a column the rows pass by is
// in step with them again, and where it goes on in the next row, or after another column's long block. The excerpts are real lines of tuning files; the fields expected are
// their truth.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { threeStreams } from '../../../src/main/importer/parse/text-streams3'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { flat, typesetText as text } from '../../support/typeset-files'
import { nextInStream } from './band-fixture'

describe('a page part’s first short line', () => {
  it('is the first row’s left cell, not a heading over the columns, when a date follows in the row after it', () => {
    // prov-xe-3col-answers-b.txt, page 15: the running head '建议提案答复', then the left column's
    // top, '国务院办公厅' over '二〇〇五年七月十四日' (69号's closing), each row's middle and right
    // lines between. Taken for a heading, it left the middle column's line first in the run, read
    // as the left one: the page was read a column off and 69号 took 21号's date.
    const page = blankFurniture(splitLines(text('prov-xe-3col-answers-b')), 0)
    const from = page.findIndex((l, i) => l.text.trim() === '建议提案答复' && page.slice(i + 1, i + 5).some((m) => m.text.trim() === '国务院办公厅'))
    expect(from).toBeGreaterThan(0)
    const [run] = pieceRuns(page, from, from + 40, 28)
    // The running head over them, with no date in its row, is still over the columns.
    expect(run.slice(0, 4).map((u) => u.text)).toEqual(['国务院办公厅', '工艺要求高，运行成本较高；二', '洁生产促进法》的有关规定，要', '二〇〇五年七月十四日'])
  })

  it('gives each reply on that page its own date', () => {
    const docs = parseIssue(text('prov-xe-3col-answers-b')).documents
    const date = (no: string): string | null | undefined => docs.find((d) => d.docNumber === no)?.date
    expect(date('国办函〔2005〕69号')).toBe('2005-07-14')
    expect(date('国办函〔2005〕21号')).toBe('2005-03-03')
  })
})

describe('a column whose last line leaves its sentence open (prov-3col-replies)', () => {
  it('goes on in the next row: the rows do not pay for a reading that rests it there and trades its line', () => {
    // prov-3col-replies.txt page 6: the right column's '院信息办连续四年组织对国务院' (the right part
    // of a text line) goes on at '部委及直属机构网站，对省、地、' in the next row, the left column's
    // cells left empty under '院信息办，现答复如下：' (its next paragraph written later as a block).
    // At rest after the open line for AT_REST alone, the right column gave that line to the left
    // one: '…现答复如下：' / '部委及直属机构网站…', and the reply's 三、 lost its join.
    const all = text('prov-3col-replies')
    const page = blankFurniture(splitLines(all), 0)
    const from = page.findIndex((l) => l.text.trim() === '邓乃扬、韩汝琦委员：')
    const to = page.findIndex((l, i) => i > from && l.text.trim() === '和标准规范，扩大互联网的普及')
    expect(from).toBeGreaterThan(0)
    const [run] = pieceRuns(page, from, to + 1, 28)
    const read = threeStreams(run, { full: 28, grams: countBigrams(all.split('\n')) })
    const after = nextInStream(run, read?.streams)
    expect(after('院信息办连续四年组织对国务院')).toBe('部委及直属机构网站，对省、地、')
    expect(after('院信息办，现答复如下：')).toBe('政府网站作为我国电子政务')
  })
})

describe('a column beside one written as a long block', () => {
  it('goes on after the block: its last line lies a few pieces back, however many lines the block holds', () => {
    // county-web-3col.txt page 8: the middle column's '及沿岸风貌提升综合运营。其中，' and the right
    // one's '配套政策。', then the left column's foot written as blocks, 35 lines, then the middle
    // column goes on at '兴县绿色低碳县城暨蔚汾河及沿岸'. Counted in lines, the middle column's last
    // one lay 38 back, past the reading's reach: the middle column was read as ended there.
    const all = text('county-web-3col')
    const page = blankFurniture(splitLines(all), 0)
    const from = page.findIndex((l) => l.text.trim() === '低碳建设运营商，启动县城蔚汾河')
    const to = page.findIndex((l) => l.text.trim() === '匹配，避免过度融资、超前建设。')
    expect(from).toBeGreaterThan(0)
    const [run] = pieceRuns(page, from, to + 1, 30)
    const at = (t: string): number => run.findIndex((u) => u.text.trim() === t)
    const [open, rest, right] = [at('及沿岸风貌提升综合运营。其中，'), at('兴县绿色低碳县城暨蔚汾河及沿岸'), at('配套政策。')]
    const block = [at('县直各有关单位、县属各有关国有'), at('建设投资有限公司（以下简称“兴')]
    expect(Math.min(open, rest, right, ...block)).toBeGreaterThanOrEqual(0)
    expect(block[1] - block[0]).toBeGreaterThan(30)
    // The middle column's two lines, the block the left column's, all between them the right one's.
    const forced = run.map((_, k) => (k === open || k === rest ? 1 : k >= block[0] && k <= block[1] ? 0 : k > open && k < rest ? 2 : -1))
    const read = threeStreams(run, { full: 30, grams: countBigrams(all.split('\n')) }, forced)
    expect(read).not.toBeNull()
    expect(nextInStream(run, read?.streams)('及沿岸风貌提升综合运营。其中，')).toBe('兴县绿色低碳县城暨蔚汾河及沿岸')
  })

  it('gives the last two notices of city-web-3col-c their own dates', () => {
    // Page 14: the 领导小组 notices' columns, one of them a name list written a line at a time
    // beside the other's blocks. Out of reach, the reading traded the two notices' closings.
    const docs = parseIssue(text('city-web-3col-c')).documents
    expect(docs.find((d) => d.docNumber === '兴政办函〔2022〕4号')?.date).toBe('2022-04-21')
    expect(docs.find((d) => d.title?.includes('培育乡村e镇工作领导小组'))?.date).toBe('2022-05-06')
  })
})

describe('a run written a line at a time in an issue set in three columns throughout', () => {
  it('is read in three streams though they read only a little better than two (city-web-3col-b)', () => {
    // Page 12: the 暂行办法's 第二十七条 list and its 附则 in the middle and right columns, the
    // converter writing one line of each column in turn (most lines alone between blank lines).
    // Three streams read the run better than two by less than WEAK_GAIN_PER_UNIT a line: two read
    // the list's items crossed with the other column's lines, and its items came out in pieces.
    const docs = parseIssue(text('city-web-3col-b')).documents
    const doc = docs.find((d) => d.title?.includes('个人所得税专项附加扣除暂行办法'))
    const got = new Set(doc?.blocks.map((b) => flat(b.text)))
    // The 附则's label written with its name's first character ('第九章 附', its '则' six lines on)
    // is whole since text-chapter-names.ts; that cost 第三十二条, whose last words ('日起施行。')
    // pdftotext writes some 200 lines later: the streams now leave them out (left open, s35).
    for (const p of ['（七）自然资源部门有关不动产登记信息；', '（九）医疗保障部门有关在医疗保障信息系统记录的个人负担的医药费用信息；', '第九章　附则']) expect(got.has(flat(p))).toBe(true)
  })
})
