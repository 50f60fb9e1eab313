// A county issue set the way 方正-style tools write their PDFs (tuning layout county-pdfkit-1col,
// written before the importer first read it): one column, each line one text operation justified
// by character spacing, U+3000 drawn as a blank glyph; a three-column 目录 (the title wrapping in
// its column, the 文号 in a column of its own, the page as `·3·`), ■ 栏目 ■ banners, a decree
// listed by name with its serial in the 文号 column and its regulation under it, a joint
// document listed as `甲局等四部门关于…`, and a 任免 with no 文号 whose page stands level with its
// title's first line. The PDF reader takes the 文号-and-page column for a second column; pdftotext
// writes the cells between a title's two lines; `-layout` keeps each row whole.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { sectionName } from '../../../src/main/importer/parse/sections'
import { makeNoiseTest } from '../../../src/main/importer/parse/noise'
import type { ParsedIssue, TocEntry } from '../../../src/shared/domain'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'county-pdfkit-1col')
const fixture = (ext: string): string => readFileSync(join(DIR, `county-pdfkit-1col.${ext}`), 'utf8')
const byNumber = (issue: ParsedIssue, n: string) => issue.documents.find((d) => d.docNumber === n)
const row = (e: TocEntry): string => `${e.category}|${e.title}|${e.docNumber ?? ''}|${e.page}`

// What the 目录 lists, in every format.
const ENTRIES = [
  '县政府令|兴县人民政府令|兴县人民政府令 第2号|1',
  '县政府令|专利代理条例||1',
  '国务院文件|国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复|国函〔2006〕132号|5',
  '国务院文件|国务院关于同意建立国务院职业教育工作部际联席会议制度的批复|国函〔2018〕144号|6',
  '县政府文件|兴县人民政府关于印发兴县绿色低碳县城暨蔚汾河及沿岸风貌提升项目实施方案的通知|兴政发〔2022〕11号|8',
  '县政府文件|兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复|兴政函〔2022〕50号|11',
  '县政府文件|兴县人民政府关于2022年不动产解遗及清零行动补缴出让金方案的请示的批复|兴政函〔2022〕39号|12',
  '部门联合发文|兴县人力资源和社会保障局等四部门关于印发兴县依法关闭自备水井专项整治行动实施方案的通知|兴人社发〔2022〕31号|13',
  '县政府办公室文件|兴县人民政府办公室关于建立县乡机关干部跟班轮训制度的通知|兴政办函〔2022〕3号|16',
  '县政府办公室文件|兴县人民政府办公室关于认真做好住户调查大样本轮换工作的通知|兴政办函〔2022〕8号|18',
  '人事任免|兴县人民政府办公室关于调整兴县小水网工程建设领导小组的通知||20',
]

describe('a 栏目 framed by ornaments', () => {
  it('is named without them', () => {
    expect(sectionName('■ 部门联合发文 ■')).toBe('部门联合发文')
    expect(sectionName('◇ 市政府规章 ◇')).toBe('市政府规章')
    expect(sectionName('◆县政府文件')).toBe('县政府文件')
  })
})

describe('the folio 第3页　共21页 split at its blank glyph', () => {
  it('is page furniture in both halves', () => {
    const noise = makeNoiseTest('兴县人民政府公报', [])
    expect(noise('第2页')).toBe(true)
    expect(noise('共21页')).toBe(true)
    expect(noise('共同推进')).toBe(false)
  })

  it('and so is a right-hand page’s head, the 期 inner and the gazette outer, read as one line', () => {
    const noise = makeNoiseTest('兴县人民政府公报', [])
    expect(noise('2022年第14期                              兴县人民政府公报')).toBe(true)
    expect(noise('2022年第14期兴县人民政府公报发布了通知')).toBe(false)
  })
})

