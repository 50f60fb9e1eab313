// The genre beyond the sample (issue 12, item 3): fixtures in tests/fixtures/genre/, arranged from
// the State Council corpus; each case is asserted on the parsed issue.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { findTocStart, parseToc } from '../../../src/main/importer/parse/toc'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { isSectionLine, isSectionShape, sectionName } from '../../../src/main/importer/parse/sections'
import { splitRunTogether } from '../../../src/main/importer/parse/header'
import { parseDateLine } from '../../../src/main/importer/parse/dates'
import { readBodyFields } from '../../../src/main/importer/parse/doc-fields'
import { marksPublic } from '../../../src/main/importer/parse/public-note'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { returnMisplacedClosings } from '../../../src/main/importer/parse/misplaced-closings'
import { titlesFromToc } from '../../../src/main/importer/parse/toc-titles'
import type { ParsedDocument } from '../../../src/shared/domain'
import { openDb } from '../../../src/main/db/open'
import { saveIssue } from '../../../src/main/importer/save-issue'
import { getFacets } from '../../../src/main/db/facets'
import { listDocuments } from '../../../src/main/db/documents'

const dir = path.resolve(process.cwd(), 'tests/fixtures/genre')
const jiangnan = parseIssue(readFileSync(path.join(dir, 'jiangnan-2020-06.txt'), 'utf8'))
const qingxi = parseIssue(readFileSync(path.join(dir, 'qingxi-2021-02.txt'), 'utf8'))
const texts = (d: { blocks: { text: string }[] }): string[] => d.blocks.map((b) => b.text)

