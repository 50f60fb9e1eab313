// Doubts read off the document itself (issue 12, item 4), on excerpts of the tuning layouts'
// pdftotext text where the reading order went wrong: each wrong field must make its document
// doubtful, and the same documents read right must not be.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block, ParsedDocument } from '../../../src/shared/domain'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import { dateBeforeText, dateOfOtherUnit, endsMidSentence, numberingGap, publicAstray, startsMidSentence, strayNumber, titleWithSentence, wrappedTitleInBody } from '../../../src/main/importer/parse/doubt-signals'
import { numberOrderOdd, numberPrefix, numberSerial, prefixVsIssuers, publicOdd, recipientsMissing, sectionsSplit } from '../../../src/main/importer/parse/issue-doubts'
import { oddTitles, pageFactsOf, pagesVsToc, type PageFacts } from '../../../src/main/importer/parse/page-facts'
import { pageOrder } from '../../../src/main/importer/parse/toc-order'
import type { SourceLine } from '../../../src/main/importer/parse/lines'

const p = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ kind, text })
const doc = (title: string, blocks: Block[], docType: string | null = '通知'): ParsedDocument =>
  ({ title, blocks, docType }) as unknown as ParsedDocument

describe('doubts from the document itself', () => {
  it('sees a 文号 standing alone in the body (pdftotext set it after the previous column)', () => {
    // city-pdfkit-2col.txt: 国办发〔2004〕7号 printed amid the end of the document before.
    expect(strayNumber(doc('关于加快推进农业机械化和农机装备产业转型升级的指导意见', [p('市场创造更多发展空间。深入推进农机装备产业和'), p('国办发〔2004〕7号'), p('国务院', 'signature')]))).toBe(true)
    expect(strayNumber(doc('关于加快推进农业机械化和农机装备产业转型升级的指导意见', [p('（国办发〔2004〕7号）收悉。经研究，现函复如下：')]))).toBe(false)
  })

  it('sees a date before any text (the signature block of another document read first)', () => {
    const blocks = [p('国务院办公厅', 'signature'), p('2018年11月20日', 'date'), p('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：')]
    expect(dateBeforeText(doc('关于2019年部分节假日安排的通知', blocks))).toBe(true)
    // A decree is dated before the regulation it promulgates.
    expect(dateBeforeText(doc('专利代理条例', [p('《专利代理条例》已经…修订通过，现予公布。'), p('总理　李克强', 'signature'), p('2018年11月6日', 'date')], '令'))).toBe(false)
    expect(dateBeforeText(doc('关于2019年部分节假日安排的通知', [...blocks].reverse()))).toBe(false)
  })

  it('sees body text run into a title', () => {
    // city-2col-flow.txt: the end of the previous column glued before the 答复's title.
    expect(titleWithSentence(doc('有关负责同志担任，办公室工作人员从成员单位司局级国务院办公厅对十届全国人大四次会议第2996号建议的答复', []))).toBe(true)
    expect(titleWithSentence(doc('关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报', []))).toBe(false)
  })

  it('sees another unit’s title wrapped over three blocks in the body', () => {
    const blocks = [p('节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。'), p('国务院办公厅关于调整国务院第二次'), p('全国污染源普查领导小组组成人员的'), p('通知'), p('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：')]
    expect(wrappedTitleInBody(blocks)).toBe(true)
    // An attachment's own title under 附件 starts with 关于, not with a unit.
    expect(wrappedTitleInBody([p('附件1', 'attachmentHeading'), p('关于湖北省巴东县官渡口镇马鬃山村'), p('地质险情调研情况的报告')])).toBe(false)
  })
})

