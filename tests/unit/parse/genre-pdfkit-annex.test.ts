// The pdfkit genre's attachments (tuning layout city-pdfkit-annex, written before the importer first
// read it): a 函 that sends two reports along prints each under `附件1`/`附件2` with its own two-line
// title, addressee, body, signature and date. Its three-column 目录 sets the 文号 column half an em
// from a full first line of the title: the PDF reader reads the first 目录 page a column at a time
// (titles, then the cells) and the second row by row ('…地质灾 兴政办发〔2022〕15号 （26）').
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { splitEntry } from '../../../src/main/importer/parse/toc-entry'
import { splitTitles } from '../../../src/main/importer/parse/toc-table'
import type { TocEntry } from '../../../src/shared/domain'
import type { SourceLine } from '../../../src/shared/source-line'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'city-pdfkit-annex')
const row = (e: TocEntry): string => `${e.category}|${e.title}|${e.docNumber ?? ''}|${e.page}`
const ENTRIES = [
  '市政府令|澄溪市人民政府令|澄溪市人民政府令 第7号|1',
  '市政府令|专利代理条例||1',
  '国务院文件|国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复|国函〔2006〕38号|6',
  '国务院办公厅文件|国务院办公厅关于科技节水建议的复函|国办函〔2005〕21号|8',
  '国务院办公厅文件|国务院办公厅关于调整国家教材委员会组成人员的通知|国办发〔2018〕109号|13',
  '区县政府文件|兴县人民政府关于2022年不动产解遗及清零行动补缴出让金方案和土地合宗的请示的批复|兴政函〔2022〕46号|16',
  '区县政府文件|兴县人民政府关于巡察反馈问题整改落实情况的报告|兴政函〔2022〕47号|17',
  '部门联合发文|兴县人力资源和社会保障局等五部门关于打造城乡绿色低碳建设运营商有关事项的通知|兴人社发〔2022〕8号|24',
  '区县政府办公室文件|兴县人民政府办公室关于印发兴县2022年度地质灾害防治方案的通知|兴政办发〔2022〕15号|26',
  '人事任免|兴县人民政府办公室关于成立兴县培育乡村e镇工作领导小组的通知||31',
]

describe('city-pdfkit-annex as PDF: a 目录 read a column at a time on one page, row by row on the next', () => {
  let lines: SourceLine[]
  let text: string
  beforeAll(async () => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(DIR, 'city-pdfkit-annex.pdf'))), 'a.pdf', new AbortController().signal)
    lines = pdf.lines
    text = pdf.text
  }, 60_000)

  it('reads the attached 名单, a ruled table of two columns with a category row across, row by row', () => {
    const texts = lines.map((l) => l.text)
    expect(texts).toContain('孙春兰\t国务院副总理')
    expect(texts).toContain('王晓晖\t中央宣传部副部长、中央政研室副主任')
    expect(texts).toContain('副主任')
  })

  it('reads every entry with its 文号 and page', () => {
    expect(lines.map((l) => l.text)).toContain('兴县人民政府办公室关于印发兴县2022年度地质灾 兴政办发〔2022〕15号 （26）')
    expect(parseToc(splitLines(text, lines)).entries.map(row)).toEqual(ENTRIES)
  })
})

describe('a joint entry (its first unit and their count) opens a title', () => {
  it('where titles read in one cell run together', () => {
    expect(splitTitles('国务院办公厅关于科技节水建议的复函兴县人力资源和社会保障局等五部门关于打造城乡绿色低碳建设运营商有关事项的通知')).toEqual([
      '国务院办公厅关于科技节水建议的复函',
      '兴县人力资源和社会保障局等五部门关于打造城乡绿色低碳建设运营商有关事项的通知',
    ])
  })
})

describe('a row whose 文号 stands a blank after its title’s first line, the title going on before the page (pdftotext)', () => {
  it('gives the 文号 and the title in one piece', () => {
    expect(splitEntry('兴县人力资源和社会保障局等五部门关于打造城乡 兴人社发〔2022〕8号绿色低碳建设运营商有关事项的通知')).toEqual({
      title: '兴县人力资源和社会保障局等五部门关于打造城乡绿色低碳建设运营商有关事项的通知',
      docNumber: '兴人社发〔2022〕8号',
    })
  })
})

const BODY = [
  '国务院办公厅关于科技节水建议的复函',
  '国办函〔2005〕21号',
  '马万祺副主席：',
  '现将有关部门的报告一并报送您，供审阅。',
  '附件：1．关于我国地震重点监视防御区的确定和加强防震减灾工作意见的报告',
  '2．关于1997年地震趋势和加强防震减灾工作意见的报告',
  '国务院办公厅',
  '二〇〇五年三月三日',
  '',
  '附件1',
  '',
  '关于我国地震重点监视防御区的确定',
  '和加强防震减灾工作意见的报告',
  '国务院：',
  '自80年代后期以来，我国的地震活动进入了一个新的活跃期。',
  '国家地震局',
  '一九九六年一月二十五日',
  '',
  '附件2',
  '',
  '关于1997年地震趋势和',
  '加强防震减灾工作意见的报告',
  '国务院：',
  '以上意见如无不妥，请批转各地区、各部门贯彻执行。',
  '国家地震局',
  '一九九七年一月二十日',
]

describe('an attachment with its own title, signature and date (city-pdfkit-annex)', () => {
  it('stays in its document though a 目录 entry was read with no title (a decree row split from its cells)', () => {
    const toc: TocEntry[] = [
      { category: '市政府令', title: '第7号专利代理条例', docNumber: null, page: 1 },
      { category: '市政府令', title: '', docNumber: null, page: 1 },
      { category: '国务院办公厅文件', title: '国务院办公厅关于科技节水建议的复函', docNumber: '国办函〔2005〕21号', page: 8 },
    ]
    const spans = splitDocuments(splitLines(BODY.join('\n')), 0, toc)
    expect(spans.map((s) => s.docNumber)).toEqual(['国办函〔2005〕21号'])
    expect(spans[0].end).toBe(BODY.length)
  })
})

describe('city-pdfkit-annex as -layout text: ◇ 栏目 ◇ banners centred over a three-column 目录', () => {
  it('are set across, the closing ornament past the gutter the 文号 column draws', () => {
    const out = readLayoutColumns(readFileSync(join(DIR, 'city-pdfkit-annex.layout.txt'), 'utf8')).split('\n').map((l) => l.trim())
    expect(out).toContain('◇ 市政府令 ◇')
    expect(out).toContain('◇ 国务院办公厅文件 ◇')
    // The rows stay whole: the title's first line, its 文号 and its page.
    expect(out.some((l) => /^国务院关于同意组建2008年北京奥运会首都国际机 国函〔2006〕38号\s+（6）$/.test(l))).toBe(true)
  })
})