describe('section headings in any wording, brackets or numbering', () => {
  it('stores the name alone, in the 目录 order', () => {
    expect(jiangnan.sections).toEqual(['省政府令', '省政府文件', '省政府办公厅文件', '部门文件', '人事任免', '公告'])
    expect(qingxi.sections).toEqual(['县政府文件', '县政府办公室文件', '市政府令', '乡镇、街道文件', '大事记'])
  })

  it('gives every document the section of its 目录 entry', () => {
    expect(jiangnan.documents.map((d) => d.category)).toEqual([
      '省政府令', '省政府文件', '省政府办公厅文件', '部门文件', '人事任免', '公告',
    ])
    expect(qingxi.documents.map((d) => d.category)).toEqual([
      '县政府文件', '县政府文件', '县政府办公室文件', '市政府令', '乡镇、街道文件', '大事记',
    ])
  })

  it('spells 【省政府文件】, 一、省政府文件 and （二）区政府办公室文件 as the bare name', () => {
    expect(['【省政府文件】', '一、省政府文件', '〔省政府文件〕', '省政府文件：'].map(sectionName)).toEqual(Array(4).fill('省政府文件'))
    expect(sectionName('（二）区政府办公室文件')).toBe('区政府办公室文件')
  })

  it('takes an unknown heading as a section by the 目录 structure, not by its words', () => {
    const toc = parseToc(
      splitLines(
        ['目  录', '营商环境专栏', '关于优化营商环境的通知（临政发〔2021〕2号）……1', '',
          '营商环境专栏', '关于优化营商环境的通知', '（临政发〔2021〕2号）'].join('\n'),
      ),
    )
    expect(toc.sections).toEqual(['营商环境专栏'])
    expect(toc.entries[0]).toMatchObject({ category: '营商环境专栏', docNumber: '临政发〔2021〕2号', page: 1 })
  })

  it('reads a letter-spaced 目录 heading with a part label set between, and parts labelled apart from their names', () => {
    // As pdftotext wrote a two-column issue set by LibreOffice (tuning layout county-lo-2col).
    const lines = splitLines(
      ['兴县人民政府公报', '', '目', '第一部分', '', '录', '', '县人民政府文件', '',
        '兴县人民政府关于申请培育乡村 e 镇工作的报告.................................3', '', '第二部分', '', '部门联合发文', '',
        '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局 兴县住房和城乡建设管理局',
        '关于认真做好住户调查大样本轮换工作的通知（兴人社发〔2022〕9 号）............8'].join('\n'),
    )
    expect(findTocStart(lines)).toBe(5)
    const toc = parseToc(lines)
    expect(toc.sections).toEqual(['县人民政府文件', '部门联合发文'])
    expect(toc.entries.map((e) => [e.category, e.docNumber, e.page])).toEqual([
      ['县人民政府文件', null, 3],
      ['部门联合发文', '兴人社发〔2022〕9号', 8],
    ])
  })

  it('takes a section named with a bracketed list of places (三、县（市、区）政府文件), not a bracketed note', () => {
    const toc = parseToc(
      splitLines(['目  录', '一、国务院文件', '国务院关于某某的批复（国函〔2018〕145号）……1',
        '三、县（市、区）政府文件', '兴县人民政府关于某某的通知（兴政发〔2022〕10号）……9'].join('\n')),
    )
    expect(toc.sections).toEqual(['国务院文件', '县（市、区）政府文件'])
    expect(toc.entries.map((e) => e.category)).toEqual(['国务院文件', '县（市、区）政府文件'])
    expect(isSectionShape(sectionName('（此件公开发布）'))).toBe(false)
  })

  it('does not take a 目 and 录 with text between them for the 目录 heading', () => {
    expect(findTocStart(splitLines(['目', '前工作', '录'].join('\n')))).toBe(-1)
  })

  it('finds a two-column 目录 read across but does not name documents by its mixed entries', () => {
    // As pdftotext wrote tuning layout prov-3col-dots: the right column's lines fall between the left's.
    const across = ['南屏省人民政府公报', '', '目', '【国务院文件】', '国务院关于同意某某高新技术产业开', '', '录',
      '（国办发〔2018〕109 号） . . . . . . ·3·', '国务院办公厅关于 2019 年部分节假日安排的通知（国', '',
      '发区建设示范区的批复（国函〔2018〕', '办发明电〔2018〕15 号） . . . . . . ·4·', '145 号） . . . . . . ·1·',
      '国务院办公厅关于调整某某领导小组组成人员的通知（国办函〔2018〕74 号）·4·',
      '国务院关于授权某某口岸区范围的批复', '（国函〔2006〕【国务院办公厅函件】', '132 号） . . . . . . ·1·',
      '国务院关于棉粮挂钩奖售粮几个问题的通知（国发〔1981〕88 号）. . . . . . ·2·', '', '国务院文件', '【国务院文件】']
    const lines = splitLines(across.join('\n'))
    expect(findTocStart(lines)).toBe(2)
    const toc = parseToc(lines)
    expect(toc.end).toBe(17)
    expect(toc.entries).toEqual([])
  })

  it('reads a two-column 目录 read across by column, not as its lines come', () => {
    // As pdftotext wrote tuning layout prov-xe-toc2: the right column's blocks fall between the
    // left's, so one entry opens '的指导意见' and another holds the next title's opening in its
    // 文号's bracket ('（国办函国务院办公厅关于山西、'). Read as entries, they named the decree
    // '澜沧省人民政府令' and three documents by the right column's tails; read apart by column
    // (toc-columns.ts) each entry is whole.
    const across = ['澜沧省人民政府公报', '2018 年第 22 期（总第 455 期）', '', '目', '【省政府令】', '', '录',
      '国务院办公厅关于加快发展体育竞赛表演产业', '', '澜沧省人民政府令（第 301 号） . . . . . . . . . . 1', '',
      '的指导意见（国办发〔2018〕121 号） . . 11', '', '专利代理条例 . . . . . . . . . . . . . . 1', '',
      '国务院办公厅关于深入开展消费扶贫助力打赢', '', '【国务院文件】', '国务院关于同意组建 2008 年北京奥运会首都国',
      '际机场协调委员会的批复（国函〔2006〕38', '号） . . . . . . . . . . . . 4', '国务院关于印发《国务院工作规则》的通知（国',
      '发〔2004〕18 号）. . . . . . . . . . .5', '', '脱贫攻坚战的指导意见（国办发〔2018〕129', '号） . . . . . . . . . . 14', '',
      '【国务院办公厅函件】', '国务院办公厅关于辽宁省在曾培炎副总理考察', '工作时所提问题和建议办理情况的函（国办',
      '函〔2004〕57 号） . . . . . . . . . . 18', '国务院办公厅关于湖北省在温家宝总理考察工', '', '【国务院办公厅文件】', '',
      '作时所提问题和建议办理情况的函（国办函', '', '国务院办公厅关于山西、安徽省四起特大煤矿', '', '〔2004〕25 号） . . . . . . . . 19', '',
      '瓦斯爆炸事故调查处理情况的通报（国办发', '', '国务院办公厅关于湖北省巴东县地质灾害险情', '', '〔2004〕7 号） . . . . . . . . . 9', '',
      '有关问题的复函（国办函〔2004〕80 号）20', '', '省政府令', '', '【省政府令】']
    const toc = parseToc(splitLines(across.join('\n')))
    expect(toc.end).toBe(47)
    expect(toc.entries.map((e) => e.page)).toEqual([1, 1, 4, 5, 9, 11, 14, 18, 19, 20])
    expect(toc.entries.some((e) => e.title.startsWith('的'))).toBe(false)
    expect(toc.entries[4].title).toBe('国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报')
    expect(toc.entries[0].title).toBe('澜沧省人民政府令')
  })

  it('keeps a 目录 whose pages start again in each section', () => {
    const toc = parseToc(splitLines(['目  录', '县政府文件', '兴县人民政府关于某某的通知（兴政发〔2022〕1号）……5',
      '兴县人民政府关于某某的批复（兴政函〔2022〕2号）……6', '部门文件', '兴县财政局关于某某的通知（兴财发〔2022〕3号）……1',
      '兴县教育局关于某某的通知（兴教发〔2022〕4号）……2', '大事记', '兴县大事记……1'].join('\n')))
    expect(toc.entries.map((e) => e.page)).toEqual([5, 6, 1, 2, 1])
    // A district whose name opens with 和 is no title's cut-off tail.
    const district = parseToc(splitLines(['目  录', '区政府文件', '和平区人民政府关于某某的通知（和政发〔2022〕1号）……5',
      '部门文件', '和平区财政局关于某某的通知（和财发〔2022〕3号）……1', '和平区教育局关于某某的通知（和教发〔2022〕4号）……2',
      '大事记', '和平区大事记……1'].join('\n')))
    expect(district.entries.map((e) => e.page)).toEqual([5, 1, 2, 1])
  })

  it('takes a 函件 heading in the body for a section (【国务院办公厅函件】)', () => {
    expect(isSectionLine('【国务院办公厅函件】', new Set())).toBe(true)
    expect(isSectionLine('国务院办公厅函件', new Set())).toBe(true)
  })

  it('takes a section heading centred by pdftotext -layout for one, whatever its leading spaces', () => {
    // state-pdfkit.layout.txt: the banner over the section's first title, 34 spaces in.
    const banner = `${' '.repeat(34)}国务院办公厅文件`
    expect(isSectionLine(banner, new Set(['国务院办公厅文件']))).toBe(true)
    expect(isSectionLine(banner, new Set())).toBe(true)
  })

  it('does not take a title wrapped before its 文号 and page for a section', () => {
    const toc = parseToc(splitLines(['目  录', '县政府文件', '临江县城市绿化管理办法', '（临政发〔2021〕3号）……2'].join('\n')))
    expect(toc.sections).toEqual(['县政府文件'])
    expect(toc.entries).toEqual([{ category: '县政府文件', title: '临江县城市绿化管理办法', docNumber: '临政发〔2021〕3号', page: 2 }])
  })
})