describe('the date and its signature', () => {
  const withIssuers = (issuers: string[], blocks: Block[]): ParsedDocument =>
    ({ title: '转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知', blocks, docType: '通知', issuers, date: '1996-01-25' }) as unknown as ParsedDocument

  it('doubts a date signed by another unit (the forwarded report’s, its covering signature lost)', () => {
    // govcn-20: the 国务院办公厅 signature missed, so the date taken is the report's.
    const blocks = [p('国家地震局《关于……的报告》已经国务院同意，现转发给你们，请认真贯彻执行。'), p('关于我国地震重点监视防御区的确定'),
      p('以上意见如无不妥，请批转各地、各部门贯彻执行。'), p('国家地震局', 'signature'), p('一九九六年一月二十五日', 'date')]
    expect(dateOfOtherUnit(withIssuers(['国务院办公厅'], blocks))).toBe(true)
    expect(dateOfOtherUnit(withIssuers(['国家地震局'], blocks))).toBe(false)
  })

  it('takes stacked joint signatures and a shorter printed name as the issuers’', () => {
    const joint = [p('兴县人力资源和社会保障局', 'signature'), p('兴县发展和改革局', 'signature'), p('二〇二二年四月二十一日', 'date')]
    expect(dateOfOtherUnit(withIssuers(['兴县人力资源和社会保障局', '兴县发展和改革局'], joint))).toBe(false)
    expect(dateOfOtherUnit(withIssuers(['兴县人民政府办公室'], [p('县人民政府办公室', 'signature'), p('2022年5月6日', 'date')]))).toBe(false)
  })
})

describe('in a parsed issue', () => {
  const head = ['白溪市人民政府公报', '2018 年第 12 期（总第 210 期）', '', '国务院文件', '']
  const letter = ['国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知', '国发〔1981〕88 号', '各省、市、自治区人民政府，国务院各部委、各直属机构：',
    '现将棉粮、糖粮挂钩奖售粮的几个问题通知如下。', '国务院', '一九八一年五月二十三日']

  it('keeps a document read in order confident, and makes one read out of order doubtful', () => {
    const right = parseIssue([...head, ...letter].join('\n'))
    expect(right.documents.map((d) => isDoubtful(d.confidence ?? 1))).toEqual([false])
    // The signature and date read before the body, as pdftotext gave them.
    const wrong = parseIssue([...head, ...letter.slice(0, 2), ...letter.slice(4), ...letter.slice(2, 4)].join('\n'))
    expect(wrong.documents[0].reasons?.map((r) => r.code)).toContain('DATE_BEFORE_TEXT')
    expect(isDoubtful(wrong.documents[0].confidence ?? 1)).toBe(true)
  })
})

