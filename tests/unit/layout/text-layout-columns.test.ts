// Text that keeps each line's place (pdftotext -layout), on real typeset issues: two-column pages
// are read left column first; single-column pages, name lists and text written column by column
// stay as they are.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const TUNING = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning')
const read = (name: string, ext = 'layout.txt'): string => readFileSync(join(TUNING, name, `${name}.${ext}`), 'utf8')
const page = (text: string, n: number): string[] => text.split('\f')[n - 1].split('\n').map((l) => l.trim())

/** Whether `second` is the next line of text after `first` (blank lines between allowed). */
function follows(lines: string[], first: string, second: string): boolean {
  const i = lines.indexOf(first)
  const next = lines.slice(i + 1).find((l) => l !== '')
  return i >= 0 && next === second
}

describe('readLayoutColumns', () => {
  it('reads a Word-born page whose columns take turns row by row, left column first', () => {
    const lines = page(readLayoutColumns(read('county-lo-2col')), 3)
    expect(follows(lines, '身事业得到快速发展。为推进落实全民健身国家', '战略,全方位推进我县全民健身事业高质量发展,')).toBe(true)
    expect(follows(lines, '施；新增社会足球场六块，落实社区体育场地设', '施配套要求，新建居住区和社区按照室内人均体')).toBe(true)
    // Before, each left line was followed by a right one.
    expect(follows(page(read('county-lo-2col'), 3), '身事业得到快速发展。为推进落实全民健身国家', '施；新增社会足球场六块，落实社区体育场地设')).toBe(true)
  })

  it('cuts side-by-side rows at a one-space gutter and keeps a right-column signature in its column', () => {
    const lines = page(readLayoutColumns(read('prov-2col-song')), 14)
    expect(follows(lines, '训基地。发挥好现代农业装备职业教育集团作用。', '鼓励农机人才国际交流合作，支持农机专业人才出')).toBe(true)
    expect(follows(lines, '（农业农村部、工业和信息化部等负责）', '国务院')).toBe(true)
    expect(follows(lines, '国务院', '2018 年 12 月 21 日')).toBe(true)
  })

  it('measures a column in ems, so a line with a date in digits does not make the column look wider', () => {
    // The left column's widest row in cells holds '2006 年 1 月 1 日'; every right line is shorter in cells.
    const lines = page(readLayoutColumns(read('city-2col-flow')), 21)
    expect(follows(lines, '有关栏目，以进一步增强中央政府门户网站的互动性和', '服务性，提高为公众服务的能力。')).toBe(true)
    expect(follows(lines, '感谢您对政府工作的关心和支持。', '国务院办公厅')).toBe(true)
  })

  it('reads a three-column page whose gutter is found between its second and third columns', () => {
    const lines = page(readLayoutColumns(read('prov-3col-dots')), 5)
    expect(follows(lines, '交通安全和秩序。对悬挂专用号牌车', '辆及其驾驶人的道路交通安全违法')).toBe(true)
    expect(follows(lines, '伍代号用 X 代表消防救援、S 代表', '森林消防。')).toBe(true)
  })

  it('puts back a line tail set a row low in the second and third columns of a page in three', () => {
    // '…基数， 经营费用和亏损，' / '列入粮食企业亏损，' / '…当时， 尽快逐级落实到生产队，' / '不要留缺口。 由地方财政统一拨补。'
    const lines = page(readLayoutColumns(read('prov-3col-dots')), 4)
    expect(lines).toContain('尽快逐级落实到生产队，不要留缺口。')
    expect(follows(lines, '一九八〇年 223 号文件规定的基数，', '尽快逐级落实到生产队，不要留缺口。')).toBe(true)
    expect(follows(lines, '经营费用和亏损，列入粮食企业亏损，', '由地方财政统一拨补。')).toBe(true)
    expect(follows(lines, '售粮的供应价格一律按统购价执行。', '经营费用和亏损，列入粮食企业亏损，')).toBe(true)
  })

  it('cuts a row at a one-space gutter beside a digit where a full left line meets the right column', () => {
    // '18 日，山西省连续发生 3 起特大煤矿瓦斯爆炸事故： 2 年处分；…': the left line is full, the right one goes on.
    const lines = page(readLayoutColumns(read('prov-2col-bands')), 5)
    expect(follows(lines, '18 日，山西省连续发生 3 起特大煤矿瓦斯爆炸事故：', '8 月 11 日，大同市杏儿沟煤矿瓦斯爆炸事故造成 43')).toBe(true)
    expect(follows(lines, '的芦岭煤矿矿长孙家斌受到开除留用 2 年、留党察看', '2 年处分；芦岭煤矿党委书记王士永受到撤销党内职')).toBe(true)
    // A full left line whose last cells run on past a space is not cut: '…国务院令第 76' stays whole.
    expect(readLayoutColumns(read('prov-2col-song')).split('\n').map((l) => l.trim())).toContain('（1991 年 3 月 4 日中华人民共和国国务院令第 76')
  })

  it('keeps a title and the 文号 set flush right under it above both columns', () => {
    const lines = page(readLayoutColumns(read('prov-2col-bands')), 5)
    expect(follows(lines, '的通报', '国办发〔2004〕7 号')).toBe(true)
    expect(follows(lines, '国办发〔2004〕7 号', '各省、自治区、直辖市人民政府，国务院各部委、各')).toBe(true)
    const first = page(readLayoutColumns(read('prov-2col-bands')), 3)
    expect(follows(first, '国务院关于同意建立国务院职业教育工作部际联席会议制度的批复', '国函〔2018〕144 号')).toBe(true)
  })

  it('cuts a row of three columns at the run of spaces nearest the gutter, so a signature stays in the middle column', () => {
    const lines = page(readLayoutColumns(read('prov-3col-dots')), 5)
    expect(follows(lines, '车辆涂装样图', '国务院办公厅')).toBe(true)
    expect(follows(lines, '国务院办公厅', '二〇一八年十二月四日')).toBe(true)
    expect(follows(lines, '二〇一八年十二月四日', '（此件公开发布）')).toBe(true)
  })

  it('keeps a 文号 centred under a title above the three columns of a page', () => {
    const lines = page(readLayoutColumns(read('prov-3col-dots')), 3)
    expect(follows(lines, '新示范区的批复', '国函〔2018〕145 号')).toBe(true)
    expect(follows(lines, '使用期限的批复', '国函〔2006〕132 号')).toBe(true)
    expect(follows(lines, '国函〔2006〕132 号', '广东省人民政府、香港特别行政区政')).toBe(true)
  })

  it('gives a 目录 heading glued onto a left line set on another baseline to the other column', () => {
    const lines = page(readLayoutColumns(read('prov-3col-dots')), 2)
    expect(lines).toContain('【国务院办公厅函件】')
    expect(lines).toContain('〔2006〕')
    expect(follows(lines, '【国务院办公厅函件】', '国务院办公厅关于黄金经济政策有关问题的复函（国办')).toBe(true)
    expect(page(read('prov-3col-dots'), 2)).toContain('〔2006〕【国务院办公厅函件】') // as written
  })

  it('reads a run too short to show two columns by itself in the columns the page shows elsewhere', () => {
    // Four rows at the page's top: a document's last lines on the left, its signature on the right.
    const lines = page(readLayoutColumns(read('prov-2col-song')), 32)
    expect(follows(lines, '规定的行为，要有针对性地提出对具体规定修改调', '整的建议。加强社会监督，建立举报投诉渠道，鼓')).toBe(true)
    expect(follows(lines, '发现严重失职失责的要追究有关人员责任。', '国务院办公厅')).toBe(true)
    expect(follows(lines, '国务院办公厅', '2018 年 12 月 26 日')).toBe(true)
  })

  it("reads a signature block beside the other column's first line in the page's columns", () => {
    // '国务院       （此件公开发布）' then the date: the signature is the left column's, the mark the right one's.
    const lines = page(readLayoutColumns(read('prov-2col-song')), 19)
    expect(follows(lines, '国务院', '2018 年 11 月 16 日')).toBe(true)
    expect(follows(lines, '2018 年 11 月 16 日', '（此件公开发布）')).toBe(true)
  })

  it('reads an issue\'s last page of three rows in the columns of the page before', () => {
    const lines = page(readLayoutColumns(read('county-xe-kai-inner')), 12)
    expect(follows(lines, '特此通知。', '兴县人民政府办公室')).toBe(true)
    expect(follows(lines, '二〇二二年六月九日', '（此件公开发布）')).toBe(true)
  })

  it('reads a page set in bands band by band: two blank rows across both columns end one', () => {
    // A document's last names and signature, balanced in two columns, above the next one's columns.
    const lines = page(readLayoutColumns(read('county-xe-kai-inner')), 11)
    expect(follows(lines, '任。', '技术指导组成员如下：')).toBe(true)
    expect(follows(lines, '（此件公开发布）', '兴县人民政府办公室关于调整兴县禁毒委员')).toBe(true)
  })

  it('reads a band of a section name and a title, below one document\'s columns, before the next one\'s', () => {
    const lines = page(readLayoutColumns(read('prov-2col-song')), 5)
    expect(follows(lines, '以专利代理机构、专利代理师的名义开展专利代理', '业务。')).toBe(true)
    expect(follows(lines, '业务。', '国务院文件')).toBe(true)
    expect(follows(lines, '国务院关于印发国家职业教育改革实施方案的通知', '（国发〔2019〕4 号）')).toBe(true)
  })

  it('writes a running head set at both ends of a page\'s first row as two lines, as text written column by column has it', () => {
    const lines = page(readLayoutColumns(read('prov-2col-song')), 5)
    expect(lines.slice(0, 2)).toEqual(['国务院文件', '江州省人民政府公报'])
  })

  it('cuts a row at a lone space between hanzi before one beside a digit', () => {
    // '兴县人民政府关于申请省道嵒大线魏家 对省道 254 魏家滩…': the title line ends at the first space.
    const lines = page(readLayoutColumns(read('city-web-2col')), 11)
    expect(lines).toContain('兴县人民政府关于申请省道嵒大线魏家')
    expect(lines).toContain('对省道 254 魏家滩至吕家沟(岢岚界)段进行改造十')
  })

  it("puts a line's tail set a row low back at the line's end", () => {
    // '…不超过六批。' / '                    （负     （三十五）将台湾…' / '责部门：…'
    const song = page(readLayoutColumns(read('prov-2col-song')), 20)
    expect(follows(song, '有效期内可一证多批使用，但最多不超过六批。（负', '责部门：文化和旅游部、海关总署）')).toBe(true)
    expect(follows(song, '空、铁路舱单申报功能。（负责部门：海关总署、民', '航局、中国铁路总公司）')).toBe(true)
    expect(song.some((l) => l.startsWith('（三十五）将台湾地区生产'))).toBe(true)
    // A signature under another, right-aligned, is no tail: each stays on its line.
    const lo = readLayoutColumns(read('county-lo-2col')).split('\n').map((l) => l.trim())
    expect(follows(lo, '兴县发展和改革局', '兴县财政局')).toBe(true)
  })

  it("sets a name list's rows as name and post two ideographic spaces apart, as text-names.ts does for plain text", () => {
    const lines = [11, 12].flatMap((n) => page(readLayoutColumns(read('city-pdfkit-2col')), n))
    expect(lines).toContain('马敏\u3000\u3000教授、华中师范大学原党委书记')
    expect(lines).toContain('史宁中\u3000\u3000教授、东北师范大学原校长')
    // A regulation's 第N条 before its text is no name.
    expect(readLayoutColumns(read('prov-2col-song'))).not.toMatch(/第[一二三四五六七八九十]+[章条]\u3000/)
  })

  it("keeps joint issuers wrapped mid-name in a title, so a document's rest at the next column's head comes back to it", () => {
    // '兴县人力资源和社会保障局 兴' / '县发展和改革局 兴县财政局 兴' / '县住房和城乡建设管理局关于' / …
    const doc = parseIssue(readLayoutColumns(read('county-lo-2col'))).documents.find((d) => d.docNumber === '兴人社发〔2022〕9号')
    expect(doc?.issuers).toEqual(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局'])
    // Its text under '(二) 做好协调配合' heads the page's right column, after the next document's first lines.
    expect(doc?.blocks.some((b) => b.text.replace(/\s/g, '') === '(二)做好协调配合')).toBe(true)
  })

  it("finds a three-column page's first gutter at its column's edge, past a name list's indented entries", () => {
    // county-web-3col's last page: the name list's entries start four cells past the second
    // column's edge, its wrapped lines ('政府县长') at the edge, and the first column's rows sit
    // between the other two's. The page's head, centred over the three columns, stays one line.
    const text = readLayoutColumns(read('county-web-3col'))
    const lines = page(text, 13)
    expect(lines).toContain('兴县人民政府公报 2022年第23期 总第25期')
    expect(follows(lines, '协调解决工程推进中的重大问题。', '领导小组组成人员如下：')).toBe(true)
    expect(follows(lines, '组 长：梁文壮 县委副书记、', '政府县长')).toBe(true)
    expect(follows(lines, '王慈迎 市生态环境局兴县分局', '局长')).toBe(true)
    const titles = parseIssue(text).documents.map((d) => d.title.replace(/\s/g, ''))
    expect(titles.filter((t) => t.includes('关于调整兴县小水网工程建设领导小组的通知'))).toHaveLength(1) // the issue's last document
  })

  it("reads a three-column band whose second column is a list in the columns the page's whole right side shows", () => {
    // county-web-3col page 12: over a 栏目 banner, the second column holds a numbered list of
    // units (no full line to measure it) beside the third column's text; under the banner the
    // right side's two columns are full. The band over the banner is read in the columns below.
    const lines = page(readLayoutColumns(read('county-web-3col')), 12)
    expect(follows(lines, '3. 兴县教育科技局', '4. 兴县公安局')).toBe(true)
    expect(follows(lines, '23. 兴县医疗保障局', '24. 吕梁市生态环境局兴县分')).toBe(true)
    expect(follows(lines, '上述公布的县级行政执法主体', '应当严格在法定职权范围内履行执')).toBe(true)
    // Before, each row of the list was followed by the third column's.
    expect(lines).not.toContain('3. 兴县教育科技局            24. 吕梁市生态环境局兴县分')
  })

  it("takes out a column's lone blank rows inside a paragraph, and between them where they are the page's leading", () => {
    // county-web-mixed page 7: Chromium's uneven leading makes pdftotext set a blank row between
    // a full line and the line that goes on at the column's edge. They stand between half its
    // lines, so a blank row after a sentence's end is the leading too (text-layout-sides.ts).
    const lines = page(readLayoutColumns(read('county-web-mixed')), 7)
    const next = (a: string): string | undefined => lines[lines.indexOf(a) + 1]
    expect(next('瓦塘镇瓦塘村、张家洼村、赵家塔村、郑家塔村1个镇')).toBe('4个村。建设内容为路基、桥梁、隧道、轨道、储运装')
    expect(next('资源厅关于进一步加强近期国土空间规划实施管理工')).toBe('作的通知》（晋自然资函〔2021〕406号）、《山西省')
    expect(next('用地规划情况承诺如下：')).toBe('项目属于《国家发展改革委等部门关于加快推进')
  })

  it("leaves single-column pages alone: name lists, signatures; a line's tail set a row low put back", () => {
    // A mark set on another baseline ('…办法》' / '    （山西省人民政府令第 295 号）和…') goes back on
    // its line (text-layout-tails.ts); nothing else moves.
    const ink = (t: string): string => t.replace(/\s+/g, '')
    for (const name of ['county-1col-heads', 'state-pdfkit']) expect(ink(readLayoutColumns(read(name))), name).toBe(ink(read(name)))
  })

  it('leaves text written column by column (pdftotext default mode) alone', () => {
    const texts = readdirSync(TUNING).filter((name) => existsSync(join(TUNING, name, `${name}.txt`))) // a Word-only probe has none
    expect(texts.length).toBeGreaterThan(30)
    for (const name of texts) expect(readLayoutColumns(read(name, 'txt')), name).toBe(read(name, 'txt'))
  })

  it('lets the parser find every document of a two-column issue with its 文号', () => {
    const truth = JSON.parse(read('county-lo-2col', 'truth.json')) as { documents: { docNumber: string | null }[] }
    // Compared as the accuracy bench compares them, brackets as one: 兴政函（2022）49号 is stored as 兴政函〔2022〕49号.
    const same = (n: string | null): string | null => n && n.replace(/[（(]/g, '〔').replace(/[）)]/g, '〕')
    const numbers = (text: string): (string | null)[] => parseIssue(text).documents.map((d) => same(d.docNumber))
    expect(numbers(readLayoutColumns(read('county-lo-2col')))).toEqual(truth.documents.map((d) => same(d.docNumber)))
    expect(numbers(read('county-lo-2col')).length).toBeLessThanOrEqual(1) // as written, the rows read across both columns
  })
})

describe('a page of a few rows under the running head, not set apart from it (tuning county-web-mixed.layout.txt, page 9)', () => {
  const name = 'county-web-mixed'
  const dir = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', name)
  const text = readFileSync(join(dir, `${name}.layout.txt`), 'utf8')
  // '兴县人民政府公报 2022年第7期' / '兴县人民政府   公开属性：主动公开' / '2022 年 5 月 6 日': a document's
  // signature and date carried over into the left column, its public marker into the right one.
  const page = readLayoutColumns(text).split('\f').find((p) => p.includes('2022 年 5 月 6 日')) ?? ''

  it('reads the left column, then the right, under the head the issue’s pages open with', () => {
    const rows = page.split('\n').map((r) => r.trim()).filter(Boolean)
    expect(rows.slice(0, 4)).toEqual(['兴县人民政府公报 2022年第7期', '兴县人民政府', '2022 年 5 月 6 日', '公开属性：主动公开'])
  })

  it('gives the document its public marker', () => {
    const truth = (JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as { documents: { date: string | null; public: boolean | null }[] }).documents
    const want = truth.filter((d) => d.date === '2022-05-06')
    expect(want).toHaveLength(1)
    const doc = parseIssue(readLayoutColumns(text)).documents.find((d) => d.date === '2022-05-06')
    expect(doc?.public).toBe(want[0].public)
  })
})

describe('a running head set at both ends of the first row, text on the row under it (tuning county-web-3col-tail.layout.txt)', () => {
  const text = read('county-web-3col-tail')

  it('stays put as the head, in two pieces, though it holds a run of spaces and no blank row sets it apart', () => {
    // '兴县人民政府公报 2022年第20期            总第22期' / '平，以提升电商应用水平为重点，线上   社会持续…'
    const lines = page(readLayoutColumns(text), 12).filter((l) => l !== '')
    expect(lines.slice(0, 2)).toEqual(['兴县人民政府公报 2022年第20期', '总第22期'])
    expect(lines[2].startsWith('平，以提升电商应用水平为重点，线上')).toBe(true)
    // As written, the head is a row of the page's columns.
    expect(page(text, 12)[0]).toBe('兴县人民政府公报 2022年第20期            总第22期')
  })

  it('reads a name list beside a document\'s tail as two columns though few of its lines are full', () => {
    // '王晋彪 县经济开发区管理委员会   任，副主任由刘晋利兼任。': every row holds a line of each.
    const lines = page(readLayoutColumns(text), 14)
    expect(follows(lines, '孙利军 县文旅局局长', '王和平 县林业局局长')).toBe(true)
    expect(follows(lines, '刘晋利 县水利局副局长', '各有关乡（镇）党委书记、乡')).toBe(true)
  })
})

describe('a name list in narrow columns, each post wrapped under its name (tuning prov-3col-dots.layout.txt, 国家教材委员会)', () => {
  const text = read('prov-3col-dots')
  const doc = (t: string) => parseIssue(t).documents.find((d) => (d.title ?? '').includes('国家教材委员会'))
  const entry = (t: string, name: string): string | undefined => doc(t)?.blocks.find((b) => b.text.startsWith(name))?.text

  it('keeps each entry whole, its wrapped line under it', () => {
    // '      马志明     院士、中科院数学与' / '系统科学研究院学术委员会主任' / '      马树超     研究员、…'
    const read = readLayoutColumns(text)
    expect(entry(read, '马志明')).toBe('马志明 院士、中科院数学与系统科学研究院学术委员会主任')
    expect(entry(read, '杨河')).toBe('杨河 教授、北京大学社会科学学部主任')
    expect(entry(read, '李烈')).toBe('李烈 正高级教师、北京第二实验小学原校长')
  })

  it('sets such rows as name and post two ideographic spaces apart', () => {
    const lines = readLayoutColumns(text).split('\n').map((l) => l.trim())
    expect(lines).toContain('马志明\u3000\u3000院士、中科院数学与')
    expect(follows(lines, '马志明\u3000\u3000院士、中科院数学与', '系统科学研究院学术委员会主任')).toBe(true)
  })
})

describe('a page in bands: a document\'s tail, a 栏目 banner with the next one\'s 文号, its title, three columns (tuning county-web-3col-tail.layout.txt, page 12)', () => {
  const text = read('county-web-3col-tail')

  it('reads each band apart: the tail\'s date and public marker before the banner, the 文号 under it', () => {
    const lines = page(readLayoutColumns(text), 12).filter((l) => l !== '')
    const at = (l: string): number => lines.indexOf(l)
    expect(at('公开属性：主动公开')).toBeGreaterThan(0)
    expect(at('公开属性：主动公开')).toBeLessThan(at('四、部门联合发文'))
    expect(follows(lines, '四、部门联合发文', '兴人社发〔2022〕20号')).toBe(true)
  })

  it('gives the next document its own opening, not the one before', () => {
    const docs = parseIssue(readLayoutColumns(text)).documents
    const next = docs.find((d) => d.docNumber === '兴人社发〔2022〕20号')
    expect(next?.blocks[0]?.text).toBe('各乡（镇）人民政府、县直各有关单位：')
    const before = docs.find((d) => d.docNumber === '兴政函〔2022〕35号')
    expect(before?.blocks.length).toBeLessThanOrEqual(6)
  })
})

describe("a band under a 栏目's banner across the page: a document's head in the left column, its body in the right (tuning county-xe-issuer.layout.txt, page 5)", () => {
  const text = readLayoutColumns(read('county-xe-issuer'))
  const lines = page(text, 5).filter((l) => l !== '')
  const at = (s: string): number => lines.indexOf(s)

  it('is read left column first: the 文号, the issuers, the title, then the body', () => {
    const head = ['兴人社发〔2022〕28 号', '兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '关于印发《兴县全民健身实施计划 (2021—', '2025 年)》通知']
    expect(lines.slice(at('【部门文件】') + 1, at('【部门文件】') + 7)).toEqual(head)
    expect(at('各乡 (镇) 人民政府, 县直各有关单位:')).toBe(at('2025 年)》通知') + 1)
  })

  it('gives the issue every document', () => {
    expect(parseIssue(text).documents.some((d) => d.docNumber === '兴人社发〔2022〕28号')).toBe(true)
  })
})

describe("a name table in a narrow third column whose names wrap two characters a line (tuning city-web-3col-song.layout.txt, page 18)", () => {
  // -layout writes each name's rest alone under its start, the post beside the first line:
  // '李 县政府副县长' / '茂', '副组' / '长'.
  const lines = (): string[] => page(readLayoutColumns(read('city-web-3col-song')), 18)

  it("puts each name's rest back after its start, name and post a table row's cells apart", () => {
    const rows = lines()
    expect(rows).toContain('李茂\u3000\u3000县政府副县长')
    expect(rows).toContain('郭慧彬\u3000\u3000县政府副县长（挂职）')
    expect(rows).toContain('王建珍\u3000\u3000县行政审批局局长')
    expect(rows).toContain('副组长')
    expect(page(read('city-web-3col-song'), 18).some((l) => l.endsWith('李 县政府副县长'))).toBe(true)
  })

  it("leaves a paragraph's short last lines in the first column alone", () => {
    const rows = lines()
    expect(follows(rows, '委 员：陈志军 县人民法院常', '务副')).toBe(true)
    expect(follows(rows, '务副', '院长')).toBe(true)
  })
})
