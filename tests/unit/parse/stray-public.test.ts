import { describe, expect, it } from 'vitest'
import { publicOverAttachmentOf, returnStrayPublic } from '../../../src/main/importer/parse/stray-public'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'
import type { Block, ParsedDocument } from '../../../src/shared/domain'

function doc(seq: number, publicField: boolean, blocks: [Block['kind'], string][]): ParsedDocument {
  return {
    seq, docNumber: null, docNumberRaw: null, title: '', tocTitle: null, category: null, docType: null, issuer: '国务院办公厅', issuers: ['国务院办公厅'],
    recipients: null, date: null, public: publicField, tocPage: null, consult: null, attachments: [], citations: [],
    blocks: blocks.map(([kind, text]) => ({ kind, text })),
  }
}

// prov-xe-3col-answers-b.txt: pdftotext wrote 127号's last column (its 附注 among it) into 7号's head.
const n127 = () => doc(4, false, [
  ['paragraph', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：'],
  ['heading2', '（三）加强对政策落实的监督。要加强审计监督，以是否符合中央精神和改革方向作为审计定性判断的标准，充分尊重科研规律。'],
  ['signature', '国务院办公厅'],
  ['date', '2018年12月26日'],
])
const n7 = () => doc(5, true, [
  ['paragraph', '公示制度，同时探索利用市场化机制确定科技成果价值的多种方式。'],
  ['heading2', '（三）明确科技成果作为国有资产的管理程序。'],
  ['note', '（此件公开发布）'],
  ['paragraph', '请财政部落实《中华人民共和国促进科技成果转化法》，按照对科技成果价值“通过协议定价、在技术市场挂牌交易、拍卖等方式确定价格”的要求。'],
  ['paragraph', '2003年，全国安全生产形势总体稳定，生产安全事故总起数和死亡总人数比上年都有所下降。'],
  ['signature', '国务院办公厅'],
  ['date', '二〇〇四年一月十六日'],
])

// county-web-3col-names.txt: 47号's 附注 read amid 29号's text, above 29号's own closing and 附注.
const n47 = () => doc(7, false, [
  ['paragraph', '2013年列支的10.38万元招待费逐项进行了调查核实。'],
  ['signature', '兴县人民政府'],
  ['date', '二〇二二年五月二十六日'],
])
const n29 = () => doc(8, true, [
  ['paragraph', '整改情况：已整改完成。一是经县纪委监委对蔡家崖粮管所私自出售粮食不入账问题调查核实。'],
  ['note', '(此件公开发布)'],
  ['heading1', '四、我县承诺,将该项目地方政府支出责任列入我县中期财政规划。该项'],
  ['date', '二〇二二年四月八日'],
  ['note', '(此件公开发布)'],
])

// prov-xe-toc2col-b.txt: 144号's 附注 and the 附件 its 附件： line names were read into 88号's head.
const n144 = () => ({ ...doc(2, false, [
  ['paragraph', '教育部：'],
  ['paragraph', '撤销职业教育工作部际联席会议，其职能并入国务院职业教育工作部际联席会议。'],
  ['attachmentNote', '附件：国务院职业教育工作部际联席会议制度'],
  ['signature', '国务院'],
  ['date', '2018年11月20日'],
]), attachments: ['国务院职业教育工作部际联席会议制度'] })
const n88 = () => doc(3, true, [
  ['paragraph', '联席会议办公室设在教育部，主要承担联席会议组织筹备等日常工作。'],
  ['heading1', '三、工作规则'],
  ['paragraph', '联席会议原则上每年召开两次会议，也可根据工作需要临时召开。'],
  ['note', '（此件公开发布）'],
  ['attachmentHeading', '附件'],
  ['title', '国务院职业教育工作部际联席会议制度'],
  ['paragraph', '为贯彻落实全国教育大会精神，进一步加强对职业教育工作的领导。'],
  ['heading1', '一、关于棉粮挂钩的奖售基数问题。'],
  ['signature', '国务院'],
  ['date', '一九八一年五月二十三日'],
])

describe('a public 附注 read into the neighbouring document (stray-public)', () => {
  it('gives back a 附注 standing over the attachment the previous document announces', () => {
    const [a, b] = [n144(), n88()]
    expect(publicOverAttachmentOf(b, a)).toBe('only')
    const { taken, given } = returnStrayPublic([a, b])
    expect([a.public, b.public]).toEqual([true, false])
    expect(taken.get(a)).toBe('next')
    expect(given.has(b)).toBe(true)
  })

  it('leaves a 附注 over an attachment no neighbour announces', () => {
    const a = { ...n144(), attachments: ['兴县第一批非物质文化遗产项目名录'] }
    const b = n88()
    expect(publicOverAttachmentOf(b, a)).toBe(null)
    expect(returnStrayPublic([a, b]).taken.size).toBe(0)
  })

  it('gives the next document\'s stray 附注 back, and the next one loses the public field it rested on', () => {
    const [a, b] = [n127(), n7()]
    const { taken, given } = returnStrayPublic([a, b])
    expect([a.public, b.public]).toEqual([true, false])
    expect(taken.get(a)).toBe('next')
    expect(given.has(b)).toBe(true)
  })

  it('keeps the next document public when it holds its own 附注 under its date', () => {
    const [a, b] = [n47(), n29()]
    const { taken, given } = returnStrayPublic([a, b])
    expect([a.public, b.public]).toEqual([true, true])
    expect(taken.get(a)).toBe('next')
    expect(given.size).toBe(0)
  })

  it('takes the previous document\'s second 附注 when the next has none astray', () => {
    const [a, b] = [n29(), n47()]
    const { taken } = returnStrayPublic([a, b])
    expect(b.public).toBe(true)
    expect(taken.get(b)).toBe('previous')
  })

  it('leaves documents alone whose 附注 stand under their dates', () => {
    const a = n47()
    const b = doc(9, true, [['paragraph', '特此函告。'], ['signature', '兴县人民政府'], ['date', '二〇二二年六月九日'], ['note', '（此件公开发布）']])
    expect(returnStrayPublic([a, b]).taken.size).toBe(0)
    expect(a.public).toBe(false)
  })
})

// county-docx-sw-cflow.txt: the 35号 报告's 附注 printed at the next page's top, where the 29号's
// attached plan breaks a sentence ('…作为供热企业主' / 附注 / '体，开展特许经营…').
const n35 = () => doc(5, false, [
  ['paragraph', '吕梁市商务局、财政局、乡村振兴局：'],
  ['signature', '兴县人民政府'],
  ['date', '二〇二二年五月六日'],
])
const n29b = () => doc(6, true, [
  ['paragraph', '各乡（镇）人民政府，县直各有关单位：'],
  ['signature', '兴县财政局'],
  ['date', '二〇二二年五月十二日'],
  ['note', '公开属性：主动公开'],
  ['title', '2022年兴县冬季清洁取暖工作方案'],
  ['heading3', '2.规范管理清洁取暖运营市场主体。由电力、热力、燃气特许经营企业作为供热企业主'],
  ['note', '公开属性：主动公开'],
  ['paragraph', '体，开展特许经营和合同管理，构建“企业主体、政府监督”供热运营模式。'],
])

describe('a public 附注 between the halves of a sentence the page broke', () => {
  it('is the previous document’s, which has none', () => {
    const [a, b] = [n35(), n29b()]
    const { taken } = returnStrayPublic([a, b])
    expect(a.public).toBe(true)
    expect(taken.get(a)).toBe('next')
  })

  it('is the document’s own when it holds no other', () => {
    const b = n29b()
    b.blocks.splice(3, 1)
    const a = n35()
    expect(returnStrayPublic([a, b]).taken.size).toBe(0)
    expect(a.public).toBe(false)
  })

  it('is the forwarded document’s when the document prints a second closing (prov-xe-forward: a 转发)', () => {
    const b = n29b()
    b.blocks.splice(5, 0, { kind: 'date', text: '2018年12月5日' })
    const a = n35()
    expect(returnStrayPublic([a, b]).taken.size).toBe(0)
    expect(a.public).toBe(false)
  })

  it('is not moved when the sentence had ended before it', () => {
    const b = n29b()
    b.blocks[5] = { kind: 'heading3', text: '2.规范管理清洁取暖运营市场主体。' }
    const a = n35()
    expect(returnStrayPublic([a, b]).taken.size).toBe(0)
  })
})

// prov-sw-regpage.txt 536–556: pdftotext wrote 漳政发〔2022〕8号's date and 附注 (its right column's top)
// before its text, right under its title; the decree before, dated, prints no 附注 and took it.
describe('a document\'s own closing read before its text', () => {
  const decree = () => ({ ...doc(1, false, [['paragraph', '《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现将修订后的《专利代理条例》公布。'], ['signature', '省长 骆承志'], ['date', '二〇一八年十一月六日'], ['paragraph', '第三十二条　本条例自2019年3月1日起施行。']]), date: '2018-11-06' })
  const notice = () => doc(2, true, [
    ['date', '二〇二二年六月九日'],
    ['note', '（此件公开发布）'],
    ['title', '兴县绿色低碳县城暨蔚汾河及沿岸风貌提升项目实施方案'],
    ['paragraph', '《兴县绿色低碳县城暨蔚汾河及沿岸风貌提升项目实施方案》已经县政府同意，现印发给你们，请认真组织实施。'],
    ['paragraph', '漳岳省人民政府'],
  ])

  it('keeps the 附注 under its one date with it', () => {
    const [d, n] = [decree(), notice()]
    const r = returnStrayPublic([d, n])
    expect([d.public, n.public]).toEqual([false, true])
    expect(r.taken.size).toBe(0)
  })

  it('still gives the 附注 to the document before when that one is undated', () => {
    const [d, n] = [{ ...decree(), date: null }, notice()]
    returnStrayPublic([d, n])
    expect([d.public, n.public]).toEqual([true, false])
  })
})

/** A tuning fixture's plain text parsed, and its documents of these 文号. */
function fixtureDocs(layout: string, numbers: string[]): (ParsedDocument | undefined)[] {
  const docs = parseIssue(typesetText(layout)).documents
  return numbers.map((n) => docs.find((d) => d.docNumber === n))
}

// swap-xe-unbal-b5's plain text (the s48 text-swap round 6, a tuning fixture): two closings set
// side by side in the columns, 国办函〔2004〕57号's and 国办发〔2018〕108号's, were read into 57号;
// 108号 keeps its 附件： line, 57号 the 附注 with the 附件 heading under it, though it announces none.
describe('a 附注 over a 附件 the document before never announced', () => {
  const n57 = () => doc(4, true, [
    ['paragraph', '发展改革委提出：根据有关文件精神，发展改革委将对你省已列入振兴规划的汽车、船舶、机床项目给予支持。'],
    ['signature', '国务院办公厅'],
    ['date', '二〇〇四年八月十二日'],
    ['note', '（此件公开发布）'],
    ['attachmentHeading', '附件'],
  ])
  const n108 = () => ({ ...doc(5, false, [
    ['attachmentNote', '附件：国务院第五次大督查发现的典型经验做法（共130项）'],
    ['signature', '国务院办公厅'],
    ['date', '2018年11月19日'],
  ]), attachments: ['国务院第五次大督查发现的典型经验做法（共130项）'] })

  it('goes to the document that announces the attachment; the one before gives it up', () => {
    const [a, b] = [n57(), n108()]
    const r = returnStrayPublic([a, b])
    expect([a.public, b.public]).toEqual([false, true])
    expect(r.taken.get(b)).toBe('previous')
    expect(r.given.has(a)).toBe(true)
  })

  it('stays where the document before announces an attachment of its own, or the next holds a 附注', () => {
    const own = { ...n57(), attachments: ['振兴规划项目表'] }
    expect(returnStrayPublic([own, n108()]).taken.size).toBe(0)
    const noted = n108()
    noted.blocks.push({ kind: 'note', text: '（此件公开发布）' })
    noted.public = true
    expect(returnStrayPublic([n57(), noted]).taken.size).toBe(0)
  })

  it('reads swap-xe-unbal-b5’s two closings so: each document its own public field, both in doubt', () => {
    const [a, b] = fixtureDocs('swap-xe-unbal-b5', ['国办函〔2004〕57号', '国办发〔2018〕108号'])
    expect([a?.public, b?.public]).toEqual([false, true])
    expect((b?.reasons ?? []).map((r) => r.code)).toContain('PUBLIC_FROM_PREVIOUS')
  })
})

// swap-xe-3col-answers1's plain text (a tuning fixture): on a page of three columns 国办发〔2018〕115号
// closes at the first column's foot while 国办函〔2004〕80号 starts beside it; 115号's 附注 was read
// into 80号's first attachment, under the attachment's title, and 80号 took it as its own.
describe('a document’s one 附注 inside its attachment', () => {
  const n115 = () => ({ ...doc(8, false, [
    ['paragraph', '各地区、各部门要将本意见的贯彻落实情况和工作中遇到的重要事项及时报司法部。'],
    ['signature', '国务院办公厅'],
    ['date', '2018年12月4日'],
  ]), date: '2018-12-04' })
  const n80 = () => ({ ...doc(9, true, [
    ['paragraph', '湖北省人民政府：'],
    ['paragraph', '你省《关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题的请示》收悉。现函复如下：'],
    ['paragraph', '同意国土资源部的意见，请你省认真落实。'],
    ['signature', '国务院办公厅'],
    ['attachmentNote', '附件：1.国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情有关问题的函'],
    ['date', '二〇〇四年十一月四日'],
    ['attachmentHeading', '附件1'],
    ['title', '关于湖北省巴东县官渡口镇马鬃山村'],
    ['note', '（此件公开发布）'],
    ['signature', '国土资源部'],
    ['date', '二〇〇四年十月十日'],
  ]), attachments: ['国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情有关问题的函'] })

  it('is the dated document before’s: it takes it, the one holding it gives it up', () => {
    const [a, b] = [n115(), n80()]
    const r = returnStrayPublic([a, b])
    expect([a.public, b.public]).toEqual([true, false])
    expect(r.taken.get(a)).toBe('next')
    expect(r.given.has(b)).toBe(true)
  })

  it('stays where a date stands between the 附件 heading and the 附注, or the document before is undated', () => {
    const dated = n80()
    dated.blocks.splice(8, 0, { kind: 'date', text: '二〇〇四年十月九日' })
    expect(returnStrayPublic([n115(), dated]).taken.size).toBe(0)
    expect(returnStrayPublic([{ ...n115(), date: null }, n80()]).taken.size).toBe(0)
  })

  it('reads swap-xe-3col-answers1 so: 115号 public, 80号 not, both in doubt', () => {
    const [a, b] = fixtureDocs('swap-xe-3col-answers1', ['国办发〔2018〕115号', '国办函〔2004〕80号'])
    expect([a?.public, b?.public]).toEqual([true, false])
    expect((b?.reasons ?? []).map((r) => r.code)).toContain('PUBLIC_GIVEN')
  })
})
