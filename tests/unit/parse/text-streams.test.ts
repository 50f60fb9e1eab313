// Two-column pages as pdftotext writes them in its default mode (tests/fixtures/typeset/tuning):
// the two columns' lines shuffled together in the order of their heights on the page, now and
// then both on one text line. The excerpts are real lines of the tuning files; the paragraphs
// expected are those files' truth.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams, runsOf } from '../../../src/main/importer/parse/text-streams'
import { gainNeeded } from '../../../src/main/importer/parse/text-stream-gain'
import { joinDateTails } from '../../../src/main/importer/parse/text-date-tails'
import { splitMerged } from '../../../src/main/importer/parse/text-merged'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { textEdges } from '../../../src/main/importer/parse/text-flow'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { pairNames } from '../../../src/main/importer/parse/text-names'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { anchorDefects, tocAnchors, tocOrderBreaks } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

/** The text as the reader hands it on, running heads and folios gone, all lines run together. */
function streamed(name: string, from: number): string {
  return flat(readStreams(blankFurniture(splitLines(text(name)), from), from).filter((l) => !isBlank(l.text)).map((l) => l.text).join(''))
}

describe('a text line that holds a line of each column', () => {
  it('is split at the gutter, where its left part reaches the column’s width', () => {
    // city-2col-flow.txt line 58; the column is 24 hanzi (48 display columns) wide.
    const line = '撑。没有农业机械化，就没有农业农村现代化。近年来， 业产前产中产后的农机社会化服务体系基本建立，农机'
    expect(splitMerged(line, 48)).toEqual(['撑。没有农业机械化，就没有农业农村现代化。近年来，', '业产前产中产后的农机社会化服务体系基本建立，农机'])
  })

  it('is not found in a title with a space between hanzi and a Latin letter', () => {
    // county-2col-kai.txt line 759: a title over both columns, 44 display columns each.
    expect(splitMerged('兴县人民政府办公室关于印发兴县培育乡村 e 镇工作实施方案的通知', 44)).toBeNull()
  })

  it('is split beside a digit where the left part fills the column exactly', () => {
    // county-2col-kai.txt line 613: the left column's line ends in a 文号's number.
    const line = '补缴出让金方案的请示》（兴自然资字〔2022〕53 （30.21 万元/亩）计算应补缴的土地出让金，即该'
    expect(splitMerged(line, 44)).toEqual(['补缴出让金方案的请示》（兴自然资字〔2022〕53', '（30.21 万元/亩）计算应补缴的土地出让金，即该'])
  })

  it('is split where the left part is short and the right part is a full line of its column', () => {
    // county-2col-kai.txt line 56: a paragraph's last line (a 文号), then the right column's line.
    const line = '（晋政办发〔2021〕44 号） 位农民工工资专户将工资按月足额转入农民工个'
    expect(splitMerged(line, 44)).toEqual(['（晋政办发〔2021〕44 号）', '位农民工工资专户将工资按月足额转入农民工个'])
    // city-2col-lines.txt: a piece of a line the converter cut at a change of font.
    expect(splitMerged('（PPP） 相关政策，支持建设固体废物处置等公共设施。试', 44)).toEqual(['（PPP）', '相关政策，支持建设固体废物处置等公共设施。试'])
  })

  it('is split where a line of many marks runs past the width (marks set at half width)', () => {
    // prov-2col-song.txt: 24 marks and hanzi in a column of 22 hanzi.
    const line = '程，严把政治关、法律关、政策关、保密关、文字关。 立完善与宣传、网信、公安等部门的沟通协调机制，'
    expect(splitMerged(line, 44)).toEqual(['程，严把政治关、法律关、政策关、保密关、文字关。', '立完善与宣传、网信、公安等部门的沟通协调机制，'])
  })

  it('is split after a mark alone before the gap, however narrow the whole', () => {
    // city-2col-lines.txt: the left column's line ended in '、'.
    expect(splitMerged('、 持传统产业改造、培育新产业新业态新模式、承', 44)).toEqual(['、', '持传统产业改造、培育新产业新业态新模式、承'])
  })

  it('is not split with a short left part beside a digit', () => {
    expect(splitMerged('国务院办公厅关于 2019 年部分节假日安排的通知的补充说明和有关事项', 44)).toBeNull()
  })

  it('is not found in a line no wider than a column', () => {
    expect(splitMerged('到 2020 年，农机装备产业科技创新能力持续提升，', 48)).toBeNull()
  })
})

