// Three columns written row by row (text-streams3.ts): a title set in a larger type, with its own
// leading and margins, moves its column's lines under it a fraction of a row down against the
// other columns', and pdftotext, writing by height, then writes the others' next row before that
// column's first line under the title. The excerpt is a real page of a tuning file; the paragraphs
// expected are its truth.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText as text, typesetTruth } from '../../support/typeset-files'

const TITLE = /禁毒委员会成员单位及组成人员/

describe('a column that loses a cell under a title (city-web-3col-lists)', () => {
  it('reads the members named in both columns under the title each in its own column', () => {
    // city-web-3col-lists.txt page 13: the left column's title '兴县人民政府办公室关于调 / 整兴县
    // 禁毒委员会成员单位 / 及组成人员的通知', then the middle column's name list goes on two lines
    // before the left column's '根据工作需要，…' comes. That empty cell cost a full EMPTY_CELL, and
    // the reading traded the left column's members with the middle column's names.
    const doc = parseIssue(text('city-web-3col-lists')).documents.find((d) => TITLE.test(flat(d.title)))
    const truth = typesetTruth('city-web-3col-lists').find((d) => TITLE.test(flat(d.title)))
    const whole = new Set((doc?.blocks ?? []).map((b) => flat(b.text)))
    const expected = (truth?.paragraphs ?? []).map(flat).filter((p) => /^(刘利|陈晓龙|张建平|刘振平|孙继荣|白利珍)县/.test(p))
    expect(expected).toHaveLength(6)
    for (const p of expected) expect(whole.has(p), p).toBe(true)
  })
})
