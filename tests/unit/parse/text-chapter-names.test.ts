// A regulation's chapter heading ('第四章　法律责任') in plain text of a page in two columns: pdftotext
// writes its label and its name apart, the name some lines before or after the label, past the
// other column's lines, or letter-spaced one character to a line. The excerpts are the tuning
// files' 专利代理条例 pages.
import { describe, expect, it } from 'vitest'
import { splitLines, type SourceLine } from '../../../src/main/importer/parse/lines'
import { pairLabels } from '../../../src/main/importer/parse/text-labels'
import { parseIssue, parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

/** The chapter headings as the lines stand when the columns are read. */
function chapters(layout: string): string[] {
  let seen: readonly SourceLine[] = []
  parseIssueTraced(text(layout), { beforeStreams: (lines) => (seen = lines) })
  return seen.map((l) => l.text.trim()).filter((t) => /^第[一二三四五六七八九十]+章/.test(t))
}

describe('a chapter label set apart from its name', () => {
  it('takes the name the page prints nearest, before or after it, letter-spaced or not', () => {
    // prov2-a0.txt: '第一章 总' / '' / '则'; '法律责任' 19 lines before '第四章'; '第五章' / '' /
    // '法规的规定承担法律责任；' / … / '附' / '' / '则'.
    expect(chapters('prov2-a0')).toEqual(['第一章\u3000总则', '第二章\u3000专利代理机构和专利代理师', '第三章 专利代理执业', '第四章\u3000法律责任', '第五章\u3000附则'])
  })

  it('takes the rest of a letter-spaced name written before the label', () => {
    // prov2-a4.txt: '第一章' / '' / '总' / '' / '第一条', its '则' written six lines before it.
    expect(chapters('prov2-a4')).toContain('第一章\u3000总则')
  })

  it('takes the name under it, though a letter-spaced name stands further on', () => {
    // prov2-95.txt lines 140–156: '第二章' / '' / '专利代理机构和专利代理师' / … / '第一章' / '' / '总' / '' / '则'.
    expect(chapters('prov2-95').slice(0, 2)).toEqual(['第二章\u3000专利代理机构和专利代理师', '第一章\u3000总则'])
  })

  it('takes the name right under it though it ends as a 文种 does', () => {
    // city-xe-one2-many.txt lines 973–975: '第八章' / '' / '会议制度' (制度 a 文种's word too).
    const src = splitLines(['第八章', '', '会议制度', '', '三十五、国务院实行国务院全体会议和国务院常务会议制度。'].join('\n'))
    expect(pairLabels(src).map((l) => l.text).filter(Boolean)).toEqual(['第八章\u3000会议制度', '三十五、国务院实行国务院全体会议和国务院常务会议制度。'])
  })

  it('leaves the name past another chapter’s label to that label', () => {
    // prov-xe-inner.txt lines 983–991: the other column's '第四章' written over '第一章' / '' / '总' / … / '则'.
    const read = chapters('prov-xe-inner')
    expect(read).toContain('第一章\u3000总则')
    expect(read).not.toContain('第四章\u3000总则')
  })

  it('takes no sentence for a name', () => {
    // prov2-95.txt line 474: '第五章' / '' / '的，或者向有关行政、司法机关的工作人员行贿，' / … / '附' / '' / '则'.
    const src = splitLines(['第五章', '', '的，或者向有关行政、司法机关的工作人员行贿，', '', '第二十九条', '', '附', '', '则'].join('\n'))
    expect(pairLabels(src).map((l) => l.text).filter(Boolean)).toEqual(['第五章\u3000附则', '的，或者向有关行政、司法机关的工作人员行贿，', '第二十九条'])
  })

  it('gives the regulation its chapter headings whole (prov2-a0)', () => {
    const blocks = new Set(parseIssue(text('prov2-a0')).documents.flatMap((d) => d.blocks.map((b) => flat(b.text))))
    const headings = truth('prov2-a0').flatMap((d) => d.paragraphs.map(flat)).filter((p) => /^第[一二三四五]章/.test(p))
    expect(headings).toEqual(['第一章总则', '第二章专利代理机构和专利代理师', '第三章专利代理执业', '第四章法律责任', '第五章附则'])
    for (const h of headings) expect(blocks.has(h)).toBe(true)
  })
})
