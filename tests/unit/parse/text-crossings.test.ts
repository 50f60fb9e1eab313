// Streams that cross on a page written line by line (tests/fixtures/typeset/tuning): one join that
// reads well by chance ('…回收利用' / '固体废物…') leads the reading to trade the columns' lines
// mid-page, a stay that leaves the other stream open mid-sentence. The excerpts are real lines of
// the tuning files; the paragraphs expected are those files' truth.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams, runsOf } from '../../../src/main/importer/parse/text-streams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { gapsMidSentence, readingCost, undoCrossings } from '../../../src/main/importer/parse/text-crossings'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

const streamed = (name: string, from: number): string =>
  flat(readStreams(blankFurniture(splitLines(text(name)), from), from).filter((l) => !isBlank(l.text)).map((l) => l.text).join(''))

/** A page's lines, each its own piece (blank lines between): the one run they make at `full`. */
const runOfPage = (page: string[], full: number) => {
  const lines = splitLines(page.join('\n\n'))
  return runsOf(lines, 0, lines.length, full)[0]
}
/** The join context of a column `full` wide, with the bigrams of a fixture's whole text. */
const contextOf = (full: number, layout: string) => ({ full, grams: countBigrams(splitLines(text(layout)).map((l) => l.text)) })

describe('two streams that cross mid-page', () => {
  it('are traded back where one stays while the other is left open mid-sentence', () => {
    // prov-2col-song.txt page 23: '…着力解决当前' goes on '固体废物产生量大…' (the left column), and
    // '…各类固体废物回收利用' goes on '无害化处置试点…' (the right), though 利用固体废物 reads well.
    const out = streamed('prov-2col-song', 30)
    const paras = truth('prov-2col-song').flatMap((d) => d.paragraphs)
    for (const start of ['坚持问题导向，注重创新驱动。', '（二）工作目标。', '统筹城市发展与固体废物管理']) {
      const p = paras.find((x) => x.startsWith(start))
      expect(p, start).toBeDefined()
      expect(out).toContain(flat(p ?? ''))
    }
  })

  it('finds the stay that leaves a line open mid-sentence, and trades the lines after it', () => {
    // The same page's lines, a line of each column in turn; the reading crossed at the fourth pair.
    const page = [
      '坚持问题导向，注重创新驱动。着力解决当前',
      '范基地、已开展或正在开展各类固体废物回收利用',
      '固体废物产生量大、利用不畅、非法转移倾倒、处',
      '无害化处置试点并取得积极成效的城市。',
      '置设施选址难等突出问题，统筹解决本地实际问题',
      '二、主要任务',
      '与共性难题，加快制度、机制和模式创新，推动实',
      '（一）强化顶层设计引领，发挥政府宏观指导作',
    ]
    const run = runOfPage(page, 44)
    const ctx = contextOf(44, 'prov-2col-song')
    const crossed = [0, 1, 1, 0, 1, 0, 1, 0]
    expect(gapsMidSentence(run, crossed, 44)).toEqual([2])
    const { columns, delta } = undoCrossings(run, crossed, ctx)
    expect(columns).toEqual([0, 1, 0, 1, 0, 1, 0, 1])
    expect(delta).toBeCloseTo(readingCost(run, columns, ctx) - readingCost(run, crossed, ctx))
  })

  it('leaves a stay among a name list’s short lines alone: a list has no baseline grid to keep', () => {
    // prov-2col-bands.txt page 3: the right column lists names and posts beside the left's prose.
    const page = ['资委、税务总局、扶贫办 9 个部门和单位组成，教育', '尧', '连维良', '发展改革委副主任', '部为牵头单位。']
    const run = runOfPage(page, 44)
    expect(gapsMidSentence(run, [0, 1, 1, 1, 0], 44)).toEqual([])
  })

  it('trades the lines after a stay that puts a closing under its own open line', () => {
    // city-2col-flow.txt page 8, written a line of each column in turn: '…积极研究办好新时代' (the
    // right column, open at its edge) goes on '职业教育的有关问题…', and the left column's '国务院'
    // signs over '2018 年 11 月 20 日'; the reading crossed there, as '国务院职业…' reads well.
    const page = [
      '附件：国务院职业教育工作部际联席会议制度',
      '四、工作要求',
      '国务院',
      '各成员单位要按照职责分工，积极研究办好新时代',
      '2018 年 11 月 20 日',
      '职业教育的有关问题，制定相关配套政策措施或提出政',
      '（此件公开发布）',
      '策建议；及时向联席会议办公室提出需联席会议讨论的',
    ]
    const run = runOfPage(page, 48)
    const ctx = contextOf(48, 'city-2col-flow')
    const crossed = [0, 1, 0, 1, 1, 0, 1, 0]
    expect(gapsMidSentence(run, crossed, 48)).toEqual([4])
    expect(undoCrossings(run, crossed, ctx).columns).toEqual([0, 1, 0, 1, 0, 1, 0, 1])
  })
})