describe('doubts from the genre and the page (issue 12 item 4, second pass)', () => {
  const withFields = (fields: Partial<ParsedDocument>): ParsedDocument =>
    ({ title: '关于印发方案的通知', blocks: [], docType: '通知', issuers: ['兴县人民政府'], public: true, docNumber: null, tocPage: null, ...fields }) as ParsedDocument

  it('sees a body that opens mid-clause or is cut after a comma', () => {
    expect(startsMidSentence(doc('关于x的通知', [p('，现将有关事项通知如下。')]))).toBe(true)
    expect(startsMidSentence(doc('关于x的通知', [p('各乡（镇）人民政府，县直各单位：')]))).toBe(false)
    expect(endsMidSentence(doc('关于x的通知', [p('要加强组织领导，落实工作责任，')]))).toBe(true)
    expect(endsMidSentence(doc('关于x的通知', [p('二〇二二年五月十二日', 'date')]))).toBe(false)
  })

  it('sees numbered headings that start past the first or skip one', () => {
    // county-lo-noto.txt: the body read from （三） on, its opening left in another document.
    expect(numberingGap(doc('关于x的通知', [p('农民工工作量并编制工资支付表'), p('（三）施工总承包单位', 'heading2'), p('（四）按月发放', 'heading2')]))).toBe('start')
    expect(numberingGap(doc('关于x的通知', [p('一、总体要求', 'heading1'), p('三、保障措施', 'heading1')]))).toBe('gap')
    // The sample prints 二、 before 一、: the parts are there, only out of order.
    expect(numberingGap(doc('关于x的通知', [p('二、组成人员', 'heading1'), p('一、主要职责', 'heading1')]))).toBe('gap')
    // （一）… standing for the first part before 二、, and an attachment numbering itself, are right.
    const right = [p('（一）提高', 'heading2'), p('（二）强化', 'heading2'), p('二、巡察反馈', 'heading1'), p('（一）贯彻', 'heading2'),
      p('国务院办公厅', 'signature'), p('2018年12月7日', 'date'), p('附件', 'attachmentHeading'), p('一、总则', 'heading1')]
    expect(numberingGap(doc('关于x的通知', right))).toBe(null)
  })

  it('compares a document with its siblings: public marker, 主送机关, 机关代字', () => {
    const sib = (n: number, f: Partial<ParsedDocument> = {}): ParsedDocument[] => Array.from({ length: n }, () => withFields(f))
    const lone = withFields({ public: false })
    expect(publicOdd(lone, [lone, ...sib(3)])).toBe(true)
    expect(publicOdd(lone, [lone, ...sib(2), withFields({ public: false })])).toBe(false)
    const opening = [p('各乡（镇）人民政府，县直各单位：'), p('现将方案印发给你们。')]
    const cut = withFields({ blocks: [p('农民工工作量并编制工资支付表，经本人签字确认。')] })
    expect(recipientsMissing(cut, [cut, ...sib(4, { blocks: opening })])).toBe(true)
    expect(recipientsMissing(cut, [cut, ...sib(2, { blocks: opening }), ...sib(2, { blocks: cut.blocks })])).toBe(false)
    expect(numberPrefix('国办函〔2005〕57号')).toBe('国办函')
    const office = (n: string): ParsedDocument => withFields({ docNumber: n, issuers: ['兴县人民政府办公室'] })
    const misread = withFields({ docNumber: '兴政办发〔2022〕9号', issuers: ['兴县水利局'] })
    expect(prefixVsIssuers(misread, [misread, office('兴政办发〔2022〕8号'), office('兴政办发〔2022〕3号')])).toBe(true)
    const shorter = withFields({ docNumber: '兴政办发〔2022〕9号', issuers: ['县人民政府办公室'] })
    expect(prefixVsIssuers(shorter, [shorter, office('兴政办发〔2022〕8号'), office('兴政办发〔2022〕3号')])).toBe(false)
  })

  it('checks pages against the 目录 and titles against the issue’s other titles', () => {
    const f = (firstPage: number, lastPage: number, titleSize = 1.4, titleFont = 'hei'): PageFacts => ({ firstPage, lastPage, titleSize, titleFont })
    const a = withFields({ tocPage: 3 })
    const b = withFields({ tocPage: 7 })
    expect(pagesVsToc(a, f(3, 9), b, f(7, 8))).toBe(true) // ran on into the next document's pages
    expect(pagesVsToc(a, f(3, 4), b, f(7, 8))).toBe(true) // ended pages before the next begins
    expect(pagesVsToc(a, f(3, 7), b, f(7, 8))).toBe(false)
    expect(pagesVsToc(a, f(3, 9), b, f(9, 10))).toBe(false) // the next one is off its 目录 page: the 目录 is off
    const docs = [1, 2, 3, 4].map(() => withFields({}))
    const facts = new Map(docs.map((d, i) => [d, i === 3 ? f(1, 1, 1.0) : f(1, 1)]))
    expect([...oddTitles(docs, facts)]).toEqual([docs[3]])
    facts.set(docs[3], f(1, 1, 1.4, 'song'))
    expect([...oddTitles(docs, facts)]).toEqual([docs[3]])
    facts.set(docs[3], f(1, 1))
    expect(oddTitles(docs, facts).size).toBe(0)
  })

  it('reads a document’s printed pages and title size from its lines', () => {
    const line = (no: number, pageLabel: string | undefined, relSize: number): SourceLine =>
      ({ no, text: 'x', layout: { page: no, pageLabel, relSize, size: relSize * 10, font: 'hei', bold: false } }) as unknown as SourceLine
    const lines = [line(1, '3', 1.5), line(2, '3', 1), line(3, undefined, 1), line(4, '5', 1)]
    expect(pageFactsOf(lines, 0, 4, [0])).toEqual({ firstPage: 3, lastPage: 5, titleSize: 1.5, titleFont: 'hei' })
  })
})

