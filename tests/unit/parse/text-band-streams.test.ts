// A page written line by line that holds two bands (a Word section starting mid-page): the
// excerpt is county-lo-noto.txt's page 6 (lines 507–622, tests/fixtures/typeset/tuning), its
// truth read off the pdf: the 请示 (left, then right) over the 兴人社发〔2022〕9 号 通知 (left, then
// right, its attachment).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { bandStreams, holdTitle } from '../../../src/main/importer/parse/text-band-streams'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import type { Unit } from '../../../src/main/importer/parse/text-joins'
import { bandText, readOrder } from './band-fixture'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')
const file = readFileSync(path.join(TUNING, 'county-lo-noto', 'county-lo-noto.txt'), 'utf8')
const anchors = tocAnchors([
  { category: '县政府文件', title: '兴县人民政府关于申请省道嵒大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示', docNumber: '兴政函〔2022〕61号', page: 3 },
  {
    category: '部门文件',
    title: '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局 兴县住房和城乡建设管理局关于印发兴县依法关闭自备水井专项整治行动实施方案的通知',
    docNumber: '兴人社发〔2022〕9号',
    page: 4,
  },
])
const { ctx, page, longest } = bandText(file)
const lines = page(506, 622)
const run = (): Unit[] => longest(lines)

describe('a page of two bands written line by line (county-lo-noto.txt page 6)', () => {
  it('reads the upper band whole, then the lower band, each left column then right', () => {
    const { seq, after } = readOrder(bandStreams(run(), ctx, anchors))
    // The 请示's title and recipients, then its body at the right column's top.
    after('省交通运输厅：', '兴县省道嵒大线魏家滩至蔡家崖段')
    // Its closing, then the 通知's 文号 under the band line, its title and recipients.
    after('费用予以解决为盼。', '兴县人民政府')
    after('公开属性：主动公开', '兴人社发〔2022〕9 号')
    after('行动实施方案的通知', '各乡（镇）人民政府、县直各有关单位：')
    // The 通知's left column ends with its closing; the attachment fills the right column.
    expect(seq[seq.lastIndexOf('（此件公开发布）') + 1]).toBe('兴县依法关闭自备水井专项整治行动实施方案')
    after('导，以《地下水管理条例》为准则，以宣传教育、', '依法整治、强化管理为手段')
    expect(seq.indexOf('公开属性：主动公开')).toBeLessThan(seq.indexOf('兴人社发〔2022〕9 号'))
  })

  it('leaves a page without a closing right over the 目录’s 文号 to the two streams', () => {
    // The same page with the 请示's date and 附注 gone: nothing says a document closes above the 文号.
    const units = run().filter((u) => u.text !== '公开属性：主动公开' && u.text !== '二〇二二年六月十五日')
    expect(bandStreams(units, ctx, anchors)).toBeNull()
  })

  it('holds a 文号, the title the 目录 spells and the recipients in one column, the lines between in the other', () => {
    const units = run()
    const at = units.findIndex((u) => u.text.startsWith('兴人社发'))
    const held = holdTitle(units.slice(at), 0, anchors)
    const col = (s: string): number | undefined => held.find((u) => u.text.startsWith(s))?.column
    expect(col('兴县人力资源和社会保障局 兴县')).toBe(0)
    expect(col('行动实施方案的通知')).toBe(0)
    expect(col('各乡（镇）人民政府')).toBe(0)
    // The attachment's own title spells a piece of the 目录's title, yet stands beside it.
    expect(col('兴县依法关闭自备水井专项整治行动实施方案')).toBe(1)
    expect(col('一、指导思想')).toBe(1)
  })

  it('holds nothing but the 文号 when the lines after it do not spell its whole title', () => {
    const units: Unit[] = ['兴政函〔2022〕61 号', '费用予以解决为盼。', '兴县人民政府', '省交通运输厅：'].map((text, line) => ({ line, text, blankBefore: false, mergedRight: false }))
    expect(holdTitle(units, 0, anchors).map((u) => u.column)).toEqual([0, undefined, undefined, undefined])
  })
})
