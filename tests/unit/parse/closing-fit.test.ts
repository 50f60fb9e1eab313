// Closings a converter put among another document's lines, given back by what every gazette
// prints: the 文号's year, the signing units, and the document's own title. The lines are real
// lines of the tuning files city-lo-decree.txt, city-xe-span-mid.txt and city-pdfkit-2col.txt.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { readBodyFields } from '../../../src/main/importer/parse/doc-fields'
import { fitClosings } from '../../../src/main/importer/parse/closing-fit'
import { fits } from '../../../src/main/importer/parse/closings'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'
import { titleLinesAbove } from '../../../src/main/importer/parse/header'
import { joinTitleHeads } from '../../../src/main/importer/parse/title-heads'
import { titlesAfterClose } from '../../../src/main/importer/parse/starts-after-close'
import type { ParsedDocument } from '../../../src/shared/domain'

function doc(docNumber: string | null, issuers: string[], body: string[], title = ''): { doc: ParsedDocument; drafts: ReturnType<typeof buildBlocks> } {
  const drafts = buildBlocks(splitLines(body.join('\n')))
  const { date, public: open } = readBodyFields(drafts, docNumber)
  const d: ParsedDocument = {
    seq: 1, docNumber, docNumberRaw: docNumber, title, tocTitle: null, category: null, docType: null, issuer: issuers.join('、') || null, issuers,
    recipients: null, date, public: open, tocPage: null, consult: null, attachments: [], blocks: [], citations: [],
  }
  return { doc: d, drafts }
}

const RSJ = ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县住房和城乡建设管理局', '兴县水利局']

describe('a closing that does not fit the document it landed in (city-lo-decree.txt 485–581)', () => {
  const build = (): ReturnType<typeof doc>[] => [
    doc('兴人社发〔2022〕30号', RSJ, ['负责乡村 e 镇网络基础设施建设，做好网络技术支持。']),
    doc('国办函〔2005〕21号', ['国务院办公厅'], ['温家宝总理对您关于科技节水的建议十分重视。', '兴县住房和城乡建设管理局', '兴县水利局', '二〇二二年五月六日', '(此件公开发布)']),
    doc('兴人社发〔2022〕25号', RSJ.slice(0, 2), ['同意你公司采取市场化融资方式申请贷款。', '兴县人力资源和社会保障局', '兴县发展和改革局', '二〇二二年六月九日', '（此件公开发布）',
      '促有关部门做好有关措施的落实工作。', '国务院办公厅', '二〇〇五年三月三日']),
  ]

  it('fits by the 文号 year and by signing units among the issuers', () => {
    const [a, b] = build()
    expect(fits({ date: '2022-05-06', units: ['兴县水利局'] }, a.doc)).toBe(true)
    expect(fits({ date: '2022-05-06', units: ['兴县水利局'] }, b.doc)).toBe(false)
    expect(fits({ date: '2005-03-03', units: ['兴县人民政府'] }, b.doc)).toBe(false)
  })

  it('goes to the nearby document it fits, with its 附注; the one it freed takes its own', () => {
    const docs = build()
    expect(docs.map((d) => d.doc.date)).toEqual([null, '2022-05-06', '2022-06-09'])
    const { moved } = fitClosings(docs)
    expect(docs.map((d) => [d.doc.date, d.doc.public])).toEqual([['2022-05-06', true], ['2005-03-03', false], ['2022-06-09', true]])
    expect(moved.size).toBe(3)
  })

  it('stays where it is when every document holds a closing it fits', () => {
    const docs = [doc('兴人社发〔2022〕25号', RSJ, ['同意。', '兴县水利局', '二〇二二年六月九日']), doc('国办函〔2005〕21号', ['国务院办公厅'], ['现函复如下。', '国务院办公厅', '二〇〇五年三月三日'])]
    expect(fitClosings(docs).moved.size).toBe(0)
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-06-09', '2005-03-03'])
  })
})

