// pdftotext -layout sets a justified line of a narrow column down as a staircase of pieces, one a
// row, where XeLaTeX stretched the glue around its marks: '用设备、' / '   石化、' /
// '     精品钢材项目给予支' is one printed line. Each piece starts as many cells right of the one
// above as that one has characters, less one. A person reads one line; the paragraph goes on.
// A paragraph's last line over the next one's first, set in by an indent, is no staircase.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { textEdges } from '../../../src/main/importer/parse/text-flow'

/** A column of prov-xe-3col-answers.layout.txt (国务院办公厅关于…辽宁省…的复函) as the columns' reading gives it. */
const ANSWERS = [
  ' 场化程度较高的品种开始，为开展',
  ' 主要石油期货品种做好准备。证监',
  ' 会、发展改革委将继续关注各方面',
  ' 的进展，积极研究并推动这项工作。',
  '  （二）鉴于目前我国已经全面',
  ' 开放粮食购销市场，玉米市场价格',
  ' 总体平稳，各方面准备工作全部就',
  ' 绪，增设玉米期货品种的时机已经',
  ' 成熟，',
  '   7 月 17 日，',
  '           国务院领导已经批',
  ' 复同意了证监会呈报的有关请示。',
  '   七、关于继续支持地方工业项',
  ' 目建设问题。你省请求，对已列入',
  ' 振兴规划的汽车、船舶、机床、专',
  ' 用设备、石化、精品钢材和新型干',
  ' 法水泥项目建设给予政策倾斜。',
  '   发展改革委提出：根据有关文',
  ' 件精神，发展改革委将对你省已列',
  ' 入振兴规划的汽车、船舶、机床、专',
  ' 用设备、',
  '    石化、',
  '      精品钢材项目给予支',
  ' 持，对其中符合国债专项重点等条',
  ' 件的，',
  '   可列入国债专项予以支持。',
  '              水',
  ' 泥项目不属于振兴产业的范围，不',
  ' 宜安排国债资金支持。',
].join('\n')

/** A column of county-web-mixed.layout.txt: a heading's wrapped end over a paragraph's first line. */
const HEADING = [
  '    （镇）人民政府及所辖村（社',
  '    区）、县直各有关单位要高度重',
  '    视，充分认识住户调查大样本轮换',
  '    工作的重要性，积极支持推进兴县',
  '    住户调查大样本轮换工作的开展。',
  '      二、加强组织领导，细化工作',
  '    职责',
  '     国家统计局兴县调查队牵头组',
  '    织实施全县住户调查大样本轮换工',
  '    作，包括制定实施方案，组织开展',
  '    培训，督促指导各有关人员严格执',
  '    行《住户调查大样本轮换工作方',
  '    案》和相关工作规范，确保样本的',
  '    随机性和代表性。',
].join('\n')

/** A column of prov-xe-unbal-b.layout.txt: a note closing a paragraph over the next one's first line. */
const NOTE = [
  ' （五）提升风险防控能力，强化危险废物全面',
  '安全管控。筑牢危险废物源头防线。新建涉危险',
  '废物建设项目，严格落实建设项目危险废物环境',
  '影响评价指南等管理要求，明确管理对象和源头，',
  '预防二次污染，防控环境风险。以有色金属冶炼、',
  '石油开采、石油加工、化工、焦化、电镀等行业',
  '为重点，实施强制性清洁生产审核。（生态环境部',
  '指导）',
  '  夯实危险废物过程严控基础。开展排污许可',
  '“一证式”管理，探索将固体废物纳入排污许可证',
  '管理范围，掌握危险废物产生、利用、转移、贮',
  '存、处置情况。严格落实危险废物规范化管理考',
  '核要求，强化事中事后监管。（生态环境部指导）',
].join('\n')

function edgesOf(text: string): (start: string) => string | undefined {
  const lines = splitLines(text)
  const edges = textEdges(lines)
  return (start) => edges.get(lines[lines.findIndex((l) => l.text.trim().startsWith(start))].no)
}

