// Three-column pages as pdftotext writes them (tests/fixtures/typeset/tuning/prov-3col-dots): a
// line of each column in turn, each its own block, now and then two columns' lines on one text
// line, and a justified line cut at its stretched gaps. The excerpts are real lines of the tuning
// file; the paragraphs expected are its truth.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams } from '../../../src/main/importer/parse/text-streams'
import { pieceRuns, piecesOf } from '../../../src/main/importer/parse/text-pieces3'
import { threeStreams } from '../../../src/main/importer/parse/text-streams3'
import { breaks3, mendNumbering3 } from '../../../src/main/importer/parse/text-label-order3'
import { numberOf } from '../../../src/main/importer/parse/text-label-order'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { nextInStream } from './band-fixture'

const lines = (texts: string[]): { no: number; text: string }[] => texts.map((t, i) => ({ no: i + 1, text: t }))

describe('a three-column text line', () => {
  it('is cut at a space between two hanzi: the gutter', () => {
    // prov-3col-dots.txt line 68: the left column's line, then the middle one's.
    expect(piecesOf('你们关于支持乌鲁木齐、昌吉、 创新体系整体效能，')).toEqual(['你们关于支持乌鲁木齐、昌吉、', '创新体系整体效能，'])
  })

  it('is cut at the gutter where a column’s line opens with a quote, set full-width in a Chinese font', () => {
    // prov-3col-dots.txt line 548: the left column's line, then the middle one's, which opens with “.
    expect(piecesOf('应急部负责制定悬挂专用号牌机动 “应急”组成。其中，所属救援队伍')).toEqual(['应急部负责制定悬挂专用号牌机动', '“应急”组成。其中，所属救援队伍'])
    expect(piecesOf('国家综合性消防救援车辆悬挂 “京·12345 应急”表示车辆归属应急')).toEqual(['国家综合性消防救援车辆悬挂', '“京·12345 应急”表示车辆归属应急'])
    // A quote inside a column's line, spaces round digits: no gutter.
    expect(piecesOf('“京·X2345 应急”表示车辆归属')).toHaveLength(1)
  })

  it('is not cut beside digits, nor when set letter by letter', () => {
    expect(piecesOf('依照 2006 年 10 月 31 日第十')).toEqual(['依照 2006 年 10 月 31 日第十'])
    expect(piecesOf('41.565 公 顷 （具 体 以 界 址 点 坐 标')).toHaveLength(1)
  })
})

