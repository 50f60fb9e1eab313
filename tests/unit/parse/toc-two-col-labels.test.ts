// A 目录 in two columns with `第3页` labels and no leaders (tests/fixtures/typeset/tuning/
// prov-xe-toc2col, XeLaTeX): pdftotext's default mode writes its lines in neither column's order,
// four lines of text and their blank lines between the letter-spaced '目' and '录', the labels
// on lines of their own, which read as the page's folio (`第3页` is also the issue's folio). No
// entry was read: every document was flagged TOC_LOST. The heading is found by the lines of text
// between its letters, the 目录 runs to its page's end where labels alone go on after the
// entries read, and its pieces are put together again (a 文号 alone right under its title's
// last line is its 文号, though the body's columns write them far apart).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { findTocStart, parseToc } from '../../../src/main/importer/parse/toc'
import { unreadTocPage } from '../../../src/main/importer/parse/toc-pages'
import { headingRest, splitHeading } from '../../../src/main/importer/parse/toc-across'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'

const DIR = path.resolve(__dirname, '../../fixtures/typeset/tuning/prov-xe-toc2col')
const read = (ext: string): string => readFileSync(path.join(DIR, `prov-xe-toc2col.${ext}`), 'utf8')
const truth = (JSON.parse(read('truth.json')) as { documents: TruthDoc[] }).documents
// The pages the PDF's 目录 prints, in the documents' order.
const PAGES = [1, 3, 4, 5, 5, 9, 11, 13, 13, 14, 14, 14, 16, 17]
const text = read('txt')

describe('prov-xe-toc2col.txt: a two-column 目录 of `第3页` labels read out of order', () => {
  it("finds the heading with the other column's lines of text between '目' and '录'", () => {
    const lines = splitLines(text)
    const start = findTocStart(lines)
    expect(lines[start].text.trim()).toBe('目')
    const rest = lines.findIndex((l, i) => i > start && l.text.trim() === '录')
    expect(rest - start).toBeGreaterThan(6) // blank lines between the blocks: more lines than lines of text
    expect(headingRest(lines, start, rest)).toBe(true)
  })

  // The heading's letters as pdftotext may set them apart: '录' further down the page, or above '目'.
  const lines = text.split('\n')
  const head = lines.indexOf('\f目')
  const rest = lines.indexOf('录')
  const moved = (at: number[], put: string[]): string => {
    const out = lines.filter((_, k) => k !== head && k !== rest)
    at.forEach((k, n) => out.splice(k, 0, put[n]))
    return out.join('\n')
  }

  it("finds the heading with '录' under more of the other column's lines, or above '目'", () => {
    // '录' after the page's next six lines of text; '录' where '目' stood and '目' where '录' stood.
    const variants = [moved([head, rest + 10], ['\f目', '录']), moved([head, rest], ['\f录', '目'])]
    for (const v of variants) {
      const issue = parseIssue(v)
      expect(issue.documents.map((d) => d.tocPage)).toEqual(PAGES)
      expect(issue.documents.flatMap((d) => (d.reasons ?? []).map((r) => r.code))).not.toContain('TOC_LOST')
    }
  })

  it("takes no '录' on another page for the heading's rest", () => {
    const far = ['目', ...Array.from({ length: 7 }, (_, k) => `国务院关于第${k}项工作的通知`), '\f录', '第 1页'].join('\n')
    const split = splitLines(far)
    expect(splitHeading(split, 0, () => true)).toBe(-1)
    expect(headingRest(split, 0, split.findIndex((l) => l.text === '录'))).toBe(false)
  })

  it("runs to the 目录 page's end where labels alone go on after the entries read", () => {
    const page = splitLines(['目 录', '国务院关于某某工作的通知', '第 1页', '', '第 3页', '', '第 5页', '\f正文'].join('\n'))
    // The page's last line: the one before the next page's first ('正文').
    expect(unreadTocPage(page, 2, true)).toBe(page.findIndex((l) => l.text === '正文') - 1)
    // Labels counted only in a 目录 that prints its pages so: else they are folios.
    expect(unreadTocPage(page, 2, false)).toBe(-1)
  })

  it("gives every document its 目录 entry: 栏目, page, no TOC_LOST", () => {
    const issue = parseIssue(text)
    expect(issue.documents.length).toBe(truth.length)
    truth.forEach((t, k) => {
      const d = issue.documents.find((x) => x.docNumber === t.docNumber)
      expect(d, t.title).toBeDefined()
      expect(d?.category, t.title).toBe(t.category)
      expect(d?.tocPage, t.title).toBe(PAGES[k])
      expect(d?.tocTitle?.endsWith(t.title), t.title).toBe(true)
    })
    const codes = issue.documents.flatMap((d) => (d.reasons ?? []).map((r) => r.code))
    expect(codes).not.toContain('TOC_LOST')
    expect(codes).not.toContain('NOT_IN_TOC')
  })

  it('reads the entries when every label stands alone (none on a line of text)', () => {
    // The one label pdftotext wrote after its entry's last line, set on a line of its own.
    const apart = text.replace('（国函〔2006〕38 号） 第 4页', '（国函〔2006〕38 号）\n\n第 4页')
    expect(apart).not.toBe(text)
    const toc = parseToc(splitLines(apart))
    expect(toc.entries.map((e) => e.page)).toEqual(PAGES)
    expect(toc.entries.map((e) => e.docNumber).sort()).toEqual(truth.map((t) => t.docNumber).sort())
  })

  it('reads every entry from the lines alone, the body after them', () => {
    const toc = parseToc(splitLines(text))
    expect(toc.sections).toEqual(['国务院文件', '国务院办公厅文件', '建议提案答复'])
    expect(toc.entries.map((e) => e.docNumber).sort()).toEqual(truth.map((t) => t.docNumber).sort())
    const pages = toc.entries.map((e) => e.page ?? 0)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
  })
})

