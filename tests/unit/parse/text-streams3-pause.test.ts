// Three columns written row by row (text-streams3.ts): a column that pauses after a document's
// closing (white space under the date, the next document's head set apart in a larger type, off
// the rows' grid) leaves its cells empty for several rows. The excerpt is a real page of a tuning
// file; the paragraphs expected are its truth.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText as text, typesetTruth } from '../../support/typeset-files'

describe('a column pausing after a document’s closing (county-web-3col-names)', () => {
  it('reads the next document on in its column, the rows passing the pause cheaply', () => {
    // county-web-3col-names.txt page 6: the left column closes a report ('兴县人民政府' over
    // '二〇二二年五月二十四日' and '（此件公开发布）'), then 兴政函〔2022〕47号 opens under white
    // space, its head written as a block after rows of the middle and right columns. Each row that
    // passed the left column cost a full empty cell, and the reading traded its lines with the
    // middle column's: the report's 一、 part and its first numbered paragraphs were cut.
    const doc = parseIssue(text('county-web-3col-names')).documents.find((d) => d.docNumber === '兴政函〔2022〕47号')
    const truth = typesetTruth('county-web-3col-names').find((d) => d.docNumber === '兴政函〔2022〕47号')
    const whole = new Set((doc?.blocks ?? []).map((b) => flat(b.text)))
    const expected = (truth?.paragraphs ?? []).map(flat).filter((p) => /^\([一二三四]\)(提高思想认识|强化组织领导|抓实责任分解|巩固整改成果)/.test(p))
    expect(expected).toHaveLength(4)
    for (const p of expected) expect(whole.has(p)).toBe(true)
  })
})
