// Genre cases of two tuning layouts set from real texts (tests/fixtures/typeset/tuning, see its
// README): a XeLaTeX county issue whose 栏目 end in balanced columns under a blank band, the next
// 栏目 opening with its 文号 line or a title only 1.14 times the body; and a Word issue set by
// LibreOffice, whose unbalanced continuous sections cut the two columns at different heights,
// with a city decree whose regulation's title is set in 黑体.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { ParsedIssue } from '../../../src/shared/domain'
import { REPO_ROOT } from '../../support/sample'
import { stairBlocks } from '../../../src/main/importer/layout/column-stairs'
import type { Block } from '../../../src/main/importer/layout/columns'
import type { TextRun } from '../../../src/main/importer/layout/pdf-lines'

const TUNING = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning')

async function parsed(name: string): Promise<ParsedIssue> {
  const bytes = new Uint8Array(readFileSync(join(TUNING, name, `${name}.pdf`)))
  const pdf = await readPdf(bytes, `${name}.pdf`, new AbortController().signal)
  return parseIssue({ text: pdf.text, lines: pdf.lines })
}

const byNumber = (issue: ParsedIssue, n: string) => issue.documents.find((d) => d.docNumber === n)
const byTitle = (issue: ParsedIssue, t: string) => issue.documents.find((d) => d.title.includes(t))

describe('balanced columns under a blank band (county-xe-kai-inner)', () => {
  let issue: ParsedIssue
  beforeAll(async () => {
    issue = await parsed('county-xe-kai-inner')
  }, 60_000)

  it('ends a document in both upper columns before the next 栏目 opening with its 文号 line', () => {
    const doc = byNumber(issue, '兴政函〔2022〕62号')!
    expect(doc).toMatchObject({ date: '2022-06-17', public: true, issuers: ['兴县人民政府'] })
    expect(doc.blocks.map((b) => b.text)).toContain('请你单位严格按照协议出让相关法律法规和批准的出让方案，坚持公开、公平、公正的原则，依法依规办理。')
    const next = byNumber(issue, '兴人社发〔2022〕16号')!
    expect(next.issuers).toHaveLength(7)
    expect(next.blocks.some((b) => b.text.includes('批准的出让方案'))).toBe(false)
  })

  it('cuts the band under a title set only a little larger than the body (no 文号: 人事任免)', () => {
    const before = byNumber(issue, '兴政办函〔2022〕16号')!
    expect(before).toMatchObject({ date: '2022-06-09', public: true })
    expect(before.blocks.map((b) => b.text)).toContain('技术指导组成员如下：')
    const appointed = byTitle(issue, '禁毒委员会')!
    expect(appointed).toMatchObject({ docNumber: null, category: '人事任免' })
    expect(appointed.blocks.some((b) => b.text.includes('技术指导组'))).toBe(false)
  })

  it('takes a 目录 page label broken over two lines (… 第 / 5页), so the document keeps its 栏目', () => {
    expect(byNumber(issue, '兴政办发〔2022〕15号')?.category).toBe('县政府办公室文件')
  })
})

