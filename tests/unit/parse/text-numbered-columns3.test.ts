// A three-column page's numbered paragraphs placed by their numbers alone (text-numbered-columns3.ts),
// and the three-stream reading held to them where the joins hardly tell two columns apart
// (text-three-columns.ts). Real lines of a tuning file (city-web-3col-b page 6), and made-up runs.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { blankFurniture, pageStarts } from '../../../src/main/importer/parse/text-pages'
import { numberedColumns } from '../../../src/main/importer/parse/text-numbered-columns3'
import { threeColumns } from '../../../src/main/importer/parse/text-three-columns'
import type { Unit } from '../../../src/main/importer/parse/text-joins'
import { typesetText as text } from '../../support/typeset-files'

const unit = (t: string, line: number): Unit => ({ line, text: t, blankBefore: true, mergedRight: false, alone: true })

/** city-web-3col-b's page 6 (its .txt lines 874-1166), its first run as the three-column reading takes it. */
function page6(): { run: Unit[]; ctx: { full: number; grams: ReturnType<typeof countBigrams> } } {
  const all = text('city-web-3col-b')
  const lines = blankFurniture(splitLines(all), 0)
  const starts = pageStarts(lines)
  const p = starts.indexOf(874)
  const [run] = pieceRuns(lines, starts[p], starts[p + 1], 34)
  return { run, ctx: { full: 34, grams: countBigrams(all.split('\n')) } }
}

describe('the columns a run’s numbered paragraphs stand in', () => {
  it('are those of the one cut of the numbers into three stretches each written in order', () => {
    // 一、 二、 down the left column, 三、 to 六、 the middle one, 七、 to 九、 the right one, written
    // row by row and each column's heads on other rows: the right one's 七、 first.
    const run = ['七、甲', '三、乙', '一、丙', '八、丁', '四、戊', '二、己', '五、庚', '九、辛', '六、壬'].map(unit)
    expect(numberedColumns(run)).toEqual([2, 1, 0, 2, 1, 0, 1, 2, 1])
  })

  it('leaves a number whose column two cuts disagree on, and lists that repeat or skip a number', () => {
    // 一、 二、 三、 四、 written in order fit any cut: no column is known.
    expect(numberedColumns(['一、甲', '二、乙', '三、丙', '四、丁'].map(unit))).toBeNull()
    // Two documents' lists (一、 twice), or a gap (五、 missing): not one list's numbers.
    expect(numberedColumns(['三、甲', '一、乙', '二、丙', '一、丁', '四、戊'].map(unit))).toBeNull()
    expect(numberedColumns(['六、甲', '三、乙', '一、丙', '七、丁', '四、戊', '二、己'].map(unit))).toBeNull()
  })

  it('are the page’s own on city-web-3col-b page 6', () => {
    // (四) (五) head the left column, (六) (七) the middle one, (八) to (十一) the right one.
    const { run } = page6()
    const held = numberedColumns(run) ?? []
    const at = (start: string): number => held[run.findIndex((u) => u.text.trim().startsWith(start))]
    expect(['（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）', '（十一）'].map(at)).toEqual([0, 0, 1, 1, 2, 2, 2, 2])
  })
})

describe('a three-column reading held to its numbering (city-web-3col-b page 6)', () => {
  it('keeps two columns’ lines apart where the joins traded them', () => {
    // On the page's row 38 the left column reads on with '部门要根据实际情况确定规范性文件合' and the
    // middle one with '合法性审核机制对确保规范性文件合法'; the joins alone read the twelve rows from
    // there the other way round (and '保各项工作落实到位。' after the right column's last line).
    // Held to the numbering ((四) left, (六) middle), the table finds the page's own reading, and
    // reads it cheaper than the one it chose without.
    const { run, ctx } = page6()
    const read = threeColumns(run, ctx, () => Infinity, true)
    const column = (start: string): number => read?.streams.findIndex((s) => s.some((k) => run[k].text.trim().startsWith(start))) ?? -1
    expect(column('部门要根据实际情况确定')).toBe(0)
    expect(column('合法性审核机制对确保')).toBe(1)
    const right = read?.streams[2].map((k) => run[k].text.trim()) ?? []
    expect(right.indexOf('保各项工作落实到位。')).toBeLessThan(right.indexOf('质和业务能力。'))
  })
})