describe('the 文号 wherever it is printed', () => {
  it('in brackets under the title, with pdftotext spaces', () => {
    expect(jiangnan.documents[1]).toMatchObject({ docNumber: '江政发〔2020〕7号', title: '关于印发江南省职业教育改革实施方案的通知' })
  })

  it('on its own line above the title', () => {
    const d = jiangnan.documents[2]
    expect(d).toMatchObject({ docNumber: '江政办明电〔2020〕3号', title: '关于2020年部分节假日安排的通知' })
    expect(d.recipients).toBe('各设区市人民政府，省政府各部门、各直属机构')
  })

  it('under a masthead (青溪县人民政府文件), which is not a section nor part of the previous document', () => {
    expect(qingxi.documents[0]).toMatchObject({ docNumber: '青政发〔2021〕7号', title: '关于印发青溪县2021年重点工作任务的通知' })
    expect(qingxi.sections).not.toContain('青溪县人民政府文件')
  })

  it('absent (人事任免, 公告, 大事记): the document is kept with no 文号', () => {
    expect(jiangnan.documents.slice(4).map((d) => [d.docNumber, d.title])).toEqual([
      [null, '关于王建国等同志职务任免的通知'],
      [null, '关于公布第一批省级职业教育实训基地名单的公告'],
    ])
    expect(qingxi.documents[5]).toMatchObject({ docNumber: null, title: '青溪县2021年4月至6月大事记' })
    expect(jiangnan.warnings).toEqual([])
  })
})

