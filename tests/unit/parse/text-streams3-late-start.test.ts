// A column that starts lower than the others in a three-column run (text-streams3.ts EMPTY_START):
// county-web-3col-names.txt page 5, lines 753-829. Under the 栏目 banner the left and middle
// columns hold 兴政函〔2022〕50号's body; the right column opens 兴政函〔2022〕43号 with its 文号 and
// its title in a larger type, which pdftotext writes only after eight rows of the other two. The
// excerpt is real text of the tuning file.
import { describe, expect, it } from 'vitest'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { threeStreams } from '../../../src/main/importer/parse/text-streams3'
import { typesetText as text } from '../../support/typeset-files'

const page = [
    '县经济技术开发区管理委员会：',
    '',
    '蒲滩村通村路，南至218省道北180米，',
    '',
    '你单位上报的《关于申请批复兴县',
    '',
    '西至高家崖村通村路，北至高家崖村居',
    '',
    '经济技术开发区控制性详细规划',
    '',
    '民区南侧、马蒲滩村居民区南侧。东区',
    '',
    '（2021-2035）的请示》（兴经开管发',
    '',
    '规划面积1.00平方公里，四至范围为：',
    '',
    '〔2022〕19号）已收悉。经审定，现批',
    '',
    '东至斜沟煤矿东120米，南至白家塔村',
    '',
    '复如下：',
    '',
    '北界北110米，西至斜沟煤矿西60米，',
    '',
    '一、原则同意兴县经济技术开发区',
    '控制性详细规划（2021-2035）。',
    '二、规划四至范围：本次规划总面',
    '',
    '北至斜沟煤矿运煤铁路线。',
    '三、原则同意控规确定的用地布局',
    '及开发强度的各项指标。规划控制线、',
    '',
    '兴政函〔2022〕43号',
    '',
    '兴县人民政府关于兴县殡仪',
    '馆及骨灰堂建设项目国有建',
    '设用地使用权划拨方案的请',
    '示的批复',
    '县自然资源局：',
    '你局《关于兴县殡仪馆及骨灰堂建',
    '',
    '积19.78平方公里，分为瓦塘工业园区',
    '',
    '用地性质、用地面积、容积率、配套设',
    '',
    '设项目国有建设用地使用权划拨方案的',
    '',
    '（西区、东区）和魏家滩工业园区（西',
    '',
    '施、建筑系数（强度）、投资强度做为',
    '',
    '请示》（兴自然资字〔2022〕61号）已',
    '',
    '区、东区）。',
    '',
    '强制性指标必须严格按照控规执行。',
    '',
    '收悉。经研究，原则同意该方案，现将',
    '主要事项批复如下：',
    '',
    '1. 瓦塘工业园区总面积18.16平方',
    '',
    '四、本规划作为指导今后该区域建',
    '',
    '公里，其中西区规划面积16.73平方公',
    '',
    '设活动的主要依据，规划区内的一切建',
    '',
    '一、同意将位于兴县奥家湾乡姚儿',
    '',
    '里，四至范围为：东至山西中铝华润有',
    '',
    '设活动必须符合控制性详细规划的要',
    '',
    '湾村的2022-02号宗地，面积为1.7773公',
    '',
    '限公司东700米，南至风头村南界，西',
].map((t, i) => ({ no: 753 + i, text: t }))

describe('a column whose first line comes rows late (a document’s head at its top)', () => {
  it('waits for it: the rows before it do not read the other columns’ lines into it', () => {
    const [run] = pieceRuns(page, 0, page.length, 34)
    const read = threeStreams(run, { full: 34, grams: countBigrams(text('county-web-3col-names').split('\n')) })
    expect(read).not.toBeNull()
    const column = (t: string): number => read!.columns[run.findIndex((u) => u.text === t)]
    // The left column's address and its body under it.
    expect(column('你单位上报的《关于申请批复兴县')).toBe(column('县经济技术开发区管理委员会：'))
    expect(column('〔2022〕19号）已收悉。经审定，现批')).toBe(column('县经济技术开发区管理委员会：'))
    // The right column: 43号's 文号, its address and its body, apart from the two others.
    const right = column('兴政函〔2022〕43号')
    expect(['县自然资源局：', '请示》（兴自然资字〔2022〕61号）已', '一、同意将位于兴县奥家湾乡姚儿'].map(column)).toEqual([right, right, right])
    expect(new Set([right, column('县经济技术开发区管理委员会：'), column('蒲滩村通村路，南至218省道北180米，')]).size).toBe(3)
  })
})
