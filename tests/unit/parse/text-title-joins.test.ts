// A title's first line never goes on from a line left open at the column's edge (text-joins.ts):
// county-docx-2col-b.txt page 2, where the left column's '…在县财政可承受前提下，' stands over
// the rest of its sentence in the text, and the next document's title '兴县人民政府关于将兴县经济'
// (set short, in bold, over four lines that end in the 文种 only on the last) stands lower in the
// same column. Read as one stream the two made one paragraph and the 承诺函 was not found. A 目录's
// entry ('…的批复....9') is no open sentence: a title may follow it (county-lo-noto.txt, whose
// body opens with a title right under the 目录). The excerpts are real lines of the tuning files;
// the paragraphs expected are those files' truth.
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'
import { unit, noGrams as grams } from './join-units'

const toc = tocAnchors([
  { category: '县政府文件', title: '兴县人民政府关于将兴县经济技术开发区2022年第1批次建设用地项目纳入当地国土空间总体规划(2021-2035年)的承诺函', docNumber: '兴政函〔2022〕44号', page: 2 },
])

describe('a title’s first line under an open line (county-docx-2col-b.txt page 2)', () => {
  const open = unit('策、法律环境变化等)，在县财政可承受前提下，')
  const title = unit('兴县人民政府关于将兴县经济')
  const ctx = { full: 42, grams, toc }

  it('costs more than the sentence’s rest, or the title under a finished line', () => {
    const rest = joinCost(ctx, open, unit('城乡绿色低碳建设运营商可持续享受上述各项扶'))
    expect(joinCost(ctx, open, title)).toBeGreaterThanOrEqual(rest + 4)
    expect(joinCost(ctx, open, title)).toBeGreaterThanOrEqual(joinCost(ctx, unit('特此承诺。'), title) + 4)
  })

  it('says nothing without the 目录, under a 目录 entry, or of a line no title holds', () => {
    expect(joinCost({ full: 42, grams }, open, title)).toBe(joinCost({ full: 42, grams }, unit('特此承诺。'), title))
    const entry = unit('兴县人民政府关于 2022 年度安全生产监督检查计划的批复....................................9')
    expect(joinCost({ ...ctx, full: 46 }, entry, title)).toBe(joinCost({ ...ctx, full: 46 }, unit('特此承诺。'), title))
    expect(joinCost(ctx, open, unit('兴县人民政府关于进一步'))).toBe(joinCost(ctx, unit('特此承诺。'), unit('兴县人民政府关于进一步')))
  })

  it('finds the 承诺函 with its 主送机关 and first paragraphs whole in the whole issue', () => {
    const docs = parseIssue(text('county-docx-2col-b')).documents
    const doc = docs.find((d) => d.title.endsWith('的承诺函'))
    expect(doc?.docNumber).toBe('兴政函〔2022〕44号')
    const got = new Set(doc?.blocks.map((b) => flat(b.text)))
    const want = truth('county-docx-2col-b').find((d) => d.title.endsWith('的承诺函'))!.paragraphs.slice(0, 3)
    for (const p of want) expect(got.has(flat(p))).toBe(true)
  })
})
