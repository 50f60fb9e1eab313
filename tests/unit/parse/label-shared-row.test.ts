// A row of two columns holding a 条 in each, written line by line (prov3-bare.txt page 2): the left
// label '第十九条' written rows ahead and left bare, then '第二十五条' over the row's two texts, each
// alone between blank lines and each short of the column by a label ('国务院专利行政部门和地方人' /
// '专利代理机构有下列行为之'). The bare label of the lower number takes the row's first text (the
// left column's), the label over the row its second.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pairLabels } from '../../../src/main/importer/parse/text-labels'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText as text, typesetTruth } from '../../support/typeset-files'

const LAYOUT = 'prov3-bare'
const DECREE = '澧水省人民政府令 第352号'

describe('a row holding a 条 in each column, its left label written rows ahead', () => {
  const lines = pairLabels(splitLines(text(LAYOUT))).map((l) => l.text)
  const at = (label: string): number => lines.findIndex((t) => t.startsWith(label))

  it('gives the bare label the row’s first text and the label over the row its second', () => {
    expect(lines[at('第十九条')]).toBe('第十九条\u3000国务院专利行政部门和地方人')
    expect(lines[at('第二十五条')]).toBe('第二十五条\u3000专利代理机构有下列行为之')
  })

  it('sets both where their texts stand, the left one first', () => {
    expect(at('第十九条')).toBeLessThan(at('第二十五条'))
    expect(lines.filter((t) => t === '第十九条')).toHaveLength(0)
  })

  it('gives the 令 both articles whole', () => {
    const doc = parseIssue(text(LAYOUT)).documents.find((d) => d.docNumber === DECREE)
    const blocks = doc?.blocks.map((b) => flat(b.text)) ?? []
    const truth = typesetTruth(LAYOUT).find((d) => d.docNumber === DECREE)?.paragraphs ?? []
    for (const opening of ['第十九条', '第二十五条']) {
      const para = truth.find((p) => p.startsWith(opening))
      expect(para).toBeDefined()
      expect(blocks).toContain(flat(para ?? ''))
    }
  })
})
