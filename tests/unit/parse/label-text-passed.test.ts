// A 条's label set apart in two columns written line by line, the next 条's label and text written
// between it and its own text (prov3-bare.txt page 2: '第十六条' / the other column's '会公布检查、
// 处理结果。检查不得收取任何费' / '用。' / '第二十三条' / '国务院专利行政部门和省、' / '专利代理师
// 应当根据专利代理'). The line after the label is the other column's paragraph's last (too wide to
// stand beside the label); the next label is passed with its own text, and the first line after
// them that fills the row is the label's. The label goes to its text's place.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pairLabels } from '../../../src/main/importer/parse/text-labels'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText as text, typesetTruth } from '../../support/typeset-files'

const LAYOUT = 'prov3-bare'
const DECREE = '澧水省人民政府令 第352号'

describe('a 条 label whose text pdftotext wrote after the next label’s', () => {
  const lines = pairLabels(splitLines(text(LAYOUT))).map((l) => l.text)
  const at = (label: string): number => lines.findIndex((t) => t.startsWith(label))

  it('passes the next label with its text and takes the line after them', () => {
    expect(lines[at('第十六条')]).toBe('第十六条\u3000专利代理师应当根据专利代理')
    expect(lines[at('第二十三条')]).toBe('第二十三条\u3000国务院专利行政部门和省、')
  })

  it('stands at its text’s place, after the next label’s, and leaves the other column’s line alone', () => {
    expect(at('第十六条')).toBeGreaterThan(at('第二十三条'))
    expect(lines).toContain('会公布检查、处理结果。检查不得收取任何费')
  })

  it('gives the 令 its articles’ paragraphs whole', () => {
    const doc = parseIssue(text(LAYOUT)).documents.find((d) => d.docNumber === DECREE)
    const blocks = doc?.blocks.map((b) => flat(b.text)) ?? []
    const truth = typesetTruth(LAYOUT).find((d) => d.docNumber === DECREE)?.paragraphs ?? []
    for (const opening of ['第十六条', '第二十二条']) {
      const para = truth.find((p) => p.startsWith(opening))
      expect(para).toBeDefined()
      expect(blocks).toContain(flat(para ?? ''))
    }
  })
})