describe('a decree and the regulation it promulgates are one document', () => {
  it.each([
    [jiangnan, 0, '江南省人民政府令 第285号', '江南省专利代理管理办法', '江南省人民政府', '2020-03-18'],
    [qingxi, 3, '临江市人民政府令 第3号', '临江市城市绿化管理办法', '临江市人民政府', '2021-05-06'],
  ])('%#: numbered by the decree, titled by the regulation', (issue, k, number, title, issuer, date) => {
    const d = issue.documents[k]
    expect(d).toMatchObject({ docNumber: number, title, tocTitle: title, docType: '令', issuer, date })
    const body = texts(d)
    expect(body[0]).toMatch(/^《.+》已经.+现予公布/)
    expect(body).toContain(title)
    expect(body[body.length - 1]).toMatch(/^第[三六]条/)
    expect(d.blocks.find((b) => b.kind === 'signature')?.text).toMatch(/^(省长|市长) /)
  })

  it('the 目录 lists decree and regulation as two entries; neither is reported missing', () => {
    expect(qingxi.toc.filter((e) => e.category === '市政府令')).toHaveLength(2)
    expect(qingxi.warnings.map((w) => w.code)).not.toContain('TOC_ENTRY_WITHOUT_BODY')
    expect(qingxi.documents).toHaveLength(6)
  })
})

describe('jointly issued documents', () => {
  it('A B C关于…: every issuer, in order', () => {
    expect(jiangnan.documents[3].issuers).toEqual(['江南省财政厅', '江南省教育厅', '江南省人力资源和社会保障厅'])
    expect(jiangnan.documents[3].issuer).toBe('江南省财政厅、江南省教育厅、江南省人力资源和社会保障厅')
  })

  it('five stacked signatures above the date: every signing unit, in order', () => {
    expect(qingxi.documents[4].issuers).toEqual(['青溪镇人民政府', '城关街道办事处', '青溪县应急管理局', '青溪县林业局', '青溪县公安局'])
    expect(qingxi.documents[4].blocks.filter((b) => b.kind === 'signature')).toHaveLength(5)
  })

  it('browsing by issuer lists the document under each one', () => {
    const db = openDb(':memory:')
    saveIssue(db, qingxi, {
      sha256: 'd'.repeat(64), originalName: 'qingxi.txt', storedPath: 'dd/d.txt', size: 1, mediaType: 'text/plain', importedAt: 'x',
    })
    const facet = new Map(getFacets(db).issuers.map((f) => [f.value, f.count]))
    for (const unit of qingxi.documents[4].issuers) {
      expect(facet.get(unit)).toBeGreaterThanOrEqual(1)
      const listed = listDocuments(db, { issuer: unit }).items.map((d) => d.docNumber)
      expect(listed).toContain('青镇发〔2021〕3号')
    }
    db.close()
  })
})

