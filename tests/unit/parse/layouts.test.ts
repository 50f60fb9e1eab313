// Layouts unlike the sample: a 区 gazette from a PDF text layer, a Word export with CRLF.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { FIELDS, sampleText, truth } from './sample'

const dir = path.resolve(process.cwd(), 'tests/fixtures/layouts')
const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8')

describe.each(['qingshan-2023-01', 'dongguan-2023-03'])('fixture %s', (name) => {
  const issue = parseIssue(read(`${name}.txt`))
  const expected = JSON.parse(read(`${name}.expected.json`))

  it('reads meta, sections and warnings', () => {
    expect(issue.meta).toEqual(expected.meta)
    expect(issue.sections).toEqual(expected.sections)
    expect(issue.warnings).toEqual(expected.warnings)
  })

  it('reads every document field', () => {
    expect(issue.documents.map(({ blocks: _b, sources: _s, confidence: _c, reasons: _r, ...fields }) => fields)).toEqual(expected.documents)
  })
})

describe('layout specifics', () => {
  it('qingshan: joint issuers, 人事任免 without 文号, running heads and footers dropped', () => {
    const issue = parseIssue(read('qingshan-2023-01.txt'))
    expect(issue.documents[2].issuers).toEqual(['青山区财政局', '青山区发展和改革局'])
    expect(issue.documents[2].consult).toBeNull()
    expect(issue.documents[4]).toMatchObject({ docNumber: null, category: '人事任免', date: '2023-03-20' })
    const texts = issue.documents.flatMap((d) => d.blocks.map((b) => b.text)).join('\n')
    expect(texts).not.toMatch(/公报|— \d+ —|·7·|第 8 页/)
    expect(issue.documents[0].blocks.find((b) => b.kind === 'heading2')?.text).toMatch(/预算收入增长5%/)
  })

  it('dongguan: CRLF, [] 【】 and unbracketed 文号, Chinese-numeral date, table rows', () => {
    const issue = parseIssue(read('dongguan-2023-03.txt'))
    expect(issue.documents.map((d) => d.docNumberRaw)).toEqual(['东政发[2023]12号', '东政发2023年13号', '东政办发【2023】7号'])
    expect(issue.documents[1].date).toBe('2023-08-10')
    expect(issue.documents[2].blocks.filter((b) => b.kind === 'tableRow').map((b) => b.text)).toEqual([
      '序号\t检查内容\t责任单位',
      '1\t矿山安全\t县应急局',
      '2\t道路交通\t县交通局',
    ])
  })
})

describe('the sample as a Word export (one paragraph per line, no blank lines)', () => {
  const word = parseIssue(sampleText.split('\n').filter((l) => l.trim() !== '').join('\r\n'))

  it('gives the same documents and ≥ 90% of fields', () => {
    expect(word.documents.map((d) => d.docNumber)).toEqual(truth.documents.map((d) => d.docNumber))
    let right = 0
    truth.documents.forEach((t, i) => {
      for (const f of FIELDS) if (JSON.stringify(word.documents[i][f]) === JSON.stringify(t[f])) right++
    })
    expect(right / (truth.documents.length * FIELDS.length)).toBeGreaterThanOrEqual(0.9)
  })
})
