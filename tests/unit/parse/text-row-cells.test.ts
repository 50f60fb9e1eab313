// A name table's row written one cell a line, each alone between blank lines, inside one column of a
// page pdftotext wrote line by line (prov-xe-toc2col.txt 664–700: '葛志荣' / '质检总局副局长' beside
// the other column's closing '国务院' / '二〇〇六年十二月三十日'). A stay between two lines alone costs
// much (the converter went line by line, so the other column skipped a baseline); between a row's
// name and its post it skips none: the two cells stand on one baseline, and staying costs nothing.
import { describe, expect, it } from 'vitest'
import { stayCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText } from '../../support/typeset-files'

const alone = (t: string): Unit => ({ line: 0, text: t, blankBefore: true, mergedRight: false, alone: true })
/** The column's width of those pages (display columns). */
const FULL = 44

describe('a stay between a name table row’s two cells, each alone', () => {
  it('costs nothing from a name to its post', () => {
    expect(stayCost(alone('葛志荣'), alone('质检总局副局长'), FULL)).toBe(0)
    expect(stayCost(alone('王晓晖'), alone('中央宣传部副部长、中央政研室副'), FULL)).toBe(0)
  })

  it('costs as between any two lines alone from a post to the next name, or from a name to prose', () => {
    const lone = stayCost(alone('国务院'), alone('葛志荣'), FULL)
    expect(lone).toBeGreaterThan(0)
    expect(stayCost(alone('质检总局副局长'), alone('杨国庆'), FULL)).toBe(lone)
    // prov2-a4.txt 577–582: a line of prose nearly at the column's width is no post cell.
    expect(stayCost(alone('编号'), alone('深圳湾公路大桥部分桥面是指从港方查验区'), 40)).toBe(lone)
    // city-docx-sw-unequal.txt page 15: a post's wrapped rest ('主任'), then the other column's row written whole.
    expect(stayCost(alone('主任'), alone('张建平 县财政局局长'), 34)).toBe(lone)
    // prov-sw-b5.txt page 13: a name after its role, then a row of the other column's list written whole.
    expect(stayCost(alone('副组长：丁学东'), alone('王慧平县住建局局长'), 40)).toBe(lone)
  })

  it('keeps the rows whole in the issue, the closing beside them in its own column', () => {
    const paragraphs = new Set(parseIssue(typesetText('prov-xe-toc2col')).documents.flatMap((d) => d.blocks.map((b) => flat(b.text))))
    for (const row of ['葛志荣质检总局副局长', '杨国庆民航总局副局长']) expect(paragraphs).toContain(row)
  })
})