describe('closings past the next document’s 文号 (county-xe-issuer.txt 267–410, two 承诺函 side by side)', () => {
  // The page as the reading leaves it: 兴政函〔2022〕39号 closes, then 44号's 文号 line, then the
  // page foot's two closings (51号's, and the 兴人社发 notice's three units); 51号's title stands
  // alone, 44号 holds its own closing, and the notice none.
  const gov = ['兴县人民政府']
  const build = (): ReturnType<typeof doc>[] => [
    doc('兴政函〔2022〕39号', gov, ['十二、本次补缴土地出让金差价不含应收税费。', '兴县人民政府', '二○二二年五月十三日', '（此件公开发布）', '兴政函 (2022)44 号', '',
      '县段）需办理建设用地审批手续，现将有关用地规划情况承诺如下：', '特此承诺。', '兴县人民政府', '二○二二年六月七日', '（此件公开发布）', '',
      '人民政府同意, 现印发给你们, 请认真贯彻落实。', '兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '二○二二年五月二十七日']),
    doc(null, gov, []),
    doc(null, gov, ['总体规划空间规模。', '特此承诺。', '兴县人民政府', '二○二二年五月二十四日', '(此件公开发布)']),
    doc('兴人社发〔2022〕28号', ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局'], ['《兴县全民健身实施计划 (2021—2025 年)》已经县']),
  ]

  it('go to the documents they fit: the signing units name the farther one', () => {
    const docs = build()
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-05-13', null, '2022-05-24', null])
    fitClosings(docs)
    expect(docs.map((d) => [d.doc.date, d.doc.public])).toEqual([['2022-05-13', true], ['2022-06-07', true], ['2022-05-24', true], ['2022-05-27', false]])
  })

  it('stay when the holder’s own 文号 is not known (the line may be its own, under its title)', () => {
    const docs = build()
    docs[0].doc.docNumber = null
    fitClosings(docs)
    expect(docs[1].doc.date).toBe(null)
  })
})

describe('a closing signed as most documents are (city-xe-3col.txt 760–1050, a page of three columns)', () => {
  // The 批复 page as the reading leaves it: 46号's date lost its 日 (no closing), 50号 and 49号 hold
  // none, and the 兴人社发 notice after them holds 49号's closing under its own signature lines.
  // Every 批复 is signed 兴县人民政府, so the signature does not say which one is four documents away.
  const gov = ['兴县人民政府']
  const rsj = ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局']
  const build = (): ReturnType<typeof doc>[] => [
    doc('兴政函〔2022〕46号', gov, ['不得擅自改变土地用途，不得擅', '', '二〇二二年五月二十六', '', '解遗及清零行动补缴出让金方案', '', '兴县人民政府']),
    doc(null, gov, ['县经济技术开发区管理委员会：']),
    doc('兴政函〔2022〕62号', gov, ['则，依法依规办理。', '兴县人民政府', '二〇二二年六月十七日', '（此件公开发布）']),
    doc('兴政函（2022）49号', gov, ['县应急管理局：', '倍数。本次出让设有底价，出让', '（此件公开发布）']),
    doc('兴人社发〔2022〕19号', rsj, ['开发利用地下水资源，根据《中华人民共和国水法》《地下水管理条', '兴县人民政府', '二〇二二年五月二十七日', '',
      '成交价不得低于底价。本次土地', '划》，请认真组织实施。', '（此件公开发布）', '', ...rsj, '二〇二二年五月十二日', '（此件公开发布）']),
  ]

  it('goes to the next document it fits, not to one four documents away', () => {
    const docs = build()
    fitClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual([null, null, '2022-06-17', '2022-05-27', '2022-05-12'])
  })

  it('comes from farther when its joint signature names the document', () => {
    const docs = build()
    docs[0] = doc('兴政函〔2022〕46号', ['兴县人民政府', '兴县财政局'], ['不得擅自改变土地用途，不得擅'])
    docs[4] = doc('兴人社发〔2022〕19号', rsj, ['开发利用地下水资源', '兴县人民政府', '兴县财政局', '二〇二二年五月二十六日', '', '成交价不得低于底价。', '', ...rsj, '二〇二二年五月十二日'])
    fitClosings(docs)
    expect(docs[0].doc.date).toBe('2022-05-26')
  })
})

describe('a document’s title printed again among another’s lines (city-xe-span-mid.txt 2020–2102)', () => {
  it('brings the closing under it back; the document lets its own go to the neighbour without one', () => {
    const office = ['国务院办公厅']
    const docs = [
      doc('国办函〔2004〕71号', office, ['现将有关情况函告如下。'], '关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函'),
      doc('国办函〔2004〕25号', office, ['对你省提出的问题，有关部门认真进行了研究。', '国务院办公厅', '二〇〇四年十月十五日'], '关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函'),
      doc('国办函〔2006〕71号', office, ['感谢您对政府工作的关心。', '二〇〇六年九月七日', '国务院办公厅关于湖北省在温家宝总理考察', '工作时所提问题和建议办理情况的函', '', '有关部门提出了办理意见。', '国务院办公厅', '二〇〇四年三月二日', '',
        '感谢你们对政府工作的关心和支持。', '国务院办公厅', '二〇〇六年九月七日'], '对十届全国人大四次会议第7240号建议的答复'),
    ]
    fitClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2004-10-15', '2004-03-02', '2006-09-07'])
  })
})

describe('a 文号 set apart from its title (city-pdfkit-2col.txt, no 目录)', () => {
  it('over the previous document’s closing, is taken by the title under that closing', () => {
    const lines = splitLines([
      '国务院关于加快推进农业机械化和农', '机装备产业转型升级的指导意见', '国发〔2018〕42号', '各省、自治区、直辖市人民政府：', '农业机械化是转变农业发展方式的重要基础。',
      '机械化发展。更好地发挥政府在推进农业机械化中的', '的引导作用，重点在公共服务等方面提供支持，为', '', '国办发〔2004〕7号', '', '国务院', '2018 年 12 月 21 日', '（此件公开发布）', '',
      '国务院办公厅关于山西、安徽省四起', '特大煤矿瓦斯爆炸事故调查处理情况', '的通报', '各省、自治区、直辖市人民政府：', '2003年，全国安全生产形势总体稳定。',
    ].join('\n'))
    const spans = splitDocuments(lines, 0, [])
    expect(spans.map((s) => [s.docNumber, s.header[0]])).toEqual([['国发〔2018〕42号', 0], ['国办发〔2004〕7号', 14]])
    // The first document keeps its closing: its span runs down to the second's title.
    expect(spans[0].end).toBe(14)
  })

  it('under its own closing, is taken by the title above it; the closing stays in the body', () => {
    const lines = splitLines([
      '国务院办公厅关于辽宁省有关问题的函', '国办函〔2004〕57号', '辽宁省人民政府：', '有关部门认真进行了研究。', '国务院办公厅', '二〇〇四年八月十二日', '（本文有删减）', '',
      '国务院办公厅关于黄金经济政策有关', '问题的复函', '', '国务院办公厅', '一九九六年二月九日', '', '国办函〔1996〕16号', '', '国家经贸委、冶金部：', '黄金经济政策问题，经国务院同意，现函复如下：',
    ].join('\n'))
    const spans = splitDocuments(lines, 0, [])
    expect(spans.map((s) => s.docNumber)).toEqual(['国办函〔2004〕57号', '国办函〔1996〕16号'])
    expect(spans[1].bodyStart).toBe(10)
  })

  it('with the section heading between the title and it, the document is in that section', () => {
    const lines = splitLines(['国务院关于深圳湾口岸土地使用期限的批复', '', '国务院文件', '', '国函〔2006〕132号', '广东省人民政府：', '现批复如下。'].join('\n'))
    expect(splitDocuments(lines, 0, []).map((s) => [s.docNumber, s.section])).toEqual([['国函〔2006〕132号', '国务院文件']])
  })
})

describe('a title cut in two on its page (city-pdfkit-2col.txt 6–99)', () => {
  const text = ['白溪市人民政府公报', '2018年12月28日出版', '', '\f', '', '土地使用期限的批复', '', '国函〔2006〕132号', '广东省人民政府、香港特别行政区政府：',
    '依照有关法律法规，批复如下：', '国务院', '二〇〇六年十二月三十日', '', '国务院关于授权香港特别行政区实施', '管辖的深圳湾口岸港方口岸区范围和', '1', '', '\f第二页'].join('\n')

  it('does not take the cover’s 出版 line into the title', () => {
    const lines = splitLines(text)
    const at = (t: string): number => lines.findIndex((l) => l.text === t)
    expect(titleLinesAbove(lines, at('国函〔2006〕132号'), 0)).toEqual([at('土地使用期限的批复')])
  })

  it('takes its head, with the issuer, from elsewhere on the page', () => {
    const lines = splitLines(text)
    const spans = splitDocuments(lines, 3, [])
    const d = doc('国函〔2006〕132号', [], [], '土地使用期限的批复').doc
    joinTitleHeads(lines, spans, [d])
    expect([d.title, d.issuers]).toEqual(['关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复', ['国务院']])
  })
})

describe('a 附注 whose closing a converter moved away (city-pdfkit-2col.txt 1131–1139)', () => {
  it('still closes its document: the full title under it starts the next', () => {
    const lines = splitLines(['度过节日假期。', '', '（此件公开发布）', '', '国务院办公厅关于调整国务院第二次', '全国污染源普查领导小组组成人员的', '通知', '各省、自治区、直辖市人民政府：'].join('\n'))
    expect(titlesAfterClose(lines, 0, new Set(), new Set())).toEqual([[4, 5, 6]])
    const noted = splitLines(['度过节日假期。', '', '（有删减）', '', '国务院办公厅关于调整国务院第二次', '全国污染源普查领导小组组成人员的', '通知'].join('\n'))
    expect(titlesAfterClose(noted, 0, new Set(), new Set())).toEqual([])
  })
})

describe('a public 附注 under another document’s last lines (city-2col-flow.txt 2658–2677)', () => {
  it('goes to the next document, whose closing has none; the one it landed in is not public', () => {
    const docs = [
      doc(null, ['国务院办公厅'], ['报告并妥善处置，确保人民群众祥和平安度过节日假期。', '国务院办公厅', '2018 年 12 月 4 日', '创新示范区各项工作。', '（此件公开发布）']),
      doc('国函〔2018〕145号', ['国务院'], ['一、同意乌鲁木齐、昌吉、石河子高新区建设国家自主创新示范区。', '国务院', '2018 年 11 月 23 日']),
    ]
    expect(docs.map((d) => d.doc.public)).toEqual([true, false])
    fitClosings(docs)
    expect(docs.map((d) => d.doc.public)).toEqual([false, true])
  })

  it('right under the date stays with its document', () => {
    const docs = [
      doc(null, ['国务院办公厅'], ['度过节日假期。', '国务院办公厅', '2018 年 12 月 4 日', '（此件公开发布）']),
      doc('国函〔2018〕145号', ['国务院'], ['同意。', '国务院', '2018 年 11 月 23 日']),
    ]
    fitClosings(docs)
    expect(docs.map((d) => d.doc.public)).toEqual([true, false])
  })
})

describe('a signature stacked over another document’s closing (city-xe-3col.txt 1018–1038, as the streams read it)', () => {
  const GOV = ['兴县人民政府']
  const build = (): ReturnType<typeof doc>[] => [
    doc('兴政函〔2022〕50号', GOV, ['原则同意《兴县经济技术开发区控制性详细规划（2021-2035）》。']),
    doc('兴政函〔2022〕62号', GOV, ['出让价款不含应收税费。', '兴县人民政府', '二〇二二年六月十七日', '（此件公开发布）']),
    doc('兴政函〔2022〕49号', GOV, ['（此件公开发布）', '原则同意《2022年度安全生产监督检查计划》，请认真组织实施。']),
    doc('兴人社发〔2022〕19号', ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局'], [
      '切实做好自备水井关闭工作。', '', '兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县人民政府', '二〇二二年六月六日', '',
      '兴县人民政府', '二〇二二年五月二十七日', '(此件公开发布)', '', '二〇二二年五月十二日', '（此件公开发布）',
    ]),
  ]

  it('gives the units under the holder’s own their date, once the documents between hold theirs', () => {
    const docs = build()
    fitClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-06-06', '2022-06-17', '2022-05-27', '2022-05-12'])
  })
})

describe('a public 附注 that came with a closing out of another document’s lines (city-xe-3col.txt 1033–1058, as the streams read it)', () => {
  // The three columns' feet, written after the page's band in two: 50号's closing and 49号's stand
  // under the notice's signing units, with two public 附注 for its one closing; 50号's own 附注
  // went up into 49号's lines.
  const GOV = ['兴县人民政府']
  const RSJ3 = ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局']
  const build = (): ReturnType<typeof doc>[] => [
    doc('兴政函〔2022〕50号', GOV, ['六、本次补缴土地出让金差价不含应收税费。']),
    doc('兴政函〔2022〕62号', GOV, ['则，依法依规办理。', '兴县人民政府', '二〇二二年六月十七日', '', '四、本规划作为指导今后该', '', '（此件公开发布）']),
    doc('兴政函〔2022〕49号', GOV, ['二、确定2021-09号宗地的竞买保证金为 5000 万元。', '（此件公开发布）']),
    doc('兴人社发〔2022〕19号', RSJ3, [
      ...RSJ3, '', '兴县人民政府', '二〇二二年六月六日', '兴县人民政府', '二〇二二年五月二十七日', '成交价不得低于底价。本次土地',
      '划》，请认真组织实施。', '(此件公开发布)', '二〇二二年五月十二日', '（此件公开发布）',
    ]),
  ]

  it('goes with it when the lender holds more public 附注 than closings', () => {
    const docs = build()
    expect(docs.map((d) => d.doc.public)).toEqual([false, true, true, true])
    fitClosings(docs)
    expect(docs.map((d) => [d.doc.date, d.doc.public])).toEqual([['2022-06-06', true], ['2022-06-17', true], ['2022-05-27', true], ['2022-05-12', true]])
  })

  it('stays with the lender when it holds one for each closing', () => {
    const docs = build()
    docs[3] = doc('兴人社发〔2022〕19号', RSJ3, [...RSJ3, '', '兴县人民政府', '二〇二二年六月六日', '兴县人民政府', '二〇二二年五月二十七日', '二〇二二年五月十二日', '（此件公开发布）'])
    fitClosings(docs)
    expect(docs.map((d) => [d.doc.date, d.doc.public])).toEqual([['2022-06-06', false], ['2022-06-17', true], ['2022-05-27', true], ['2022-05-12', true]])
  })
})

describe('a document whose 文号 the body lost (prov-xe-3col-mast.txt, page 10: three columns read line by line)', () => {
  // As the reading leaves them: 科技节水's 文号 line went to another document, its blocks end on
  // 7240's closing; its own closing stands at the end of 7240's (71号) blocks, under 7240's own.
  const build = (): ReturnType<typeof doc>[] => [
    doc('国办函〔2006〕69号', ['国务院办公厅'], ['邓明义代表：', '听取民意的建议收悉，现答复如下：', '步增强中央政府门户网站的互动性和服务性，提高为公众服务的能力。'], '对十届全国人大四次会议第7264号建议的答复'),
    doc(null, ['国务院办公厅'], ['一、太钢等应用反渗透膜分离技术减污节水情况。', '感谢你们对政府工作的关心和', '支持。', '二〇〇六年九月七日'], '关于科技节水建议的复函'),
    doc('国办函〔1996〕14号', ['国务院办公厅'], ['就有关事项答复如下：', '手续。', '国务院办公厅', '一九九六年二月六日', '（本文有删减）'], '关于广东与香港、澳门合建自动气象站网有关问题的复函'),
    doc('国办函〔2006〕71号', ['国务院办公厅'], ['周桂英等代表：', '国务院办公厅', '二〇〇六年九月七日', '（国办函〔2005〕21号）', '持。',
      '现将有关部门的报告一并报送您，供审阅。', '国务院办公厅', '二〇〇五年三月三日'], '对十届全国人大四次会议第7240号建议的答复'),
  ]
  // The 目录 lists 科技节水 with 国办函〔2005〕21号.
  const listed = (d: ParsedDocument): string | null => (d.title === '关于科技节水建议的复函' ? '国办函〔2005〕21号' : null)

  it('is numbered as its 目录 entry says: the 2005 closing is its own, the 2006 one its neighbour\'s', () => {
    const docs = build()
    fitClosings(docs, listed)
    expect(docs.map((d) => d.doc.date)).toEqual(['2006-09-07', '2005-03-03', '1996-02-06', '2006-09-07'])
  })

  it('keeps the closing it holds when the 目录 says nothing of its number', () => {
    const docs = build()
    fitClosings(docs)
    expect(docs[1].doc.date).toBe('2006-09-07')
    expect(docs[0].doc.date).toBeNull()
  })
})

describe('a closing above the document’s own 文号 line (city-web-3col-song.txt: three columns read line by line, the 目录 and the first pages read into 45号)', () => {
  const build = (): ReturnType<typeof doc>[] => [
    doc('兴政函〔2022〕35号', ['兴县人民政府'], ['吕梁市商务局、财政局、乡村振兴局：', '根据山西省商务厅、山西省财政厅、山西省乡村振兴局《关于印发山西省培育乡村e镇工作实施方案的通知》（晋商建〔2022〕58号）要求，现将有关情况报告如下。'], '关于申请培育乡村e镇工作的报告'),
    doc('兴政函〔2022〕45号', ['兴县人民政府'], ['现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。', '国务院', '2019年1月24日', '（此件公开发布）',
      '兴县人民政府', '二〇二二年五月六日', '（此件主动公开）', '兴政函〔2022〕45号',
      '为贯彻落实国务院办公厅《关于加强我国非物质文化遗产保护工作的意见》（国办发〔2005〕18号）精神，现予以公布。', '2022年5月23日', '（此件公开发布）'], '关于公布兴县第一批非物质文化遗产项目代表性传承人的通知'),
  ]

  it('is the document before’s; the document takes the one under that line', () => {
    const docs = build()
    fitClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-05-06', '2022-05-23'])
  })
})