describe('the issue’s own character pairs', () => {
  it('score a join the text prints elsewhere above one it never prints', () => {
    const grams = countBigrams(text('city-2col-flow').split('\n'))
    // '…加快推' + '进农业机械化…': 推进 is printed all through the issue; 推影 nowhere.
    expect(grams.join('为加快推', '进农业机械化')).toBeGreaterThan(2)
    expect(grams.join('为加快推', '影响，当前')).toBeLessThan(0)
  })
})

describe('columns shuffled line by line (city-2col-flow)', () => {
  const docs = truth('city-2col-flow')
  // Line 36 on: past the cover and the 目录.
  const out = streamed('city-2col-flow', 36)

  it('gives the left column’s paragraphs whole, in order', () => {
    // Doc 1's 主送 line and first paragraph: every other line of page 3, and halves of two-column lines.
    expect(out).toContain(flat(docs[0].paragraphs[0] + docs[0].paragraphs[1]))
  })

  it('gives the right column’s lines after the left’s, so its paragraph is whole too', () => {
    const target = docs[0].paragraphs.find((p) => p.startsWith('到2025年'))
    expect(target).toBeDefined()
    expect(out).toContain(flat(target ?? ''))
  })

  it('was not readable before: the text’s own order breaks those paragraphs', () => {
    const raw = flat(text('city-2col-flow'))
    expect(raw).not.toContain(flat(docs[0].paragraphs[1]))
  })
})

describe('columns shuffled a few lines at a time (county-2col-kai)', () => {
  it('gives paragraphs that pdftotext split over column pieces whole', () => {
    const docs = truth('county-2col-kai')
    const out = streamed('county-2col-kai', 30)
    const raw = flat(text('county-2col-kai'))
    // Paragraphs the raw order breaks; most come out whole.
    const broken = docs.flatMap((d) => d.paragraphs).filter((p) => flat(p).length > 60 && !raw.includes(flat(p)))
    const whole = broken.filter((p) => out.includes(flat(p)))
    expect(broken.length).toBeGreaterThan(50)
    expect(whole.length / broken.length).toBeGreaterThan(0.75)
  })
})

describe('a name list in each column, written line by line (county-2col-kai.txt 2858–2960)', () => {
  it('reads the lines alone in turn as the two columns’ lines: a name’s post wrapped in its column is whole', () => {
    const out = streamed('county-2col-kai', 30)
    const raw = flat(text('county-2col-kai'))
    for (const entry of ['张三牛县自然资源局执法大队副队长', '康鸣县应急管理局二级主任科员', '白小斌县融媒体中心副主任']) {
      expect(raw).not.toContain(entry)
      expect(out).toContain(entry)
    }
  })
})

describe('a name list in each column under its title and opening in blocks (city-docx-sw-tables.txt 1754–1866)', () => {
  it('reads the rows in turn as the two columns’ lines, though too few of its lines stand alone for a list', () => {
    const out = streamed('city-docx-sw-tables', 0)
    const raw = flat(text('city-docx-sw-tables'))
    // A post wrapped in its narrow cell, the other column's row written between its two lines.
    for (const entry of ['王琦县市场监管局副局长康鸣县应急管理局二级主任科员', '白小斌县融媒体中心副主任', '张培国蔡家崖火车站负责人']) {
      expect(raw).not.toContain(entry)
      expect(out).toContain(entry)
    }
  })
})

describe('a title set across the page between two bands of columns (prov-2col-bands.txt 696–708)', () => {
  // The columns are 23 hanzi (46 display columns) wide; the title runs one hanzi past them.
  const page = [
    '重心下移，及时发现问题，督促整改。加大事故查处', '和结案的力度，严肃追究有关责任人的行政责任。', '',
    '长治久安的重要内容，健全法制，完善机制，促进煤', '', '国务院办公厅', '', '矿安全生产。一是落实安全生产责任制。各级地方人', '',
    '二〇〇四年一月十六日', '', '民政府要依据《中华人民共和国安全生产法》等法律', '',
    '国务院办公厅关于调整国家教材委员会组成人员的通知', '国办发〔2018〕109 号',
    '各省、自治区、直辖市人民政府，国务院各部委、各', '直属机构：', '根据机构设置、人员变动情况和工作需要，国务', '院决定对国家教材委员会组成人员进行调整。现将调',
  ].join('\n')
  const lines = splitLines(page)
  const title = lines.findIndex((l) => l.text.startsWith('国务院办公厅关于'))

  it('ends the band above: no run holds lines from both sides of it', () => {
    const runs = runsOf(lines, 0, lines.length, 46)
    expect(runs.length).toBe(2)
    for (const run of runs) expect(new Set(run.map((u) => u.line < title)).size).toBe(1)
  })

  it('is a title only when a 文号 stands under it: a body line as wide is kept in the band', () => {
    const body = splitLines(page.replace('国办发〔2018〕109 号', '各有关单位要认真贯彻执行。'))
    expect(runsOf(body, 0, body.length, 46).length).toBe(1)
  })
})

