// The 目录 as the anchor, read wrong by the converter (scripts/confidence-faults.ts): lost (cutTocPage:
// its heading still printed, no entry under it read; the 栏目 are then guessed from the body's lines,
// where a masthead such as 国务院办公厅文件 passes for one, and nothing is checked against the 目录, so
// every document is doubtful), or a 目录 line read out of place (moveLine: the entry lands under the
// next 栏目 heading, and the body prints it in another order). Real typeset layouts, as printed and
// with the fault injected.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { tocHeadingBefore } from '../../../src/main/importer/parse/toc-place'
import type { ParsedDocument } from '../../../src/shared/domain'
import { typesetFile } from '../../support/typeset-fixture'

const text = (layout: string, ext = 'txt'): string => readFileSync(typesetFile(layout, ext), 'utf8')
const codes = (d: ParsedDocument): string[] => (d.reasons ?? []).map((r) => r.code)

/** prov-3col-replies.txt with its 目录 page cut after the letter-spaced heading's '目'. */
function cutToc(): string {
  const lines = text('prov-3col-replies').split('\n')
  const head = lines.indexOf('\f目')
  const last = lines.findIndex((l) => l.startsWith('国务院办公厅关于广东与香港、澳门合建自动气象站网'))
  expect(head).toBeGreaterThan(0)
  expect(last).toBeGreaterThan(head)
  return [...lines.slice(0, head + 1), ...lines.slice(last + 1)].join('\n')
}

describe('TOC_LOST: a 目录 heading with no entry read under it', () => {
  it('doubts every document when the 目录 page is lost, whose 栏目 were then guessed wrong', () => {
    const docs = parseIssue(cutToc()).documents
    expect(docs).toHaveLength(9)
    // As printed, the last five are 函件答复 (the 目录's 栏目; the body prints it once, undressed): read
    // from the body's banner and running heads since body-sections.ts for three of them; the last two
    // still take a masthead (国务院办公厅文件) for their 栏目, and every document stays doubtful.
    expect(docs.slice(4).map((d) => d.category)).toEqual(['函件答复', '函件答复', '函件答复', '国务院办公厅文件', '国务院办公厅文件'])
    for (const d of docs) {
      expect(codes(d)).toContain('TOC_LOST')
      expect(isDoubtful(d.confidence ?? 1)).toBe(true)
    }
  })

  it('stays silent where the 目录 is read, or where the issue prints none', () => {
    for (const d of parseIssue(text('prov-3col-replies')).documents) expect(codes(d)).not.toContain('TOC_LOST')
    // Drop the heading too: an issue without a 目录 says nothing of one lost.
    const noHeading = cutToc().replace('\f目\n', '\f\n')
    for (const d of parseIssue(noHeading).documents) expect(codes(d)).not.toContain('TOC_LOST')
  })

  it('sees the heading only in the front matter', () => {
    const lines = splitLines(cutToc())
    const first = lines.findIndex((l) => l.text.startsWith('国函〔2018〕145'))
    expect(tocHeadingBefore(lines, first)).toBe(true)
    const at = lines.findIndex((l) => l.text === '\f目')
    expect(tocHeadingBefore(lines, at)).toBe(false)
  })
})

describe('TOC_ORDER: a document listed elsewhere in the 目录 than the body prints it', () => {
  it('doubts the one whose 目录 line was read past the next 栏目 heading', () => {
    // county-1col-backtoc.txt (a back 目录): the entry of 兴政函（2022）49号 read after the
    // 【县政府函件】 entries, so the 县政府文件 took the 栏目 县政府函件.
    const lines = text('county-1col-backtoc').split('\n')
    const row = lines.findIndex((l) => l.startsWith('兴县人民政府关于 2022 年度安全生产监督检查计划的批复（兴政函（2022）49'))
    const after = lines.findIndex((l) => l.startsWith('（拆旧区）完成外业整改和全部竣工资料的承诺函'))
    expect(row).toBeGreaterThan(0)
    expect(after).toBeGreaterThan(row)
    const [moved] = lines.splice(row, 1)
    lines.splice(after, 0, moved)
    const docs = parseIssue(lines.join('\n')).documents
    const late = docs.find((d) => d.docNumber === '兴政函〔2022〕49号')
    expect(late?.category).toBe('县政府函件')
    expect(late && codes(late)).toContain('TOC_ORDER')
    expect(isDoubtful(late?.confidence ?? 1)).toBe(true)
    // Only that one: the others keep the 目录's order.
    expect(docs.filter((d) => codes(d).includes('TOC_ORDER'))).toHaveLength(1)
  })

  it('says nothing of the 目录 as printed, nor of two documents begun on one 目录 page read in the other order', () => {
    // county-xe-issuer.txt reads 51号 before 44号 (both on page 3), city-2col-flow.txt 国函〔2006〕132号
    // before 〔2018〕145号 (both on page 16): columns read across, every field right.
    for (const layout of ['county-1col-backtoc', 'county-xe-issuer', 'city-2col-flow']) {
      const docs = parseIssue(text(layout)).documents
      expect(docs.flatMap(codes)).not.toContain('TOC_ORDER')
    }
    const swapped = parseIssue(text('county-xe-issuer')).documents.map((d) => d.docNumber)
    expect(swapped.indexOf('兴政函〔2022〕51号')).toBeLessThan(swapped.indexOf('兴政函〔2022〕44号'))
  })
})

describe('two documents of one series read out of the 目录 order, dated against their 文号', () => {
  it('gives the pair begun on one page read in the other order each its own closing, and doubts both', () => {
    // city-docx-span-b.txt, page 8: 兴政函(2022)44号 starts at the left column's foot, its rest and
    // closing head the right column, 兴政函〔2022〕29号 follows there. pdftotext writes the right
    // column's top line by line with the left column's lines; the two streams read 29号 first, and
    // gave it 44号's closing (二○二二年五月二十四日), 44号 29号's (四月八日): a 29号 dated a month
    // after 44号 (NUMBER_ORDER_VS_DATE on both, s20). Read against the 目录's order, the two trade
    // closings back (series-closings.ts), each then doubted as a closing moved.
    const docs = parseIssue(text('city-docx-span-b')).documents
    const numbers = docs.map((d) => d.docNumber)
    expect(numbers.indexOf('兴政函〔2022〕29号')).toBeLessThan(numbers.indexOf('兴政函〔2022〕44号'))
    for (const [number, date] of [['兴政函〔2022〕29号', '2022-04-08'], ['兴政函〔2022〕44号', '2022-05-24']]) {
      const doc = docs.find((d) => d.docNumber === number)
      expect(doc?.date).toBe(date)
      expect(doc && codes(doc)).toContain('CLOSING_MOVED')
      expect(isDoubtful(doc?.confidence ?? 1)).toBe(true)
    }
  })

  it('says nothing of a pair read out of the 目录 order with its own dates, nor of the other documents', () => {
    // county-xe-issuer.txt reads 51号 before 44号 (one page, columns across) with their own dates.
    const issuer = parseIssue(text('county-xe-issuer')).documents
    expect(issuer.flatMap(codes)).not.toContain('NUMBER_ORDER_VS_DATE')
    expect(issuer.flatMap(codes)).not.toContain('CLOSING_MOVED')
    const docs = parseIssue(text('city-docx-span-b')).documents.filter((d) => codes(d).includes('CLOSING_MOVED'))
    expect(docs.map((d) => d.docNumber).sort()).toEqual(['兴政函〔2022〕29号', '兴政函〔2022〕44号'])
  })
})
