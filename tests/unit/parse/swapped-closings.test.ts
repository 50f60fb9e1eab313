// city-xe-dense.txt (tests/fixtures/typeset/tuning): pdftotext interleaves two columns line by
// line, and 兴政函〔2022〕47号 was read with 55号's closing (6月9日) while 55号, left with none, was
// given 47号's (5月26日, CLOSING_MOVED). 47号's wrong date was silent: two documents of one series
// dated against their 文号 order, the other's closing moved, make both doubtful; series-closings.ts
// trades such closings back (series-closings.test.ts). Since a title's line no longer reads on
// from a line left open (text-joins.ts), the page is read with each closing under its own
// document: both dates come out right with no closing moved.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../src/shared/domain'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { invertedPartner } from '../../../src/main/importer/parse/issue-doubts'

const reply = (no: number, date: string): ParsedDocument => ({ docNumber: `兴政函〔2022〕${no}号`, date }) as unknown as ParsedDocument

describe('two documents of one series dated against their 文号 order', () => {
  it('names each as the other’s partner, only when weeks apart', () => {
    const [a, b] = [reply(47, '2022-06-09'), reply(55, '2022-05-26')]
    expect(invertedPartner(a, [a, b])).toBe(b)
    expect(invertedPartner(b, [a, b])).toBe(a)
    const [c, d] = [reply(43, '2022-05-24'), reply(45, '2022-05-23')]
    expect(invertedPartner(c, [c, d])).toBeNull()
    expect(invertedPartner(a, [a, b, reply(61, '2022-06-15')])).toBeNull()
  })

  it('reads each with its own closing (city-xe-dense.txt), no closing moved', () => {
    const text = readFileSync('tests/fixtures/typeset/tuning/city-xe-dense/city-xe-dense.txt', 'utf8')
    const docs = parseIssue(text).documents
    const at47 = docs.find((d) => d.docNumber === '兴政函〔2022〕47号')
    const at55 = docs.find((d) => d.docNumber === '兴政函〔2022〕55号')
    expect([at47?.date, at55?.date]).toEqual(['2022-05-26', '2022-06-09'])
    expect(at47?.reasons?.map((r) => r.code)).not.toContain('CLOSING_MOVED')
    expect(at55?.reasons?.map((r) => r.code)).not.toContain('CLOSING_MOVED')
  })
})
