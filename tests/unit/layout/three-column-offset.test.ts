// Pages of three columns in -layout text (prov-xe-toc2col.layout.txt, rows of pages 18 and 19)
// whose right column is set on other baselines than the two beside it (a title's lines pushed it
// half a line down), a letter-spaced line in the first column, and a line of the middle column
// that pdftotext cut after a full-width mark and wrote on the rows under it.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { rowKind } from '../../../src/main/importer/layout/text-layout-rows'

const TURNS = [
  '滇南省人民政府公报                                             2019 年第 2 期',
  '',
  '',
  '                                             2003 年 10 月 24 日至 26',
  '主要水污染治理任务，共 191 个水     虑。',
  '                                           日，温家宝总理率国务院有关部门',
  '环境保护项目。你省近日也制订           3. 关于森林生态效益补偿问',
  '                                           负责同志赴重庆市、湖北省考察。',
  '了《四川省长江上游水污染治理方        题。财政部会同林业局等有关部',
  '                                           对于你省在总理考察工作时提出',
  '案》（以下简称《方案》），在《规       门研究提出了办理意见：森林生',
  '                                           的问题和建议，有关部门认真进行',
  '划》的基础上新增了 228 个水环境     态效益补偿基金主要用于重点公',
  '                                           了研究，提出了办理意见，现将有',
  '保护项目，希望国家将其纳入《规        益林的保护和管理，在使用方向',
  '                                           关情况函复如下。',
  '划》，并给予资金支持。目前，环        上与天然林保护资金具有相同性。',
  '                                             一、关于支持荆南四河等连',
  '保总局正在对《规划》进行修订， 林业局与财政部商定，天保工程区',
  '                                           江支流的堤防建设问题。你省请',
  '同时将会同发展改革委、财政部、 在工程实施期间暂不实施森林生',
  '                                           求，中央加大对荆南四河堤防建设',
  '建设部等有关部门认真研究你省         态效益补偿的政策。由于你省在',
  '',
  '                                                           第 16 页',
]

const PUSHED = [
  '建议提案答复                                                       滇南省人民政府公报',
  '',
  '',
  '障部提出了办理意见：根据有关规            加强。三峡库区地质灾害群测群           专项经费问题，可另向财政部专题',
  '定，辅业改制企业职工解除劳动关            防和专业监测体系已初步建立，并          报告。',
  '系的经济补偿金的支付渠道是国             发挥了重要作用，坝前 135 米水位         附件：1. 国土资源部关于湖',
  '有企业的净资产，补偿金在职工自            蓄水 4 个月，成功预警 16 处滑坡。 北省巴东县官渡口镇马鬃山村地',
  '愿的基础上可转成改制企业的股             但从现在到 2009 年，',
  '                                       随着三、四期       质险情调研情况的报告',
  '权或债权，职工在与国有企业解除            工程蓄水，将是库区地质灾害的高            2. 湖北省巴东县官渡口镇马',
  '劳动关系的同时，可与改制企业重            发期，需要监测的地质灾害点进一          鬃山村地质险情调查专家组意见',
  '新签订劳动合同，重新就业。因此， 步增多，',
  '                    监测的内容也逐步增加，',
  '                              监                               国务院办公厅',
  '企业主辅分离改制分流不存在补             测手段需要改进，监测信息系统需              二〇〇四年十一月四日',
  '助问题。                       要进一步完善。国土资源部会同             附件 1',
  '   三、 关 于 建 设 项 目 问 题。 你   有关部门将在三期工程规划中，根            关于湖北省巴东县官渡口镇',
  '省请求，国家在重点产业和重大建            据实际情况编制监测经费预算，增          马鬃山村',
  '设项目布局上给予倾斜。                加必要的监测资金，继续加强监测            地质险情调研情况的报告',
  '   发展改革委研究提出了办理            预警系统建设，切实提高库区地质            国务院：',
  '意见：将在编制国家“十一五”规            灾害监测预警水平。同时，进一步            为落实曾培炎副总理对《湖北',
  '划中，统筹考虑你省的要求。              建立健全组织机构和制度，坚持开          省人民政府关于恳请解决巴东县',
  '   四、关于加强对口支援问题。 展群测群防工作，确保库区人民生                    官渡口镇马鬃山村地质险情有关',
  '你省请求，国家比照三峡工程建设            命和财产安全。                  问题的请示》',
  '                                                         （鄂政文〔2004〕15 号）',
  '和移民安置对口支援的做法，在南                      国务院办公厅         的批示（办 761）',
  '                                                             ，我部于 2004 年 4',
  '水北调工程中继续实施对口支援，                 二〇〇四年三月二日           月 13 日至 15 日，组织以华中科技',
  '',
  '第 17 页',
]

const read = (rows: string[]): string[] => readLayoutColumns(`${rows.join('\n')}\n\f`).split('\n').map((r) => r.trim())

describe('a page in three columns whose right one is set on other baselines', () => {
  it('reads the first column, then the second, then the third', () => {
    const page = read(TURNS)
    const first = page.indexOf('建设部等有关部门认真研究你省')
    const second = page.indexOf('林业局与财政部商定，天保工程区')
    const third = page.indexOf('负责同志赴重庆市、湖北省考察。')
    expect(page.indexOf('主要水污染治理任务，共 191 个水')).toBeGreaterThan(0)
    expect(first).toBeGreaterThan(0)
    expect(second).toBeGreaterThan(first)
    expect(third).toBeGreaterThan(second)
  })
})

describe('a lone space in a letter-spaced line', () => {
  it('is no gutter: the cut is where the spacing stops', () => {
    const row = rowKind('  环 保 总 局 会 同 发 展 改 革 委、 研究提出了办理意见：延长补助年', 22, 15)
    expect(row.kind === 'both' && row.left).toBe('  环 保 总 局 会 同 发 展 改 革 委、')
    expect(row.kind === 'both' && row.right.trim()).toBe('研究提出了办理意见：延长补助年')
  })
})

describe('a middle column line cut after a mark and written on the rows under it', () => {
  const page = read(PUSHED)

  it('does not part the page: the first column is read whole before the second', () => {
    const left = page.indexOf('水北调工程中继续实施对口支援，')
    const middle = page.indexOf('加强。三峡库区地质灾害群测群')
    expect(page.indexOf('企业主辅分离改制分流不存在补')).toBeGreaterThan(0)
    expect(left).toBeGreaterThan(0)
    expect(middle).toBeGreaterThan(left)
  })

  it('keeps the pieces in the middle column, in order', () => {
    const at = page.indexOf('步增多，')
    expect(at).toBeGreaterThan(page.indexOf('发期，需要监测的地质灾害点进一'))
    expect(page[at + 1]).toBe('监测的内容也逐步增加，')
  })
})