describe('dates', () => {
  it.each([
    ['二〇二〇年三月十八日', '2020-03-18'],
    ['一九九八年七月二日', '1998-07-02'],
    ['二○二一年四月二日', '2021-04-02'],
    ['2020 年 3 月 18 日', '2020-03-18'],
    ['二〇二〇年十二月三十一日', '2020-12-31'],
  ])('%s', (line, date) => expect(parseDateLine(line)).toBe(date))

  it('the decree dated in Chinese numerals and the notice dated with spaces', () => {
    expect(jiangnan.documents.slice(0, 2).map((d) => d.date)).toEqual(['2020-03-18', '2020-03-18'])
    expect(qingxi.documents[0].date).toBe('2021-04-02')
  })
})

describe('document boundaries, attachments, public marks', () => {
  it('a document beginning on the page where the previous one ends', () => {
    const [plan, reply] = qingxi.documents
    expect(texts(plan)[texts(plan).length - 1]).toBe('城镇新增就业1200人。')
    expect(reply).toMatchObject({ docNumber: '青政函〔2021〕15号', recipients: '县发展和改革局', date: '2021-04-20' })
  })

  it("an attachment's own title, table and signature stay in the body; the main signature and date win", () => {
    const d = jiangnan.documents[1]
    expect(d).toMatchObject({ issuer: '江南省人民政府', date: '2020-03-18', attachments: ['江南省职业教育改革实施方案'] })
    expect(d.blocks.filter((b) => b.kind === 'title').map((b) => b.text)).toEqual(['江南省职业教育改革实施方案'])
    expect(d.blocks.filter((b) => b.kind === 'tableRow').map((b) => b.text)).toEqual([
      '项目\t2020年\t2022年', '高水平高职学校\t2所\t5所', '骨干专业（群）\t6个\t15个',
    ])
    expect(texts(d).slice(-2)).toEqual(['江南省教育厅', '2020年3月10日'])
  })

  it('every public mark', () => {
    expect(jiangnan.documents.map((d) => d.public)).toEqual([false, true, true, true, false, false])
    for (const mark of ['（此件公开发布）', '（此件主动公开）', '公开属性：主动公开', '公开方式：全文公开']) expect(marksPublic(mark)).toBe(true)
    for (const mark of ['（此件可公开发布）', '信息公开选项：主动公开', '（公开形式：主动公开）']) expect(marksPublic(mark)).toBe(true)
    for (const mark of ['（此件依申请公开）', '（此件不予公开）', '公开属性：不公开', '信息公开选项：依申请公开']) expect(marksPublic(mark)).toBe(false)
  })

  it('the sample issue with its 附注 worded 信息公开选项：主动公开 reads the same, every document public where it was', () => {
    const text = readFileSync(path.resolve(process.cwd(), 'resources/samples/xingxian-2022-02.txt'), 'utf8')
    const fields = (t: string): unknown[] => parseIssue(t).documents.map((d) => [d.title, d.docNumber, d.issuers, d.date, d.public, d.confidence])
    const worded = text.replaceAll('（此件公开发布）', '信息公开选项：主动公开')
    expect(worded).not.toBe(text)
    expect(fields(worded)).toEqual(fields(text))
  })
})

/** A document as the parser builds it from its body's lines (fields read from its blocks). */
function bodyDoc(seq: number, body: string[]): { doc: ParsedDocument; drafts: ReturnType<typeof buildBlocks> } {
  const drafts = buildBlocks(splitLines(body.join('\n')))
  const { date, public: open } = readBodyFields(drafts, null)
  const doc: ParsedDocument = {
    seq, docNumber: null, docNumberRaw: null, title: '', tocTitle: null, category: null, docType: null, issuer: null, issuers: [],
    recipients: null, date, public: open, tocPage: null, consult: null, attachments: [], blocks: [], citations: [],
  }
  return { doc, drafts }
}

