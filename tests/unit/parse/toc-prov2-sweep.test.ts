// The provincial sweep, round 2 (sw4, s29; scripts/typeset/sweep_prov2.py): a 16开 provincial issue of old
// State Council texts (1996–2006 函, 复函, 转发) whose 目录 stands in two columns, each 文号 bare on a
// line under its title, which pdftotext (default mode) writes in blocks of neither column's order.
// The 目录 is read as pieces (toc-fragments.ts) told apart by the body; these are the lines that
// reading lost: the other column's title's last line, with its page, between the decree and its
// regulation; a chain ended by a bare 文号 line; a 文号 under a title's last line with the other
// column's opening line between; a joint entry's units glued onto a page; a folio broken after one
// leader or after the 文种; a title at a column's foot whose 文号 the body prints at the next one's top.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { regulationsAfterDecrees } from '../../../src/main/importer/parse/toc-lone-pieces'
import { folioOpened } from '../../../src/main/importer/parse/toc-folio-marks'
import { parserText } from '../../support/perturb'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const text = (name: string): string =>
  parserText(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', name, `${name}.txt`), 'utf8'))
const read = (name: string): unknown[][] => parseToc(splitLines(text(name))).entries.map((e) => [e.category, e.title, e.docNumber, e.page])

/** prov2-a0's 目录 as the body prints it: the decree twice (decree and regulation), 17 documents. */
const A0 = [
  ['省政府令', '澄江省人民政府令', '澄江省人民政府令 第331号', 1],
  ['省政府令', '专利代理条例', null, 1],
  ['国务院文件', '国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复', '国函〔2006〕132号', 3],
  ['国务院文件', '国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复', '国函〔2006〕38号', 4],
  ['国务院文件', '国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复', '国函〔2018〕145号', 5],
  ['国务院办公厅文件', '国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知', '国办发〔1996〕2号', 6],
  ['国务院办公厅文件', '国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知', '国办发〔1997〕2号', 7],
  ['国务院办公厅文件', '国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报', '国办发〔2004〕7号', 9],
  ['国务院办公厅函件', '国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函', '国办函〔2004〕57号', 11],
  ['国务院办公厅函件', '国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函', '国办函〔2004〕71号', 12],
  ['国务院办公厅函件', '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函', '国办函〔2004〕80号', 15],
  ['国务院办公厅函件', '国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函', '国办函〔2004〕36号', 17],
  ['国务院办公厅函件', '国务院办公厅关于科技节水建议的复函', '国办函〔2005〕21号', 17],
  ['国务院办公厅函件', '国务院办公厅关于同意以深圳市名义申办2011年第26届世界大学生夏季运动会的复函', '国办函〔2004〕88号', 18],
  ['国务院办公厅函件', '国务院办公厅关于黄金经济政策有关问题的复函', '国办函〔1996〕16号', 18],
  ['国务院办公厅函件', '国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函', '国办函〔1996〕14号', 19],
  ['部门文件', '澄江省财政厅澄江省发展和改革委员会澄江省人力资源和社会保障厅澄江省住房和城乡建设厅关于认真做好住户调查大样本轮换工作的通知', '澄财发〔2022〕33号', 20],
  ['人事任免', '国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知', null, 21],
]

describe('a two-column 目录 of old State Council texts, each 文号 bare under its title (prov2 sweep)', () => {
  it('reads every entry of prov2-a0 with its 栏目, 文号 and page', () => {
    expect(read('prov2-a0')).toEqual(A0)
  })

  it("takes the regulation under its decree with the other column's title's last line and its page between", () => {
    const pieces = [
      { text: '澄江省人民政府令（第331号）', page: 1, opens: true, line: 13 },
      { text: '作时所提问题和建议办理情况的函', page: 12, opens: false, line: 15 },
      { text: '专利代理条例', page: 1, opens: false, line: 17 },
    ]
    expect([...regulationsAfterDecrees(pieces)]).toEqual([2])
    // A line closed by no 文种 with a page of its own is no other column's title: no regulation.
    expect([...regulationsAfterDecrees([pieces[0], { ...pieces[1], text: '作时所提问题和建议办理情况' }, pieces[2]])]).toEqual([])
  })

  it("reads the 目录 whose 文号 lines take the leaders and the page, a 文种's tail with the other column's line between (prov2-small)", () => {
    const entries = read('prov2-small')
    expect(entries).toHaveLength(18)
    expect(entries).toContainEqual(['国务院办公厅函件', '国务院办公厅关于黄金经济政策有关问题的复函', '国办函〔1996〕16号', 18])
    // The joint entry's units glued onto the page of the entry before: an entry of their own.
    expect(entries).toContainEqual(['国务院办公厅文件', '国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知', '国办发〔1997〕2号', 7])
    expect(entries.filter((e) => e[0] === '部门文件').map((e) => e[2])).toEqual(['沣财发〔2022〕25号'])
  })

  it("reads an A4 目录 whose folios break after one leader, a title at a column's foot with its 文号 at the next column's top (prov2-a4)", () => {
    const entries = read('prov2-a4')
    expect(entries).toHaveLength(18)
    expect(entries).toContainEqual(['国务院文件', '国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复', '国函〔2006〕132号', 3])
    expect(entries).toContainEqual(['国务院办公厅函件', '国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函', '国办函〔2004〕36号', 15])
  })

  it("takes a folio's opening mark off a line: after leaders, or right after the 文种 where the leaders are squeezed out", () => {
    expect(folioOpened('湾口岸港方口岸区范围和土地使用期限的批复.·')).toBe('湾口岸港方口岸区范围和土地使用期限的批复')
    expect(folioOpened('术产业开发区建设国家自主创新示范区的批复·')).toBe('术产业开发区建设国家自主创新示范区的批复')
    expect(folioOpened('国务院办公厅关于黄金经济政策有关问题的复函..·')).toBe('国务院办公厅关于黄金经济政策有关问题的复函')
    // A title's line ending in a middle dot but no 文种: no folio opened.
    expect(folioOpened('关于印发《北京·天津')).toBeNull()
    expect(folioOpened('国务院办公厅关于同意以深圳市名义申办2011')).toBeNull()
  })
})

describe('a bare 文号 ends a 目录 chain only on a line of its own', () => {
  it('keeps every 栏目 of a ruled grid 目录 whose rows hold title, 文号 and page (county-web-masthead-u, -layout text)', () => {
    // There the 文号 cell shares its row with the title and the page: a chain ended at it left the
    // rows' pages and the titles' second lines to other entries, and two documents lost their 栏目.
    const dir = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'county-web-masthead-u')
    const layout = readLayoutColumns(readFileSync(join(dir, 'county-web-masthead-u.layout.txt'), 'utf8'))
    const truth = JSON.parse(readFileSync(join(dir, 'county-web-masthead-u.truth.json'), 'utf8')) as { documents: { docNumber: string | null; category: string }[] }
    const parsed = parseIssue(layout).documents.map((d) => [d.docNumber, d.category])
    expect(parsed).toEqual(truth.documents.map((d) => [d.docNumber, d.category]))
  })
})

