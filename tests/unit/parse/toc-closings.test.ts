// Closings read into each other's documents where a converter read a page's columns out of order,
// given back by what the issue itself prints: the 目录's order of a page's entries, the year of
// each 文号 (the 目录's when the body lost it), and a series' numbers in the order of signing.
// The lines are real lines of the tuning files prov-xe-toc2col(-b).txt, prov-xe-3col-answers-b.txt
// and city-web-3col-b.txt, as the stream reading left them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { fitClosings } from '../../../src/main/importer/parse/closing-fit'
import { readBodyFields } from '../../../src/main/importer/parse/doc-fields'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { returnMisplacedClosings, type ClosedDocument } from '../../../src/main/importer/parse/misplaced-closings'
import { orderSeriesClosings, tradeYearClosings } from '../../../src/main/importer/parse/series-closings'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { pickIssuers } from '../../../src/main/importer/parse/parse-issue'
import { listedNumbers, listedPlaces } from '../../../src/main/importer/parse/toc-lookup'
import type { ParsedDocument, TocEntry } from '../../../src/shared/domain'
import { parserText } from '../../support/perturb'

interface Part {
  docNumber: string | null
  title?: string
  issuers?: string[]
  lines: string[]
}

/** The documents' lines as one text (each line keeps its place in the reading), then each one's blocks. */
function documents(parts: Part[]): ClosedDocument[] {
  const all = splitLines(parts.flatMap((p) => p.lines).join('\n'))
  let from = 0
  return parts.map((p, k) => {
    const drafts = buildBlocks(all.slice(from, from + p.lines.length))
    from += p.lines.length
    const { date, public: open } = readBodyFields(drafts, p.docNumber)
    const issuers = p.issuers ?? ['国务院办公厅']
    const doc: ParsedDocument = {
      seq: k + 1, docNumber: p.docNumber, docNumberRaw: p.docNumber, title: p.title ?? '', tocTitle: null, category: null, docType: null, issuer: issuers.join('、'), issuers,
      recipients: null, date, public: open, tocPage: null, consult: null, attachments: [], blocks: [], citations: [],
    }
    return { doc, drafts }
  })
}

const entry = (docNumber: string | null, page: number, title = ''): TocEntry => ({ category: '', title, docNumber, page })
const fields = (docs: ClosedDocument[]): [string | null, string | null, boolean][] => docs.map((d) => [d.doc.docNumber, d.doc.date, d.doc.public])

describe('a two-column 目录 read out of order keeps the order it prints a page\'s entries in', () => {
  for (const name of ['prov-xe-toc2col', 'prov-xe-toc2col-b']) {
    it(`${name}.txt: the entries in the documents' order, two of one page included`, () => {
      const dir = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', name)
      const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as { documents: { docNumber: string }[] }
      const toc = parseToc(splitLines(parserText(readFileSync(join(dir, `${name}.txt`), 'utf8'))))
      expect(toc.entries.map((e) => e.docNumber)).toEqual(truth.documents.map((d) => d.docNumber))
    })
  }
})

