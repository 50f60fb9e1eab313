// A column's line that pdftotext's default text wrote in pieces, broken where the typesetter
// stretched the glue after a mark to justify it (tests/fixtures/typeset/tuning/prov2-a0.txt, a
// provincial page in two columns of 20 hanzi, 40 display columns): the pieces go back on one line
// before the columns are read. The excerpts are real lines of the tuning file.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { joinLinePieces, piecesAt } from '../../../src/main/importer/parse/text-line-pieces'
import { readStreams } from '../../../src/main/importer/parse/text-streams'
import { blankFurniture, pageStarts } from '../../../src/main/importer/parse/text-pages'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

const lines = (...texts: string[]): { no: number; text: string }[] => texts.map((text, i) => ({ no: i + 1, text }))

describe('pieces of one column line', () => {
  it('are the lines of a block that fill the column’s measure together, the first ending at a stretched mark', () => {
    // prov2-a0.txt lines 807–808 and 955–956: '…先行先试，' + a gap + '着力…'; '地震，' + a gap + '但其…'.
    expect(piecesAt(lines('开展创新政策先行先试，', '着力培育良好的创新创'), 0, 40)).toBe(2)
    expect(piecesAt(lines('地震，', '但其潜在的危险和威胁却客观存在着。近'), 0, 40)).toBe(2)
    // A paragraph's first line, an indent short of the measure ('第一条 为了规范…，' + '保障委托').
    expect(piecesAt(lines('第一条 为了规范专利代理行为，', '保障委托'), 0, 40)).toBe(2)
    // prov2-small.txt lines 1607–1608: a semicolon's glue stretched too ('…处分；' + a gap + '安徽省…').
    expect(piecesAt(lines('到党内严重警告处分；', '安徽省经贸委煤炭工业管'), 0, 40)).toBe(2)
  })

  it('are not a line at the measure and the other column’s line under it, nor a list’s entry under its lead', () => {
    // prov2-a0.txt lines 952–953: the right column's full line, then the left column's.
    expect(piecesAt(lines('地震等那种造成重大人员伤亡和经济损失的大', '各省、自治区、直辖市人民政府，国务院各部'), 0, 40)).toBe(1)
    // A line ending in a colon is a sentence's end: the list under it starts a line of its own.
    expect(piecesAt(lines('换工作：', '组长：刘飞县委常委、政府副县长'), 0, 40)).toBe(1)
    // A paragraph's marker starts a paragraph, never a piece ('四、工作要求' under '…，').
    expect(piecesAt(lines('区位优势、创新资源优势，', '（二）有书面合伙协议或者公司章程；'), 0, 40)).toBe(1)
    // A list's item ends at a semicolon; the next starts at its dash (county-lo-autonum.txt).
    expect(piecesAt(lines('40%；', '——乡镇、行政村（社区）二级公共健身'), 0, 40)).toBe(1)
    // An item's short last line, the next item under it (county-lo-levels.txt lines 232–233).
    expect(piecesAt(lines('m²；', '建筑密度为 55.32%；绿地率为 10.06%；容'), 0, 42)).toBe(1)
  })

  it('are a block opened at a colon a fallback font set apart, never a 主送机关 over its body', () => {
    // prov2-a0.txt lines 2127–2129 and 2039–2041: '办理意见：' + a gap + '该问题…统' is one line of
    // the left column, the block opened at its colon; so is '…研究提出了办理意见：' + '发展改革'.
    expect(piecesAt(lines('', '办理意见：', '该问题将根据今年水稻的增产情况统'), 1, 40)).toBe(2)
    expect(piecesAt(lines('', '发展改革委研究提出了办理意见：', '发展改革', '委已向国务院上报了我国乙烯工业中长期发展'), 1, 40)).toBe(2)
    // prov2-a4.txt line 601: a unit's name and a colon is the 主送机关, its body's first line under it.
    expect(piecesAt(lines('', '民航总局：', '你局《关于报送 2008 年北京奥运会首都国'), 1, 44)).toBe(1)
    // prov-xe-toc2col.txt line 800: a wrapped 主送机关's last line, inside its block.
    expect(piecesAt(lines('科技部、新疆维吾尔自治区人民政府、新疆生产建设', '兵团：', '你们关于支持乌鲁木齐、昌吉、石河子高新技术'), 1, 46)).toBe(1)
    // city-2col-flow.txt line 2683: a wrapped 主送机关's last character, its line before it in the other column's block.
    expect(piecesAt(lines('', '团：', '你们关于支持乌鲁木齐、昌吉、石河子高新技术产'), 1, 48)).toBe(1)
    // prov3-song.txt line 3073: a sentence's end, then a letter-spaced post's first character ('组　长：').
    expect(piecesAt(lines('', '应调整。现将调整后的名单通知如下：', '组'), 1, 40)).toBe(1)
  })

  it('go back on one line, each page break kept, so that the columns read whole', () => {
    // prov2-a0.txt page 5: '协调委办公室设在民航总局，' / '承担协调委的' is one line of the
    // left column; read as two, the right column's line goes in between.
    const from = 90
    const raw = blankFurniture(splitLines(text('prov2-a0')), from)
    const joined = joinLinePieces(raw, from)
    expect(pageStarts(joined)).toEqual(pageStarts(raw))
    expect(joined.map((l) => l.text)).toContain('协调委办公室设在民航总局，承担协调委的')
    const read = (l: typeof raw): string => flat(readStreams(l, from).filter((x) => !isBlank(x.text)).map((x) => x.text).join(''))
    const paragraph = flat(truth('prov2-a0').flatMap((d) => d.paragraphs).find((p) => p.startsWith('协调委办公室设在民航总局')) ?? '')
    expect(paragraph.length).toBeGreaterThan(40)
    expect(read(joined)).toContain(paragraph)
    expect(read(raw)).not.toContain(paragraph)
  })

  it('joined at a semicolon, give a paragraph its lines in order (prov2-small)', () => {
    // Each holds a line of its column that a semicolon's stretched glue broke in two ('…处分；' / '安徽省…').
    const blocks = new Set(parseIssue(text('prov2-small')).documents.flatMap((d) => d.blocks.map((b) => flat(b.text))))
    for (const start of ['山西左权县河南村煤矿', '专家组认为']) {
      const paragraph = flat(truth('prov2-small').flatMap((d) => d.paragraphs).find((p) => p.startsWith(start)) ?? '')
      expect(paragraph.length).toBeGreaterThan(40)
      expect(blocks.has(paragraph)).toBe(true)
    }
  })
})

