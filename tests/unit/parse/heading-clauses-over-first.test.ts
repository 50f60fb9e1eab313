// A numbered heading with a clause mark in it ('一、提高政治站位，强化思想认识'), as wide as a
// paragraph's indented first line, over an indent-wide line left open that a full-width line goes
// on from: that line is the first of the paragraph under the heading (a paragraph's own second line
// would run to the width, its last would end its sentence). city-docx-sw-unequal.txt lines
// 1545–1569, a 通知's opening in a narrow column (17 hanzi) of a two-column Word page. A heading
// line ending on a pause mark ('三十、对落实有关重大政策措施成效明显、') stops mid-sentence, and a
// line as wide under a numbered paragraph's first line (city-2col-lines.txt: a column two hanzi
// narrower than its page's other) is no first line: both go on as before.
import { describe, expect, it } from 'vitest'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { textEdges } from '../../../src/main/importer/parse/text-flow'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText, typesetTruth, flat } from '../../support/typeset-files'

const excerpt = typesetText('city-docx-sw-unequal').split('\n').slice(1544, 1569)

describe('a heading with a comma over its paragraph’s indented first line (city-docx-sw-unequal.txt)', () => {
  const src = splitLines(excerpt.join('\n'))
  const blocks = buildBlocks(src, undefined, textEdges(src)).map((b) => [b.kind, flat(b.text)])

  it('stands alone, the paragraph under it starting on the next line', () => {
    expect(excerpt[19]).toBe('一、提高政治站位，强化思想认识')
    expect(blocks).toContainEqual(['heading1', flat('一、提高政治站位，强化思想认识')])
    expect(blocks.some(([, t]) => t.startsWith(flat('住户调查数据是准确反映全县巩固拓展脱贫攻坚成果，')))).toBe(true)
  })

  it('leaves a numbered paragraph over a line as wide in a narrower column whole (city-2col-lines.txt)', () => {
    const truth = typesetTruth('city-2col-lines').flatMap((d) => d.paragraphs).map(flat)
    const blocks = new Set(parseIssue(typesetText('city-2col-lines')).documents.flatMap((d) => d.blocks.map((b) => flat(b.text))))
    for (const start of ['（三）将建筑工程施工许可', '三十、对落实有关重大政策措施']) {
      const p = truth.find((t) => t.startsWith(flat(start)))!
      expect(blocks.has(p)).toBe(true)
    }
  })
})
