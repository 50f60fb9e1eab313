import { describe, expect, it } from 'vitest'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { readBodyFields } from '../../../src/main/importer/parse/doc-fields'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { orderSeriesClosings, tradeCrossedClosings } from '../../../src/main/importer/parse/series-closings'
import { returnMisplacedClosings } from '../../../src/main/importer/parse/misplaced-closings'
import type { ParsedDocument } from '../../../src/shared/domain'

function doc(seq: number, docNumber: string, body: string[]): { doc: ParsedDocument; drafts: ReturnType<typeof buildBlocks> } {
  const drafts = buildBlocks(splitLines(body.join('\n')))
  const { date, public: open } = readBodyFields(drafts, docNumber)
  return {
    doc: {
      seq, docNumber, docNumberRaw: docNumber, title: '', tocTitle: null, category: null, docType: null, issuer: '兴县人民政府', issuers: ['兴县人民政府'],
      recipients: null, date, public: open, tocPage: null, consult: null, attachments: [], blocks: [], citations: [],
    },
    drafts,
  }
}

// county-lo-autonum.txt 483–581: pdftotext wrote 35号's page line by line with the right column,
// 51号's text; the stream reading left 51号's closing in 35号's text, above 35号's own.
const e35 = () => doc(2, '兴政函〔2022〕35号', [
  '吕梁市商务局、财政局、乡村振兴局：',
  '要求，我县承诺将本项目纳入在编的《兴县国土空间总体规划（2021-2035年）》。',
  '特此承诺。', '兴县人民政府', '二〇二二年六月七日', '',
  '根据山西省商务厅、山西省财政厅、山西省乡村振兴局《关于印发山西省培育乡村e镇工作实施方案的通知》精神，现申请开展乡村e镇培育工作。',
  '兴县人民政府', '二〇二二年五月六日', '公开属性：主动公开',
])
const e51 = () => doc(3, '兴政函〔2022〕51号', ['（此件公开发布）', '兴县目前正处于转型发展的关键时期，乡村振兴和民生改善仍需要投入大量的县级资金。'])

describe('closings of one series dated against their numbers (county-lo-autonum.txt, city-xe-dense.txt)', () => {
  it('trades the closings of 35号 and 51号 when a guess left 35号 a month later', () => {
    const [a, b] = [e35(), e51()]
    a.doc.date = '2022-06-07'
    a.doc.public = false
    b.doc.date = '2022-05-06'
    b.doc.public = true
    const changed = orderSeriesClosings([a, b], new Set([a.doc, b.doc]))
    expect([a.doc.date, a.doc.public, b.doc.date, b.doc.public]).toEqual(['2022-05-06', true, '2022-06-07', true])
    expect(changed.size).toBe(2)
  })

  it('leaves dates a day against the numbers, and closings no guess gave', () => {
    const [a, b] = [e35(), e51()]
    a.doc.date = '2022-06-07'
    b.doc.date = '2022-05-06'
    expect(orderSeriesClosings([a, b], new Set()).size).toBe(0)
    a.doc.date = '2022-05-07'
    b.doc.date = '2022-05-06'
    expect(orderSeriesClosings([a, b], new Set([a.doc, b.doc])).size).toBe(0)
  })

  it('leaves documents of two series alone', () => {
    const [a, b] = [e35(), e51()]
    b.doc.docNumber = '兴政发〔2022〕51号'
    a.doc.date = '2022-06-07'
    b.doc.date = '2022-05-06'
    expect(orderSeriesClosings([a, b], new Set([a.doc, b.doc])).size).toBe(0)
  })
})