describe('pieces broken after a mark whose right half is blank', () => {
  it('are a line and its rest opening with a mark no line starts with, wherever they stand in the column', () => {
    // city-xe-span-mid.txt lines 142–143 and 746–747 (columns of 23 hanzi): '）' + a gap + '、…'; '”' + a gap + '，…'.
    expect(piecesAt(lines('学历教育包括义务教育（小学、初中教育）', '、高中'), 0, 46)).toBe(2)
    expect(piecesAt(lines('43. 江苏省淮安市开展“数字化联合审图”', '，施工'), 0, 46)).toBe(2)
  })

  it('are two, a block of their own', () => {
    // city-2col-flow.txt lines 2185–2192 (columns of 24 hanzi): eight pieces, each quote set apart, are left to the columns' reading.
    expect(piecesAt(lines('不到位等突出问题，', '“僵尸”', '、', '“睡眠”', '、', '“雷人雷语”', '、', '“不', ''), 0, 48)).toBe(1)
    // city-xe-3col.txt lines 1077–1080: the block holds the other column's signatures too; its reading is the columns'.
    expect(piecesAt(lines('', '的通知》', '（晋水资源便〔2022〕13 号）精神，我县', '兴县人力资源和社会保障局', '兴县发展和改革局'), 1, 48)).toBe(1)
  })

  it('are a line and its rest opening with a bracket when together they fill the measure', () => {
    // city-xe-toc2dec.txt lines 1988–1989 (columns of 22 hanzi): '…“装、树、联”' + a gap + '（垃圾焚烧…'.
    expect(piecesAt(lines('电企业实施“装、树、联”', '（垃圾焚烧企业依法依规'), 0, 44)).toBe(2)
    // A title's short line over its 文号 in brackets fills no measure.
    expect(piecesAt(lines('关于印发实施方案的通知》', '（兴政发〔2022〕9 号）'), 0, 46)).toBe(1)
    // prov2-a4.txt lines 2651–2652: a rest opening with a cited 文号 stays at its line's head, where the heads' readings look for one.
    expect(piecesAt(lines('的通知》', '（国发〔1986〕97 号）和有关规定精神，与'), 0, 40)).toBe(1)
    // prov3-song.txt lines 2755–2756: a label set apart is the labels' reading's (text-labels.ts).
    expect(piecesAt(lines('（二）', '“九五”期间，固定资产投资规模每年'), 0, 38)).toBe(1)
  })
})