describe('a date whose 日 wrapped in a narrow column (prov-3col-replies.txt 653–664)', () => {
  const page = ['国务院办公厅', '', '请举办 2009 年世界大学生冬季', '', '二〇〇四年四月二十七', '', '运动会的请示》（教外际〔2004〕 动会举办的主要经费由黑龙江省', '方面抓紧向国际大体联申报。', '', '日', '', '人民政府承担，中央财政将视情']

  it('is whole again, the 日 taken from the line a few lines down, line indexes kept', () => {
    const out = joinDateTails(splitLines(page.join('\n')))
    expect(out.map((l) => l.text)).toEqual(page.map((t) => (t === '日' ? '' : t === '二〇〇四年四月二十七' ? '二〇〇四年四月二十七日' : t)))
  })

  it('takes a lone 日 written a few lines above when none stands below (city-xe-3col.txt 760–771)', () => {
    const above = ['自改变规划条件的要求建设、不', '', '日', '', '〔2022〕68 号）已收悉。经研究，原', '', '复如下：', '', '不得擅自改变土地用途，不得擅', '', '二〇二二年五月二十六', '', '解遗及清零行动补缴出让金方案']
    const out = joinDateTails(splitLines(above.join('\n')))
    expect(out.map((l) => l.text)).toEqual(above.map((t) => (t === '日' ? '' : t === '二〇二二年五月二十六' ? '二〇二二年五月二十六日' : t)))
  })

  it('leaves a 日 above to the date over it that lacks one', () => {
    const two = ['二〇二二年五月九', '', '日', '', '不得擅自改变土地用途，不得擅', '', '二〇二二年五月二十六']
    const out = joinDateTails(splitLines(two.join('\n'))).map((l) => l.text)
    expect(out[0]).toBe('二〇二二年五月九日')
    expect(out[6]).toBe('二〇二二年五月二十六')
  })

  it('takes a 日 written past eleven lines of the other columns, the blank lines between them not counted', () => {
    // swap-xe-toc2col-b2.txt (the text-swap sweep, round 5) 4447–4470: 国发〔2004〕18号's closing in a
    // narrow column, its 日 written 22 lines down, the other columns' 11 lines between, each after a blank.
    const far = ['国务院', '二〇〇四年六月二十六', '', '总理领导国务院的工作。副总理、 政执法、行业自律、舆论监督、群', '国务委员协助总理工作。', '七、总理召集和主持国务院', '', '建立健全社会信用体系，实行信', '', '全体会议和国务院常务会议。国', '', '用监督和失信惩戒制度，整顿和', '', '务院工作中的重大事项，必须经', '', '规范市场经济秩序，建设统一、开', '', '国务院全体会议或国务院常务会', '', '放、竞争、有序的现代市场体系。', '', '议讨论决定。', '', '日']
    const out = joinDateTails(splitLines(far.join('\n'))).map((l) => l.text)
    expect(out[1]).toBe('二〇〇四年六月二十六日')
    expect(out[far.length - 1]).toBe('')
    // Twelve lines of text between are more than a few lines of each column: the 日 is left.
    const farther = [...far.slice(0, -1), '议讨论决定。', '日']
    expect(joinDateTails(splitLines(farther.join('\n'))).map((l) => l.text)[1]).toBe('二〇〇四年六月二十六')
  })

  it('is left alone when no 日 stands alone near it', () => {
    const lines = splitLines(page.filter((t) => t !== '日').join('\n'))
    expect(joinDateTails(lines)).toEqual(lines)
  })
})

