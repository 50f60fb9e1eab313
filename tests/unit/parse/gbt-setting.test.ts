// A county issue set as GB/T 9704 sets a 公文 (county-lo-gbt.txt, tests/fixtures/typeset/tuning,
// lines 1–53): the cover carries the 目录, its letter-spaced heading beside the issue's date, so
// pdftotext writes '目', the date, '录'; a 上行文 prints its 签发人 at the right of the 文号's line,
// which pdftotext cuts at the name's wide space. The date went into the first entry's title (and
// the first 栏目 was lost with it), and '签发人：王军' into the first document's title.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { docNumberOfLine } from '../../../src/main/importer/parse/header'
import { isMarkedHeading, sectionName } from '../../../src/main/importer/parse/sections'

const cover = [
  "兴县人民政府公报",
  "2022 年第 17 期（总第 19 期）",
  "",
  "目",
  "",
  "2022 年 7 月 8 日",
  "",
  "录",
  "",
  "县政府文件",
  "兴县人民政府关于申请培育乡村 e 镇工作的报告（兴政函〔2022〕35 号）.............1",
  "兴县人民政府关于巡察反馈问题整改落实情况的报告（兴政函〔2022〕47 号）......2",
  "兴县人民政府关于将兴县经济技术开发区 2022 年第 1 批次建设用地项目纳入当地国",
  "土空间总体规划(2021-2035 年)的承诺函（兴政函(2022)44 号）.....................13",
  "兴县人民政府关于申请省道嵒大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程",
  "养护资金及维护费用的请示（兴政函〔2022〕61 号）....................................15",
  "",
  "县政府办公室文件",
  "兴县人民政府办公室关于印发兴县培育乡村 e 镇工作实施方案的通知（兴政办发",
  "〔2022〕8 号）...............................................................................................16",
  "兴县人民政府办公室关于印发兴县 2022 年度地质灾害防治方案的通知（兴政办发",
  "〔2022〕15 号）.............................................................................................36",
  "",
].join('\n')

const body = [
  "\f兴政函〔2022〕35 号",
  "",
  "签发人：王",
  "",
  "军",
  "",
  "兴县人民政府关于申请培育乡村 e 镇工作的报",
  "告",
  "吕梁市商务局、财政局、乡村振兴局：",
  "根据山西省商务厅、山西省财政厅、山西省乡村振兴局",
  "《关于印发山西省培育乡村 e 镇工作实施方案的通知》（晋商",
  "建〔2022〕58 号）精神，按照省委、市委全方位推动高质量发",
  "展的要求，以产业发展为核心，坚持创新驱动、绿色发展，着",
  "力提升供给效率水平，以提升电商应用水平为重点，线上线下",
  "融合为抓手，培育壮大市场主体，充分激发市场主体活力和内",
  "生动力，推动蔡家崖乡村 e 镇发展，为我县经济社会持续健康",
  "发展提供新动能、新平台、新支撑，助力乡村振兴。现申请开",
  "展乡村 e 镇培育工作。",
  "兴县人民政府",
  "二〇二二年五月六日",
  "(此件公开发布)",
  "",
  "抄送：县委办，县人大办，县政协办，县法院，县检察院。",
  "",
  "—1—",
  "",
  "\f兴县人民政府办公室",
  "",
  "2022 年 5 月 8 日印发",
  "",
].join('\n')

describe('GB/T 9704 公文 setting', () => {
  it('reads the 目录 on the cover past the date set between 目 and 录', () => {
    const toc = parseToc(splitLines(cover))
    expect(toc.sections).toEqual(['县政府文件', '县政府办公室文件'])
    expect(toc.entries[0]).toEqual({
      category: '县政府文件',
      title: '兴县人民政府关于申请培育乡村e镇工作的报告',
      docNumber: '兴政函〔2022〕35号',
      page: 1,
    })
  })

  it('keeps the 签发人 out of the 文号 and the title', () => {
    expect(docNumberOfLine('兴政函〔2022〕35 号 签发人：王 军')?.docNumber).toBe('兴政函〔2022〕35号')
    const [doc] = parseIssue(['兴县人民政府公报', '2022 年第 17 期（总第 19 期）', body].join('\n')).documents
    expect(doc.docNumber).toBe('兴政函〔2022〕35号')
    expect(doc.title).toBe('关于申请培育乡村e镇工作的报告')
    expect(doc.date).toBe('2022-05-06')
  })

  it('names a 栏目 set after an ornament (county-lo-tabletoc: ◆部门文件)', () => {
    expect(sectionName('◆部门文件')).toBe('部门文件')
    expect(isMarkedHeading('◆公告')).toBe(true)
    expect(isMarkedHeading('◆')).toBe(false)
  })
})
