// Two columns set close together (tests/fixtures/typeset/tuning/city-xe-dense): pdftotext wrote
// their lines one of each in turn, and a document's closing (its signing units, date and public
// note) among the other column's lines. Where one document ends mid-column and another starts
// under it (a notice's closing, then the title of the plan it issues), a line left open
// mid-sentence in the other column must not read on into that title: the join across a comma
// ('…组织上有力，' / '兴县 2022 年度地质灾害防治方案', where '，兴' is printed often) reads well
// by chance. The paragraphs expected are the file's truth.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { runsOf } from '../../../src/main/importer/parse/text-streams'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'
import { flat } from '../../support/typeset-files'

const DIR = path.resolve(__dirname, '../../fixtures/typeset/tuning/city-xe-dense')
const text = readFileSync(path.join(DIR, 'city-xe-dense.txt'), 'utf8')
const truth = (JSON.parse(readFileSync(path.join(DIR, 'city-xe-dense.truth.json'), 'utf8')) as { documents: TruthDoc[] }).documents

describe('a plan’s title under its notice’s closing, on a page written line by line', () => {
  it('starts the plan in the notice that issues it, so the plan’s paragraphs stay in that document', () => {
    const issue = parseIssue(text)
    const title = '关于印发兴县2022年度地质灾害防治方案的通知'
    const doc = issue.documents.find((d) => flat(d.title) === flat(title))
    const want = truth.find((d) => flat(d.title) === flat(title))
    expect(doc).toBeDefined()
    expect(want).toBeDefined()
    const body = flat((doc?.blocks ?? []).map((b) => b.text).join(''))
    const whole = (want?.paragraphs ?? []).filter((p) => body.includes(flat(p)))
    // Before, the plan's body was read before the notice's title and went to the report above it
    // (8 of 54 paragraphs whole here); its headings and their paragraphs now stay in it.
    for (const p of ['一、2021 年地质灾害发生情况', '二、2022 年地质灾害发展趋势预测', '（一）全县地质灾害隐患点分布情况']) {
      expect(whole.map(flat), p).toContain(flat(p))
    }
    expect(whole.length).toBeGreaterThanOrEqual(40)
  })

  it('prices a title’s line after a line left open above a public note’s', () => {
    const page = ['不移推进，不折不扣完成，切实做到思想上重视，组织上有力，', '(此件公开发布)', '兴县 2022 年度地质灾害防治方案']
    const lines = splitLines(page.join('\n\n'))
    const [run] = runsOf(lines, 0, lines.length, 54)
    const ctx = { full: 54, grams: countBigrams(splitLines(text).map((l) => l.text)) }
    expect(joinCost(ctx, run[0], run[2])).toBeGreaterThan(joinCost(ctx, run[1], run[2]))
  })

  it('leaves a wrapped line of prose that ends in a 文种’s word as prose', () => {
    // A full line, as wide as the column: no title of its own, though it ends in 方案.
    const page = ['城乡绿色低碳建设运营商围绕兴县城乡规划及产业配套发展', '需求开展业务并按照县政府要求编制城乡绿色低碳发展方案']
    const lines = splitLines(page.join('\n\n'))
    const [run] = runsOf(lines, 0, lines.length, 54)
    const ctx = { full: 54, grams: countBigrams(splitLines(text).map((l) => l.text)) }
    expect(joinCost(ctx, run[0], run[1])).toBeLessThan(4)
  })
})