// prov-xe-unbal-b.txt 3496–3545, 3607–3676 (as the stream reading gave them): a page whose two
// columns pdftotext wrote line by line, 69号's head at the left column's foot, its rest and
// closing heading the right column, 82号 starting under it. Read across, 82号's head came before
// 69号's and took 69号's closing (九月七日); 69号, read after it, took 82号's (十月十八日). Neither was
// a guess; the 目录 lists 69号 before 82号.
const state = (seq: number, docNumber: string, body: string[]) => {
  const d = doc(seq, docNumber, body)
  d.doc.issuer = '国务院办公厅'
  d.doc.issuers = ['国务院办公厅']
  return d
}
const r82 = () => state(8, '国办函〔2006〕82号', [
  '王超斌委员：', '您提出的《关于设立总理热线电话的提案》收', '悉。经研究，答复如下：',
  '博客是一项新兴的互联网应用，其应用和管', '的科学化、民主化水平。', '感谢您对政府工作的关心和支持。', '国务院办公厅', '二〇〇六年九月七日',
])
const r69 = () => state(9, '国办函〔2006〕69号', [
  '邓明义代表：', '您提出的关于请总理网上博客听取民意的建', '议收悉，现答复如下：',
  '总的来看，国务院及有关部门与人民群众联', '的水平。', '感谢您对政府工作的关心与支持。', '国务院办公厅', '二〇〇六年十月十八日', '（本文有删减）',
])

describe('closings of one series read in the other order than the 目录 lists them (prov-xe-unbal-b.txt)', () => {
  it('trades them when the 目录 lists the two the other way round, no guess needed', () => {
    const [a, b] = [r82(), r69()]
    expect([a.doc.date, b.doc.date]).toEqual(['2006-09-07', '2006-10-18'])
    const at = new Map([[b.doc, 4], [a.doc, 5]])
    const changed = orderSeriesClosings([a, b], new Set(), () => null, (d) => at.get(d) ?? null)
    expect([a.doc.date, b.doc.date]).toEqual(['2006-10-18', '2006-09-07'])
    expect(changed.size).toBe(2)
  })

  it('leaves them when the 目录 lists them as read, or does not list them', () => {
    const [a, b] = [r82(), r69()]
    const at = new Map([[a.doc, 4], [b.doc, 5]])
    expect(orderSeriesClosings([a, b], new Set(), () => null, (d) => at.get(d) ?? null).size).toBe(0)
    expect(orderSeriesClosings([a, b], new Set()).size).toBe(0)
    expect([a.doc.date, b.doc.date]).toEqual(['2006-09-07', '2006-10-18'])
  })
})

// county-web-3col-tail.txt 2360–2490: a three-column page pdftotext wrote line by line. 39号's
// closing (五月十三日) and 62号's (六月十七日, its 附注 under it) were read into 39号's text; 35号,
// read next, holds only 39号's 附注; 62号 (its 文号 line lost, the 目录's) holds 35号's closing
// (五月六日). A guess gave 35号 the spare 六月十七日. Three of one series: traded two at a time, 39号
// and 35号 swapped and 62号 kept 五月六日; put in their numbers' order, each gets its own, and 39号,
// left without a 附注, takes its own one that stands alone in 35号's text.
const t39 = () => doc(2, '兴政函〔2022〕39号', [
  '县自然资源局：', '请你单位严格按照协议出让相关法律法规和批准的出让方案，坚持公开、公平、公正的原则，依法依规办理。',
  '兴县人民政府', '二〇二二年五月十三日', '', '请你单位严格按照批准方案，坚持公开、公平、公正的原则，依法依规办理。',
  '兴县人民政府', '二〇二二年六月十七日', '（此件公开发布）',
])
const t35 = () => doc(3, '兴政函〔2022〕35号', [
  '吕梁市商务局、财政局、乡村振兴局：', '根据山西省商务厅、山西省财政厅、山西省乡村振兴局《关于印发山西省培育乡村 e 镇工作实施方案的通知》精神，',
  '（此件公开发布）', '', '按照省委、市委全方位推动高质量发展的要求，以产业发展为核心，坚持创新驱动、绿色发展。',
])
const t62 = () => doc(4, '兴政函〔2022〕62号', [
  '县自然资源局：', '你局《关于2021-09号宗地国有建设用地使用权挂牌出让方案的请示》收悉。',
  '平，以提升电商应用水平为重点，线上线下融合为抓手，培育壮大市场主体，助力乡村振兴。现申请开展乡村 e 镇培育工作。',
  '二〇二二年五月六日', '公开属性：主动公开',
])