describe('a document dated against its 文号\'s year (prov-xe-3col-answers.txt, -b.txt)', () => {
  // 88号 (2004) holds the 1996 closing of the 复函 printed without a 文号 two documents on; the
  // stream reading gave 57号 88号's closing.
  const build = (): ClosedDocument[] =>
    documents([
      { docNumber: '国办函〔2004〕88号', lines: ['广东省人民政府，教育部、外交部、财政部、体育总局：', '同意以深圳市名义申办2011年第26届世界大学生夏季运动会。'] },
      { docNumber: '国办函〔2004〕57号', lines: ['辽宁省人民政府：', '二、关于开发生产大型船用柴油机曲轴项目问题。大连市请承担，', '国务院办公厅', '一九九六年二月六日', '（本文有删减）', '二〇〇四年十二月十七日'] },
      { docNumber: null, title: '关于广东与香港、澳门合建自动气象站网有关问题的复函', lines: ['发展改革委提出：根据有关文件精神，发展改革委将对你省已列入振兴规划的项目给予支持。', '国务院办公厅', '二〇〇四年八月十二日'] },
    ])

  it('trades closings with the document without a 文号, then puts the series\' dates in order', () => {
    const docs = build()
    const moved = returnMisplacedClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['1996-02-06', '2004-12-17', '2004-08-12'])
    for (const d of tradeYearClosings(docs, moved)) moved.add(d)
    orderSeriesClosings(docs, moved)
    expect(docs.map((d) => d.doc.date)).toEqual(['2004-12-17', '2004-08-12', '1996-02-06'])
  })

  it('leaves a date against the 文号 when no guess gave either closing', () => {
    const docs = build()
    returnMisplacedClosings(docs)
    expect(tradeYearClosings(docs, new Set()).size).toBe(0)
  })

  it('reads the 文号 the 目录 lists for a document whose 文号 line was lost', () => {
    const docs = build()
    docs[2].doc.docNumber = null
    const toc = [entry('国办函〔1996〕14号', 16, '国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函')]
    expect(listedNumbers(toc)(docs[2].doc)).toBe('国办函〔1996〕14号')
    expect(listedNumbers(toc)({ ...docs[2].doc, title: '关于调整兴县小水网工程建设领导小组的通知' })).toBeNull()
  })
})

describe('an undated document whose closing the document after next holds (prov-xe-toc2col-b.txt 2840–2990)', () => {
  it('takes that one\'s first closing when the next one holds its own alone', () => {
    const docs = documents([
      { docNumber: '国办函〔2004〕57号', lines: ['保护好该项目厂址资源，深入开展前期工作。', '以下意见：'] },
      { docNumber: '国办函〔2004〕36号', lines: ['教育部、外交部、财政部、体育总局《关于以哈尔滨市名义申请举办2009年世界大学生冬季运动会的请示》收悉。', '二〇〇四年四月二十七日'] },
      { docNumber: '国办函〔2004〕88号', lines: ['的请示》（教外际〔2004〕81号）收', '国务院办公厅', '二〇〇四年八月十二日', '六、关于大连商品交易所增设玉米和石油交易品种问题。', '国务院办公厅', '二〇〇四年十二月十七日'] },
    ])
    returnMisplacedClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2004-08-12', '2004-04-27', '2004-12-17'])
  })
})

describe('a public 附注 amid the document\'s own lines (prov-xe-toc2col-b.txt 2150–2170)', () => {
  it('stays with the document when the text runs on across it', () => {
    const docs = documents([
      { docNumber: '国办发〔2018〕115号', lines: ['实提高规范性文件质量。', '国务院办公厅', '2018 年 12 月 4 日', '司法部负责组织协调、统筹推进、督促指导本', '意见贯彻落实工作。要及时跟踪了解落实情况，督', '（此件公开发布）', '促检查指导规范性文件合法性审核机制建设，总结'] },
      { docNumber: '国办函〔2006〕71号', lines: ['感谢你们对政府工作的关心和支持。', '国务院办公厅', '二〇〇六年九月七日'] },
    ])
    fitClosings(docs)
    expect(fields(docs)).toEqual([['国办发〔2018〕115号', '2018-12-04', true], ['国办函〔2006〕71号', '2006-09-07', false]])
  })
})