// The same issue with dotted leaders (prov-xe-toc2col-c): pdftotext writes the two columns' lines
// in turn, one of each; a label broken over two lines has the other column's line between its
// halves ('…（国函〔2006〕38 号） . 第' / '提问题和…' / '4页'), and the left column's foot (the last
// 栏目's heading and its first entry's first line, the rest at the top of the right column)
// comes after the last label. Every document was flagged TOC_LOST.
describe('prov-xe-toc2col-c.txt: a two-column 目录 of dotted leaders written line by line in turn', () => {
  const C = path.resolve(__dirname, '../../fixtures/typeset/tuning/prov-xe-toc2col-c')
  const c = readFileSync(path.join(C, 'prov-xe-toc2col-c.txt'), 'utf8')

  it('reads every entry: its page (a label broken round the other column\'s line), 栏目 and 文号', () => {
    const toc = parseToc(splitLines(c))
    expect(toc.entries.map((e) => e.page)).toEqual(PAGES)
    const byNumber = new Map(toc.entries.map((e) => [e.docNumber, e]))
    expect(byNumber.get('国函〔2006〕38号')?.page).toBe(4)
    // The entry begun at the left column's foot under 【建议提案答复】, after the last label.
    expect(byNumber.get('国办函〔2006〕82号')?.category).toBe('建议提案答复')
    expect(byNumber.get('国办函〔2006〕82号')?.title).toBe('国务院办公厅对全国政协十届四次会议第4626号提案的答复')
  })

  it('ends the 目录 where its pieces do: the body opens with the first title, every document found', () => {
    const issue = parseIssue(c)
    // (38 and 59, both on page 13, come out in the other order: the body's columns interleave there.)
    expect(issue.documents.map((d) => d.docNumber).sort()).toEqual(truth.map((t) => t.docNumber).sort())
    expect(issue.documents[0].title).toBe(truth[0].title)
    expect(issue.documents.map((d) => d.tocPage)).toEqual(PAGES)
    expect(issue.documents.flatMap((d) => (d.reasons ?? []).map((r) => r.code))).not.toContain('TOC_LOST')
  })
})
