// XeLaTeX tuning 目录 that default-mode pdftotext text still lost (xt, s31): prov2-above's 目录 read
// as pieces (a 文种's tail over its own 文号, a 文号 line that ends an entry, a 文号 the body prints far
// above its title); prov2-band's letter-spaced 栏目 bands written in pieces; city-xe-one-grid's
// ruled 目录 whose cells the text writes apart; a 目录 heading's block kept whole (city-xe-toc2dec);
// a decree listed alone titled by the regulation it promulgates (city-xe-toc2dec-c).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { joinSpacedHeadings, bandHeading } from '../../../src/main/importer/parse/toc-spaced-heads'
import { bracketedBand } from '../../../src/main/importer/parse/toc-band-place'
import { titlePlace, titlePlaceNear } from '../../../src/main/importer/parse/toc-piece-joins'
import { promulgatedTitle } from '../../../src/main/importer/parse/decree-regulation'
import { parserText } from '../../support/perturb'

const text = (name: string): string =>
  parserText(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', name, `${name}.txt`), 'utf8'))
const read = (name: string): unknown[][] => parseToc(splitLines(text(name))).entries.map((e) => [e.category, e.title, e.docNumber, e.page])
const lines = (texts: string[]): ReturnType<typeof splitLines> => splitLines(texts.join('\n'))

describe('a 目录 printing each 文号 under its title, the body printing it above (prov2-above)', () => {
  it('reads every entry with its own 文号: the 复函 tails over theirs, the 文号 far above the title in the body', () => {
    const entries = read('prov2-above')
    expect(entries).toHaveLength(18)
    expect(entries).toContainEqual(['国务院办公厅函件', '国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函', '国办函〔2004〕36号', 17])
    expect(entries).toContainEqual(['国务院办公厅函件', '国务院办公厅关于黄金经济政策有关问题的复函', '国办函〔1996〕16号', 18])
    expect(entries).toContainEqual(['国务院文件', '国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复', '国函〔2018〕145号', 5])
    expect(entries).toContainEqual(['国务院办公厅函件', '国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函', '国办函〔2004〕71号', 12])
    expect(entries).toContainEqual(['部门文件', '沱川省财政厅沱川省发展和改革委员会沱川省人力资源和社会保障厅沱川省住房和城乡建设厅关于认真做好住户调查大样本轮换工作的通知', '沱财发〔2022〕13号', 20])
  })

  it('places a title where the body prints it nearest a 文号, not where its words first stand (another title ends alike)', () => {
    const body = '国办函〔2004〕57号国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函辽宁省人民政府' + '正文'.repeat(40) +
      '国办函〔2004〕71号国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函四川省人民政府'
    const title = '国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函'
    const number = body.indexOf('国办函〔2004〕71号')
    expect(Math.abs(titlePlace(title, body) - number)).toBeGreaterThan(60)
    expect(Math.abs(titlePlaceNear(title, body, number) - number)).toBeLessThan(40)
  })
})

describe("a 目录 whose 栏目 are letter-spaced bands written in pieces (prov2-band)", () => {
  it("joins a band's pieces with the other column's lines written between them", () => {
    const joined = joinSpacedHeadings(lines(['目', '', '录', '国 务 院 文', '', '国务院办公厅关于湖北省巴东县地质灾害险情', '', '件', '', '国务院关于授权香港特别行政区实施管辖的深']), 0)
    expect(joined.map((l) => l.text)).toEqual(['目', '', '录', '国 务 院 文 件', '', '国务院办公厅关于湖北省巴东县地质灾害险情', '', '', '', '国务院关于授权香港特别行政区实施管辖的深'])
    expect(bandHeading('国 务 院 文 件')).toBe('国务院文件')
    expect(bandHeading('国务院文件')).toBeNull()
  })

  it("finds the body's bracketed band spelled over lines, the running head between, not the running head naming the 栏目", () => {
    const raw = ['·19·', '部门文件', '涪陵省人民政府公报', '一九九六年二月九日', '【 部 门 文', '', '件', '', '】', '涪陵省财政厅涪陵省发展和改革委员会']
    const body = raw.map((t) => t.replace(/\s+/g, ''))
    const at = body.slice(0, 4).join('').length
    expect(bracketedBand('部门文件', body, raw, (t) => t.includes('公报'))).toBe(at)
    expect(bracketedBand('国务院文件', body, raw, (t) => t.includes('公报'))).toBe(-1)
  })

  it('reads every entry of prov2-band under its 栏目', () => {
    const entries = read('prov2-band')
    expect(entries).toHaveLength(18)
    expect(entries.filter((e) => e[0] === '国务院办公厅文件').map((e) => e[2])).toEqual(['国办发〔1996〕2号', '国办发〔1997〕2号', '国办发〔2004〕7号'])
    expect(entries).toContainEqual(['国务院办公厅函件', '国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函', '国办函〔1996〕14号', 19])
    expect(entries).toContainEqual(['人事任免', '国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知', null, 21])
  })
})

describe('a ruled 目录 (标题 | 文号 | 页码) whose cells the text writes apart (city-xe-one-grid)', () => {
  it("reads its rows in order: each title's wrapped line and the 栏目 rows written after the run of cells go back under their rows", () => {
    expect(read('city-xe-one-grid')).toEqual([
      ['国务院文件', '国务院关于支持自由贸易试验区深化改革创新若干措施的通知', '国发〔2018〕38号', 1],
      ['国务院办公厅文件', '国务院办公厅关于印发“无废城市”建设试点工作方案的通知', '国办发〔2018〕128号', 4],
      ['国务院办公厅文件', '国务院办公厅关于推进政务新媒体健康有序发展的意见', '国办发〔2018〕123号', 10],
      ['国务院办公厅文件', '国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报', '国办发〔2004〕7号', 13],
      ['市政府办公室转发文件', '滠州市人民政府办公室转发国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见的通知', '滠政办发〔2022〕14号', 15],
      ['市政府办公室转发文件', '滠州市人民政府办公室转发国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知', '滠政办发〔2022〕17号', 20],
      ['国务院办公厅函件', '国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函', '国办函〔2004〕57号', 24],
      ['国务院办公厅函件', '国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函', '国办函〔1996〕14号', 25],
      ['县（市、区）文件', '兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复', '兴政函〔2022〕50号', 26],
      ['县（市、区）文件', '兴县人民政府办公室关于印发兴县培育乡村e镇工作实施方案的通知', '兴政办发〔2022〕8号', 26],
    ])
  })
})

describe("a 目录 heading's block kept whole against a banner the body writes early (city-xe-toc2dec)", () => {
  it("keeps the 栏目's last entry under it though the other column's banner is written before its title", () => {
    for (const name of ['city-xe-toc2dec', 'city-xe-sw-dec-inline']) {
      const entries = read(name)
      expect(entries.filter((e) => e[0] === '市政府办公室文件').map((e) => e[2])).toEqual(['兴政办函〔2022〕6号', '兴政办函〔2022〕16号'])
      expect(entries.filter((e) => e[0] === '国务院办公厅函件').map((e) => e[2])).toEqual(['国办函〔1996〕14号', '国办函〔2004〕36号'])
    }
  })
})

describe('a decree the 目录 lists alone, its regulation not read as a title (city-xe-toc2dec-c)', () => {
  it('names the regulation a sentence of its text promulgates', () => {
    const blocks = (texts: string[]): { blocks: { text: string }[] } => ({ blocks: texts.map((t) => ({ text: t })) })
    const doc = blocks(['国务院专利行政部门负责全国的专利代理管理工作。', '《专利代理条例》已经 2018 年 9 月 6 日国务院第 23 次常务会议修订通过，现将修订后的《专利代理条例》公布，自 2019 年 3 月 1 日起施行。'])
    expect(promulgatedTitle(doc as never)).toBe('专利代理条例')
    // Two names in the sentence, or a name no regulation's: none.
    expect(promulgatedTitle(blocks(['现将《专利代理条例》和《商标代理条例》公布。']) as never)).toBeNull()
    expect(promulgatedTitle(blocks(['现将《关于加强管理的通知》公布。']) as never)).toBeNull()
  })
})