describe('text set in one column', () => {
  it('is left as it is, though a few joins would read a little better elsewhere', () => {
    const lines = splitLines(text('county-1col-heads'))
    expect(readStreams(lines, 0)).toEqual(lines)
  })

  it('keeps a plan’s own 目录 in order: its numbers and names alone on their lines are no two columns', () => {
    // prov-1col-pages.txt: each section number and its name come as blocks of their own.
    const body = '按照在国家宏观调控下，省级人民政府对本地区粮食生产和流通全面负责的原则，本预案规定'
    const page = [...Array(10).fill(body), '国家粮食应急预案', '目', '', '录', '', ...['1', '总则', '1.1', '编制目的及依据', '1.2', '等级划分', '1.3', '适用范围', '2', '组织机构和职责', '2.1', '国家粮食应急工作指挥部'].flatMap((t) => [t, ''])]
    const lines = splitLines(`${page.join('\n')}\f${page.join('\n')}`)
    expect(readStreams(lines, 0)).toEqual(lines)
  })

  it('whose columns pdftotext wrote one after the other is left as it is (county-docx-joint)', () => {
    const lines = splitLines(text('county-docx-joint'))
    expect(readStreams(lines, 0)).toEqual(lines)
  })
})

describe('a note’s opening bracket cut off after a full stop (prov-2col-song.txt lines 1441–1445)', () => {
  it('is the rest of the line above, so the paragraph goes on', () => {
    const lines = splitLines(
      [
        ...Array.from({ length: 8 }, () => '律规范。专利代理行业自律规范不得与法律、行政'),
        '体系和售后服务网络，创新现代农机服务模式。',
        '（工',
        '业和信息化部、发展改革委、科技部、农业农村部、',
        '商务部等负责）',
      ].join('\n'),
    )
    const edges = textEdges(lines)
    expect(edges.get(10)).toBe('part')
    expect(edges.get(9)).toBe('full')
  })
})

describe('a first line and a last line both an indent short of the column (county-2col-kai.txt 209–210)', () => {
  it('are one paragraph when the first stops mid-word', () => {
    const filler = '律规范。专利代理行业自律规范不得与法律、行政'
    const lines = splitLines(
      [...Array.from({ length: 8 }, () => filler), '金并调处已发生的欠薪案件。', '（四）建设工程项目审批行政部门为落实工程', '建设领域农民工工资保函制度主体责任单位。'].join('\n'),
    )
    const blocks = buildBlocks(lines.slice(8), undefined, textEdges(lines)).map((b) => b.text)
    expect(blocks).toEqual(['金并调处已发生的欠薪案件。', '（四）建设工程项目审批行政部门为落实工程建设领域农民工工资保函制度主体责任单位。'])
  })
})

describe('a typeset line pdftotext cut before a closing mark (county-1col-heads.txt 362–365)', () => {
  it('is one line again, so its paragraph goes on', () => {
    const filler = '在严守县城生态安全底线的前提下，聚焦生态综合治理、县城基础设施提升、风貌整'
    const lines = splitLines(
      [
        ...Array.from({ length: 8 }, () => filler),
        '为提高运行效率体现政府主导原则，先期授权兴县城乡基础设施建设投资有限公司（以',
        '下简称“兴县城乡投资公司”',
        '）作为城乡绿色低碳建设运营商，启动县城蔚汾河及沿岸风貌',
        '提升综合运营。其中，兴县绿色低碳县城暨蔚汾河及沿岸风貌提升工程作为县城绿色低碳',
        '建设的起步核心内容，由兴县城乡投资公司投资建设并享有运营权与收益权。',
      ].join('\n'),
    )
    const blocks = buildBlocks(lines.slice(8), undefined, textEdges(lines)).map((b) => b.text)
    expect(blocks).toEqual([
      '为提高运行效率体现政府主导原则，先期授权兴县城乡基础设施建设投资有限公司（以下简称“兴县城乡投资公司”）作为城乡绿色低碳建设运营商，启动县城蔚汾河及沿岸风貌提升综合运营。其中，兴县绿色低碳县城暨蔚汾河及沿岸风貌提升工程作为县城绿色低碳建设的起步核心内容，由兴县城乡投资公司投资建设并享有运营权与收益权。',
    ])
  })
})