describe('the pieces of a page in three columns', () => {
  // prov-3col-dots.txt lines 141-146, a column 16 hanzi (32 display columns) wide.
  const page = lines([
    '发展战略，充分发挥乌鲁木齐、昌吉、 科技成果转化、人才培育引进、科技',
    '石河子区位优势、创新资源优势和产',
    '',
    '金融结合、',
    '知识产权运用与保护、',
    '面向',
  ])

  it('take a line wider than a column as two columns’ lines, the right one in another column', () => {
    const [run] = pieceRuns(page, 0, page.length, 32)
    expect(run.slice(0, 2).map((u) => [u.text, u.mergedRight])).toEqual([
      ['发展战略，充分发挥乌鲁木齐、昌吉、', false],
      ['科技成果转化、人才培育引进、科技', true],
    ])
  })

  it('join a justified line that the converter cut at its stretched gaps', () => {
    const [run] = pieceRuns(page, 0, page.length, 32)
    expect(run.map((u) => u.text)).toContain('金融结合、知识产权运用与保护、面向')
  })

  it('keep whole a line whose pieces fit one column: the space is the print’s, not the gutter', () => {
    // county-web-3col.txt lines 108-112 (a column 15 hanzi wide): '中共中央办公厅 国务院办公厅'
    // wraps in the left column; read as two columns' lines it threw the rows out of step.
    const rows = lines(['保险办法。悬挂专用号牌消防救援', '', '根据《中共中央办公厅 国务院', '', '简称、三位序号和所属救援队伍代'])
    expect(pieceRuns(rows, 0, rows.length, 30)[0].map((u) => [u.text, u.mergedRight])).toEqual([
      ['保险办法。悬挂专用号牌消防救援', false],
      ['根据《中共中央办公厅 国务院', false],
      ['简称、三位序号和所属救援队伍代', false],
    ])
    // Pieces that fit but meet at a mark are columns apart (prov-3col-dots.txt line 128).
    const marked = lines(['按照党中央、 新，'])
    expect(pieceRuns(marked, 0, 1, 32)[0].map((u) => u.text)).toEqual(['按照党中央、', '新，'])
  })

  it('keep a 文号 whose title is set in a column as that column’s line: a document starts mid-column', () => {
    // county-web-3col.txt lines 508-524: the left column's 文号, title and opening, written as a
    // block among the rows; the other columns' rows around it read on in one run.
    const page = splitLines(text('county-web-3col')).slice(508, 533)
    const runs = pieceRuns(page, 0, page.length, 30)
    expect(runs).toHaveLength(1)
    expect(runs[0].map((u) => u.text)).toContain('国办函〔2018〕71号')
    expect(runs[0].map((u) => u.text)).toContain('通知')
  })

  it('keep a title’s last line and the bracketed 文号 under it apart: no justified line cut in two', () => {
    // prov-xe-3col-answers.txt: a reply's title set in the left column, '国务院办公厅关于科技节水' /
    // '建议的复函' / '（国办函〔2005〕21 号）'; made one unit, the document's 文号 was no line of its own.
    const rows = lines(['国务院办公厅关于科技节水', '建议的复函', '（国办函〔2005〕21 号）', '', '马万祺副主席：'])
    expect(pieceRuns(rows, 0, rows.length, 30)[0].map((u) => u.text)).toEqual(['国务院办公厅关于科技节水', '建议的复函', '（国办函〔2005〕21 号）', '马万祺副主席：'])
    // A justified line cut at its stretched gap is still one unit.
    const cut = lines(['简称“太钢”', '）应用反渗透膜过滤技'])
    expect(pieceRuns(cut, 0, cut.length, 30)[0].map((u) => u.text)).toEqual(['简称“太钢”）应用反渗透膜过滤技'])
  })

  it('find every reply of a three-column 栏目 whose titles are set inside a column (prov-xe-3col-answers)', () => {
    const issue = parseIssue(text('prov-xe-3col-answers'))
    for (const t of truth('prov-xe-3col-answers').filter((d) => d.category === '建议提案答复')) {
      expect(issue.documents.some((d) => d.title === t.title), t.title).toBe(true)
    }
  })

  it('end at a 栏目 banner across the page: the next document’s 文号 comes within a row under it', () => {
    // county-web-3col.txt lines 1360-1384: doc 39号's closing, '三、县政府文件', the next rows.
    const page = splitLines(text('county-web-3col')).slice(1360, 1385)
    const runs = pieceRuns(page, 0, page.length, 30)
    expect(runs[0].map((u) => u.text).pop()).toBe('国务院')
    expect(runs.flat().map((u) => u.text)).not.toContain('三、县政府文件')
  })

  it('put two titles written whole after their 文号 row back row by row, the third column’s top beside them', () => {
    // city-web-3col-b.txt lines 1660-1771 (page 7): two documents start side by side, pdftotext
    // writing '兴政函〔2022〕45号' / '兴政函〔2022〕55号', each title whole, then the rows, and the
    // right column's top (the page before's document going on) as a block further down. Read in
    // the text's order, the rows fell out of step: the closings went to the wrong documents and
    // the 承诺函 under them was not found.
    const page = blankFurniture(splitLines(text('city-web-3col-b')), 0).slice(1659, 1772)
    const [run] = pieceRuns(page, 0, page.length, 34)
    expect(run.slice(0, 13).map((u) => u.text)).toEqual([
      '兴政函〔2022〕45号',
      '兴政函〔2022〕55号',
      '项目属于《国家发展改革委等部门',
      '兴县人民政府关于公布兴县第',
      '兴县人民政府关于向兴县城乡',
      '关于加快推进2022-2023年铁路专用线',
      '一批非物质文化遗产项目代表',
      '基础设施建设投资有限公司增',
      '等重点项目建设的通知》（发改基础',
      '性传承人的通知',
      '加资本金的通知',
      '〔2021〕1746号）的重点项目，用地涉及兴县瓦塘镇瓦塘村、张家洼村、赵家',
      '各乡（镇）人民政府，县直各单位：',
    ])
    const docs = parseIssue(text('city-web-3col-b')).documents
    expect(docs.map((d) => d.docNumber)).toContain('兴政函〔2022〕51号')
    expect(docs.find((d) => d.docNumber === '兴政函〔2022〕45号')?.title).toBe('关于公布兴县第一批非物质文化遗产项目代表性传承人的通知')
  })

  it('keep a date and the public note under it as two lines, no justified line cut at a gap', () => {
    // county-web-3col.txt lines 261-262: the right column's closing, written as a block.
    const page = lines(['四、悬挂专用号牌车辆的政策', '保障', '', '2018年12月4日', '（此件公开发布）'])
    expect(pieceRuns(page, 0, page.length, 30)[0].map((u) => u.text)).toEqual(['四、悬挂专用号牌车辆的政策', '保障', '2018年12月4日', '（此件公开发布）'])
  })

  it('leave out a title over the page and what is set with it (a section’s name)', () => {
    // prov-3col-dots.txt lines 332-339: a document's date, the next section and title over the page.
    const over = lines(['各地应于六月底前将落实到生产队', '', '一九八一年五月二十三日', '', '【国务院办公厅文件】', '国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的', '通知', '国办发〔2018〕114 号'])
    const runs = pieceRuns(over, 0, over.length, 32)
    expect(runs.flat().map((u) => u.text)).toEqual(['各地应于六月底前将落实到生产队', '一九八一年五月二十三日'])
  })
})

