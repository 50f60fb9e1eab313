// A document that starts mid-column, read from two columns pdftotext wrote line by line
// (city-xe-span-mid.txt page 8, a XeLaTeX issue): the left column runs on with the 通报's list of
// 130 entries ('109. 云南省德宏傣族景颇族自治州…' … '115. …'), while the right column ends its part of
// the list ('130. …量支持边疆建设。') and opens 国办发〔2018〕114号: its 文号 set over its title, then
// the 主送机关 and the body. The converter wrote the 文号 in one block with the left column's line at
// its height ('治理为重点的水污染防治攻坚战。' / '国办发〔2018〕114 号'), and the two columns' lists
// are told apart only by their numbers past 99. The excerpts are the file's lines; the paragraphs
// expected are its truth.
import { describe, expect, it } from 'vitest'
import { switchCost, SWITCH } from '../../../src/main/importer/parse/text-stays'
import { numberOf } from '../../../src/main/importer/parse/text-numbers'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { Unit } from '../../../src/main/importer/parse/text-joins'
import { typesetTruth, typesetText, flat } from '../../support/typeset-files'

const NAME = 'city-xe-span-mid'
const inBlock = (t: string): Unit => ({ line: 0, text: t, blankBefore: false, mergedRight: false })

let parsed: ReturnType<typeof parseIssue> | undefined
const issue = (): ReturnType<typeof parseIssue> => (parsed ??= parseIssue(typesetText(NAME)))
const blocksOf = (n: string): Set<string> => new Set(issue().documents.find((d) => d.docNumber === n)?.blocks.map((b) => flat(b.text)))
const truthOf = (n: string): string[] => typesetTruth(NAME).find((d) => d.docNumber === n)!.paragraphs.map(flat)

describe('a 文号 written in one block under the other column’s finished sentence', () => {
  const ended = inBlock('治理为重点的水污染防治攻坚战。')

  it('leaves the block as cheaply as after a blank line: it goes on from nothing', () => {
    expect(switchCost(ended, inBlock('国办发〔2018〕114 号'))).toBe(SWITCH)
  })

  it('keeps the block’s price for any other line, and for a 文号 under a line left open', () => {
    expect(switchCost(ended, inBlock('悬挂应急救援专用号牌有关事项的通知'))).toBeGreaterThan(SWITCH)
    expect(switchCost(inBlock('国务院办公厅关于国家综合性消防救援车辆'), inBlock('国办发〔2018〕114 号'))).toBeGreaterThan(SWITCH)
  })
})

describe('a list’s numbers past 99', () => {
  it('are numbers of the 1. family, as those below 100 are', () => {
    expect(numberOf('109. 云南省德宏傣族景颇族自治州立足区位优势')).toEqual({ family: '1.', n: 109 })
    expect(numberOf('99. 重庆市忠县坚持“保基本、强基层、建机制”')).toEqual({ family: '1.', n: 99 })
  })

  it('leave a year or a decimal alone', () => {
    expect(numberOf('2018. 年')).toBeNull()
    expect(numberOf('385.6 万元用于')).toBeNull()
  })
})

describe('the document that starts mid-column (city-xe-span-mid.txt page 8), in the whole issue', () => {
  it('gives 国办发〔2018〕114号 its 主送机关 and first paragraph', () => {
    const wanted = truthOf('国办发〔2018〕114号').filter((p) => /^(各省、自治区|根据《中共中央办公厅)/.test(p))
    expect(wanted.length).toBe(2)
    for (const p of wanted) expect(blocksOf('国办发〔2018〕114号').has(p)).toBe(true)
  })

  it('keeps under the 通报 its entries 109 to 121, the left column’s beside that head and the right column’s over it', () => {
    const entries = truthOf('国办发〔2018〕108号').filter((p) => /^1(09|1\d|2[01])\./.test(p))
    expect(entries.length).toBe(13)
    for (const p of entries) expect(blocksOf('国办发〔2018〕108号').has(p)).toBe(true)
  })
})