describe('a name list set as a table, one cell a line (state-pdfkit.txt 892–916)', () => {
  const raw = ['委 员：', '（一）部门委员', '梁言顺', '中央宣传部副部长', '王作安', '', '中央统战部副部长、宗教局局长', '', '刘烈宏', '', '中央网信办副主任', '',
    '郑泽光', '', '外交部副部长', '', '黄', '', '科技部副部长', '', '卫', '', '张', '', '旭', '', '文化和旅游部副部长']
  const rows = pairNames(splitLines(raw.join('\n'))).map((l) => l.text).filter((t) => !isBlank(t))

  it('gives each name with its post on one line, a letter-spaced name whole', () => {
    expect(rows).toEqual([
      '委 员：', '（一）部门委员', '梁言顺\u3000\u3000中央宣传部副部长', '王作安\u3000\u3000中央统战部副部长、宗教局局长', '刘烈宏\u3000\u3000中央网信办副主任',
      '郑泽光\u3000\u3000外交部副部长', '黄\u3000卫\u3000\u3000科技部副部长', '张\u3000旭\u3000\u3000文化和旅游部副部长',
    ])
  })

  it('keeps line indexes: the rows’ other lines become blank', () => {
    expect(pairNames(splitLines(raw.join('\n')))).toHaveLength(raw.length)
  })

  it('leaves a title’s tail under its first line alone (city-2col-flow.txt 2555–2558)', () => {
    const lines = splitLines(['国务院办公厅关于 2019 年部分节假日安排', '的通知', '国务院副秘书长', '李干杰', '国务院副总理', '张　勇', '工业和信息化部副部长'].join('\n'))
    expect(pairNames(lines)[1].text).toBe('的通知')
  })

  // city-2col-flow.txt 1046–1070: the list in the right column, prose in the left, line by line.
  const interleaved = [
    '部际联席会议成员名单', '贯彻落实党中央、国务院关于职业教育工作的重大', '召集人：孙春兰', '国务院副总理',
    '决策部署；统筹协调全国职业教育工作，研究解决职业', '副召集人：陈宝生', '教育部部长',
    '教育重大问题；研究审议拟出台的职业教育法律法规和', '丁向阳', '国务院副秘书长', '重大政策，部署实施职业教育改革创新重大事项；听取',
    '成员：孙', '尧', '国家职业教育指导咨询委员会等方面的意见建议；督促', '连维良', '发展改革委副主任',
  ]
  const across = pairNames(splitLines(interleaved.join('\n')), 0, true).map((l) => l.text).filter((t) => !isBlank(t))

  it('pairs a list interleaved with the other column’s prose, the prose left in its order', () => {
    expect(across.filter((t) => t.includes('\u3000\u3000'))).toEqual([
      '召集人：孙春兰\u3000\u3000国务院副总理', '副召集人：陈宝生\u3000\u3000教育部部长', '丁向阳\u3000\u3000国务院副秘书长', '连维良\u3000\u3000发展改革委副主任',
    ])
    expect(across.filter((t) => /[；，]/.test(t))).toEqual(interleaved.filter((t) => /[；，]/.test(t)))
  })

  it('reads past prose only when asked: text in one column keeps its lines', () => {
    expect(pairNames(splitLines(interleaved.join('\n'))).map((l) => l.text)).toEqual(interleaved)
  })
})

describe('a letter-spaced justified line (county-lo-balance.txt line 56)', () => {
  it('is one line of its column, though it runs past the column’s width in the text', () => {
    expect(splitMerged('划 有 关 工 作 的 通 知 》 ( 自 然 资 发 〔 2020 〕 183', 40)).toBeNull()
  })
})

describe('the 目录’s pairs and order as the anchor of a reading', () => {
  // A 目录 of three documents, and a page of two columns that a converter wrote block by block:
  // the right column's top (the 报告's body and the next 文号) before the left column's rest.
  const anchors = tocAnchors([
    { category: '县政府文件', title: '兴县人民政府关于省道254线兴县境内吕家沟至魏家滩段改建工程项目资金承诺及列入中期财政规划的函', docNumber: '兴政函〔2022〕29号', page: 3 },
    { category: '县政府文件', title: '兴县人民政府关于申请培育乡村e镇工作的报告', docNumber: null, page: 3 },
    { category: '县政府文件', title: '兴县人民政府关于2022年不动产解遗及清零行动补缴出让金方案的请示的批复', docNumber: '兴政函〔2022〕39号', page: 3 },
  ])
  const right = ['兴县人民政府关于省道 254 线', '兴县境内吕家沟至魏家滩段改', '建工程项目资金承诺及列入中', '期财政规划的函', '（兴政函〔2022〕29 号）', '省交通运输厅:', '兴县人民政府', '二〇二二年四月八日', '兴县人民政府关于申请培育乡', '村 e 镇工作的报告', '吕梁市商务局、财政局、乡村振兴局：', '兴县人民政府', '二〇二二年五月六日', '兴政函〔2022〕39 号', '兴县人民政府关于 2022 年不', '动产解遗及清零行动补缴出让', '金方案的请示的批复']
  // As pdftotext wrote it: the 39号 title's first line before the 29号 (another document's 文号).
  const scrambled = [...right.slice(0, 4), ...right.slice(10, 15), ...right.slice(4, 10), ...right.slice(15)]

  it('finds what a scrambled reading parts: a title’s line away from its next, a 文号 by another’s title', () => {
    expect(anchorDefects(right, anchors)).toBe(0)
    // '兴县人民政府关于 2022 年不' over '（兴政函〔2022〕29 号）', its next line elsewhere.
    expect(anchorDefects(scrambled, anchors)).toBe(2)
  })

  it('counts a reading that goes back in the 目录’s order', () => {
    expect(tocOrderBreaks(right, anchors)).toBe(0)
    expect(tocOrderBreaks(scrambled, anchors)).toBe(1)
  })

  it('says nothing without a 目录', () => {
    expect(anchorDefects(scrambled, tocAnchors([]))).toBe(0)
  })
})

