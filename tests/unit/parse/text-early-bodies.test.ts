// pdftotext text of two typeset fixtures (tests/fixtures/typeset/tuning, arranged from real
// documents) where a document starts at the foot of a page's left column and goes on at the head
// of the right one: the text wrote the right column (its body, signed and dated) before the left
// column's foot (its title). city-xe-consult: 国办函〔2006〕82号's reply came after 国函〔2006〕38号's
// 附件, which was closed already (国务院, 二〇〇六年五月二十三日). county-xe-issuer: 兴政函〔2022〕51号's
// 承诺函 came after 兴政函〔2022〕39号's closing, with the next document's 文号 at its head.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { returnEarlyBodies } from '../../../src/main/importer/parse/text-early-bodies'
import { REPO_ROOT } from '../../support/sample'

const tuning = (layout: string): string =>
  readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', layout, `${layout}.txt`), 'utf8')

const compactOf = (s: string): string => s.replace(/\s+/g, '')

const docsOf = (layout: string) => parseIssueTraced(tuning(layout)).documents.map((d) => d.doc)

describe('a body read before its own title', () => {
  it('goes under the title that stands over nothing, with the second closing', () => {
    const docs = docsOf('city-xe-consult')
    const reply = docs.find((d) => d.docNumber === '国办函〔2006〕82号')!
    const texts = reply.blocks.map((b) => compactOf(b.text))
    expect(texts).toContain('您提出的《关于设立总理热线电话的提案》收悉。经研究，答复如下：')
    expect(texts).toContain('感谢您对政府工作的关心与支持。')
    expect(reply.date).toBe('2006-10-18')
    const approval = docs.find((d) => d.docNumber === '国函〔2006〕38号')!
    expect(approval.blocks.some((b) => compactOf(b.text).includes('总理热线'))).toBe(false)
    expect(approval.date).toBe('2006-05-23')
  })

  it('leaves the next title’s 文号, set at the run’s head, over that title', () => {
    const docs = docsOf('county-xe-issuer')
    const letter = docs.find((d) => d.docNumber === '兴政函〔2022〕51号')!
    expect(letter.blocks.map((b) => compactOf(b.text))).toContain('特此承诺。')
    expect(letter.date).toBe('2022-06-07')
    expect(docs.find((d) => d.docNumber === '兴政函〔2022〕39号')!.blocks.some((b) => compactOf(b.text) === '特此承诺。')).toBe(false)
    // The 文号 at the run's head stays with the document whose title follows it.
    expect(docs.some((d) => d.docNumber === '兴政函〔2022〕44号' && d.title.includes('经济技术开发区'))).toBe(true)
  })

  it('leaves a document alone that closes once, over a title with nothing under it', () => {
    // The title with nothing under it is not the run's: the run is the earlier document's only
    // closing and the text above it.
    const page = [
      '兴县人民政府关于甲事项的批复',
      '兴政函〔2022〕1 号',
      '县自然资源局：',
      '同意。',
      '',
      '特此批复。',
      '兴县人民政府',
      '二〇二二年六月一日',
      '（此件公开发布）',
      '',
      '兴县人民政府关于乙事项的批复',
      '兴政函〔2022〕2 号',
    ].join('\n')
    const lines = splitLines(page)
    expect(returnEarlyBodies(lines, 0, []).map((l) => l.text)).toEqual(lines.map((l) => l.text))
  })
})
