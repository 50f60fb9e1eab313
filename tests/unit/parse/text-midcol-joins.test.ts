// What a document's head says of a reading of two columns pdftotext wrote line by line
// (city-xe-midcol-b.txt, a XeLaTeX issue whose documents start mid-column, the 文号 above each title):
// a document's date stands under its signature or its last sentence, never right under a line of
// its title (page 1: the title '国务院关于棉粮、糖粮挂钩奖售粮几个问题' / '的通知' in the left column
// beside the right column's '国务院' / '二〇〇四年六月二十六日', the streams crossed there). The
// excerpts are the file's lines; the paragraphs expected are its truth.
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'
import { typesetTruth, typesetText, flat } from '../../support/typeset-files'
import { unit, noGrams as grams } from './join-units'

const NAME = 'city-xe-midcol-b'
const text = typesetText(NAME)
const truth = typesetTruth(NAME)
const toc = tocAnchors([
  { category: '国务院文件', title: '国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知', docNumber: '国发〔1981〕88号', page: 1 },
  { category: '国务院文件', title: '国务院关于印发《国务院工作规则》的通知', docNumber: '国发〔2004〕18号', page: 1 },
])
let parsed: ReturnType<typeof parseIssue> | undefined
const issue = (): ReturnType<typeof parseIssue> => (parsed ??= parseIssue(text))
const blocksOf = (n: string): Set<string> => new Set(issue().documents.find((d) => d.docNumber === n)?.blocks.map((b) => flat(b.text)))
const truthOf = (n: string): TruthDoc => truth.find((d) => d.docNumber === n)!

describe('a date line under a title’s last line (city-xe-midcol-b.txt page 1)', () => {
  const ctx = { full: 44, grams, toc }
  const date = unit('二〇〇四年六月二十六日')

  it('costs more under the title’s line than under a signature', () => {
    expect(joinCost(ctx, unit('的通知'), date)).toBeGreaterThanOrEqual(joinCost(ctx, unit('国务院'), date) + 4)
  })

  it('says nothing without the 目录, or under a line no title of it holds', () => {
    expect(joinCost({ full: 44, grams }, unit('的通知'), date)).toBe(joinCost({ full: 44, grams }, unit('国务院'), date))
    expect(joinCost(ctx, unit('关于做好防汛工作的通知'), date)).toBe(joinCost(ctx, unit('国务院'), date))
  })

  it('gives 国发〔1981〕88号 its 主送机关, body and closing, and 18号 its 工作规则, in the whole issue', () => {
    const t = truthOf('国发〔1981〕88号')
    for (const p of t.paragraphs) expect(blocksOf('国发〔1981〕88号').has(flat(p))).toBe(true)
    const rules = truthOf('国发〔2004〕18号').paragraphs.filter((p) => /^(国务院工作规则|第一章|一、第十届)/.test(flat(p))).map(flat)
    expect(rules.length).toBe(3)
    for (const p of rules) expect(blocksOf('国发〔2004〕18号').has(p)).toBe(true)
  })
})

describe('a decimal opening a line under a line left open (city-xe-midcol-b.txt page 7)', () => {
  // The right column's '…11 月 19 日新疆喀喇昆仑' goes on '7.1 级中强地震或强震，…': the figure
  // '7.1' opens the sentence's rest, a full line, not a list's number '7.' under an open line.
  const ctx = { full: 44, grams }
  const open = unit('月 9 日南黄海 6.1 级和 11 月 19 日新疆喀喇昆仑')

  it('reads on from the open line as a plain line does, where a list’s number does not', () => {
    expect(joinCost(ctx, open, unit('7.1 级中强地震或强震，显示出我国大陆仍处在本'))).toBe(joinCost(ctx, open, unit('级中强地震或强震，显示出我国大陆仍处在本世纪')))
    expect(joinCost(ctx, open, unit('7. 加强地震监测预报工作，提高预报水平。'))).toBeGreaterThan(joinCost(ctx, open, unit('7.1 级中强地震或强震，显示出我国大陆仍处在本')))
  })

  it('keeps a short line opening with a decimal a heading (a decimal section’s number)', () => {
    expect(joinCost(ctx, open, unit('5.1 总体要求'))).toBeGreaterThan(joinCost(ctx, open, unit('总体要求')))
  })

  it('gives 国办发〔1997〕2号 its 主送机关, body, closing and the report it forwards, in the whole issue', () => {
    const paras = truthOf('国办发〔1997〕2号').paragraphs.map(flat)
    const wanted = paras.filter((p) => /^(各省、自治区|国家地震局《关于1997年|根据地震部门的预测|国务院办公厅$|一九九七年二月四日|国务院[：:]$|我局于1997年1月7日)/.test(p))
    expect(wanted.length).toBe(7)
    for (const p of wanted) expect(blocksOf('国办发〔1997〕2号').has(p)).toBe(true)
  })
})