describe('a closing that landed among the next document’s lines (city-2col-flow.txt, 国办函〔2006〕82号 and 70号)', () => {
  // A reply that starts mid-column: the one before ends at the column's foot with no closing, its
  // signature and date read among the next reply's first lines.
  const before = ['感谢您对政府工作的关心与支持。']
  const after = [
    '反映意见和建议。', '总的来看，国务院及有关部门与人民群众联系的方式和沟通渠道日益增多，反映社情民意的渠道是畅通的。',
    '感谢您对政府工作的关心与支持。', '', '国务院办公厅', '二〇〇六年十月十八日', '（此件公开发布）', '',
    '周桂英等代表：', '你们提出的关于创立免费查询所有法律、法规的政府网站的建议收悉，现答复如下：',
    '感谢你们对政府工作的关心和支持。', '', '国务院办公厅', '二〇〇六年九月七日',
  ]

  it('goes back to the document without a date, with its 附注; the next keeps its own', () => {
    const docs = [bodyDoc(1, before), bodyDoc(2, after)]
    expect(docs.map((d) => d.doc.date)).toEqual([null, '2006-10-18'])
    const moved = returnMisplacedClosings(docs)
    expect(docs.map((d) => [d.doc.date, d.doc.public])).toEqual([['2006-10-18', true], ['2006-09-07', false]])
    // Both are guesses: the next one's date was read again without the closing it lent.
    expect(docs.map((d) => moved.has(d.doc))).toEqual([true, true])
  })

  it('leaves the lender out of the guesses when its date and 附注 stay as they were', () => {
    // The one before holds its own closing first, then the undated next one's (its last, signed).
    const lender = bodyDoc(1, [...before, '国务院办公厅', '二〇〇六年十月十七日', '', ...before, '国务院办公厅', '二〇〇六年十月十八日'])
    const docs = [lender, bodyDoc(2, ['你们提出的关于创立免费查询所有法律、法规的政府网站的建议收悉。'])]
    const moved = returnMisplacedClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2006-10-17', '2006-10-18'])
    expect(docs.map((d) => moved.has(d.doc))).toEqual([false, true])
  })

  it('before the first document closes the one document left without a date (county-xe-kai-inner.txt 76–84)', () => {
    // The converter wrote the notice's body and closing above its title.
    const prelude = buildBlocks(splitLines(['策、法律环境变化等)，在县财政可承受前提下，城', '乡绿色低碳建设运营商可持续享受上述各项扶持', '政策，以上政府授权、扶持政策长期有效。', '兴县人民政府', '二〇二二年六月九日', '(此件公开发布)'].join('\n')))
    const docs = [bodyDoc(1, ['城乡绿色低碳建设运营商应提升资产管理水平。']), bodyDoc(2, after.slice(0, 7))]
    returnMisplacedClosings(docs, prelude)
    expect(docs.map((d) => [d.doc.date, d.doc.public])).toEqual([['2022-06-09', true], ['2006-10-18', true]])
  })

  it('gives the first document, left undated, the prelude’s one date standing alone (city-xe-dense.txt 62–70)', () => {
    const prelude = buildBlocks(splitLines(['专利代理机构合伙人、股东或者法定代表人等事项发生变', '化的，应当办理变更手续。', '二〇一八年十一月六日', '公民可以参加全国专利代理师资格考试；考试合格的，由国务'].join('\n')))
    const decree = bodyDoc(1, ['《专利代理条例》已经 2018 年 9 月 6 日国务院第 23 次常务会议修订通过，现将修订后的《专利代理条例》公布，自 2019 年 3 月 1 日起施行。', '市长', '方振宇'])
    const next = bodyDoc(2, [...after.slice(0, 7)])
    returnMisplacedClosings([decree, next], prelude)
    expect(decree.doc.date).toBe('2018-11-06')
    // Not when the undated one is not the first document: the date may be anyone's.
    const first = bodyDoc(1, [...after.slice(0, 7)])
    const undated = bodyDoc(2, ['市长', '方振宇'])
    returnMisplacedClosings([first, undated], prelude)
    expect(undated.doc.date).toBeNull()
  })

  it('stays where it is when each document has a date', () => {
    const docs = [bodyDoc(1, [...before, '国务院办公厅', '二〇〇六年十月十七日']), bodyDoc(2, after)]
    returnMisplacedClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2006-10-17', '2006-10-18'])
  })
})