describe('three columns written a line of each in turn (prov-3col-dots)', () => {
  const docs = truth('prov-3col-dots')
  // Line 45 on: past the cover and the 目录.
  const out = flat(readStreams(blankFurniture(splitLines(text('prov-3col-dots')), 45), 45).filter((l) => !isBlank(l.text)).map((l) => l.text).join(''))

  it('gives each column’s paragraphs whole', () => {
    // Doc 1's request paragraph runs down the left column; its 四、 the right one, past a displaced line.
    expect(out).toContain(flat(docs[0].paragraphs[1]))
    expect(out).toContain(flat(docs[0].paragraphs[5]))
    // Doc 3's 一、 and 二、 run from the middle column into the right one.
    expect(out).toContain(flat(docs[2].paragraphs[2]))
    expect(out).toContain(flat(docs[2].paragraphs[3]))
  })

  it('puts first the column a line ending in a colon opens, though pdftotext wrote another column’s line first', () => {
    // Lines 1396-1414: under 国办函〔2006〕70 号 the middle column's top line comes first; the left
    // column's first paragraph ends in '答复如下：'.
    const address = out.indexOf(flat('您提出的关于建设地方政府门户网站外文版的建议收悉，现答复如下：'))
    expect(address).toBeGreaterThan(0)
    expect(out.indexOf(flat('建设也取得了一定进展。中央政府门'))).toBeGreaterThan(address)
  })

  it('reads a page on past a line whose right-hand column opens with a quote', () => {
    // Lines 448-622, 国办发〔2018〕114 号's 附件: line 548 holds the left column's '…号牌机动' and
    // the middle one's '“应急”组成。…'; read as one line wider than a column, it cut the page's run
    // in two and the rows read out of step. Truth: the right column's 三、 paragraph, whole.
    expect(out).toContain(flat(docs[3].paragraphs[30]))
    const page = splitLines(text('prov-3col-dots')).slice(448, 622)
    const runs = pieceRuns(page, 0, page.length, 32)
    expect(runs.some((run) => run.some((u) => u.text === '应急部负责制定悬挂专用号牌机动') && run.some((u) => u.text.startsWith('“应急”组成') && u.mergedRight))).toBe(true)
  })

  it('reads the numbered paragraphs on from column to column where the last rows read either way', () => {
    // Lines 1228-1247, 国办函〔1996〕16 号: the left column ends '…提高使用效益。' / '二、关于理顺黄金
    // 工业投资渠道' / '问题', the middle one '三、关于黄金行业管理经费问题' / '中国人民银行每年…'. Their
    // joins read about as well traded; the numbering (一、 … 二、 in the left column, 三、 in the
    // middle, 四、 in the right) does not.
    expect(out).toContain(flat('提高使用效益。二、关于理顺黄金工业投资渠道问题（一）从 1996 年起'))
    expect(out).toContain(flat('三、关于黄金行业管理经费问题中国人民银行每年从黄金收售价差款中支付 XXX 元'))
  })

  it('reads the columns apart where two streams cannot', () => {
    const grams = countBigrams(text('prov-3col-dots').split('\n'))
    // Lines 256-289: 国发〔1981〕88 号's columns, one line of each in turn.
    const page = splitLines(text('prov-3col-dots')).slice(257, 289)
    const [run] = pieceRuns(page, 0, page.length, 32)
    const read = threeStreams(run, { full: 32, grams })
    expect(read).not.toBeNull()
    const first = run.filter((_, k) => read?.columns[k] === read?.columns[0]).map((u) => u.text)
    expect(flat(first.join(''))).toContain(flat('各省、市、自治区人民政府，国务院有关部委、直属机构：为了促进棉、糖生产发展，一九'))
  })
})

