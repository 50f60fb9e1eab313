// Two streams' numbering read over the whole run (text-label-order.ts): within one column （八）
// goes on to （九）, 1. to 2.; a reading whose streams crossed breaks that run of numbers. The
// lines are real lines of the tuning files (tests/fixtures/typeset/tuning).
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams, runsOf } from '../../../src/main/importer/parse/text-streams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { mendNumbering, numberBreaks, numberOf } from '../../../src/main/importer/parse/text-label-order'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

const streamed = (name: string): string =>
  flat(readStreams(blankFurniture(splitLines(text(name)), 0), 0).filter((l) => !isBlank(l.text)).map((l) => l.text).join(''))

describe('a paragraph’s number', () => {
  it('is read with its family, in hanzi or digits', () => {
    expect(numberOf('（十一）允许自贸试验区创新推出与国际接轨')).toEqual({ family: '（一）', n: 11 })
    expect(numberOf('(二) 做好协调配合')).toEqual({ family: '（一）', n: 2 })
    expect(numberOf('三、实施方法')).toEqual({ family: '一、', n: 3 })
    expect(numberOf('14. 兴县农业农村局')).toEqual({ family: '1.', n: 14 })
    expect(numberOf('第二十四条　以隐瞒真实情况、弄虚作假手段')).toEqual({ family: '第一条', n: 24 })
    // A date or a decimal opens no paragraph.
    expect(numberOf('2022.5 全县完成')).toBeNull()
    expect(numberOf('各乡（镇）人民政府、县直各有关单位：')).toBeNull()
  })
})

describe('the numbering of two streams', () => {
  // city-web-2col.txt page 3: the right column's items （八）（九）（十） beside the left column's
  // （一）（二）, each line alone on its text line.
  const lines = ['（八）对于自贸试验区内为本省（市）服务的', '（一）借鉴北京市服务业扩大开放综合试点经', '（九）卫生健康行政部门对自贸试验区内的社', '（二）编制下达全国土地利用计划时，考虑自', '（十）自贸试验区内医疗机构可根据自身的技']
  const nums = lines.map(numberOf)

  it('breaks where the streams cross, and runs on where each holds its own column', () => {
    expect(numberBreaks(nums, [0, 1, 0, 1, 0]).count).toBe(0)
    // （八）（一）（九）… in one stream: （一） starts a list again, （九） follows neither.
    const crossed = numberBreaks(nums, [0, 1, 1, 0, 0])
    expect(crossed.count).toBeGreaterThan(0)
    expect(crossed.at).toContain(2)
  })

  it('is mended by trading the streams’ lines where the joins alone crossed them', () => {
    const source = splitLines(lines.join('\n\n'))
    const run = runsOf(source, 0, source.length, 44)[0]
    const ctx = { full: 44, grams: countBigrams(splitLines(text('city-web-2col')).map((l) => l.text)) }
    const crossed = [0, 1, 1, 0, 0]
    const mended = mendNumbering(run, crossed, ctx)
    expect(numberBreaks(nums, mended).count).toBe(0)
    // A reading whose numbering runs on is left as it is.
    expect(mendNumbering(run, [0, 1, 0, 1, 0], ctx)).toEqual([0, 1, 0, 1, 0])
  })
})

describe('a page whose joins crossed the streams mid-page', () => {
  it('is read with each column’s numbering running on', () => {
    // city-xe-dense.txt page 11: the left column's 一、（一）（二）（三）… beside the right column's
    // 二、三、 of another document; the joins alone traded the columns at '三、有关部门下一步…'.
    const out = streamed('city-xe-dense')
    const paras = truth('city-xe-dense').flatMap((d) => d.paragraphs)
    for (const start of ['（二）完善法人治理结构。', '（三）从事内容创作生产传播的公司', '三、有关部门下一步拟采取的措施。']) {
      const p = paras.find((x) => x.startsWith(start))
      expect(p, start).toBeDefined()
      expect(out).toContain(flat(p ?? ''))
    }
  })
})