describe('a document whose title lines are not where its 文号 has them (prov-3col-replies.txt, prov-xe-inner.txt)', () => {
  const entries = [
    { category: '', page: 6, docNumber: '国办函〔1996〕14号', title: '国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函' },
    { category: '', page: 9, docNumber: '国办函〔2004〕36号', title: '国务院办公厅关于同意以哈尔滨市名义申办 2009 年第二十四届世界大学生冬季运动会的复函' },
  ]
  const withTitle = (docNumber: string, title: string): ParsedDocument => ({ ...bodyDoc(1, []).doc, docNumber, title })

  it('takes the 目录 title and issuer for body text read as its title', () => {
    const doc = withTitle('国办函〔1996〕14号', '悉。经国务院领导同志批准，现经费由广东省人民政府承担，中')
    titlesFromToc([doc], entries)
    expect([doc.title, doc.issuers]).toEqual(['关于广东与香港、澳门合建自动气象站网有关问题的复函', ['国务院办公厅']])
  })

  it('takes the 目录 title for a title that lost its first line', () => {
    const doc = withTitle('国办函〔2004〕36号', '年第二十四届世界大学生冬季运动会的复函')
    titlesFromToc([doc], entries)
    expect(doc.title).toBe('关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函')
  })

  it('takes the notice’s title and joint issuers for the title of the plan it prints (county-lo-noto.txt 21–22)', () => {
    const listed = { category: '部门文件', page: 4, docNumber: '兴人社发〔2022〕9号', title: '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局 兴县住房和城乡建设管理局关于印发兴县依法关闭自备水井专项整治行动实施方案的通知' }
    const doc = { ...withTitle('兴人社发〔2022〕9号', '兴县依法关闭自备水井专项整治行动实施方案'), issuers: ['兴县人民政府'] }
    titlesFromToc([doc], [listed])
    expect([doc.title, doc.issuers]).toEqual(['关于印发兴县依法关闭自备水井专项整治行动实施方案的通知', ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局']])
  })

  it('takes the 目录’s units for issuers cut mid-name by a title line lost to the other column (county-lo-2col.layout.txt 523)', () => {
    const listed = { category: '部门文件', page: 12, docNumber: '兴人社发〔2022〕9号', title: '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局 兴县住房和城乡建设管理局关于认真做好住户调查大样本轮换工作的通知' }
    const doc = { ...withTitle('兴人社发〔2022〕9号', '关于认真做好住户调查大样本轮换工作的通知'), issuers: ['县发展和改革局兴县财政局兴县住房和城乡建设管理局'] }
    titlesFromToc([doc], [listed])
    expect(doc.issuers).toEqual(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局'])
    // Units the 目录 does not end with stay as read: the page's word.
    const other = { ...withTitle('兴人社发〔2022〕9号', '关于认真做好住户调查大样本轮换工作的通知'), issuers: ['兴县统计局'] }
    titlesFromToc([other], [listed])
    expect(other.issuers).toEqual(['兴县统计局'])
  })

  it('takes the 目录 title for another document’s first line read as its title (county-lo-2col.txt 15–16, 342–344)', () => {
    const listed = { category: '县人民政府文件', page: 3, docNumber: '兴政函〔2022〕29号', title: '兴县人民政府关于省道 254 线兴县境内吕家沟至魏家滩段改建工程项目资金承诺及列入中期财政规划的函' }
    const doc = withTitle('兴政函〔2022〕29号', '关于2022年不')
    titlesFromToc([doc], [listed])
    expect(doc.title).toBe('关于省道254线兴县境内吕家沟至魏家滩段改建工程项目资金承诺及列入中期财政规划的函')
  })

  it('keeps a whole title unlike the 目录’s as read: the body is the document’s own word, and the confidence flags it', () => {
    const doc = withTitle('国办函〔1996〕14号', '关于城乡建设投融资工作安排的通知')
    titlesFromToc([doc], entries)
    expect(doc.title).toBe('关于城乡建设投融资工作安排的通知')
  })

  it('keeps a title read whole, though the 目录 spells it with its issuer', () => {
    const doc = withTitle('国办函〔1996〕14号', '关于广东与香港澳门合建自动气象站网有关问题的复函')
    titlesFromToc([doc], entries)
    expect(doc.title).toBe('关于广东与香港澳门合建自动气象站网有关问题的复函')
  })
})

// Shapes met in pdftotext output of typeset issues (not the fixtures above).
describe('目录 and header shapes from pdftotext', () => {
  it("a letter-spaced 目录 heading split over lines, spaced leaders, the 文号 alone on the entry's last line", () => {
    const toc = parseToc(
      splitLines(['目', '', '录', '', '一、县政府文件', '兴县人民政府关于印发全面落实保障农民工工资支付相关制度的通知',
        '兴政发〔2022〕8 号 . . . . . . . . . . . . . . . . . 1', '兴县人民政府关于申请培育乡村 e 镇工作的报告（兴政函〔2022〕35 号）. 12'].join('\n')),
    )
    expect(toc.entries).toEqual([
      { category: '县政府文件', title: '兴县人民政府关于印发全面落实保障农民工工资支付相关制度的通知', docNumber: '兴政发〔2022〕8号', page: 1 },
      { category: '县政府文件', title: '兴县人民政府关于申请培育乡村e镇工作的报告', docNumber: '兴政函〔2022〕35号', page: 12 },
    ])
  })

  it("leaders and a page alone on a line end the entry even though they look like a footer ('······ 21')", () => {
    const footer = (t: string): boolean => /^[·\s]*\d+[·\s]*$/.test(t)
    const toc = parseToc(
      splitLines(['目 录', '国务院办公厅文件', '国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）', '······ 21',
        '国务院办公厅关于调整国家教材委员会组成人员的通知（国办发〔2018〕109号）', '······ 22'].join('\n')),
      footer,
    )
    expect(toc.entries.map((e) => [e.docNumber, e.page])).toEqual([['国办发明电〔2018〕15号', 21], ['国办发〔2018〕109号', 22]])
  })

  it('units run together or wrapped mid-name in the title are split; the signature settles the wrap', () => {
    expect(splitRunTogether('兴县人力资源和社会保障局兴县发展和改革局兴县财政局')).toEqual(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局'])
    expect(splitRunTogether('兴县人民政府办公室')).toEqual(['兴县人民政府办公室'])
    // Text that opens with a regex character (a wrapped '(二)' heading) is matched as text, not as a pattern.
    expect(splitRunTogether('(二)县直各有关单位人民政府办公室')).toEqual(['(二)县直各有关单位人民政府办公室'])
    const issue = parseIssue(
      ['兴县人民政府公报', '2022年第6期', '', '兴县人力资源和社会保障局兴县发展和改革局兴县财政局兴县住房和城',
        '乡建设管理局关于印发全面落实保障农民工工资支付相关制度的通知', '（兴人社发〔2022〕16 号）', '各乡（镇）人民政府：',
        '现将有关制度印发给你们，请认真贯彻执行。', '兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局', '2022年5月12日'].join('\n'),
    )
    expect(issue.documents[0].issuers).toEqual(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局'])
    expect(issue.documents[0].title).toBe('关于印发全面落实保障农民工工资支付相关制度的通知')
  })

  it('中华人民共和国国务院令 is issued by 国务院', () => {
    const corpus = readFileSync(path.resolve(process.cwd(), 'tests/fixtures/corpus/govcn-2018-2019/text/58.txt'), 'utf8')
    const issue = parseIssue(`国务院公报\n2018年第33期\n\n${corpus}`)
    expect(issue.documents[0]).toMatchObject({ docNumber: '中华人民共和国国务院令 第706号', title: '专利代理条例', issuers: ['国务院'], date: '2018-11-06' })
  })
})