describe("a bare 文号 ends a 目录 chain only where its line holds no page", () => {
  it("keeps a one-column 目录's 栏目 whose 文号 lines hold the pages (county-web-3col-names, -layout text, a 栏目 banner not printed in the body)", () => {
    // Its lines '国发〔1981〕88号   第1页' set the 文号 and the page side by side: read as pieces, the
    // pages fall to the entries by the body's order and each entry's 栏目 is the banner the body
    // prints last before its title. A web issue may print a 栏目 in the 目录 alone: read so, the
    // 人事任免 entries went to 部门联合发文; the 目录's own lines, read one by one, name them right.
    const dir = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'county-web-3col-names')
    const raw = readFileSync(join(dir, 'county-web-3col-names.layout.txt'), 'utf8').split('\n')
    const banner = raw.findIndex((l, k) => k > 100 && l.trim() === '五、人事任免')
    expect(banner).toBeGreaterThan(0)
    raw.splice(banner, 1)
    const entries = parseToc(splitLines(parserText(raw.join('\n')))).entries
    expect(entries.map((e) => e.category).slice(-3)).toEqual(['部门联合发文', '人事任免', '人事任免'])
    expect(entries.map((e) => e.docNumber).slice(-3)).toEqual(['兴人社发〔2022〕12号', null, '兴政办函〔2022〕16号'])
  })
})

describe('the provincial two-column 目录 in default text: a 文种 tail alone, a 文号 left with an entry printed without one', () => {
  it("joins each 文种 tail alone on its line to its own title where two entries' lines are written in turn (prov2-members)", () => {
    // '国务院关于授权…的深' / '国务院办公厅关于同意以哈尔滨市名义申办' / '圳湾…使用期限的' / '2009年…运动会的' /
    // '批复 ·3·' / '复函 ·17·': the pairs across the joins ('的批', '的复') are in the body either way;
    // the title's characters before the tail tell them apart ('运动会的复函', '使用期限的批复').
    const entries = read('prov2-members')
    expect(entries).toHaveLength(19)
    expect(entries).toContainEqual(['国务院文件', '国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复', '国函〔2006〕132号', 3])
    expect(entries).toContainEqual(['国务院办公厅函件', '国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函', '国办函〔2004〕36号', 17])
  })

  it('pairs a 文号 written far from its title with the end the body prints it by, though a 人事任免 entry has none (prov2-95, prov2-joint6)', () => {
    // prov2-95: '…示范区的批复 ·' / '5·' / '国函〔2018〕145 号', the body printing the 文号 far above the
    // title; prov2-joint6: '…有关问题的复' / '函 ·18·' with another entry's four lines before its
    // '国办函〔1996〕16 号'. Each 目录 ends with a 任免 entry printed without a 文号: one end more than
    // the 文号 left, which kept every 文号 unpaired and the 目录 unread.
    const p95 = read('prov2-95')
    expect(p95).toHaveLength(18)
    expect(p95).toContainEqual(['国务院文件', '国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复', '国函〔2018〕145号', 5])
    expect(p95[17]).toEqual(['人事任免', '国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知', null, 22])
    const joint = read('prov2-joint6')
    expect(joint).toHaveLength(18)
    expect(joint).toContainEqual(['国务院办公厅函件', '国务院办公厅关于黄金经济政策有关问题的复函', '国办函〔1996〕16号', 18])
    expect(joint[17][2]).toBeNull()
  })

  it('pairs no 文号 with an end the body prints it far from (prov2-above: its entries read, if any, keep their own 文号)', () => {
    // There four 文号 are left for five ends, but one's own title had taken another 文号 already:
    // paired by nearness alone, '国办函〔2004〕36号' went to a title printed pages away.
    const dir = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'prov2-above')
    const truth = JSON.parse(readFileSync(join(dir, 'prov2-above.truth.json'), 'utf8')) as { documents: { docNumber: string | null; title: string }[] }
    const numberOf = new Map(truth.documents.map((d) => [d.title.replace(/^.*?关于/, '关于'), d.docNumber]))
    const wrong = read('prov2-above').filter((e) => e[2] !== null && numberOf.has(String(e[1]).replace(/^.*?关于/, '关于')) && numberOf.get(String(e[1]).replace(/^.*?关于/, '关于')) !== e[2])
    expect(wrong).toEqual([])
  })
})
