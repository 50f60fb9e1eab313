// The pdfkit genre on a 16开 page (tuning layout county-pdfkit-16k, written before the importer first
// read it): a three-column 目录 whose 文号 column stands a quarter em from a full first line of its
// title, `（3）` pages, 〓栏目〓 banners in 黑体, a title's first line cut inside 《…》. The PDF reader
// sets each 文号 apart from its title by the column its runs start at (cell-stops.ts); a title's last
// line over the next 栏目's banner is no heading, though the banner is set in another face.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { sectionName } from '../../../src/main/importer/parse/sections'
import { docTypeOf } from '../../../src/main/importer/parse/doc-type'
import type { SourceLine } from '../../../src/shared/source-line'
import type { TocEntry } from '../../../src/shared/domain'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'county-pdfkit-16k')
const fixture = (ext: string): string => readFileSync(join(DIR, `county-pdfkit-16k.${ext}`), 'utf8')
const row = (e: TocEntry): string => `${e.category}|${e.title}|${e.docNumber ?? ''}|${e.page}`

const ENTRIES = [
  '国务院文件|国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复|国函〔2018〕145号|1',
  '国务院办公厅文件|国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知|国办发〔2018〕114号|2',
  '县政府文件|兴县人民政府关于印发《兴县全民健身实施计划(2021—2025年)》通知|兴政发〔2022〕9号|4',
  '县政府文件|兴县人民政府关于兴县殡仪馆及骨灰堂建设项目国有建设用地使用权划拨方案的请示的批复|兴政函〔2022〕43号|9',
  '县政府文件|兴县人民政府关于2021-09号宗地国有建设用地使用权挂牌出让方案的请示的批复|兴政函〔2022〕62号|9',
  '部门联合发文|兴县人力资源和社会保障局等三部门关于印发兴县煤炭消费减量替代2022年工作方案的通知|兴人社发〔2022〕36号|10',
  '县政府办公室文件|兴县人民政府办公室关于印发兴县农村“厕所革命”实施方案的通知|兴政办发〔2022〕13号|14',
  '县政府办公室文件|兴县人民政府办公室关于更新行政执法主体的通知|兴政办函〔2022〕6号|20',
  '人事任免|兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组成人员的通知||22',
]

describe('a 栏目 framed by geta marks', () => {
  it('is named without them', () => {
    expect(sectionName('〓国务院办公厅文件〓')).toBe('国务院办公厅文件')
    expect(sectionName('〓人事任免〓')).toBe('人事任免')
  })
})

describe('a title cut inside 《…》', () => {
  it('has no 文种 yet: the name it issues ends in one, the title does not', () => {
    expect(docTypeOf('兴县人民政府关于印发《兴县全民健身实施计划')).toBeNull()
    expect(docTypeOf('兴县人民政府关于印发《兴县全民健身实施计划(2021—2025年)》通知')).toBe('通知')
    expect(docTypeOf('关于印发《国务院工作规则》的通知')).toBe('通知')
  })
})

describe('county-pdfkit-16k as PDF', () => {
  let lines: SourceLine[]
  let text: string
  beforeAll(async () => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(DIR, 'county-pdfkit-16k.pdf'))), 'a.pdf', new AbortController().signal)
    lines = pdf.lines
    text = pdf.text
  }, 60_000)

  it('sets each 文号 a blank apart from its title’s first line', () => {
    expect(lines.map((l) => l.text)).toContain('国务院关于同意乌鲁木齐、昌吉、石河子高新技术 国函〔2018〕145号 （1）')
    expect(lines.map((l) => l.text)).toContain('兴县人民政府办公室关于更新行政执法主体的通知 兴政办函〔2022〕6号 （20）')
  })

  it('reads every entry, each title going on under its row, the banners under them no headings', () => {
    expect(parseToc(lines).entries.map(row)).toEqual(ENTRIES)
  })

  it('finds every document in its 栏目, the 任免 with no 文号 among them', () => {
    const issue = parseIssue({ text, lines })
    expect(issue.documents.map((d) => d.category)).toEqual([
      '国务院文件', '国务院办公厅文件', '县政府文件', '县政府文件', '县政府文件', '部门联合发文', '县政府办公室文件', '县政府办公室文件', '人事任免',
    ])
    expect(issue.documents[8]).toMatchObject({ title: '关于调整兴县禁毒委员会成员单位及组成人员的通知', docNumber: null })
  })
})

describe('county-pdfkit-16k as pdftotext -layout text', () => {
  it('reads every entry', () => {
    expect(parseToc(splitLines(fixture('layout.txt'))).entries.map(row)).toEqual(ENTRIES)
  })
})