describe('columns cut at staircase heights (city-lo-decree, LibreOffice)', () => {
  let issue: ParsedIssue
  beforeAll(async () => {
    issue = await parsed('city-lo-decree')
  }, 60_000)

  it('reads column 0 and column 1 above their cuts before the next 栏目 below them', () => {
    const joint = byNumber(issue, '兴人社发〔2022〕30号')!
    expect(joint.issuers).toEqual(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局', '兴县交通运输局', '兴县水利局'])
    expect(joint).toMatchObject({ date: '2022-05-06', public: true })
    const next = byNumber(issue, '国办函〔2005〕21号')!
    expect(next).toMatchObject({ date: '2005-03-03', public: false, issuers: ['国务院办公厅'] })
    expect(issue.documents.map((d) => d.docNumber).indexOf('兴人社发〔2022〕25号')).toBeLessThan(issue.documents.indexOf(next))
  })

  it('titles a city decree by the regulation it promulgates, set in 黑体 after the date', () => {
    const decree = issue.documents[0]
    expect(decree).toMatchObject({ docNumber: '云岭市人民政府令 第3号', title: '专利代理条例', issuers: ['云岭市人民政府'], date: '2018-11-06' })
  })
})

// LibreOffice's staircase at a 栏目's end may cut a title across the columns (county-lo-stairs): column 0
// ends the 栏目 with the title's first lines and opens the next 栏目 with its 文号 right under them.
const BODY = 10.5
const TITLE = 16.5
let y = 800
const line = (str: string, x: number, size = BODY): TextRun => ({ str, x, y: (y -= size * 1.5), width: [...str].length * size, size })

function column(lines: [string, number, number?][]): TextRun[] {
  y = 800
  return lines.map(([s, x, size]) => line(s, x, size))
}

/** A page's two columns as the column reader gives them, left then right. */
const twoColumns = (left: TextRun[], right: TextRun[]): Block[] => [{ columns: 2, column: 0, spans: false, runs: left }, { columns: 2, column: 1, spans: false, runs: right }]
/** The first line of each block the staircase reading gives a page's two columns, in reading order. */
const readOrder = (left: TextRun[], right: TextRun[]): string[] => stairBlocks(twoColumns(left, right)).map((b) => b.runs.map((r) => r.str)[0])

describe('a staircase that cuts a title across the columns', () => {
  it("reads column 0 to the title's first lines, column 1 to the public marker, then the next 栏目", () => {
    const left = column([
      ['（三）强化监督考核。建立督查督办机制，将清洁取暖工作纳入督办系统。', 62],
      ['兴人社发〔2022〕12 号', 200],
      ['兴县人力资源和社会保障局 兴', 62, TITLE],
      ['县发展和改革局 兴县财政局', 62, TITLE],
      ['兴政办发〔2022〕13 号', 200],
      ['兴县人民政府办公室关于印发兴县农村', 62, TITLE],
      ['各乡（镇）人民政府、县直各有关单位：', 62],
      ['兴县农村“厕所革命”实施方案', 90],
    ])
    const right = column([
      ['兴县住房和城乡建设管理局 兴县交通运输局关于', 308, TITLE],
      ['兴县城乡基础设施建设投资有限公司：', 308],
      ['兴县交通运输局', 420],
      ['二〇二二年六月九日', 420],
      ['（此件公开发布）', 308],
      ['为深入贯彻习近平总书记关于“厕所革', 329],
      ['命”的重要指示批示精神，全面落实中央部署和要求', 308],
    ])
    const blocks = twoColumns(left, right)
    const order = stairBlocks(blocks).map((b) => b.runs.map((r) => r.str))
    expect(order.map((b) => b[0])).toEqual(['（三）强化监督考核。建立督查督办机制，将清洁取暖工作纳入督办系统。', '兴县住房和城乡建设管理局 兴县交通运输局关于', '兴政办发〔2022〕13 号', '为深入贯彻习近平总书记关于“厕所革'])
  })

  it('leaves a page alone whose 文号 sits under its own title, the text below it', () => {
    const left = column([
      ['（三）强化监督考核。建立督查督办机制，将清洁取暖工作纳入督办系统。', 62],
      ['兴县人民政府关于将兴县经济技术开发区', 62, TITLE],
      ['兴政函〔2022〕44 号', 150],
      ['山西省自然资源厅：', 62],
      ['根据《自然资源部关于做好近期国土空间规划有关工作的通知》要求，兴县经济技术开发', 62],
    ])
    const right = column([
      ['区园区建设用地涉及兴县瓦塘镇兴汉村', 308],
      ['二〇二二年五月二十四日', 420],
      ['（此件公开发布）', 308],
      ['为深入贯彻习近平总书记关于“厕所革', 329],
    ])
    const blocks = twoColumns(left, right)
    expect(stairBlocks(blocks)).toHaveLength(2)
  })
})

// county-lo-autonum (LibreOffice): the 栏目 above ends with a document begun in column 0 whose paragraph
// happens to end at the cut; the document's date and public marker are in column 1.
describe('a staircase under a document begun in column 0 whose paragraph ends at the cut', () => {
  const left = (below: [string, number, number?][]): TextRun[] => column([
    ['（此件公开发布）', 84],
    ['兴政函〔2022〕61号', 183],
    ['兴县人民政府关于申请省道嵒大线', 64, TITLE],
    ['省交通运输厅：', 62],
    ['项目建成后极大地改善了兴县经济技术开发区入驻企业的出行条件，', 84],
    ['致使部分路段破损，影响正常通行。', 62],
    ...below,
  ])
  const right = column([
    ['兴县目前正处于转型发展的关键时期，恳请贵厅对', 330],
    ['该段公路的养护及维护费用予以解决为盼。', 308],
    ['兴县人民政府', 445],
    ['二〇二二年六月十五日', 401],
    ['公开属性：主动公开', 330],
    ['农民工工资支付行为，保障农民工按时足额获', 308],
    ['得工资，现就在我县工程建设领域全面落实保', 308],
  ])

  it('reads column 1 to the date before the next 栏目 that opens under both', () => {
    const l = left([
      ['兴人社发〔2022〕15号', 172],
      ['兴县人力资源和社会保障局关于印发', 72, TITLE],
      ['各乡（镇）人民政府，各有关单位：', 62],
      ['为了进一步贯彻落实有关规定，规范', 84],
    ])
    const blocks = twoColumns(l, right)
    const order = stairBlocks(blocks).map((b) => b.runs.map((r) => r.str))
    expect(order.map((b) => b[0])).toEqual(['（此件公开发布）', '兴县目前正处于转型发展的关键时期，恳请贵厅对', '兴人社发〔2022〕15号', '农民工工资支付行为，保障农民工按时足额获'])
  })

  it('does not cut after a document with no 文号 (an attached plan under its own title)', () => {
    const l = column([
      ['（此件公开发布）', 84],
      ['兴县全民健身实施计划', 64, TITLE],
      ['项目建成后极大地改善了兴县经济技术开发区入驻企业的出行条件，', 84],
      ['致使部分路段破损，影响正常通行。', 62],
      ['兴人社发〔2022〕15号', 172],
      ['兴县人力资源和社会保障局关于印发', 72, TITLE],
      ['为了进一步贯彻落实有关规定，规范', 84],
    ])
    const blocks = twoColumns(l, right)
    expect(stairBlocks(blocks)).toHaveLength(2)
  })
})

// A probe of the county-lo-autonum style (LibreOffice): column 0's lower text ends a sentence, so
// nothing but the height where the next section's columns start says where column 1 goes on.
describe('a staircase whose lower column 0 ends a sentence', () => {
  it("reads column 1 from the line level with column 0's cut, after the date above", () => {
    // Lines of one size a column: the third line of each column starts at one height.
    const left = column([
      ['县文旅局：建立和完善旅游领域农村电子商', 83],
      ['县市场监管局：负责网络商品交易和服务', 62],
      ['兴政办发〔2022〕11号', 180],
      ['兴县人民政府办公室关于印发', 67, TITLE],
      ['各乡（镇）人民政府，县直各有关单位：', 62],
      ['城市禁煤区冬季取暖散煤清零，并可持续稳定运营。', 62],
    ])
    const right = column([
      ['二〇二二年五月六日', 417],
      ['（此件公开发布）', 329],
      ['二、主要任务', 329], // level with column 0's 文号

      ['（一）认真落实冬季清洁取暖保障机制。', 329],
    ])
    const order = readOrder(left, right)
    expect(order).toEqual(['县文旅局：建立和完善旅游领域农村电子商', '二〇二二年五月六日', '兴政办发〔2022〕11号', '二、主要任务'])
  })
})

// The text-swap sweep (scripts/typeset/sweep_swap.py, swap-docx-2col-b1: county-docx-2col-b's Word
// look, other texts), page 6: an attached plan (no date) ends its last sentence in column 1 while
// column 0 runs on into the next joint notice's 文号 and title.
describe('a staircase whose upper document is an attached plan, closed by no date', () => {
  it("reads column 1 from the indented line level with column 0's cut, after the plan's last sentence", () => {
    const left = column([
      ['（二）宣传先行，全面推动', 83],
      ['针对我县普遍对取用水法律意识淡薄的情', 83],
      ['范围开展宣传活动，对自备水井户要进行耐心的', 62],
      ['兴人社发〔2022〕18号', 177],
      ['兴县人力资源和社会保障局兴', 65, TITLE],
      ['各乡（镇）人民政府，各有关单位：', 62],
      ['相关制度通知如下。', 62],
    ])
    const right = column([
      ['说服教育，使其认识到无证非法取水是违法行', 308],
      ['成任务和专项整治行为中未履职尽责的要严肃追', 308],
      ['究有关领导和人员的责任。', 308],
      ['一、全面落实劳动用工实名管理制度', 329], // level with column 0's 文号, a first-line indent in
      ['（一）施工总承包单位或劳务分包单位应当', 329],
    ])
    const order = readOrder(left, right)
    expect(order).toEqual(['（二）宣传先行，全面推动', '说服教育，使其认识到无证非法取水是违法行', '兴人社发〔2022〕18号', '一、全面落实劳动用工实名管理制度'])
  })

  it('reads column 1 to its closing before the next document’s 文号 left alone at column 0’s foot (page 8)', () => {
    const left = column([
      ['六、严格落实保障工资支付相关责任', 83],
      ['门负监管责任；项目总承包企业未履行农民工工资', 62],
      ['专户制度造成劳务分包负责人、包工头等个人非', 62],
      ['兴政函〔2022〕29号', 187],
    ])
    const right = column([
      ['法用工，且在支取款项后未支付农民工工资的，由', 308],
      ['责，严肃查处违规违纪问题。', 308],
      ['兴县交通运输局', 438],
      ['二〇二二年五月十二日', 407],
      ['公开属性：主动公开', 329],
    ])
    const order = readOrder(left, right)
    expect(order).toEqual(['六、严格落实保障工资支付相关责任', '法用工，且在支取款项后未支付农民工工资的，由', '兴政函〔2022〕29号'])
  })

  it('leaves a page alone whose column 0 ends on a title with the text under it in column 1 (no closing there)', () => {
    const left = column([
      ['专户制度造成劳务分包负责人、包工头等个人非', 62],
      ['兴政函〔2022〕29号', 187],
    ])
    const right = column([
      ['法用工，且在支取款项后未支付农民工工资的，由', 308],
      ['项目总承包企业承担先行垫付责任。', 308],
      ['（二）落实属地和部门管理责任。按照属地管', 329],
    ])
    const blocks = twoColumns(left, right)
    expect(stairBlocks(blocks)).toHaveLength(2)
  })

  it('cuts under a sentence ended where column 1 closes the document and goes on level with the cut (swap-lo-stairs1, page 13)', () => {
    // A 批复 begun on the page before ends a numbered item in column 0 over the next document's
    // 文号; its last items, signature, date and public marker stand in column 1, whose next
    // line (the next document's first heading) starts level with the 文号.
    const left = column([
      ['五、同意同泰苑小区超占的860平方米国有', 83],
      ['六、同意锦绣园1号楼按第三方评估结果补', 83],
      ['缴土地出让金，补缴金额为62.64万元。', 62],
      ['兴政办函〔2022〕3号', 182],
      ['兴县人民政府办公室关于建立', 67, TITLE],
      ['各乡（镇）人民政府，县直各委、办、局：', 62],
    ])
    const right = column([
      ['七、同意东街小区2号楼按第三方评估结果', 329],
      ['兴县人民政府', 449],
      ['（此件公开发布）', 329],
      ['一、跟班轮训人员条件', 329], // level with column 0's 文号
      ['1.跟班人员原则上为县乡机关办公室干部；', 329],
    ])
    const order = readOrder(left, right)
    expect(order).toEqual(['五、同意同泰苑小区超占的860平方米国有', '七、同意东街小区2号楼按第三方评估结果', '兴政办函〔2022〕3号', '一、跟班轮训人员条件'])
  })

  it('reads a page top to bottom whose column 1 closes nothing level with column 0’s new document', () => {
    const left = column([
      ['六、同意锦绣园1号楼按第三方评估结果补', 83],
      ['缴土地出让金，补缴金额为62.64万元。', 62],
      ['兴政办函〔2022〕3号', 182],
      ['兴县人民政府办公室关于建立', 67, TITLE],
      ['各乡（镇）人民政府，县直各委、办、局：', 62],
    ])
    const right = column([
      ['为认真贯彻落实中共兴县县委《关于开', 329],
      ['展“三提三转”专项活动的实施意见》精神。', 308],
      ['一、跟班轮训人员条件', 329], // level with column 0's 文号, after a sentence: no closing
      ['1.跟班人员原则上为县乡机关办公室干部；', 329],
    ])
    const blocks = twoColumns(left, right)
    expect(stairBlocks(blocks)).toHaveLength(2)
  })
})
