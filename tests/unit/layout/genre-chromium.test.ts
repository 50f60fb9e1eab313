// Issues set in HTML/CSS and printed by headless Chromium (tuning layouts city-web-2col and
// county-web-1col, written before the importer first read them). Chromium prints CFF fonts as
// Type 3 fonts without names, and its ToUnicode maps may give a Kangxi radical (⼈ U+2F08) or a
// radical supplement form (⻔ U+2ED4) for the ideograph printed, and U+0001 for a space.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf, type PdfText } from '../../../src/main/importer/read/read-pdf'
import { foldGlyphs } from '../../../src/main/importer/read/fold-glyphs'
import { splitPage } from '../../../src/main/importer/parse/toc'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { ParsedIssue } from '../../../src/shared/domain'
import { REPO_ROOT } from '../../support/sample'

const TUNING = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning')
const read = (name: string): Promise<PdfText> =>
  readPdf(new Uint8Array(readFileSync(join(TUNING, name, `${name}.pdf`))), 'a.pdf', new AbortController().signal)

describe('foldGlyphs', () => {
  it('gives the ideograph a radical code point stands for, and a space for a control character', () => {
    expect(foldGlyphs('兴县⼈民政府⽂件')).toBe('兴县人民政府文件')
    expect(foldGlyphs('澳⻔合建⾃动⽓象站⽹')).toBe('澳门合建自动气象站网')
    expect(foldGlyphs('⼆〇⼆⼆年六⽉九⽇')).toBe('二〇二二年六月九日')
    expect(foldGlyphs('农⼾')).toBe('农户') // ⼾ shares 户's glyph in SC fonts; its compatibility mapping is 戶
    expect(foldGlyphs('1.\u0001兴县')).toBe('1. 兴县')
    expect(foldGlyphs('（一）标题，正文。\t甲')).toBe('（一）标题，正文。\t甲')
  })
})

describe('a 目录 set as an HTML table: the page in a cell of its own beside the 文号', () => {
  it('reads the page after a 文号 and one space', () => {
    expect(splitPage('兴政发〔2022〕11号 1')).toEqual({ text: '兴政发〔2022〕11号', page: 1 })
    expect(splitPage('兴政办函〔2022〕10号 14')).toEqual({ text: '兴政办函〔2022〕10号', page: 14 })
    // Prose ending in a number is no entry.
    expect(splitPage('根据2022年第1')).toBeNull()
  })
})

describe('county-web-1col as PDF (Chromium, @page margin boxes)', () => {
  let pdf: PdfText
  let issue: ParsedIssue
  beforeAll(async () => {
    pdf = await read('county-web-1col')
    issue = parseIssue({ text: pdf.text, lines: pdf.lines })
  }, 60_000)

  it('reads the text as printed: no radicals, no control characters', () => {
    expect(pdf.text).not.toMatch(/[\u2e80-\u2fdf\u0001]/)
    expect(issue.meta).toMatchObject({ gazette: '兴县人民政府公报', year: 2022, issueNo: 19, totalNo: 21 })
  })

  it('reads the 目录 table: each title with its 文号 and page', () => {
    expect(issue.toc.map((e) => [e.docNumber, e.page])).toEqual([
      ['兴政发〔2022〕11号', 1], ['兴政函〔2022〕53号', 6], ['兴政函〔2022〕44号', 7],
      ['兴政办发〔2022〕14号', 9], ['兴政办函〔2022〕10号', 14], ['兴政办函〔2022〕5号', 16],
    ])
    expect(issue.documents.map((d) => d.category)).toEqual(['县政府文件', '县政府文件', '县政府文件', '县政府办公室文件', '县政府办公室文件', '县政府办公室文件'])
  })

  it('dates the documents in 二〇 numerals and reads their 附件 lists', () => {
    expect(issue.documents[0]).toMatchObject({ docNumber: '兴政发〔2022〕11号', title: '关于印发兴县绿色低碳县城暨蔚汾河及沿岸风貌提升项目实施方案的通知', date: '2022-06-09', public: true })
    const notes = issue.documents[3].blocks.filter((b) => b.kind === 'attachmentNote').map((b) => b.text)
    expect(notes).toEqual(['附件：1．兴县煤炭消费减量替代2022年工作方案', '2．兴县煤炭消费减量替代重点任务清单'])
  })
})