describe('a sentence and the bracketed note after it on one column line', () => {
  it('are pieces of one line: the stop’s and the bracket’s blank halves make the glue justification stretches', () => {
    // city-xe-toc2dec.txt lines 1836–1837 and 1851–1852 (columns of 22 hanzi): the sentence's end, then
    // the note's opening; together they fill the measure.
    expect(piecesAt(lines('秸秆综合利用率达到 85% 以上。', '（国家发展改革委、'), 0, 44)).toBe(2)
    expect(piecesAt(lines('固体废物产生量小、循环利用率高的示范企业。', '（工'), 0, 44)).toBe(2)
    // city-2col-flow.txt lines 435–436: a paragraph's short last line, the note closed on its piece.
    expect(piecesAt(lines('用。', '（农业农村部、工业和信息化部等负责）'), 0, 48)).toBe(2)
  })

  it('are not a paragraph’s end and a bracketed marker opening the next, nor a note left open short of the measure', () => {
    expect(piecesAt(lines('务“一带一路”建设。', '（二）发展目标。'), 0, 44)).toBe(1)
    expect(piecesAt(lines('用。', '（农业农村部、'), 0, 44)).toBe(1)
    // prov3-song.txt lines 2846–2847: a 附注 naming no unit, on a line of its own under the paragraph's end.
    expect(piecesAt(lines('税收的有关政策执行。', '（本文有删减）'), 0, 36)).toBe(1)
    // A full line of its column is no piece, whatever follows it.
    expect(piecesAt(lines('物减量和循环利用。大力推行绿色设计，提高产品。', '（工'), 0, 44)).toBe(1)
  })

  it('go back on one line in the real text (city-xe-toc2dec), so that the columns taking turns line by line keep their order', () => {
    const raw = blankFurniture(splitLines(text('city-xe-toc2dec')), 60)
    const joined = joinLinePieces(raw, 60).map((l) => l.text)
    expect(joined).toContain('秸秆综合利用率达到 85% 以上。（国家发展改革委、')
    expect(joined).toContain('固体废物产生量小、循环利用率高的示范企业。（工')
    expect(raw.map((l) => l.text)).not.toContain('秸秆综合利用率达到 85% 以上。（国家发展改革委、')
  })
})

// A line at the measure up to its stretched mark, the glue after the mark stretched so far that the
// line's last word or two stand apart: pdftotext writes them on a line under it, the two a block of
// their own (prov2-a0.txt lines 1600–1601 and 2714–2715, columns of 20 hanzi, 40 display columns).
describe('a line at the measure and its short rest', () => {
  it('are pieces of one line when they are a block alone and fit the measure together', () => {
    expect(piecesAt(lines('', '经理宋从恕受到撤销行政和党内职务处分；', '淮北', ''), 1, 40)).toBe(2)
    expect(piecesAt(lines('', '总局认真研究。有关部门根据总理批示精神，', '对', ''), 1, 40)).toBe(2)
  })

  it('are not when the rest ends a sentence, stands in a block of more lines, overflows the measure, or follows a colon', () => {
    expect(piecesAt(lines('', '经理宋从恕受到撤销行政和党内职务处分；', '淮北。', ''), 1, 40)).toBe(1)
    // A third line in the block: the rest may be a column's line among others.
    expect(piecesAt(lines('', '总局认真研究。有关部门根据总理批示精神，', '对', '太原钢铁（集团）有限公司（以下简称“太钢”'), 1, 40)).toBe(1)
    expect(piecesAt(lines('', '总局认真研究。有关部门根据总理批示精神，', '对太原钢铁', ''), 1, 40)).toBe(1)
    expect(piecesAt(lines('', '发展改革委会同有关部门研究提出了办理意见：', '发展', ''), 1, 40)).toBe(1)
  })

  it('give 国办函〔2005〕21号 its paragraph whole in the whole issue (prov2-a0)', () => {
    const docs = parseIssue(text('prov2-a0')).documents
    const blocks = docs.find((d) => d.docNumber === '国办函〔2005〕21号')!.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks.some((b) => b.includes('有关部门根据总理批示精神，对太原钢铁（集团）有限公司'))).toBe(true)
  })
})