describe('three closings of one series read into each other\'s places (county-web-3col-tail.txt)', () => {
  it('gives the three the closings their numbers call for, and the 附注 left over to the one without', () => {
    const [a, b, c] = [t39(), t35(), t62()]
    // The guess took 六月十七日 and the 附注 under it from 39号 for 35号.
    a.doc.public = false
    b.doc.date = '2022-06-17'
    expect([a.doc.date, c.doc.date]).toEqual(['2022-05-13', '2022-05-06'])
    // The 目录 lists 39号, 62号, 35号.
    const at = new Map([[a.doc, 5], [c.doc, 6], [b.doc, 7]])
    const changed = orderSeriesClosings([a, b, c], new Set([a.doc, b.doc]), () => null, (d) => at.get(d) ?? null)
    expect([a.doc.date, b.doc.date, c.doc.date]).toEqual(['2022-05-13', '2022-05-06', '2022-06-17'])
    expect([a.doc.public, b.doc.public, c.doc.public]).toEqual([true, true, true])
    expect(changed.size).toBe(3)
  })
})

// city-docx-span-b.txt 1040–1180 (as the stream reading gave them): 44号's head was read after
// 29号's, its tail and closing (五月二十四日) before 29号's head, under 9号's plan, and its 附注
// (此件主动公开) at the end of 9号's text, whose own closing carries one. Traded, 44号 takes its date
// back, and with it the 附注 left over at 9号's end.
const s9 = () => doc(1, '兴政发〔2022〕9号', [
  '各乡(镇)人民政府,县直各有关单位:', '现将《兴县全民健身实施计划(2021—2025年)》印发给你们，请认真贯彻落实。',
  '兴县人民政府', '二〇二二年五月二十七日', '(此件公开发布)', '', '兴县全民健身实施计划(2021—2025年)', '',
  '（十三）加强全民健身安全保障。对各类健身设施的安全运行加强监管。坚持防控为先，坚持动态调整，统筹赛事活动举办和新冠肺炎疫情防控。',
  '（此件主动公开）',
])
const s29 = () => doc(2, '兴政函〔2022〕29号', [
  '省交通运输厅:', '魏家滩镇是我县煤炭主产区也是我县经开区规划的煤电园区。现就该项目有关情况说明如下:',
  '根据《自然资源部关于做好近期国土空间规划有关工作的通知》等文件要求,我县承诺将该批次用地纳入正在编制的《兴县国土空间总体规划(2021-2035 年)》。',
  '特此承诺。', '兴县人民政府', '二○二二年五月二十四日',
])
const s44 = () => doc(3, '兴政函(2022)44号', [
  '山西省自然资源厅:', '根据《自然资源部关于做好近期国土空间规划有关工作的通知》(自然资发〔2020〕183 号)等文件要求,现将有关用地规划情况承诺如下:',
  '四、我县承诺,将该项目地方政府支出责任列入我县中期财政规划。该项目开工后,将向贵厅报送地方财政资金到位情况报表。',
  '兴县人民政府', '二○二二年四月八日', '(此件公开发布)',
])

describe('a 附注 left over next to two traded closings (city-docx-span-b.txt)', () => {
  it('goes to the one whose closing carries none', () => {
    const [p, a, b] = [s9(), s29(), s44()]
    expect([a.doc.date, a.doc.public, b.doc.date, b.doc.public]).toEqual(['2022-05-24', false, '2022-04-08', true])
    orderSeriesClosings([p, a, b], new Set([a.doc, b.doc]))
    expect([a.doc.date, a.doc.public, b.doc.date, b.doc.public]).toEqual(['2022-04-08', true, '2022-05-24', true])
    expect([p.doc.date, p.doc.public]).toEqual(['2022-05-27', true])
  })

  it('leaves the one without when no 附注 is left over', () => {
    const [a, b] = [s29(), s44()]
    orderSeriesClosings([a, b], new Set([a.doc, b.doc]))
    expect([a.doc.date, a.doc.public, b.doc.date, b.doc.public]).toEqual(['2022-04-08', true, '2022-05-24', false])
  })
})

