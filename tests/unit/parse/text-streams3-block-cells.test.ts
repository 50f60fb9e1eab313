// Three columns written row by row (text-streams3.ts), but for a column pdftotext wrote as one
// block rows away from the others (text-cells3.ts BLOCK_AFTER): once the rows have passed it by
// for more than four rows, each further cell it leaves empty costs little. The page is a real
// page of a tuning file; the paragraphs expected are its truth.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText as text, typesetTruth } from '../../support/typeset-files'

describe('a column written as a block rows away from the others (web3-sw-xbs)', () => {
  it('reads the last document’s head and its first paragraphs in their own document', () => {
    // web3-sw-xbs.txt page 19: the previous document's name list fills the left and middle
    // columns, written in turn, while the last document's title, address and first lines
    // ('各乡（镇）人民政府、县直各单位：', '根据工作需要，现对兴县禁毒委…') come as one block after
    // some twenty rows. Each of those rows cost a full empty cell, and the reading traded the
    // columns' lines instead: the address and first paragraphs fell into the document before.
    const docs = parseIssue(text('web3-sw-xbs')).documents
    const doc = docs.find((d) => flat(d.title).includes('调整兴县禁毒委员会成员单位'))
    const truth = typesetTruth('web3-sw-xbs').find((d) => flat(d.title).includes('调整兴县禁毒委员会成员单位'))
    const whole = new Set((doc?.blocks ?? []).map((b) => flat(b.text)))
    const expected = (truth?.paragraphs ?? []).map(flat).filter((p) => /^(各乡\(镇\)人民政府、县直各单位:|根据工作需要|主任:|常务副主任:|副主任:)/.test(p))
    expect(expected).toHaveLength(5)
    for (const p of expected) expect(whole.has(p)).toBe(true)
  })
})