describe('a three-column issue’s fields (prov-3col-dots)', () => {
  it('keeps each public 附注 with its document, a name list’s pieces under a closing notwithstanding', () => {
    const issue = parseIssue(text('prov-3col-dots'))
    const want = truth('prov-3col-dots').map((d) => d.public)
    expect(issue.documents.map((d) => d.public)).toEqual(want)
  })

  it('ends a heading as wide as a narrow column’s indent before the paragraph under it', () => {
    const issue = parseIssue(text('prov-3col-dots'))
    const doc = issue.documents.find((d) => d.docNumber === '国办发〔2018〕114号')
    expect(doc?.blocks.map((b) => b.text)).toContain('一、专用号牌的核发范围和管理')
  })
})

describe('three columns read by the rows pdftotext writes them in', () => {
  const grams = countBigrams(text('prov-3col-dots').split('\n'))
  const streamsOf = (from: number, to: number): string[] => {
    // The run's columns, each read down (text-streams3.ts), as lines joined.
    const page = splitLines(text('prov-3col-dots')).slice(from, to)
    const [run] = pieceRuns(page, 0, page.length, 32)
    const read = threeStreams(run, { full: 32, grams })
    return (read?.streams ?? []).map((seq) => flat(seq.map((k) => run[k].text).join('')))
  }

  it('keeps each column in step with the rows to the run’s last row: a date under its signature, not under an open line', () => {
    // Lines 259-337: 国发〔1981〕88 号, its last row '位，下同）。为了切实做好棉粮、糖' /
    // '各地应于六月底前将落实到生产队' / '一九八一年五月二十三日', left to right.
    const [left, middle, right] = streamsOf(259, 337)
    expect(left.endsWith(flat('位，下同）。为了切实做好棉粮、糖'))).toBe(true)
    expect(middle.endsWith(flat('干使用，差额部分由地方自行解决。各地应于六月底前将落实到生产队'))).toBe(true)
    expect(right.endsWith(flat('国务院一九八一年五月二十三日'))).toBe(true)
  })
})

describe('three columns whose first row joins across (prov-3col-replies)', () => {
  it('reads the address line at the left column’s top, the rows after it in step', () => {
    // prov-3col-replies.txt lines 506-530: '邓乃扬、韩汝琦委员：' reads on well into the middle
    // column's '目前，…', yet the rows put it over the left column's '你们提出的…'.
    const all = text('prov-3col-replies')
    const page = splitLines(all).slice(505, 560)
    const [run] = pieceRuns(page, 0, page.length, 28)
    const read = threeStreams(run, { full: 28, grams: countBigrams(all.split('\n')) })
    const left = flat((read?.streams[0] ?? []).map((k) => run[k].text).join(''))
    expect(left.startsWith(flat('邓乃扬、韩汝琦委员：你们提出的关于完善与发展政府网站推进政府公共服务水平的提案'))).toBe(true)
  })
})

describe('a short closing line pdftotext writes after all its column’s lines (prov-3col-replies)', () => {
  it('reads it where it was due, after the open line it finishes, the closing under it', () => {
    // prov-3col-replies.txt, 国办函〔1996〕14 号: '续。' (the right column's '…并办理有关手' goes on
    // in it) is written at the page part's end, after the closing '国务院办公厅 / 一九九六年二月六日'.
    const out = flat(readStreams(blankFurniture(splitLines(text('prov-3col-replies')), 0), 0).filter((l) => !isBlank(l.text)).map((l) => l.text).join(''))
    expect(out).toContain(flat('应征得广州军区同意并办理有关手续。国务院办公厅一九九六年二月六日'))
  })
})

describe('a running head over three columns (prov-3col-replies)', () => {
  it('stands over the columns, in none of them: the rows start under it, the left column first', () => {
    // prov-3col-replies.txt line 584: the section's name '函件答复' heads the page; taken into the
    // run as the first row's left cell, it put each column's lines one cell on and read the right
    // column ('感谢你们对政府网站建设工') first.
    const all = blankFurniture(splitLines(text('prov-3col-replies')), 0)
    const top = all.findIndex((l, i) => l.text === '函件答复' && all.slice(i, i + 6).some((m) => m.text.startsWith('应用。将由信息产业部牵头')))
    const [run] = pieceRuns(all, top, top + 40, 28)
    expect(run[0].text).toBe('应用。将由信息产业部牵头，抓')
    const read = threeStreams(run, { full: 28, grams: countBigrams(all.map((l) => l.text)) })
    const left = (read?.streams[0] ?? []).map((k) => run[k].text)
    expect(left.slice(0, 3)).toEqual(['应用。将由信息产业部牵头，抓', '紧研究制定相关政策措施，促进', '互联网接入服务，积极推进数字'])
  })
})