describe('a chain of closings read one document early (city-web-3col-b.txt)', () => {
  // 45号 holds its own closing and 55号's (two signatures stacked over two dates), 55号 holds
  // 51号's under 51号's last line ('特此承诺。'), 51号 none.
  const build = (): ClosedDocument[] =>
    documents([
      { docNumber: '兴政函〔2022〕45号', issuers: ['兴县人民政府'], lines: ['各乡（镇）人民政府，县直各单位：', '附件：兴县第一批非物质文化遗产项目代表性传承人名单', '兴县人民政府', '兴县人民政府', '二〇二二年六月九日', '（此件公开发布）', '二〇二二年五月二十三日'] },
      { docNumber: '兴政函〔2022〕55号', issuers: ['兴县人民政府'], lines: ['兴县城乡基础设施建设投资有限公司：', '特此承诺。', '兴县人民政府', '二〇二二年六月七日', '（此件公开发布）'] },
      { docNumber: '兴政函〔2022〕51号', issuers: ['兴县人民政府'], lines: ['加强近期国土空间规划实施管理工作的通知》（晋自然资函〔2021〕406', '山西省自然资源厅：'] },
    ])

  it('moves each closing one document on; the series\' numbers then order the first two', () => {
    const docs = build()
    const moved = returnMisplacedClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-06-09', '2022-05-23', '2022-06-07'])
    orderSeriesClosings(docs, moved)
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-05-23', '2022-06-09', '2022-06-07'])
  })

  it('reads the unit stacked twice as one issuer', () => {
    expect(pickIssuers(['兴县人民政府'], ['兴县人民政府', '兴县人民政府'])).toEqual(['兴县人民政府'])
  })
})

describe('two documents read in the other order than the 目录 lists them, each with the other\'s closing', () => {
  // prov-xe-3col-answers.txt: the 复函 printed without a 文号 read before 88号, which the 目录
  // lists first; each holds the other's closing, as the stream reading left them.
  const answers = (): ClosedDocument[] =>
    documents([
      { docNumber: null, title: '关于广东与香港、澳门合建自动气象站网有关问题的复函', lines: ['你局《关于广东与香港澳门合建自动气象站网的请示》收悉。', '国务院办公厅', '二〇〇四年十二月十七日', '门和地方政府协商办理。气象站建设的具体实施方案，按基建程序报批。'] },
      { docNumber: '国办函〔2004〕88号', title: '关于同意以深圳市名义申办2011年第26届世界大学生夏季运动会的复函', lines: ['广东省人民政府，教育部、外交部、财政部、体育总局：', '区同意并办理有关手续。', '国务院办公厅', '一九九六年二月六日', '（本文有删减）'] },
    ])
  const answersToc = [
    entry('国办函〔2004〕88号', 10, '国务院办公厅关于同意以深圳市名义申办2011年第26届世界大学生夏季运动会的复函'),
    entry('国办函〔1996〕14号', 11, '国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函'),
  ]

  it('prov-xe-3col-answers.txt: the one dated against its 文号\'s year trades closings with the other', () => {
    const docs = answers()
    expect(docs.map((d) => d.doc.date)).toEqual(['2004-12-17', '1996-02-06'])
    expect(tradeYearClosings(docs, new Set(), listedNumbers(answersToc), listedPlaces(answersToc)).size).toBe(2)
    expect(docs.map((d) => d.doc.date)).toEqual(['1996-02-06', '2004-12-17'])
  })

  it('prov-xe-3col-answers.txt: read in the 目录\'s order, the two keep their closings', () => {
    const docs = answers()
    expect(tradeYearClosings(docs, new Set(), listedNumbers(answersToc), listedPlaces([...answersToc].reverse())).size).toBe(0)
  })

  // city-docx-span-b.txt: 29号 read before 44号, which the 目录 lists first; 29号 holds 44号's
  // closing under 44号's last line ('特此承诺。'), 44号 29号's.
  const span = (): ClosedDocument[] =>
    documents([
      { docNumber: '兴政函〔2022〕29号', issuers: ['兴县人民政府'], lines: ['省交通运输厅:', '魏家滩镇是我县煤炭主产区也是我县经开区规划的煤电园区。', '特此承诺。', '兴县人民政府', '二○二二年五月二十四日'] },
      { docNumber: '兴政函(2022)44号', issuers: ['兴县人民政府'], lines: ['山西省自然资源厅:', '四、我县承诺,将该项目地方政府支出责任列入我县中期财政规划。', '兴县人民政府', '二○二二年四月八日', '(此件公开发布)'] },
    ])
  const spanToc = [entry('兴政函(2022)44号', 8), entry('兴政函〔2022〕29号', 8)]

  it('city-docx-span-b.txt: two of one series dated against their numbers trade closings', () => {
    const docs = span()
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-05-24', '2022-04-08'])
    expect(orderSeriesClosings(docs, new Set(), () => null, listedPlaces(spanToc)).size).toBe(2)
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-04-08', '2022-05-24'])
  })

  it('city-docx-span-b.txt: without the 目录 (nor a guess), the inverted pair alone trades nothing', () => {
    expect(orderSeriesClosings(span(), new Set()).size).toBe(0)
  })
})

