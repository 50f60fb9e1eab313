// The 主送机关 line ends its block. In county-lo-towns.txt (tests/fixtures/typeset/tuning) the
// 人事任免 section is set in one column while the rest of the issue runs in two: the text's full
// width is the narrow column's, so the one-column recipients line (lines 678–679) looked as wide
// as a wrapped line and took the paragraph under it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const FILE = path.resolve(__dirname, '../../fixtures/typeset/tuning/county-lo-towns/county-lo-towns.txt')

describe('the recipients line of a one-column document in a two-column text (county-lo-towns.txt)', () => {
  const issue = parseIssue(readFileSync(FILE, 'utf8'))
  const doc = issue.documents.find((d) => d.title === '关于成立兴县2022年高标准农田建设项目领导组的通知')

  it('is a block of its own, the first; the paragraph under it starts the next', () => {
    expect(doc?.recipients).toBe('各乡（镇）人民政府、县直各有关单位')
    expect(doc?.blocks[0].text).toBe('各乡（镇）人民政府、县直各有关单位：')
    expect(doc?.blocks[1].text).toMatch(/^实施高标准农田建设是落实好藏粮于地/)
  })

  it('keeps every document’s first block a recipients line when it has one', () => {
    for (const d of issue.documents) if (d.recipients) expect(d.blocks[0].text).toBe(`${d.recipients}：`)
  })
})
