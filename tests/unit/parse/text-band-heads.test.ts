// A page written line by line whose lower band, at the page's foot, holds only the next document's
// head: county-docx-2col-b.txt page 3 (lines 225–341, tests/fixtures/typeset/tuning). Word balanced
// the 批复 and the 贷款意见 above a continuous section break; the 请示's section starts under
// them, its 文号 and two lines of its title at the left column's foot, the title's last two lines
// and '省交通运输厅：' at the right column's foot. The upper band reads left then right; the lower
// band in the text's order. And page 8 (lines 800–927, below its head, its folio blanked as the importer does: the right
// column's foot is written after it), where the lower band's 文号 stands under
// the upper band's last left line, written after the 通知's date, its 附注 written after the next
// title. The paragraphs expected are the file's truth.
import { describe, expect, it } from 'vitest'
import { bandStreams } from '../../../src/main/importer/parse/text-band-streams'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetTruth, typesetText, flat } from '../../support/typeset-files'
import { bandText, readOrder } from './band-fixture'

const NAME = 'county-docx-2col-b'
const file = typesetText(NAME)
const truth = typesetTruth(NAME)
const anchors = tocAnchors([
  { category: '县政府文件', title: '兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复', docNumber: '兴政函〔2022〕50号', page: 2 },
  { category: '县政府文件', title: '兴县人民政府关于兴县城乡基础设施投资有限公司申请项目贷款意见', docNumber: '兴政函〔2022〕54号', page: 2 },
  { category: '部门文件', title: '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局 兴县住房和城乡建设管理局 兴县交通运输局关于印发全面落实保障农民工工资支付相关制度的通知', docNumber: '兴人社发〔2022〕40号', page: 3 },
  { category: '县政府办公室文件', title: '兴县人民政府办公室关于建立县乡机关干部跟班轮训制度的通知', docNumber: '兴政办函〔2022〕3号', page: 8 },
  { category: '县政府文件', title: '兴县人民政府关于申请省道嵒大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示', docNumber: '兴政函〔2022〕61号', page: 3 },
])
const { ctx, page, longest } = bandText(file)
const lines = page(224, 341)
const run = (): ReturnType<typeof longest> => longest(lines)

describe('a lower band at the page’s foot that holds only a document’s head (county-docx-2col-b.txt page 3)', () => {
  it('reads the upper band left then right, then the head in the text’s order', () => {
    const { after } = readOrder(bandStreams(run(), ctx, anchors))
    // The 批复's left column runs on into its numbered items, then its right column's top.
    after('魏家滩工业园区（西区、东区）。', '1. 瓦塘工业园区')
    after('沟煤矿西 60 米，北至斜沟煤矿运煤铁路线。', '三、原则同意控规')
    after('二〇二二年六月六日', '（此件公开发布）')
    // The 贷款意见 closes the upper band; the 请示's head follows, its title whole.
    after('公开属性：主动公开', '兴政函〔2022〕61 号')
    after('大线魏家滩至蔡家崖段（薛家', '塔隧道）公路改建工程养护资')
    after('金及维护费用的请示', '省交通运输厅：')
  })

  it('gives the 批复 its items, closing and 附注, and the 请示 its title, in the whole issue', () => {
    const docs = parseIssue(file).documents
    const doc = docs.find((d) => d.docNumber === '兴政函〔2022〕50号')
    expect(doc?.date).toBe('2022-06-06')
    const got = new Set(doc?.blocks.map((b) => flat(b.text)))
    const want = truth.find((d) => d.docNumber === '兴政函〔2022〕50号')!.paragraphs.filter((p) => /^(1\.|2\.|四、|五、|兴县人民政府$|\(此件公开发布\))/.test(flat(p)))
    expect(want.length).toBe(6)
    for (const p of want) expect(got.has(flat(p))).toBe(true)
    expect(docs.find((d) => d.docNumber === '兴政函〔2022〕61号')?.title).toBe('关于申请省道嵒大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示')
  })
})

describe('a band line under the upper band’s last left line (county-docx-2col-b.txt page 8)', () => {
  it('ends the upper band’s left column with that line and its right column with the 附注', () => {
    const { after } = readOrder(bandStreams(longest(page(799, 927).map((l) => (l.text === '-8-' ? { ...l, text: '' } : l))), ctx, anchors))
    after('有证建设项目,住建局为责任单位;工业企业及新', '扩建项目农民工工资问题')
    after('扩建项目农民工工资问题,工信局为责任单位;门', '市、酒店、KTV')
    after('二〇二二年五月十二日', '公开属性：主动公开')
    after('公开属性：主动公开', '兴政办函〔2022〕3 号')
    after('和效率，全面推动县乡机关工作提标提质提效，', '更好地服务发展')
  })

  it('gives the 通知 its recipients and first paragraph whole in the whole issue', () => {
    const doc = parseIssue(file).documents.find((d) => d.docNumber === '兴政办函〔2022〕3号')
    const got = new Set(doc?.blocks.map((b) => flat(b.text)))
    for (const p of truth.find((d) => d.docNumber === '兴政办函〔2022〕3号')!.paragraphs.slice(0, 3)) expect(got.has(flat(p))).toBe(true)
  })
})
