// Name lists set as a table (text-names.ts): a post too long for its cell wraps onto the next line.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { pairNames } from '../../../src/main/importer/parse/text-names'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'

const rowsOf = (raw: string[]): string[] => pairNames(splitLines(raw.join('\n'))).map((l) => l.text).filter((t) => !isBlank(t))

describe('a post wrapped onto the next line of its cell (city-pdfkit-2col.txt 910–922)', () => {
  const list = ['将调整后的组成人员名单通知如下：', '主 任：孙春兰', '国务院副总理', '副主任：陈宝生', '教育部部长', '王晓晖', '中央宣传部副部长、中央政研室副',
    '主任', '丁向阳', '国务院副秘书长', '秘书长：朱之文', '教育部副部长', '委 员：']

  it('gives the post its last line, and pairs the rows after it', () => {
    expect(rowsOf(list)).toEqual([
      '将调整后的组成人员名单通知如下：', '主 任：孙春兰\u3000\u3000国务院副总理', '副主任：陈宝生\u3000\u3000教育部部长',
      '王晓晖\u3000\u3000中央宣传部副部长、中央政研室副主任', '丁向阳\u3000\u3000国务院副秘书长', '秘书长：朱之文\u3000\u3000教育部副部长', '委 员：',
    ])
  })

  it('keeps line indexes', () => {
    expect(pairNames(splitLines(list.join('\n')))).toHaveLength(list.length)
  })

  it('leaves a label after a post as it is', () => {
    const labelled = ['梁言顺', '中央宣传部副部长', '王作安', '中央统战部副部长、宗教局局长', '（二）专家委员', '马 敏', '教授、华中师范大学原党委书记', '马志明', '院士']
    expect(rowsOf(labelled)).toContain('（二）专家委员')
  })

  it('takes no name as a tail, nor a post under one too short to wrap (state-pdfkit.txt 958–972)', () => {
    // '贾高建' with its post written elsewhere: the list stops there, the name stays whole.
    const list = ['甘　霖', '市场监管总局副局长', '甄占民', '中央党校副校长', '吴德刚', '中央党史和文献研究院副院长', '贾高建', '李树深', '中科院副院长']
    const rows = rowsOf(list)
    expect(rows).toContain('吴德刚\u3000\u3000中央党史和文献研究院副院长')
    expect(rows).toContain('贾高建')
    const short = ['副主任：杨元元', '国务院副秘书长', '民航总局局长', '刘金国', '公安部副部长', '王　伟', '北京奥组委执行副主席']
    expect(rowsOf(short).filter((t) => t.endsWith('国务院副秘书长民航总局局长'))).toEqual([])
  })
})

describe('a form table\'s cells over a wrapped title (county-docx-tabletoc2.txt 1013–1018)', () => {
  const file = path.resolve(__dirname, '../../fixtures/typeset/tuning/county-docx-tabletoc2/county-docx-tabletoc2.txt')
  const text = readFileSync(file, 'utf8')

  it('takes no title tail (…的通知) for a post: the cells pair, the title stays whole', () => {
    // pdftotext writes the form's cells one a line ('出生年月' / '(盖 章) 年' / '月日'), then the
    // title's two lines: the long first one is prose to the list, its tail no post of '月日'.
    const lines = splitLines(text)
    const at = lines.findIndex((l) => l.text === '兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组')
    const out = pairNames(lines, at - 30, true)
    expect(out.slice(at + 1, at + 4).map((l) => l.text)).toContain('成人员的通知')
    expect(out.slice(at - 30, at).some((l) => l.text.endsWith('成人员的通知'))).toBe(false)
  })

  it('finds the 任免 document after the form', () => {
    const docs = parseIssue(text).documents
    expect(docs.map((d) => d.title)).toContain('关于调整兴县禁毒委员会成员单位及组成人员的通知')
    expect(docs).toHaveLength(10)
  })
})

describe('a name list table in -layout text, each category’s label on a row of its own (city-pdfkit-annex.layout.txt 575–591)', () => {
  it('gives the attached list its label rows and holders’ rows apart', () => {
    const file = path.join(__dirname, '../../fixtures/typeset/tuning/city-pdfkit-annex/city-pdfkit-annex.layout.txt')
    const text = readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(file, 'utf8'))))
    const blocks = parseIssue(text).documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s+/g, '')))
    expect(blocks).toContain('主任')
    expect(blocks).toContain('孙春兰国务院副总理')
    expect(blocks).toContain('部门委员')
  })
})