describe('county-pdfkit-1col as text', () => {
  it('reads the three-column 目录 from pdftotext, the cells written between a title’s two lines', () => {
    expect(parseToc(splitLines(fixture('txt'))).entries.map(row)).toEqual(ENTRIES)
  })

  it('reads the three-column 目录 from pdftotext -layout, each title going on under its row', () => {
    expect(parseToc(splitLines(fixture('layout.txt'))).entries.map(row)).toEqual(ENTRIES)
  })

  it('keeps the joint document’s title at 关于, its four units from the signatures, undoubted', () => {
    const doc = byNumber(parseIssue(fixture('txt')), '兴人社发〔2022〕31号')
    expect(doc?.title).toBe('关于印发兴县依法关闭自备水井专项整治行动实施方案的通知')
    expect(doc?.issuers).toEqual(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局'])
    expect(doc?.category).toBe('部门联合发文')
    expect(doc?.reasons?.map((r) => r.code) ?? []).not.toContain('ISSUERS_VS_TITLE')
  })
})

// The same 目录 set on a 16开 page (render-pdfkit-1col.ts with the 文号 column closer to the
// titles, as city offices print it): pdftotext -layout keeps one blank between a title's first
// line and its 文号, and a title runs on over two more lines.
const NARROW = [
  '                目       录',
  '           （2022年第14期   总第16期）',
  '',
  '              ■ 国务院文件 ■',
  '国务院关于授权香港特别行政区实施管辖的 国函〔2006〕132号     （6）',
  '深圳湾口岸港方口岸区范围和土地使用期限',
  '的批复',
  '',
  '国务院关于同意建立国务院职业教育工作部 国函〔2018〕144号     （8）',
  '际联席会议制度的批复',
  '',
  '             ■ 部门联合发文 ■',
  '兴县人力资源和社会保障局等四部门关于印 兴人社发〔2022〕31号 （17）',
  '发兴县依法关闭自备水井专项整治行动实施',
  '方案的通知',
  '            ■ 县政府办公室文件 ■',
  '兴县人民政府办公室关于建立县乡机关干部 兴政办函〔2022〕3号 （21）',
  '跟班轮训制度的通知',
].join('\n')

describe('a three-column 目录 with the 文号 column close to the titles', () => {
  it('reads each 文号 apart from the title one blank before it, and each title over its lines', () => {
    expect(parseToc(splitLines(NARROW)).entries.map(row)).toEqual([
      '国务院文件|国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复|国函〔2006〕132号|6',
      '国务院文件|国务院关于同意建立国务院职业教育工作部际联席会议制度的批复|国函〔2018〕144号|8',
      '部门联合发文|兴县人力资源和社会保障局等四部门关于印发兴县依法关闭自备水井专项整治行动实施方案的通知|兴人社发〔2022〕31号|17',
      '县政府办公室文件|兴县人民政府办公室关于建立县乡机关干部跟班轮训制度的通知|兴政办函〔2022〕3号|21',
    ])
  })
})

describe('county-pdfkit-1col as PDF', () => {
  let issue: ParsedIssue
  beforeAll(async () => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(DIR, 'county-pdfkit-1col.pdf'))), 'a.pdf', new AbortController().signal)
    issue = parseIssue({ text: pdf.text, lines: pdf.lines })
  }, 60_000)

  it('names every document’s 栏目 from the 目录 whose 文号 column the reader set apart', () => {
    expect(issue.documents.map((d) => d.category)).toEqual([
      '县政府令', '国务院文件', '国务院文件', '县政府文件', '县政府文件', '县政府文件',
      '部门联合发文', '县政府办公室文件', '县政府办公室文件', '人事任免',
    ])
  })

  it('finds the decree with its regulation, and the 任免 listed with no 文号', () => {
    expect(byNumber(issue, '兴县人民政府令 第2号')).toMatchObject({ title: '专利代理条例', issuers: ['兴县人民政府'] })
    const appointment = issue.documents[issue.documents.length - 1]
    expect(appointment).toMatchObject({ title: '关于调整兴县小水网工程建设领导小组的通知', docNumber: null, date: '2022-05-16' })
  })
})