// prov-xe-toc2col.txt 1996–2207: page 13's two columns written line by line. The 目录 lists 71号,
// then 15号 (starting at the left column's foot, its end and closing heading the right column),
// then 74号 (under it in the right column, closed on the next page). Read so, 74号's title came
// before 15号's, 15号's closing (2018 年 12 月 4 日) stood in 71号's text, and 74号's (11 月 5 日,
// with its 附注) in 15号's. Two series: no number order settles it, the 目录's order does.
const office = (seq: number, docNumber: string, body: string[]) => state(seq, docNumber, body)
const c71 = () => office(7, '国办函〔2018〕71号', [
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。',
  '国务院办公厅', '2018 年 10 月 27 日', '（此件公开发布）', '',
  '七、国庆节：10 月 1 日至 7 日放假调休，共 7', '天。9 月 29 日（星期日）、10 月 12 日（星期六）上', '班。', '',
  '底前，对本地区试点情况、主要做法和成效、存在的', '', '节假日期间，各地区、各部门要妥善安排好值班', '',
  '及时报告并妥善处置，确保人民群众祥和平安度过节', '', '日假期。', '', '国务院办公厅', '', '2018 年 12 月 4 日', '',
  '点内容和工作进度，精心组织实施。试点地区政府办',
])
const c74 = () => office(8, '国办函〔2018〕74号', [
  '各省、自治区、直辖市人民政府，国务院各部委、各', '直属机构：',
  '根据机构设置、人员变动情况和工作需要，国务', '院决定对国务院第二次全国污染源普查领导小组（以',
  '下简称领导小组）组成人员进行相应调整。现将调整', '后的名单通知如下：',
])
const c15 = () => office(9, '国办发明电〔2018〕15号', [
  '各省、自治区、直辖市人民政府，国务院各部委、各', '', '直属机构：', '',
  '经国务院批准，现将 2019 年元旦、春节、清明', '', '钱毅平', '', '中央军委后勤保障部副部长', '',
  '领导小组办公室设在生态环境部，办公室主任由', '', '国务院办公厅', '', '生态环境部副部长赵英民兼任。领导小组成员因工作', '',
  '2018 年 11 月 5 日', '', '变动等需要调整的，由所在单位向领导小组办公室提', '', '（此件公开发布）', '', '出，报领导小组组长审批。',
])

describe('closings of two documents read in the other order than the 目录 lists them (prov-xe-toc2col.txt)', () => {
  const read = () => {
    const docs = [c71(), c74(), c15()]
    const moved = returnMisplacedClosings(docs)
    return { docs, moved }
  }

  it('gives the one listed first the closing read before both titles, the other the one read after', () => {
    const { docs, moved } = read()
    const [, a, b] = docs
    expect([a.doc.date, a.doc.public, b.doc.date, b.doc.public]).toEqual(['2018-12-04', false, '2018-11-05', true])
    const at = new Map([[docs[0].doc, 6], [b.doc, 7], [a.doc, 8]])
    const changed = tradeCrossedClosings(docs, moved, (d) => at.get(d) ?? null)
    expect([a.doc.date, a.doc.public, b.doc.date, b.doc.public]).toEqual(['2018-11-05', true, '2018-12-04', false])
    expect(changed.size).toBe(2)
  })

  it('leaves them when the 目录 lists them as read, or apart from the document before', () => {
    for (const places of [[6, 7, 8], [6, 9, 8], [4, 8, 7]]) {
      const { docs, moved } = read()
      const at = new Map(docs.map((d, i) => [d.doc, places[i]]))
      expect(tradeCrossedClosings(docs, moved, (d) => at.get(d) ?? null).size).toBe(0)
      expect([docs[1].doc.date, docs[2].doc.date]).toEqual(['2018-12-04', '2018-11-05'])
    }
  })
})
