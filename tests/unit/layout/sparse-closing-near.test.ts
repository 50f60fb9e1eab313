// swap-xe-unbal-b8's -layout text (text-swap round 7, prov-xe-unbal-b's look): a page whose right
// column holds a document's rest and closing alone at its top (its last sentence, signature, date,
// public note), beside a left column running down the page through the next document's name list.
// No gutter shows with so few right-column rows, so the page is read as sparse (text-layout-sparse.ts).
// One of the five rows has its right line a single space after a full left line ('…应用的支持，
// 小组办公室提出，…'), which cut the closing's rows short: the page stayed as written, and the
// date and public note went to no document.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

describe('a closing at the right column’s top, one row set a space from a full left line (swap-xe-unbal-b8.layout.txt)', () => {
  const read = readLayoutColumns(typesetText('swap-xe-unbal-b8', 'layout.txt'))
  const page = read.split('\f').find((p) => p.includes('员因工作变动'))!.split('\n').map((l) => l.trim()).filter((l) => l !== '')

  it('reads the left column down the page, then the closing', () => {
    const at = (s: string): number => page.findIndex((l) => l.startsWith(s))
    expect(at('小组办公室提出，报领导小组组长审批。')).toBe(at('员因工作变动等需要调整的') + 1)
    expect(at('员因工作变动等需要调整的')).toBe(at('任由生态环境部副部长赵英民兼任。领导小组成') + 1)
    expect(page.indexOf('关标准，形成对政府网站及电子政务应用的支持，')).toBe(at('办等单位一起') + 1)
  })

  it('sets the closing’s first line at the column’s edge, where the rows after three spaces start: no indent opens a paragraph there', () => {
    const raw = read.split('\f').find((p) => p.includes('员因工作变动'))!.split('\n')
    expect(raw.find((l) => l.includes('员因工作变动'))).toMatch(/^员因工作变动/)
  })

  it('gives the document its date and public note', () => {
    const doc = parseIssue(read).documents.find((d) => d.docNumber === '国办函〔2018〕74号')
    expect(doc).toMatchObject({ date: '2018-11-05', public: true })
  })
})
