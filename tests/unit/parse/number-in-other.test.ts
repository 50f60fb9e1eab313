// A document whose 文号 the reading put into another document's body: its own head has none, so
// the 文号 is copied from the 目录, and alone that is a light doubt (NUMBER_FROM_TOC). But its 文号
// standing alone in another document says the reading order went wrong around its head, and its
// date and 附注 may have gone with it (city-web-3col-c's plain text: 兴政函〔2022〕54号 read under
// the document before, with the 公开属性 note, left its 附注 wrong and unflagged). Real text:
// county-1col-heads with 兴政发〔2022〕10号 moved from under its title into the plan before it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetFile } from '../../support/typeset-files'

const NUMBER = '兴政发〔2022〕10 号'

function issueWithNumberMoved() {
  const lines = readFileSync(typesetFile('county-1col-heads', 'txt'), 'utf8').split('\n')
  const at = lines.lastIndexOf(NUMBER)
  const [line] = lines.splice(at, 1)
  // Into the plan of 兴政发〔2022〕9号, between two of its paragraphs, a page before.
  const into = lines.findIndex((l) => l.startsWith('（十一）加大全民健身资金投入'))
  lines.splice(into, 0, line)
  return parseIssue(lines.join('\n'))
}

const codes = (d: { reasons?: readonly { code: string }[] }) => (d.reasons ?? []).map((r) => r.code)

describe('a 文号 read into another document', () => {
  it('makes the document it belongs to doubtful, not only the one holding it', () => {
    const docs = issueWithNumberMoved().documents
    const own = docs.find((d) => d.docNumber === '兴政发〔2022〕10号')
    const holder = docs.find((d) => d.docNumber === '兴政发〔2022〕9号')
    expect(codes(own!)).toEqual(expect.arrayContaining(['NUMBER_FROM_TOC', 'NUMBER_IN_OTHER']))
    expect(own!.confidence).toBeLessThan(0.7)
    expect(codes(holder!)).toContain('NEIGHBOUR_NUMBER')
  })

  it('is no doubt where each 文号 stands under its own title', () => {
    const docs = parseIssue(readFileSync(typesetFile('county-1col-heads', 'txt'), 'utf8')).documents
    expect(docs).toHaveLength(14)
    for (const d of docs) expect(codes(d)).not.toContain('NUMBER_IN_OTHER')
  })
})
