// A notice typed with a return at every line of its narrow column (county-xe-kai-inner.layout.txt,
// page 11's right column: '公安局禁毒大队，县禁毒办主任由刘旭耀' / '同志兼任，副主任由杨旭兵同志兼任，具' /
// '体负责县禁毒委员会日常工作。'): each line stops four ems short of the column's 22, too far for a
// wrapped line's pulled-back mark and too near for edgeOf's 'short', so it was 'unknown' and the
// lines were joined into one paragraph. A line of hanzi and full-em marks only tells its width
// exactly, and the hanzi under it would have fitted: the line ends its paragraph. A line with a
// quote or a bracket in it (which a web page's font sets narrower) is left unknown.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText, typesetTruth } from '../../support/typeset-files'

const blocksOf = (layout: string): string[] =>
  parseIssue(readLayoutColumns(typesetText(layout, 'layout.txt'))).documents.flatMap((d) => [flat(d.title ?? ''), ...d.blocks.map((b) => flat(b.text))])

describe('a line of hanzi stopping four ems short over a line going on with a hanzi', () => {
  it('ends its paragraph: each typed line of the notice is a paragraph (county-xe-kai-inner)', () => {
    const blocks = blocksOf('county-xe-kai-inner')
    for (const line of ['公安局禁毒大队，县禁毒办主任由刘旭耀', '同志兼任，副主任由杨旭兵同志兼任，具', '体负责县禁毒委员会日常工作。']) expect(blocks).toContain(flat(line))
  })

  it("a line with a title's brackets in it (a web page's font sets them narrower), as short, still runs on into the next (county-web-3col-names)", () => {
    const piece = '根据《整改方案》和《整改清单》，对巡察反馈问题逐项开展整改，'
    expect(typesetTruth('county-web-3col-names').some((d) => d.paragraphs.some((p) => flat(p).includes(flat(piece))))).toBe(true)
    expect(blocksOf('county-web-3col-names').some((b) => b.includes(flat(piece)))).toBe(true)
  })
})
