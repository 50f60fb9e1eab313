// Three-column pages in plain text (Chromium's print, pdftotext's default mode): a reading whose
// columns went round one place mended by its numbering (text-label-order3.ts), and two runs parted
// by a 文号 set in a column read down each column across it (text-stitch3.ts). Real lines of tuning files.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { threeStreamsLate } from '../../../src/main/importer/parse/text-streams3-late'
import { breaks3, mendNumbering3 } from '../../../src/main/importer/parse/text-label-order3'
import { numberOf } from '../../../src/main/importer/parse/text-label-order'
import { stitchAcrossNumbers } from '../../../src/main/importer/parse/text-stitch3'
import type { Unit } from '../../../src/main/importer/parse/text-joins'
import { typesetText as text } from '../../support/typeset-files'

/** A tuning file's lines `from` to `to` as the three-column reading takes them, and its pair counts. */
function page(name: string, from: number, to: number, full = 34): { lines: ReturnType<typeof splitLines>; ctx: { full: number; grams: ReturnType<typeof countBigrams> } } {
  const all = text(name)
  const lines = blankFurniture(splitLines(all), 0).slice(from, to)
  return { lines, ctx: { full, grams: countBigrams(all.split('\n')) } }
}

describe('a reading whose three columns went round one place from a line on (county-web-3col)', () => {
  it('is mended by its numbering when no two columns trading their lines mend it', () => {
    // county-web-3col.txt lines 1909-2073: the rows read the page's lower part one column off, the
    // left column's '四、组织领导' in the right one and the middle one's '（四）认真履职，严肃…' in the
    // left one: the numbering breaks twice ('五、' before '四、', '（四）' before '（三）'). Moved
    // round from there on, each column reads on in its own lines.
    const { lines, ctx } = page('county-web-3col', 1909, 2074, 30)
    const [run] = pieceRuns(lines, 0, lines.length, ctx.full)
    const read = threeStreamsLate(run, ctx)
    const nums = run.map((u) => numberOf(u.text))
    expect(breaks3(nums, read?.streams ?? []).count).toBe(2)
    const mended = mendNumbering3(run, read?.streams ?? [], ctx)
    expect(breaks3(nums, mended).count).toBe(0)
    const column = (start: string): number => mended.findIndex((s) => s.some((k) => run[k].text.trim().startsWith(start)))
    expect(column('（四）认真履职')).toBe(column('（三）依法关闭'))
    expect(column('四、组织领导')).toBe(0)
  })
})

describe('two runs of a three-column page parted by a 文号 set in a column (city-web-3col-b)', () => {
  // city-web-3col-b.txt page 9 (a few of its rows): the middle column's document closes ('特此通知。'),
  // the next one's 文号 stands under it; pdftotext writes the rest of that row (the right column's
  // '内。') and the left column's next line before the title's block under the 文号.
  const texts = ['人，现予以公布。', '', '目资本金1.5亿元。特此通知。', '', '0.2667公顷，本项目不在城镇开发边界', '', '兴政函〔2022〕51号', '', '内。', '', '一、传统技艺（共', '', '兴县人民政府关于将新建兴县', '至保德县地方铁路二期工程瓦']
  const lines = texts.map((t, i) => ({ no: i + 1, text: t }))
  const unit = (line: number): Unit => ({ line, text: texts[line], blankBefore: true, mergedRight: false })
  const above = { run: [0, 2, 4].map(unit), seq: ['x'], streams: [[0], [1], [2]] }
  const below = { run: [8, 10, 12, 13].map(unit), seq: ['x'], streams: [[1], [2, 3], [0]] }

  it('are read down each column across the 文号: the other columns’ lines under it stay in their documents', () => {
    const [one, ...rest] = stitchAcrossNumbers(lines, [above, below])
    expect(rest).toHaveLength(0)
    expect(one.seq?.filter((t) => t !== '')).toEqual(['人，现予以公布。', '一、传统技艺（共', '目资本金1.5亿元。特此通知。', '兴政函〔2022〕51号', '兴县人民政府关于将新建兴县', '至保德县地方铁路二期工程瓦', '0.2667公顷，本项目不在城镇开发边界', '内。'])
  })

  it('stay apart where the title does not open a column under the cut, or a line other than the 文号 parts them', () => {
    expect(stitchAcrossNumbers(lines, [above, { ...below, streams: [[1, 2, 3], [], [0]] }])).toHaveLength(2)
    const wide = lines.map((l, i) => (i === 7 ? { ...l, text: '国务院办公厅' } : l))
    expect(stitchAcrossNumbers(wide, [above, below])).toHaveLength(2)
  })
})