describe('the numbering of a three-column reading', () => {
  it('counts a break where a number neither follows the one before it, read left to right, nor starts again', () => {
    const nums = ['一、甲', '乙', '三、丙', '二、丁', '（一）戊', '四、己'].map(numberOf)
    // 一、 三、 二、 （一） 四、: 三、 and 二、 break, and 四、 after 二、.
    expect(breaks3(nums, [[0, 1], [2], [3, 4, 5]]).count).toBe(3)
    // 三、 一、 二、 （一） 四、: a list started again at 一、, but 四、 after 二、.
    expect(breaks3(nums, [[2, 1], [0, 3], [4, 5]]).count).toBe(1)
    // 一、 二、 （一） 三、 四、.
    expect(breaks3(nums, [[0, 1, 3], [4], [2, 5]]).count).toBe(0)
  })

  it('trades two columns’ lines from where the numbering breaks when the reading so reads clearly better', () => {
    // prov-3col-dots.txt, 国办函〔1996〕16 号 under its title: 一、 in the left column, 二、 at its
    // foot, （一）–（三） and 三、 down the middle one, 四、 in the right one. The rows' reading
    // trades the left column's last two lines ('二、关于理顺…' / '问题') with the middle one's
    // ('中国人民银行每年…' / '价差款…' / '业的…'): 一、 三、 二、 四、.
    const all = text('prov-3col-dots')
    const lines = splitLines(all)
    const from = lines.findIndex((l) => l.text === '国家经贸委、冶金部：')
    const page = lines.slice(from, lines.findIndex((l) => l.text === '业的管理经费。冶金部要督促地方黄') + 1)
    const [run] = pieceRuns(page, 0, page.length, 32)
    const ctx = { full: 32, grams: countBigrams(all.split('\n')) }
    const read = threeStreams(run, ctx)
    expect(read).not.toBeNull()
    const nums = run.map((u) => numberOf(u.text))
    const textOf = (seq: number[]): string => flat(seq.map((k) => run[k].text).join(''))
    expect(breaks3(nums, read?.streams ?? []).count).toBeGreaterThan(0)
    const mended = mendNumbering3(run, read?.streams ?? [], ctx)
    expect(breaks3(nums, mended).count).toBe(0)
    expect(textOf(mended[0]).endsWith(flat('提高使用效益。二、关于理顺黄金工业投资渠道问题'))).toBe(true)
    expect(textOf(mended[1]).endsWith(flat('三、关于黄金行业管理经费问题中国人民银行每年从黄金收售价差款中支付 XXX 元，用于黄金行业的管理经费。冶金部要督促地方黄'))).toBe(true)
  })
})

describe('a column the rows pass by (county-web-3col-tail)', () => {
  it('is in step with the rows again: a title in taller lines does not put the other columns a row ahead', () => {
    // county-web-3col-tail.txt lines 83-327: the left column's title (three lines, written as one
    // block) stands beside four rows of the middle and right columns, its address line under it.
    // Counted line by line the left column stays two lines short to the page's foot, and a
    // reading that paid for it on every row traded the title's next line for the middle column's.
    const all = text('county-web-3col-tail')
    const page = blankFurniture(splitLines(all), 0).slice(83, 328)
    const [run] = pieceRuns(page, 0, page.length, 34)
    const read = threeStreams(run, { full: 34, grams: countBigrams(all.split('\n')) })
    const after = nextInStream(run, read?.streams)
    expect(after('级的指导意见')).toMatch(/^各省、自治区、直辖市人民政府/)
    expect(after('能力持续提升')).toMatch(/^“无机可用”问题基本解决/)
  })
})

describe('a document’s head in a three-column page (county-web-3col-names)', () => {
  it('keeps the title under its 文号, in one column, though the title’s block puts that column rows ahead', () => {
    // county-web-3col-names.txt lines 756-884: the right column's 文号, then its title, address and
    // first line written as one block beside the left and middle columns' rows. A reading that
    // paid for the block's rows put the title after the left column's open line ('二、规划四至范围：
    // 本次规划总面'), and the document before lost its closing (date, public note) to it.
    const all = text('county-web-3col-names')
    const page = blankFurniture(splitLines(all), 0).slice(756, 885)
    const [run] = pieceRuns(page, 0, page.length, 34)
    const read = threeStreams(run, { full: 34, grams: countBigrams(all.split('\n')) })
    const after = nextInStream(run, read?.streams)
    expect(after('兴政函〔2022〕43号')).toBe('兴县人民政府关于兴县殡仪')
    expect(after('二、规划四至范围')).not.toMatch(/^兴县人民政府关于/)
  })
})