describe('city-web-2col as PDF (Chromium, CSS columns, playwright header / footer)', () => {
  let issue: ParsedIssue
  beforeAll(async () => {
    const pdf = await read('city-web-2col')
    issue = parseIssue({ text: pdf.text, lines: pdf.lines })
  }, 60_000)

  it('reads every document with its 栏目, the 目录 drawn with CSS leaders', () => {
    expect(issue.documents.map((d) => d.category)).toEqual(['国务院文件', '国务院文件', '国务院办公厅文件', '国务院办公厅文件', '国务院办公厅文件', '县区文件', '县区文件', '县区文件', '部门文件'])
    expect(issue.toc.map((e) => e.page)).toEqual([1, 4, 5, 7, 7, 7, 9, 9, 10])
  })

  it("keeps the right column's first line, set above a title opening the left column, in its place", () => {
    // Under the 栏目 banner the left column opens with a 13.5 pt title, whose baseline is lower than
    // the right column's first line: that line is the column's text, not a tail of the banner.
    const texts = issue.documents[8].blocks.map((b) => b.text)
    const at = texts.findIndex((t) => t.startsWith('6.定期听取') || t.startsWith('6. 定期听取'))
    expect(texts[at + 1]).toMatch(/^7\.\s?审定其他需领导小组研究确定的重大事项。$/)
    expect(issue.documents[7].blocks.some((b) => b.text.includes('审定其他'))).toBe(false)
  })
})

describe('pdftotext of the Chromium issues: the 目录 cells set apart', () => {
  const text = (name: string): string => readFileSync(join(TUNING, name, `${name}.txt`), 'utf8')

  it('gives the run of pages after the entries to the entries, in order (city-web-2col)', () => {
    // Flex rows: each entry's title and 文号 in one box, its page in another; pdftotext writes the
    // nine entries, then the nine pages.
    const issue = parseIssue(text('city-web-2col'))
    expect(issue.toc.map((e) => [e.docNumber, e.page])).toEqual([
      ['国发〔2018〕38号', 1], ['国发〔1981〕88号', 4], ['国办函〔2004〕71号', 5], ['国办函〔2004〕36号', 7],
      ['国办函〔1996〕14号', 7], ['兴人社发〔2022〕34号', 7], ['兴政函〔2022〕61号', 9], ['兴政函〔2022〕29号', 9],
      ['兴人社发〔2022〕40号', 10],
    ])
  })

  it('puts the table\'s 文号 and page cells written in a run back under their titles (county-web-1col)', () => {
    // The table's 文号 and page cells come first, its titles and second 栏目 heading after them
    // (toc-cells.ts): each title takes its row's cells, and stands under its own heading.
    const issue = parseIssue(text('county-web-1col'))
    expect(issue.toc.map((e) => [e.category, e.docNumber, e.page])).toEqual([
      ['县政府文件', '兴政发〔2022〕11号', 1], ['县政府文件', '兴政函〔2022〕53号', 6], ['县政府文件', '兴政函〔2022〕44号', 7],
      ['县政府办公室文件', '兴政办发〔2022〕14号', 9], ['县政府办公室文件', '兴政办函〔2022〕10号', 14], ['县政府办公室文件', '兴政办函〔2022〕5号', 16],
    ])
    expect(issue.toc.every((e) => e.title.startsWith('兴县人民政府') && /(通知|承诺函)$/.test(e.title))).toBe(true)
    expect(issue.documents.map((d) => d.category)).toEqual(['县政府文件', '县政府文件', '县政府文件', '县政府办公室文件', '县政府办公室文件', '县政府办公室文件'])
  })
})

describe('text copied out of a Chromium PDF by a converter that keeps its radicals', () => {
  it('reads as the text pdftotext gave, page feeds and all', async () => {
    const { readSource } = await import('../../../src/main/importer/read/read-source')
    const text = readFileSync(join(TUNING, 'county-web-1col', 'county-web-1col.txt'), 'utf8')
    // The radicals Chromium's maps give for these ideographs (seen in city-web-2col's text layer).
    const radicals: Record<string, string> = { 人: '⼈', 文: '⽂', 月: '⽉', 日: '⽇', 门: '⻔', 户: '⼾', 二: '⼆' }
    const copied = text.replace(/[人文月日门户二]/g, (c) => radicals[c])
    expect(copied).not.toBe(text)
    const asCopied = await readSource(new TextEncoder().encode(copied), 'copied.txt')
    const asGiven = await readSource(new TextEncoder().encode(text), 'given.txt')
    expect(asCopied.text).toBe(asGiven.text)
    expect(asCopied.text.split('\f').length).toBeGreaterThan(5)
  })
})
