// A 条's label set apart in two columns written line by line, its text written BEFORE it
// (city-xe-toc2dec.txt: '任何单位和个人可以自行在国内申' / the other column's full lines / '第三条'
// / lines that cannot stand beside it). No line after the label fills its row; the nearest line
// before it that does is its text.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pairLabels } from '../../../src/main/importer/parse/text-labels'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText as text, typesetTruth } from '../../support/typeset-files'

const paired = (layout: string, label: string): string | undefined =>
  pairLabels(splitLines(text(layout))).map((l) => l.text).find((t) => t.startsWith(label))

describe('a 条 label whose text pdftotext wrote before it', () => {
  it('takes the line before it that fills its row', () => {
    expect(paired('city-xe-toc2dec', '第三条')).toBe('第三条 任何单位和个人可以自行在国内申')
  })

  it('gives the 令 第9号 its articles’ paragraphs whole (city-xe-toc2dec)', () => {
    const doc = parseIssue(text('city-xe-toc2dec')).documents.find((d) => d.docNumber === '澧阳市人民政府令 第9号')
    const blocks = doc?.blocks.map((b) => flat(b.text)) ?? []
    const truth = typesetTruth('city-xe-toc2dec').find((d) => d.docNumber === '澧阳市人民政府令 第9号')?.paragraphs ?? []
    for (const opening of ['省、自治区、直辖市人民政府管理专利工作的部门负责', '国务院专利行政部门依法对专利代理行业组织进行监督']) {
      const para = truth.find((p) => p.startsWith(opening))
      expect(para).toBeDefined()
      expect(blocks).toContain(flat(para ?? ''))
    }
  })
})
