// Short paragraphs of one line each, set flush at the first-line indent (a source typed with a
// hard break per line): a line that stops about an em short of the edge only looks centred; the
// line above it starts at the same indent, so each is a paragraph's first line, on one page or
// across a column or page break (county-xe-kai-inner, county-lo-tabletoc in
// tests/fixtures/typeset/tuning; their truth keeps each line a paragraph).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')

async function paragraphs(layout: string, title: string): Promise<string[]> {
  const file = path.join(TUNING, layout, `${layout}.pdf`)
  const source = await readSource(new Uint8Array(readFileSync(file)), path.basename(file))
  const doc = parseIssue({ text: source.text, lines: source.lines }).documents.find((d) => d.title.includes(title))
  return (doc?.blocks ?? []).map((b) => b.text.replace(/\s+/g, ''))
}

describe('one-line paragraphs at the first-line indent (PDF)', () => {
  it('keeps each apart on a page and across a page break (county-xe-kai-inner)', async () => {
    const texts = await paragraphs('county-xe-kai-inner', '禁毒委员会')
    // On one column: the first line ends short, the next three look centred at the indent.
    for (const line of ['委员会下设办公室，办公室设在县', '公安局禁毒大队，县禁毒办主任由刘旭耀', '同志兼任，副主任由杨旭兵同志兼任，具']) {
      expect(texts).toContain(line)
    }
    // The last line of page 11's column, then the first of page 12's: both at the indent.
    expect(texts).toContain('领导小组组成人员如有变动，由现履')
    expect(texts).toContain('职人员自行替补，领导小组办公室及时动')
  }, 60_000)

  it('keeps apart lines that all look centred at the indent (county-lo-tabletoc)', async () => {
    const texts = await paragraphs('county-lo-tabletoc', '风险补偿基金')
    for (const line of ['成员：县农业农村局、县现代农业发', '展服务中心、县中小企业服务中心、县财', '政局、县审计局、县规划和自然资源局、']) {
      expect(texts).toContain(line)
    }
  }, 60_000)
})