describe('a justified line pdftotext -layout set down as a staircase (prov-xe-3col-answers.layout.txt)', () => {
  const edge = edgesOf(ANSWERS)

  it('reads the pieces as one line run to the column’s edge', () => {
    expect(edge('用设备、')).toBe('full')
    expect(edge('石化、')).toBe('part')
    expect(edge('精品钢材项目给予支')).toBe('part')
    expect(edge('成熟，')).toBe('full')
    expect(edge('7 月 17 日，')).toBe('part')
    expect(edge('国务院领导已经批')).toBe('part')
    expect(edge('件的，')).toBe('full')
    expect(edge('可列入国债专项予以支持。')).toBe('part')
    expect(edge('水')).toBe('part')
  })
})

describe('a paragraph’s last line over the next one’s first, set in by an indent', () => {
  it('keeps a heading’s wrapped end apart from the paragraph under it (county-web-mixed.layout.txt)', () => {
    const edge = edgesOf(HEADING)
    expect(edge('国家统计局兴县调查队牵头组')).not.toBe('part')
  })

  it('keeps a note closing a paragraph apart from the next paragraph (prov-xe-unbal-b.layout.txt)', () => {
    const edge = edgesOf(NOTE)
    expect(edge('夯实危险废物过程严控基础')).not.toBe('part')
  })
})

/** A column of city-web-3col-lists.layout.txt (国务院办公厅关于对真抓实干成效明显地方…的通知) as the columns' reading gives it. */
const PACKED = [
  ' 作等工作成效突出的市（地、州、',
  ' 盟），安排中央预算内投资给予奖励，',
  ' 并优先支持在重大改革和重大政策方面',
  ' 先行先试，促进产业向高端化、集聚',
  ' 化、智能化升级。（国家发展改革委会',
  ' 同有关部门负责）',
  '      十八、对培育壮大接续替代产业、',
  ' 保障和改善民生、加强生态环境整治、',
  ' 着力解决历史遗留问题等转型成效突出',
  ' 的资源枯竭城市，中央财政在安排年度',
  ' 补助资金时予以倾斜支持，并优先支持',
  ' 在重大改革和重大政策方面先行先试。',
  ' （国家发展改革委、财政部会同有关部',
  ' 门负责）',
  '      十九、对推进质量工作成效突出的',
  ' 市（地、州、盟）、县（市、区、',
  ' 旗），在质量工作改革创新、国家质量',
  ' 基础设施协同服务及应用示范基地建',
  ' 设、重大质量项目投入、质量技术机构',
  ' 布局建设、中小微企业及“双创”企业',
  ' 质量技术服务、质量提升工作重点帮扶',
  ' 等方面给予倾斜支持。（市场监管总局',
  ' 负责）',
].join('\n')

describe('a line packing its marks under a paragraph’s first line (city-web-3col-lists.layout.txt)', () => {
  it('runs to the column’s edge though its width stops an indent short: it stands at the edge', () => {
    const edge = edgesOf(PACKED)
    expect(edge('十九、对推进质量工作成效突出的')).toBe('indented')
    expect(edge('市（地、州、盟）、县（市、区、')).toBe('full')
  })
})

/** A column of prov-xe-3col-mast.layout.txt (国务院办公厅关于黄金经济政策有关问题的复函) as the columns' reading gives it. */
const SIGNED = [
  '另外，白银的经济政策继续按照',
  '《国务院办公厅关于调整白银经济政',
  '策问题的复函》（国办函〔1994〕69',
  '号）的有关规定，同时参照黄金税收',
  '的有关政策执行。',
  '   国务院办公厅',
  '        一九九六年二月九日',
  '   （本文有删减）',
  '国务院办公厅对十届全国人大',
  '四次会议第 7264 号建议的答',
  '   复',
  '     （国办函〔2006〕69 号）',
  '邓明义代表：',
  '您提出的关于请总理网上博客',
  '听取民意的建议收悉，现答复如下：',
  '国务院领导同志对电子政务建',
  '设高度重视。温家宝总理就加快政府',
  '网站建设等有关工作作了很多指示',
  '和批示，并于 2005 年 12 月 28 日',
  '主持召开国务院常务会议听取了中',
  '央政府门户网站建设情况的汇报，明',
].join('\n')

describe('a signature over its date in a narrow column (prov-xe-3col-mast.layout.txt)', () => {
  it('keeps the date a line of its own, though its cells start at the signature\'s last', () => {
    const edge = edgesOf(SIGNED)
    expect(edge('一九九六年二月九日')).not.toBe('part')
  })
})