describe('a LibreOffice two-column issue whose pages pdftotext wrote block by block (county-lo-2col.txt)', () => {
  // Page 3 comes out as: the 29号 title (left), the 报告's body and the 39号 title's first line
  // (right), the 29号 body and the 报告's title (left), the 39号 title's rest (right); page 5
  // likewise parts the 50号 title. The 目录 lists every title whole, with its 文号, in order.
  const issue = parseIssue(text('county-lo-2col'))
  const byTruth = truth('county-lo-2col')

  it('gives every document the 目录 lists, in its order', () => {
    expect(issue.documents.map((d) => d.docNumber)).toEqual(byTruth.map((d) => d.docNumber?.replace(/[（(](\d{4})[）)]/, '〔$1〕') ?? null))
  })

  it('gives each document its own closing: the text on the scrambled pages read in order', () => {
    expect(issue.documents.map((d) => d.date)).toEqual(byTruth.map((d) => d.date))
  })
})

describe('a page whose first lines are the right column’s (county-xe-kai-inner.txt 606–612)', () => {
  // The page opens '情等级划分：大型 2 处…' (the right column, set higher) before the left
  // column's '各有关乡（镇）…' and the next document's 文号: the page before goes on in the left.
  it('reads the left column first, by the joins with the pages before and after', () => {
    const doc = parseIssue(text('county-xe-kai-inner')).documents[6]
    const paragraphs = new Set(doc.blocks.map((b) => flat(b.text)))
    const want = truth('county-xe-kai-inner')[6].paragraphs.find((p) => p.startsWith('预测 2022 年'))
    expect(want).toBeDefined()
    expect(paragraphs).toContain(flat(want ?? ''))
  })
})

describe('pages whose two streams the joins within them leave in either order (city-2col-lines.txt from 1382)', () => {
  // pdftotext wrote the folio '第9页' amid the page, before the rest of the right column
  // ('理工作迈出坚实步伐…'): which stream is the left column the joins with the text before and
  // after the page tell, and '坚持问题导向…' reads whole only in that order.
  it('reads the left column first, by the joins with the pages before and after', () => {
    const doc = parseIssue(text('city-2col-lines')).documents[2]
    const paragraphs = new Set(doc.blocks.map((b) => flat(b.text)))
    const want = truth('city-2col-lines')[2].paragraphs.find((p) => p.startsWith('坚持问题导向'))
    expect(want).toBeDefined()
    expect(paragraphs).toContain(flat(want ?? ''))
  })
})

describe('columns written block by block, a few lines in turn at the page’s top (county-lo-stairs.txt 171–256)', () => {
  it('are read as two streams though the reading gains only at its few switches: a paragraph over the switch is whole', () => {
    const docs = truth('county-lo-stairs')
    const want = docs.flatMap((d) => d.paragraphs).find((p) => flat(p).startsWith('二、确定2021-09号宗地'))
    expect(want).toBeDefined()
    // The text as written parts it: its first line, then a line of the right column.
    expect(flat(text('county-lo-stairs'))).not.toContain(flat(want ?? ''))
    const paragraphs = new Set(parseIssue(text('county-lo-stairs')).documents.flatMap((d) => d.blocks.map((b) => flat(b.text))))
    expect(paragraphs).toContain(flat(want ?? ''))
  })

  it('asks the gain of four units a switch, never more than the run’s own length asks', () => {
    expect(gainNeeded(80)).toBeCloseTo(24)
    expect(gainNeeded(80, [0, 1, 0, 1, 1, 1, 0, 0, 1, 1])).toBeCloseTo(0.3 * 4 * 5)
    expect(gainNeeded(10, [0, 1, 0, 1, 0, 1, 0, 1, 0, 1])).toBe(4)
  })
})