describe('doubts from the siblings’ 文号 and closings (issue 12 item 4, third pass)', () => {
  const withFields = (fields: Partial<ParsedDocument>): ParsedDocument =>
    ({ title: '关于x的批复', blocks: [], docType: '批复', issuers: ['兴县人民政府'], public: true, docNumber: null, tocPage: null, ...fields }) as ParsedDocument
  const reply = (no: number, date: string): ParsedDocument => withFields({ docNumber: `兴政函〔2022〕${no}号`, date })

  it('doubts a date that breaks the order of its 文号 among the same 代字 (county-lo-noto.txt: dates read across documents)', () => {
    const wrong = reply(43, '2022-06-15')
    const docs = [reply(50, '2022-05-12'), wrong, reply(61, '2022-05-12')]
    expect(docs.map((d) => numberOrderOdd(d, docs))).toEqual([false, true, false])
    // Signed a few days out of order, as real offices do (the sample: 43号 of 05-24, 45号 of 05-23): right.
    const real = [reply(43, '2022-05-24'), reply(45, '2022-05-23'), reply(46, '2022-05-26')]
    expect(real.some((d) => numberOrderOdd(d, real))).toBe(false)
    // Two alone do not say which is off; another 代字 or year is another series.
    const pair = [reply(25, '2022-06-09'), reply(30, '2022-05-06')]
    expect(pair.some((d) => numberOrderOdd(d, pair))).toBe(false)
    const mixed = [wrong, reply(50, '2022-05-12'), withFields({ docNumber: '兴政发〔2022〕61号', date: '2022-05-12' })]
    expect(mixed.some((d) => numberOrderOdd(d, mixed))).toBe(false)
    expect(numberSerial('国办函〔2004〕 25 号')).toEqual({ series: '国办函2004', n: 25 })
  })

  it('doubts the 栏目 of documents that break the issue’s grouping of 栏目', () => {
    const filed = (...cats: string[]): ParsedDocument[] => cats.map((category) => withFields({ category }))
    const at = (docs: ParsedDocument[]): number[] => docs.flatMap((d, i) => (sectionsSplit(docs).has(d) ? [i] : []))
    expect(at(filed('国务院文件', '国务院文件', '国务院办公厅文件', '国务院办公厅文件'))).toEqual([])
    // Met again after another: the shorter run, and the one document between (which is off is not known).
    expect(at(filed('国务院文件', '国务院文件', '国务院办公厅文件', '国务院文件'))).toEqual([2, 3])
    expect(at(filed('国务院文件', '国务院文件', '国务院办公厅文件', '国务院办公厅文件', '国务院文件'))).toEqual([4])
    expect(at(filed('国务院文件', '国务院办公厅文件', '国务院文件', '函件答复'))).toEqual([0, 1, 2])
  })

  it('takes a 栏目 split only by documents the 目录 begins on one page (read across) for no misfiling', () => {
    // city-lo-decree.txt: the 部门 意见 (兴人社发〔2022〕25号) and the 国办 复函 begin on page 5,
    // and pdftotext gives the 复函 first: 部门 复函 部门 in reading order, every 栏目 right.
    const file = join(process.cwd(), 'tests/fixtures/typeset/tuning/city-lo-decree/city-lo-decree.txt')
    const text = readFileSync(file, 'utf8')
    const split = (t: string): string[] => parseIssue(t).documents.filter((d) => (d.reasons ?? []).some((r) => r.code === 'SECTION_SPLIT')).map((d) => d.docNumber ?? '')
    expect(split(text)).toEqual([])
    // The 目录 listing the 复函 on page 6: the order is no page's, and the split is doubted.
    const row = '国务院办公厅关于科技节水建议的复函（国办函〔2005〕21 号）...................'
    expect(text).toContain(`${row}5\n`)
    expect(split(text.replace(`${row}5\n`, `${row}6\n`))).toEqual(['兴人社发〔2022〕30号', '国办函〔2005〕21号', '兴人社发〔2022〕25号'])
    // The order the 目录 gives a page's documents: a run on one page sorted, the rest left as read.
    const entries = [5, 5, 6, 6].map((page, k) => ({ category: '', title: `${k}`, docNumber: null, page }))
    const docs = [1, 0, 3, 2].map((k) => withFields({ title: `${k}` }))
    const entryOf = new Map(docs.map((d) => [d, entries[Number(d.title)]]))
    expect(pageOrder(docs, entryOf, entries).map((d) => d.title)).toEqual(['0', '1', '2', '3'])
    entryOf.delete(docs[1])
    expect(pageOrder(docs, entryOf, entries).map((d) => d.title)).toEqual(['1', '0', '2', '3'])
  })

  it('sees a public marker glued to a body line (city-xe-span-mid.txt: 第四章（此件公开发布）)', () => {
    expect(publicAstray(doc('关于印发个人所得税专项附加扣除暂行办法的通知', [p('第四章（此件公开发布）', 'heading1')]))).toBe(true)
    expect(publicAstray(doc('关于印发个人所得税专项附加扣除暂行办法的通知', [p('国务院', 'signature'), p('2018年12月13日', 'date'), p('（此件公开发布）', 'note')]))).toBe(false)
  })

  it('checks the signature over the date the fields took, not the first date (a closing lent to a neighbour)', () => {
    // jiangnan-2020-06: the notice lent its own closing to the decree before it and took its attachment's.
    const blocks = [p('现将《江南省职业教育改革实施方案》印发给你们，请认真贯彻执行。'), p('江南省人民政府', 'signature'), p('2020年3月18日', 'date'),
      p('附件', 'attachmentHeading'), p('加强党对教育事业的全面领导。'), p('江南省教育厅', 'signature'), p('2020年3月10日', 'date')]
    const notice = (date: string): ParsedDocument => ({ ...withFields({ blocks, date, issuers: ['江南省人民政府'] }), docType: '通知' }) as ParsedDocument
    expect(dateOfOtherUnit(notice('2020-03-10'))).toBe(true)
    expect(dateOfOtherUnit(notice('2020-03-18'))).toBe(false)
  })

  it('doubts the date of a document whose neighbour lost its closing, or opens with one', () => {
    const head = ['白溪市人民政府公报', '2018 年第 12 期（总第 210 期）', '', '国务院文件', '']
    const a = ['国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知', '国发〔1981〕88 号', '各省、市、自治区人民政府，国务院各部委、各直属机构：',
      '现将棉粮、糖粮挂钩奖售粮的几个问题通知如下。', '国务院', '一九八一年五月二十三日']
    const b = ['国务院关于同意建立国务院职业教育工作部际联席会议制度的批复', '国函〔2018〕144 号', '教育部：', '你部关于建立职业教育工作部际联席会议制度的请示收悉。现批复如下：',
      '同意建立由教育部牵头的职业教育工作部际联席会议制度。', '国务院', '2018年11月20日']
    const codes = (lines: string[]): string[][] => parseIssue([...head, ...lines].join('\n')).documents.map((d) => (d.reasons ?? []).map((r) => r.code))
    expect(codes([...a, ...b]).flat()).toEqual([])
    // The second document's closing read before its body: it may be the first's.
    const opened = codes([...a, ...b.slice(0, 2), ...b.slice(5), ...b.slice(2, 5)])
    expect(opened[0]).toContain('CLOSING_OPENS_NEXT')
    // The first document left undated: the second's one date may be its.
    const lost = codes([...a.slice(0, 4), ...b])
    expect(lost[0]).toContain('NO_DATE')
    expect(lost[1]).toContain('PREVIOUS_CLOSING_LOST')
  })

  it('doubts the date of a document whose next neighbour lost its closing (read early, across columns)', () => {
    // county-lo-autonum.txt: the 请示's closing (六月十五日) was read into the 承诺函 before the
    // 贷款意见, which was left undated; the 承诺函 showed no other doubt.
    const head = ['兴县人民政府公报', '2022 年第 14 期（总第 16 期）', '', '【县政府文件】', '']
    const a = ['兴政函〔2022〕51 号', '兴县人民政府关于将新建兴县至保德县地方铁路二期工程纳入当地国土空间总体规划的承诺函',
      '村振兴和民生改善仍需要投入大量的县级资金，但县级财力有限，为了保证公路正常通行，恳请贵厅对该段公路的养护及维护费用予以解决为盼。',
      '兴县人民政府', '二〇二二年六月十五日', '公开属性：主动公开']
    const b = ['兴县人民政府关于兴县城乡基础设施投资有限公司申请项目贷款意见', '兴县城乡基础设施投资有限公司：',
      '同意你公司采取市场化融资方式就本项目向国家开发银行山西省分行申请贷款。', '兴县人民政府', '二〇二二年六月九日']
    const codes = (lines: string[]): string[][] => parseIssue([...head, ...lines].join('\n')).documents.map((d) => (d.reasons ?? []).map((r) => r.code))
    expect(codes([...a, ...b]).flat()).toEqual([])
    const lost = codes([...a, ...b.slice(0, 3)])
    expect(lost[1]).toContain('NO_DATE')
    expect(lost[0]).toContain('NEXT_CLOSING_LOST')
    // A 大事记 after it is undated by nature: no closing was lost (qingxi-2021-02: the joint
    // notice before the issue's 大事记).
    const qingxi = parseIssue(readFileSync(join(process.cwd(), 'tests/fixtures/genre/qingxi-2021-02.txt'), 'utf8')).documents
    expect(qingxi[5].title).toContain('大事记')
    expect((qingxi[4].reasons ?? []).map((r) => r.code)).not.toContain('NEXT_CLOSING_LOST')
  })

  it('doubts the date of a document whose next neighbour took its closing from elsewhere (a chain of closings read early)', () => {
    // city-web-3col-b.txt with the 55号's closing (兴县人民政府 / 二〇二二年六月九日, the other columns'
    // lines between) floated past the page's end, after the 21号's salutation: the 55号 then holds the
    // 51号's closing (六月七日) and nothing of its own is out of place; the 51号 takes the 21号's.
    const lines = readFileSync(join(process.cwd(), 'tests/fixtures/typeset/tuning/city-web-3col-b/city-web-3col-b.txt'), 'utf8').split('\n')
    const closing = lines.slice(1750, 1755)
    expect([closing[0], closing[4]]).toEqual(['兴县人民政府', '二〇二二年六月九日'])
    expect(lines[1836]).toBe('县直各相关单位，各用煤企业：')
    const late = [...lines.slice(0, 1750), ...lines.slice(1755, 1837), ...closing, ...lines.slice(1837)]
    const of55 = (text: string[]): ParsedDocument => parseIssue(text.join('\n')).documents.find((d) => d.docNumber === '兴政函〔2022〕55号')!
    const right = of55(lines)
    expect(right.date).toBe('2022-06-09')
    expect((right.reasons ?? []).map((r) => r.code)).not.toContain('NEXT_CLOSING_MOVED')
    const wrong = of55(late)
    expect(wrong.date).toBe('2022-06-07')
    expect((wrong.reasons ?? []).map((r) => r.code)).toContain('NEXT_CLOSING_MOVED')
    expect(isDoubtful(wrong.confidence ?? 1)).toBe(true)
  })

  it('doubts a document without 文号 whose date fits the year of a neighbour’s contradicted 文号 (closings swapped)', () => {
    // prov-xe-3col-answers.txt (three columns read across, running heads taken as page furniture):
    // the 复函 without 文号 took 88号's closing (二〇〇四年十二月十七日, its own text read after
    // it), and 国办函〔2004〕88号 took the 复函's (一九九六年二月六日). Only 88号 showed a doubt
    // (its 文号's year); the 复函's wrong date was silent.
    const head = ['澜江省人民政府公报', '2019 年第 6 期（总第 512 期）', '', '目', '', '录', '', '【建议提案答复】', '',
      '国务院办公厅关于同意以深圳市名义申办 2011 年', '第 26 届世界大学生夏季运动会的复函（国办函', '〔2004〕88 号） . . . . . . . . . . . . . . . . . . . . . . . . . 第 11页',
      '国务院办公厅关于广东与香港、澳门合建自动气象站', '网有关问题的复函. . . . . . . . . . . . . . . . . . . . . .第 11页', '', '建议提案答复', '']
    const b = ['国办函〔2004〕88 号', '国务院办公厅关于同意以深圳市名义申办 2011 年第 26 届世界大学生夏季运动会的复函', '广东省人民政府，教育部、外交部、财政部、体育总局：',
      '教育部、外交部、财政部、体育总局《关于以深圳市名义申办 2011 年世界大学生夏季运动会的请示》（教外际〔2004〕81 号）收悉。经国务院领导同志批准，现函复如下：',
      '同意以深圳市名义申办 2011 年第 26 届世界大学生夏季运动会（以下简称运动会）。请有关方面抓紧向国际大体联申报。']
    const a = ['国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函', '中国气象局：',
      '你局《关于广东与香港澳门合建自动气象站网的请示》收悉。经与有关部门协商，并报经国务院批准，现就有关事项答复如下：',
      '一、同意广东省气象局与香港天文台合建 3 个自动气象站；与澳门地球物理气象台合建 2 个自动气象站。']
    const aTail = ['门和地方政府协商办理。气象站建设的具体实施方案，按基建程序报批。', '三、合建的气象专用网，应按有关通信出入境管理的规定办理审批手续，并报国家安全部门和通信主管部门备案。']
    const close = (date: string): string[] => ['国务院办公厅', date]
    const parsed = (lines: string[]): ParsedDocument[] => parseIssue([...head, ...lines].join('\n')).documents
    const codes = (docs: ParsedDocument[]): string[][] => docs.map((d) => (d.reasons ?? []).map((r) => r.code))
    const swapped = parsed([...b, ...close('一九九六年二月六日'), ...a, ...close('二〇〇四年十二月十七日'), ...aTail])
    expect(swapped.map((d) => d.date)).toEqual(['1996-02-06', '2004-12-17'])
    expect(codes(swapped)[0]).toContain('DATE_VS_NUMBER')
    expect(codes(swapped)[1]).toContain('DATE_FITS_NEIGHBOUR')
    expect(isDoubtful(swapped[1].confidence ?? 1)).toBe(true)
    // Read right, neither date is doubted.
    const right = parsed([...b, ...close('二〇〇四年十二月十七日'), ...a, ...aTail, ...close('一九九六年二月六日')])
    expect(right.map((d) => d.date)).toEqual(['2004-12-17', '1996-02-06'])
    expect(codes(right).flat()).not.toContain('DATE_FITS_NEIGHBOUR')
    expect(codes(right).flat()).not.toContain('DATE_VS_NUMBER')
    // The 复函's closing in its place (no text after it): its date is its own, whatever 88号's.
    const placed = parsed([...b, ...close('一九九六年二月六日'), ...a, ...aTail, ...close('二〇〇四年十二月十七日')])
    expect(codes(placed)[0]).toContain('DATE_VS_NUMBER')
    expect(codes(placed)[1]).not.toContain('DATE_FITS_NEIGHBOUR')
  })
})