/** The edges of city-xe-toc2dec-b.layout.txt as its columns' reading gives its lines. */
function fixtureEdges(name: string): (start: string) => string | undefined {
  const text = readLayoutColumns(foldIdeographs(readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.layout.txt`), 'utf8')))
  const lines = splitLines(text)
  const edges = textEdges(lines)
  return (start) => edges.get(lines[lines.findIndex((l) => l.text.trim().startsWith(start))].no)
}

describe('pieces cut at marks a fallback font set apart (city-xe-toc2dec-b.layout.txt)', () => {
  const edge = fixtureEdges('city-xe-toc2dec-b')

  it('reads a bracketed piece and the one after it as the rest of the line, under a numbered first line', () => {
    // '   七、对地方水利建设投资落实好、中央' / '水利建设投资计划完成率高的省' / '             （区、市）' / '                 ，适'
    expect(edge('水利建设投资计划完成率高的省')).toBe('full')
    expect(edge('（区、市）')).toBe('part')
    expect(edge('，适')).toBe('part')
  })

  it('reads a note set where its paragraph\'s last line ends as that line\'s end', () => {
    // '以适当倾斜。' / '     （农业农村部负责）'
    expect(edge('（农业农村部负责）')).toBe('part')
    expect(edge('以适当倾斜。')).not.toBe('full')
  })

  it('reads a paragraph\'s label over its line as the line\'s first piece', () => {
    // '承担单位填报各种信息或报送有关材料。' / '  （四）' / '    科研单位要健全完善内部管理制度。' / '项目管理专业机构…'
    expect(edge('科研单位要健全完善内部管理制度。')).toBe('part')
    expect(edge('项目管理专业机构不再承担')).toBe('full')
  })
})

describe('a 条\'s indented first line set down as a staircase (prov2-a0.layout.txt, 专利代理条例)', () => {
  it('reads the piece as the rest of the first line: the gap after the label is no name list\'s, the line short by its indent', () => {
    // '   第二条 本条例所称专利代理，' / '                是指专利代' / '理机构接受委托，以委托人的名义在代理权限'
    const edge = fixtureEdges('prov2-a0')
    expect(edge('是指专利代')).toBe('part')
    expect(edge('第二条 本条例所称专利代理，')).not.toBe('short')
  })
})

describe('the rest of a line set down a row under a colon (prov2-a0.layout.txt)', () => {
  const edge = fixtureEdges('prov2-a0')

  it('reads it as the line’s rest: it fills no line, and the paragraph goes on under it at the edge', () => {
    // '  财政部会同农业部等有关部门研究提出了' / '办理意见：' / '    该问题将根据今年水稻的增产情况统' / '筹考虑。…'
    expect(edge('办理意见：')).toBe('full')
    expect(edge('该问题将根据今年水稻的增产情况统')).toBe('part')
  })

  it('keeps a first line that fills its column less the indent a paragraph of its own', () => {
    // '  二、关于亭子口水利枢纽工程问题。你省请' / '求，…项目建' / '议书。' / '  发展改革委会同水利部研究提出了办理意'
    expect(fixtureEdges('prov3-song-bare')('发展改革委会同水利部研究提出了办理意')).not.toBe('part')
    // '各市、自治州人民政府，省政府各部门、各直属' / '机构：' / '  现将《国务院办公厅关于推进政务新媒体健'
    expect(fixtureEdges('prov-xe-forward')('现将《国务院办公厅关于推进政务新媒体健')).not.toBe('part')
  })

  it('keeps a first line a paragraph of its own where it stands in as the paragraphs after it do', () => {
    // Short of its column by a number pdftotext wrapped: '函复如下：' / '    同意以哈尔滨市名义申办' / '2009 年第二十四届…'
    expect(fixtureEdges('prov-xe-3col-answers')('同意以哈尔滨市名义申办')).not.toBe('part')
    // Short by its compressed marks, four blanks in as the paragraphs under it: '直属机构：' / '    消费扶贫是社会各界通过消费来自贫困地区'
    expect(fixtureEdges('prov-2col-song')('消费扶贫是社会各界通过消费来自贫困地区')).not.toBe('part')
  })
})