describe('a list beside the other column\'s prose, its first row\'s name letter-spaced under its role (prov-2col-bands.txt p4)', () => {
  // The page's two columns as pdftotext wrote them, line by line (their width tells a page in two).
  const prose = [
    '定事项，领导首都国际机场管理委员会做好保障工作。', '为做好第 29 届奥运会期间首都国际机场及相关', '奥运会期间，办公室主任根据工作需要，对驻首都国', '机场的组织协调工作，保障 2008 年奥运体育代表团', '际机场各单位实施统一指挥和协调。', '等安全便捷地抵离首都国际机场及国内相关机场，根', '三、工作规则', '据国务院第 126 次常务会议精神，组建 2008 年北京', '2008 年以前，协调委原则上每半年召开一次例会，', '奥运会首都国际机场协调委员会（以下简称协调委）。 因工作需要或应成员单位要求也可临时召开；从 2008', '一、主要职能', '年开始，按季度或月份视工作需要召开例会。协调委', '在北京奥运会组委会领导下，研究拟订 2008 年', '以会议纪要的形式明确会议议定事项，经成员单位同', '北京奥运会期间首都国际机场及相关机场各项保障措', '意后印发有关方面，同时抄报国务院。', '施；制订有关工作计划和安排；协调首都国际机场运', '四、工作要求', '行和服务保障方面的重大事项。', '各成员单位要按照职能分工，主动研究奥运会期', '二、组成人员',
  ]
  // pdftotext wrote '主' / '任：尤' / '权', then the next row's name before the first row's post.
  const list = ['主', '任：尤', '间首都国际机场及相关机场运行保障中的有关问题，', '权', '副主任：杨元元', '国务院副秘书长',
    '积极参加协调委工作，认真落实协调委议定的政策措', '民航总局局长', '施和布置的工作任务，及时处理首都国际机场和相关', '刘金国', '公安部副部长',
    '机场运行中需要跨部门协调解决的问题。要加强沟通，', '吉', '林', '北京市副市长', '相互配合，相互支持，形成合力，充分发挥协调委的', '王', '伟', '北京奥组委执行副主席', '作用。', '成', '员：何亚非', '外交部部长助理']
  const rows = (raw: string[]): string[] => pairNames(splitLines([...prose, ...raw].join('\n')), 0, true).map((l) => l.text).filter((t) => !isBlank(t))

  it('pairs each name with its own post, the first row\'s pieces put together', () => {
    const out = rows(list)
    expect(out).toContain('主\u3000任：尤\u3000权\u3000\u3000国务院副秘书长')
    expect(out).toContain('副主任：杨元元\u3000\u3000民航总局局长')
    expect(out).toContain('吉\u3000林\u3000\u3000北京市副市长')
    expect(out).toContain('成\u3000员：何亚非\u3000\u3000外交部部长助理')
    // The other column's prose stays where it was, for the column reader.
    expect(out).toContain('间首都国际机场及相关机场运行保障中的有关问题，')
  })

  it('reads a letter-spaced name past the other column\'s short lines (prov-xe-toc2col.txt 2141–2171)', () => {
    const gap = ['张桃林', '农业农村部副部长', '赵英民', '生态环境部副部长', '倪', '住房城乡建设部副部长', '直属机构：', '（国办发明电〔2018〕15 号）', '虹', '戴东昌', '交通运输部副部长', '魏山忠', '水利部副部长']
    expect(rows(gap)).toContain('倪\u3000虹\u3000\u3000住房城乡建设部副部长')
  })

  it('leaves a name whose other half was written elsewhere without a row, the rows after it in place (prov-xe-toc2col-b.txt 489–519)', () => {
    const half = ['成员：孙', '尧', '连维良', '发展改革委副主任', '陈肇雄', '工业和信息化部副部长', '教育部副部长', '余蔚平', '财政部副部长', '汤', '人力资源社会保障部副部长', '张桃林', '农业农村部副部长']
    const out = rows(half)
    expect(out).toContain('连维良\u3000\u3000发展改革委副主任')
    expect(out).toContain('陈肇雄\u3000\u3000工业和信息化部副部长')
    expect(out).toContain('汤')
    expect(out).toContain('张桃林\u3000\u3000农业农村部副部长')
  })
})