describe('a document dated by its attached report while its own date stands under the previous one (prov-xe-toc2col.txt 2890–3135)', () => {
  // Three columns read out of order: 25号's closing, then 80号's date alone, then 80号's title;
  // 80号's signature stayed over its 附件, and the report attached signs under 国土资源部.
  const build = (): ClosedDocument[] =>
    documents([
      { docNumber: '国办函〔2004〕25号', lines: ['的监测和预警工作得到了进一步加强。', '国务院办公厅', '二〇〇四年三月二日', '（本文有删减）', '二〇〇四年十一月四日'] },
      { docNumber: '国办函〔2004〕80号', lines: ['湖北省人民政府：', '和财产损失。涉及要求国家安排专项经费问题，可另向财政部专题报告。', '附件：1. 国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告', '国务院办公厅', '附件 1', '关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告', '国务院：', '特此报告。', '国土资源部', '二〇〇四年十月十日'] },
    ])

  it('takes the date left alone under the previous document\'s closing; that one keeps its own', () => {
    const docs = build()
    expect(docs.map((d) => d.doc.date)).toEqual(['2004-03-02', '2004-10-10'])
    returnMisplacedClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2004-03-02', '2004-11-04'])
  })

  it('keeps the report\'s date when the date left alone falls in another year than its 文号', () => {
    const docs = build()
    docs[1].doc.docNumber = '国办函〔2005〕80号'
    returnMisplacedClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2004-03-02', '2004-10-10'])
  })
})

describe('a 附注 a page\'s columns read past a fragment or two under the date (county-docx-2col-b.txt)', () => {
  // Page 9 (pdftotext lines 1025–1040): 3号's closing at the foot of the left column, over its 附件's
  // form, 6号's list of units in the right column. The stream reading left 3号 without a closing
  // and wrote, in 6号's text, the 附件 line's wrap, the date, a cell of the form ('姓名'), the
  // signature read after the date, then the 附注.
  const build = (): ClosedDocument[] =>
    documents([
      { docNumber: '兴政办函〔2022〕3号', issuers: ['兴县人民政府办公室'], lines: ['各乡（镇）人民政府，县直各委、办、局：', '4. 跟班轮训人员在跟班学习期间食宿自理;'] },
      {
        docNumber: '兴政办函〔2022〕6号', issuers: ['兴县人民政府办公室'],
        lines: [
          '各乡（镇）人民政府，县直各有关单位：', '7. 康宁镇人民政府', '联系电话: 0358-6322352', '附件:《兴县人民政府办公室跟班轮训人员推', '荐表》', '二〇二二年四月六日',
          '姓名', '兴县人民政府办公室', '(此件公开发布)', '附件', '8. 孟家坪乡人民政府', '', '上述公布的县级行政执法主体应当严格在法定职权范围内履行执法职责。', '兴县人民政府办公室', '二〇二二年五月十一日', '公开属性：主动公开',
        ],
      },
    ])

  it('goes with the date to the document left without a closing', () => {
    const docs = build()
    expect(fields(docs)[0]).toEqual(['兴政办函〔2022〕3号', null, false])
    returnMisplacedClosings(docs)
    expect(fields(docs)).toEqual([['兴政办函〔2022〕3号', '2022-04-06', true], ['兴政办函〔2022〕6号', '2022-05-11', true]])
  })
})
