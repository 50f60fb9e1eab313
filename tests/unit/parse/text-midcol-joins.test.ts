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
