// A running head the page furniture left in (county-xe-issuer in tests/fixtures/typeset/tuning
// prints the 栏目 in one top corner, the gazette and 期 in the other, alternating) stands well above
// the column's text. It is the page's first line in that column, but no continuation of the
// paragraph the page before ended mid-sentence: the paragraph goes on with the line under it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'

const FILE = path.resolve(__dirname, '../../fixtures/typeset/tuning/county-xe-issuer/county-xe-issuer.pdf')

describe('a running head above a page break inside a paragraph (PDF)', () => {
  let lines: string[] = []
  let paragraphs: string[] = []

  beforeAll(async () => {
    const source = await readSource(new Uint8Array(readFileSync(FILE)), path.basename(FILE))
    lines = source.lines.map((l) => l.text.replace(/\s+/g, ''))
    const issue = parseIssue({ text: source.text, lines: source.lines })
    paragraphs = issue.documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s+/g, '')))
  }, 60_000)

  it('joins the paragraph across the break without the head', () => {
    // Page 6 ends '…幼儿和残疾人等人群的', page 7 opens with the head '部门文件', then '健身指导服务；…'.
    expect(paragraphs.some((l) => l.includes('残疾人等人群的健身指导服务；'))).toBe(true)
    expect(lines.some((l) => l.includes('人群的部门文件'))).toBe(false)
    // Page 7 ends '…建立全民健身赛事活动安全', page 8 opens with the gazette's name and 期.
    expect(paragraphs.some((l) => l.includes('赛事活动安全防范、应急保障机制'))).toBe(true)
    expect(lines.some((l) => /安全兴县人民政府公报/.test(l))).toBe(false)
  })

  it('leaves the head a line of its own, for the running-head pass', () => {
    expect(lines).toContain('部门文件')
    expect(lines.filter((l) => l === '兴县人民政府公报2022年第16期').length).toBeGreaterThan(3)
  })
})
