// The lines pdftotext wrote after a three-column page's folio, bottom-up a group at a time, read
// in reverse piece by piece (text-foot-order3.ts). Real lines of a tuning file
// (city-web-3col-c.txt lines 1539-1590, page 6's foot): each group is the right column's piece,
// the middle one's, the left one's two lines, a row above the group before; a column's foot
// written as one block in order follows.
import { describe, expect, it } from 'vitest'
import { footReversed } from '../../../src/main/importer/parse/text-foot-order3'
import type { Unit } from '../../../src/main/importer/parse/text-joins'

/** Pieces of lines (a piece's lines written together, a blank line before each piece). */
function unitsOf(pieces: string[][], foot: boolean): Unit[] {
  return pieces.flatMap((p) => p.map((text, k) => ({ line: 0, text, blankBefore: k === 0, mergedRight: false, ...(foot ? { foot: true } : {}) })))
}

const BEFORE = [['“化工围江”。'], ['77.湖北省枝江市']]
const AFTER = [
  ['87.广东省深圳市南山区打造“两'],
  ['略，推进高水平对外开放。'],
  ['合审图”，施工图审查进入“快车', '道”。'],
  ['提质提效。'],
  ['64.山东省济南市“加减并重”，'],
  ['法改革，实现“一个领域一支队伍”。', '43.江苏省淮安市开展“数字化联'],
  ['“城市大脑”助力“放管服”改革提速'],
  ['63.江西省上饶市多措并举，推进'],
  ['程”，扎实推进高水平开放。', '42.江苏省南通市推行县域综合执'],
  ['98.重庆市梁平区强化“人”、', '“地”、“钱”统筹，破解乡村发展瓶', '颈。', '99.重庆市忠县坚持“保基本、强', '基层、建机制”，推进公立医院改革。'],
]

describe('the part after a three-column page’s folio', () => {
  const run = [...unitsOf(BEFORE, false), ...unitsOf(AFTER, true)]
  const texts = (order: number[]): string[] => order.map((k) => run[k].text)

  it('reads its short pieces in reverse, so that each column goes down', () => {
    const foot = footReversed(run)
    expect(foot?.folio).toBe(1)
    const read = texts(foot?.order ?? [])
    // The lines before the folio keep their places.
    expect(read.slice(0, 2)).toEqual(['“化工围江”。', '77.湖北省枝江市'])
    // The left column's numbered items in their order, 42 before 43, each piece's lines in theirs.
    expect(read.indexOf('42.江苏省南通市推行县域综合执')).toBeLessThan(read.indexOf('法改革，实现“一个领域一支队伍”。'))
    expect(read.indexOf('程”，扎实推进高水平开放。') + 1).toBe(read.indexOf('42.江苏省南通市推行县域综合执'))
    expect(read.indexOf('43.江苏省淮安市开展“数字化联')).toBeLessThan(read.indexOf('合审图”，施工图审查进入“快车'))
    // The middle column's: 63 over 64.
    expect(read.indexOf('63.江西省上饶市多措并举，推进')).toBeLessThan(read.indexOf('64.山东省济南市“加减并重”，'))
    // The block written in order stays last.
    expect(read.slice(-5)).toEqual(AFTER[AFTER.length - 1])
  })

  it('leaves a page with only a few pieces after its folio as written', () => {
    expect(footReversed([...unitsOf(BEFORE, false), ...unitsOf(AFTER.slice(0, 3), true)])).toBeNull()
    expect(footReversed(unitsOf(BEFORE, false))).toBeNull()
  })
})
