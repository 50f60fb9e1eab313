// A title's last line too short for the 目录 to tell whose it is ('的批复') goes on into the 文号
// whose title, as the 目录 prints it, it ends (text-joins.ts endsTitleOf). prov-xe-toc2col.txt
// page 4: pdftotext wove the left column (国函〔2006〕132号's title tail, its 文号, its body) line
// by line with the right one (国函〔2006〕38号's body, closing and attachment), the right column's
// first lines written between '的批复' and '（国函〔2006〕132 号）'. Read across them, the two
// documents traded dates (one of them silently).
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText, typesetTruth } from '../../support/typeset-files'
import { noGrams, unit } from './join-units'

const toc = tocAnchors([
  { category: '国务院文件', title: '国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复', docNumber: '国函〔2006〕132号', page: 3 },
  { category: '国务院文件', title: '国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的通知', docNumber: '国函〔2006〕38号', page: 4 },
])
const ctx = { full: 46, grams: noGrams, toc }
const bare = { full: 46, grams: noGrams }

describe('a title’s short last line and its 文号', () => {
  it('reads 的批复 on into the 文号 whose 目录 title ends so', () => {
    const number = unit('（国函〔2006〕132 号）')
    expect(joinCost(ctx, unit('的批复'), number)).toBeLessThan(joinCost(bare, unit('的批复'), number))
    // Another document's 文号 (its title ends 的通知), or no 目录: nothing said.
    expect(joinCost(ctx, unit('的批复'), unit('（国函〔2006〕38 号）'))).toBe(joinCost(bare, unit('的批复'), unit('（国函〔2006〕38 号）')))
    // A line long enough to tell is the anchors' (NUMBER_BY_TITLE), not this rule's.
    const telling = unit('口岸区范围和土地使用期限的批复')
    expect(joinCost(ctx, telling, number)).toBe(joinCost(bare, telling, number))
  })

  it.each(['prov-xe-toc2col', 'prov-xe-toc2col-c'])('gives %s’s two woven 批复 their own dates', (layout) => {
    const truth = typesetTruth(layout)
    const docs = parseIssue(typesetText(layout)).documents
    for (const n of ['国函〔2006〕132号', '国函〔2006〕38号']) {
      expect(docs.find((d) => d.docNumber === n)?.date).toBe(truth.find((d) => d.docNumber === n)?.date)
    }
  }, 120_000)
})
